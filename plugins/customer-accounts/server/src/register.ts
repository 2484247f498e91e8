/**
 * The Document Service hashes a `password` attribute synchronously (bcryptjs `hashSync`, in
 * @strapi/core's document-service/attributes/transforms.js) while it writes the entry: issuing
 * credentials, a password change or a reset would hold the event loop for one whole bcrypt.
 *
 * A Document Service middleware hashes the password in the worker pool first
 * (services/password-hashing.ts) and hands the hash over; the password transform, wrapped here,
 * uses a handed-over hash for exactly that password and cost and otherwise hashes as before. The
 * entry is still validated on the password as typed (length rules), and written only hashed.
 */
import path from 'path';
import type { Core } from '@strapi/strapi';
import { passwordHandoff } from './services/password-hashing';

type PasswordTransform = (value: unknown, context: { attribute: any; attributeName: string }) => unknown;

const roundsOf = (attribute: any): number => {
  const rounds = Number(attribute?.encryption?.rounds ?? 10);
  return Number.isFinite(rounds) ? rounds : 10;
};

/** @strapi/core's attribute transforms (the module object its Document Service reads them from). */
const coreTransforms = (): Record<string, PasswordTransform> | null => {
  try {
    const core = path.dirname(require.resolve('@strapi/core/package.json'));
    return require(path.join(core, 'dist/services/document-service/attributes/transforms.js'));
  } catch {
    return null;
  }
};

const WRAPPED = Symbol.for('poshtiban.password-transform');

export const installDocumentServiceHashing = (strapi: Core.Strapi) => {
  const transforms = coreTransforms();
  const original = transforms?.password as (PasswordTransform & { [WRAPPED]?: boolean }) | undefined;
  if (!transforms || typeof original !== 'function') {
    strapi.log.warn('[customer-accounts] the Document Service password transform was not found: passwords set through it are hashed on the main thread');
    return;
  }
  const hashing = () => strapi.plugin('customer-accounts').service('password-hashing');

  if (!original[WRAPPED]) {
    const wrapped: PasswordTransform & { [WRAPPED]?: boolean } = (value, context) => {
      if (typeof value === 'string') {
        const ready = passwordHandoff.take(value, roundsOf(context?.attribute));
        if (ready) return ready;
      }
      return original(value, context);
    };
    wrapped[WRAPPED] = true;
    transforms.password = wrapped;
  }

  strapi.documents.use(async (ctx: any, next: () => Promise<any>) => {
    if ((ctx.action !== 'create' && ctx.action !== 'update') || !hashing().offMainThread()) return next();
    const data = ctx.params?.data;
    const attributes = strapi.getModel(ctx.uid)?.attributes ?? {};
    const handed: Array<[string, number, string]> = [];
    if (data && typeof data === 'object') {
      for (const [name, attribute] of Object.entries<any>(attributes)) {
        const value = data[name];
        if (attribute?.type !== 'password' || typeof value !== 'string') continue;
        const rounds = roundsOf(attribute);
        const hash = await hashing().hash(value, rounds);
        passwordHandoff.put(value, rounds, hash);
        handed.push([value, rounds, hash]);
      }
    }
    if (!handed.length) return next();
    try {
      return await next();
    } finally {
      // a write that failed before its transform leaves nothing behind
      for (const [value, rounds, hash] of handed) passwordHandoff.drop(value, rounds, hash);
    }
  });
};

export default ({ strapi }: { strapi: Core.Strapi }) => {
  installDocumentServiceHashing(strapi);
};
