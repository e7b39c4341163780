/**
 * The main process's settings: a small key-value store in the user-data folder. S maps each
 * key to the type of its value. Values come from a file a person can edit, so a reader
 * validates what it gets (the mail service parses accounts with zod) instead of trusting
 * the type.
 *
 * createConfSettingsStore (conf, for Node and tests) and createElectronStoreSettings
 * (electron-store, in the app) implement it.
 */
export type SettingsStore<S extends Record<string, unknown>> = {
  get<K extends keyof S & string>(key: K): S[K] | undefined;
  set<K extends keyof S & string>(key: K, value: S[K]): void;
  delete<K extends keyof S & string>(key: K): void;
};

/**
 * Encryption of secrets (SMTP passwords) with a key this program alone can use. In the app:
 * Electron safeStorage (the OS keychain); in tests: AES-GCM with a key per process.
 */
export type SecretBox = {
  /** False when the system offers no key store; secrets must then not be saved. */
  isAvailable(): boolean;
  /** The cipher text, base64. */
  encrypt(plain: string): string;
  /** Throws when the cipher text was not made by this box (or was altered). */
  decrypt(cipher: string): string;
};
