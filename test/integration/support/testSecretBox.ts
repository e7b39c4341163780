import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { SecretBox } from '../../../electron/services/settings/settingsStore';

const IV_BYTES = 12;
const TAG_BYTES = 16;

/**
 * The SecretBox of Node tests: AES-256-GCM with a key made once per box, so what one
 * process (or one box) encrypted no other can read, like safeStorage with another user's
 * keychain. The cipher text is base64 of iv ‖ tag ‖ encrypted bytes; a changed byte makes
 * decrypt throw. `available: false` plays a system without a keychain.
 */
export function createTestSecretBox(options: { available?: boolean } = {}): SecretBox {
  const key = randomBytes(32);
  const available = options.available ?? true;
  return {
    isAvailable: () => available,
    encrypt(plain) {
      if (!available) throw new Error('secret storage is not available');
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
      const plain = Buffer.concat([
        decipher.update(bytes.subarray(IV_BYTES + TAG_BYTES)),
        decipher.final(),
      ]);
      return plain.toString('utf8');
    },
  };
}
