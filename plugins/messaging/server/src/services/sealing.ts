/**
 * Secrets inside messages (an initial password, a login code) are kept in the outbox sealed with
 * AES-256-GCM under a key derived from the app's ENCRYPTION_KEY, opened only to hand them to the
 * provider, and wiped once the message is sent or given up.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'crypto';
import type { Core } from '@strapi/strapi';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const key = () => {
    const secret = strapi.config.get('admin.secrets.encryptionKey') || (strapi.config.get('server.app.keys') as string[] | undefined)?.join(',');
    if (!secret) throw new Error('messaging: ENCRYPTION_KEY is needed to seal message secrets');
    return createHash('sha256').update(`poshtiban-messaging:${secret}`).digest();
  };

  return {
    seal(values: Record<string, string>): string {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key(), iv);
      const data = Buffer.concat([cipher.update(JSON.stringify(values), 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), data]).toString('base64');
    },

    open(sealed: string | null | undefined): Record<string, string> {
      if (!sealed) return {};
      const raw = Buffer.from(sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', key(), raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      return JSON.parse(Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8'));
    },
  };
};
