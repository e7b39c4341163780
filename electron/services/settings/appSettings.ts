import type { MailSettings } from '../mail/mailSettings';

/**
 * Every key of the main process's settings file. Each service declares the keys it owns
 * in a type of its own and is handed a SettingsStore of just those; this is their union,
 * the type the app's one store has. Add a service's keys here.
 */
export type AppSettings = MailSettings;
