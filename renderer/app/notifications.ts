import { create } from 'zustand';

/** A short message shown at the bottom of the window after an action ("Saved."). */
export type Notification = { id: number; message: string; severity: 'success' | 'info' | 'error' };

type NotificationState = { current: Notification | null };

/** The message on screen; a new one replaces the old. */
export const useNotifications = create<NotificationState>(() => ({ current: null }));

let counter = 0;

/** Shows a message after an action, e.g. notify(t('common.saved')). */
export function notify(message: string, severity: Notification['severity'] = 'success'): void {
  counter += 1;
  useNotifications.setState({ current: { id: counter, message, severity } });
}

/** Hides the message (its close button, or the timeout). */
export function dismissNotification(id: number): void {
  const { current } = useNotifications.getState();
  if (current?.id === id) useNotifications.setState({ current: null });
}
