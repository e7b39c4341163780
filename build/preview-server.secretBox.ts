import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { SecretBox } from '../electron/services/settings/settingsStore';

const KEY_FILE = 'preview-secret.key';
const KEY_BYTES = 32;
const IV_BYTES = 12;
const TAG_BYTES = 16;

function readOrCreateKey(file: string): Buffer {
  try {
    writeFileSync(file, randomBytes(KEY_BYTES), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'EEXIST') throw error;
  }
  // Tighten a key file someone made readable to others (no effect on Windows).
  if (process.platform !== 'win32') chmodSync(file, 0o600);
  const key = readFileSync(file);
  if (key.length !== KEY_BYTES) {
    throw new Error(
      `${file} is not a key of ${KEY_BYTES} bytes. Delete it (saved e-mail passwords of the preview are then lost) and start again.`,
    );
  }
  return key;
}

/**
 * The SecretBox of the browser preview: AES-256-GCM with a key in `<dataDir>/preview-secret.key`
 * (readable by this user only, 0600). A convenience for the preview, not a keychain: anyone
 * who can read the data folder can read the passwords. The desktop app uses Electron's
 * safeStorage (the operating system's keychain) instead. Cipher text: base64 of
 * iv ‖ tag ‖ encrypted bytes; a changed byte makes decrypt throw.
 */
export function createPreviewSecretBox(dataDir: string): SecretBox {
  const key = readOrCreateKey(path.join(dataDir, KEY_FILE));
  return {
    isAvailable: () => true,
    encrypt(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const encrypted = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), encrypted]).toString('base64');
    },
    decrypt(text) {
      const bytes = Buffer.from(text, 'base64');
      if (bytes.length < IV_BYTES + TAG_BYTES) throw new Error('cipher text too short');
      const decipher = createDecipheriv('aes-256-gcm', key, bytes.subarray(0, IV_BYTES));
      decipher.setAuthTag(bytes.subarray(IV_BYTES, IV_BYTES + TAG_BYTES));
      return Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]).toString('utf8');
    },
  };
}
