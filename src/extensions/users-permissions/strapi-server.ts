/**
 * users-permissions, adapted to the portal:
 * - POST /api/auth/local accepts the subscriber number, the legacy 12-digit code or the national
 *   code, answers in Persian and English, and throttles failures. The work is done by the
 *   customer-accounts plugin (services/login.ts); this only routes the local login through it.
 * - A caller with no credentials on a customer route (/api/me/...) is told 401 (log in first),
 *   not 403: Strapi treats a request without a token as the Public role and refuses it as
 *   "Forbidden". 403 stays for a logged-in caller whose role may not use a route, and for routes
 *   logging in would not open (staff routes, self-registration) — docs/api.md.
 * - In `refresh` mode an access token is accepted only while its session is live
 *   (src/domain/sessions.ts, customer-accounts services/sessions.ts isLive): Strapi checks the
 *   token's signature and expiry but never the session, so logout and password changes did not
 *   end access. Checked where Strapi verifies the token (the jwt service), so every route that
 *   authenticates a customer — /api/me/..., logout, sessions — sees the same answer: 401.
 * - Authentication costs no SQL statement on a warm instance (`cachedAuthentication`): in refresh
 *   mode the content-API strategy checks the access token's signature itself and takes the user
 *   with its role, the session's liveness, the role's ability and the advanced settings from the
 *   customer-accounts auth cache, which drops them on every write to their tables (and, with
 *   Redis, on every instance). A bearer shaped like a JWT skips Strapi's API-token strategy, which
 *   would look its hash up in strapi_api_tokens first: an API token is hex, never a JWT.
 * - An access token's signature is checked once per instance, not on every request
 *   (`verifiedAccessTokens`): jsonwebtoken parses the secret as a public key first on each verify,
 *   a tenth of a logged-in request's time. The check's answer is kept until the token expires;
 *   the session (logout, password change) is still checked on every request.
 * - bcrypt runs in worker threads (`passwordsHashedOffMainThread`): 50 people logging in at once
 *   no longer stall every other request (customer-accounts services/password-hashing.ts).
 */
import type { Context } from 'koa';
import { errors } from '@strapi/utils';

type AuthController = Record<string, (ctx: Context) => Promise<unknown>>;
type Strategy = { name: string; authenticate: (ctx: Context) => unknown; verify?: (auth: any, config: any) => unknown };

/**
 * The users-permissions strategy, with the anonymous caller's refusal as 401 on the routes a login
 * opens: `loginOpens(actions)` says whether the route's actions are customer routes.
 */
export const anonymousRefusalIsUnauthorized = (strategy: Strategy, loginOpens: (actions: string[]) => boolean): Strategy => ({
  ...strategy,
  async verify(auth, config) {
    try {
      return await strategy.verify?.(auth, config);
    } catch (error) {
      // credentials null = no token (the Public role's permissions); a user or an API token keeps its 403
      const scope: string[] = Array.isArray(config?.scope) ? config.scope : config?.scope ? [config.scope] : [];
      if (error instanceof errors.ForbiddenError && !(error instanceof errors.PolicyError) && !auth?.credentials && scope.length && loginOpens(scope)) {
        throw new errors.UnauthorizedError();
      }
      throw error;
    }
  },
});

type JwtService = { verify: (token: string) => Promise<any>; [key: string]: unknown };

type AuthCache = { get: <T>(scope: string, key: string, load: () => Promise<{ value: T; until?: number } | null>) => Promise<T | null> };

const USER = 'plugin::users-permissions.user';
const PERMISSION = 'plugin::users-permissions.permission';

/** The bearer token of a request, or null (Strapi's rule: `Bearer <token>`, nothing more). */
export const bearerToken = (header: unknown): string | null => {
  if (typeof header !== 'string') return null;
  const parts = header.split(/\s+/);
  return parts.length === 2 && parts[0].toLowerCase() === 'bearer' ? parts[1] : null;
};

/** A JWT has three dot-separated base64url parts; Strapi's API tokens are hex and have none. */
export const looksLikeJwt = (token: string | null): boolean => token !== null && /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(token);

type TokenCheck = { isValid: boolean; payload?: any };

/**
 * Remembers which access tokens passed Strapi's check (signature, algorithm, expiry) — a token's
 * signature never stops being valid, so the answer holds until the token's own `exp` (or
 * `maxAgeMs` for a token without one). Only valid tokens are kept, keyed by the whole token string:
 * a changed byte is another key and is checked afresh. At most `max` tokens; the oldest go first.
 */
export const verifiedAccessTokens = ({ max = 10_000, maxAgeMs = 5 * 60 * 1000, now = () => Date.now() } = {}) => {
  const tokens = new Map<string, { payload: any; until: number }>();
  return {
    check(token: string, validate: (token: string) => TokenCheck): TokenCheck {
      const at = now();
      const known = tokens.get(token);
      if (known) {
        if (known.until > at) return { isValid: true, payload: known.payload };
        tokens.delete(token);
      }
      const checked = validate(token);
      if (checked.isValid && checked.payload) {
        const expiresAt = typeof checked.payload.exp === 'number' ? checked.payload.exp * 1000 : Infinity;
        if (tokens.size >= max) tokens.delete(tokens.keys().next().value as string);
        tokens.set(token, { payload: checked.payload, until: Math.min(expiresAt, at + maxAgeMs) });
      }
      return checked;
    },
    get size() {
      return tokens.size;
    },
  };
};

/**
 * The users-permissions content-API strategy with its reads cached (refresh mode): the same
 * answers as Strapi's — a missing or invalid token or a dead session is not authenticated, a
 * blocked or unconfirmed user is refused — from the auth cache.
 */
export const cachedAuthentication = (strategy: Strategy, strapi: any, tokens = verifiedAccessTokens()): Strategy => ({
  ...strategy,
  async authenticate(ctx: Context) {
    if (strapi.config.get('plugin::users-permissions.jwtManagement') !== 'refresh') return strategy.authenticate(ctx);
    const cache: AuthCache = strapi.plugin('customer-accounts').service('auth-cache');
    const abilityOf = async (key: string, permissions: () => Promise<Array<{ action: string }>>) =>
      cache.get('abilities', key, async () => ({ value: await strapi.contentAPI.permissions.engine.generateAbility((await permissions()).map(({ action }) => ({ action }))) }));
    try {
      const token = bearerToken(ctx.request.header.authorization);
      if (token === null) {
        // no usable token: the Public role's permissions, as Strapi does
        const permissions = await cache.get('abilities', 'public:permissions', async () => ({
          value: (await strapi.db.query(PERMISSION).findMany({ where: { role: { type: 'public' } }, select: ['action'] })) as Array<{ action: string }>,
        }));
        if (!permissions?.length) return { authenticated: false };
        return { authenticated: true, credentials: null, ability: await abilityOf('public', async () => permissions) };
      }
      const checked = tokens.check(token, (t) => strapi.sessionManager('users-permissions').validateAccessToken(t));
      if (!checked.isValid || checked.payload.type !== 'access') return { authenticated: false };
      const userId = Number(checked.payload.userId) || checked.payload.userId;
      const sessionId = checked.payload.sessionId;
      const user: any = await cache.get('users', String(userId), async () => {
        const row = await strapi.db.query(USER).findOne({ where: { id: userId }, populate: ['role'] });
        return row ? { value: row } : null;
      });
      if (!user) return { authenticated: false };
      if (!(await strapi.plugin('customer-accounts').service('sessions').isLive(sessionId, user.id))) return { authenticated: false };
      const advanced: any = await cache.get('settings', 'users-permissions:advanced', async () => ({
        value: (await strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) ?? {},
      }));
      if ((advanced?.email_confirmation && !user.confirmed) || user.blocked) return { error: 'Invalid credentials' };
      if (!user.role?.id) return { authenticated: false };
      const ability = await abilityOf(`role:${user.role.id}`, () => strapi.db.query(PERMISSION).findMany({ where: { role: { id: user.role.id } }, select: ['action'] }));
      // a copy per request: nothing a route does to ctx.state.user reaches the cache
      const credentials = { ...user, role: { ...user.role } };
      ctx.state.user = credentials;
      if (sessionId) ctx.state.session = { id: sessionId };
      return { authenticated: true, credentials, ability };
    } catch {
      return { authenticated: false };
    }
  },
});

/**
 * The content API's authentication with a JWT-shaped bearer: only the users-permissions strategy,
 * handled as Strapi's auth service handles any strategy's answer; anything else as Strapi does.
 */
export const jwtBearersSkipApiTokens = (auth: any, customerStrategy: () => Strategy | null) => {
  const authenticate = auth.authenticate;
  auth.authenticate = async function (ctx: any, next: () => Promise<unknown>) {
    const route = ctx.state?.route;
    const config = route?.config?.auth;
    const strategy = customerStrategy();
    if (!strategy || route?.info?.type !== 'content-api' || config === false || config?.strategies || !looksLikeJwt(bearerToken(ctx.request?.header?.authorization))) {
      return authenticate.call(this, ctx, next);
    }
    const { authenticated = false, credentials, ability = null, error = null } = ((await strategy.authenticate(ctx)) ?? {}) as any;
    if (error !== null) return ctx.unauthorized(error);
    if (!authenticated) return ctx.unauthorized('Missing or invalid credentials');
    ctx.state.isAuthenticated = true;
    ctx.state.auth = { strategy, credentials, ability };
    return next();
  };
};

/** The jwt service, refusing (as an invalid token) an access token whose session is not live. */
export const accessTokensNeedLiveSession = (createJwt: (deps: { strapi: any }) => JwtService) => ({ strapi }: { strapi: any }): JwtService => {
  const base = createJwt({ strapi });
  return {
    ...base,
    async verify(token: string) {
      const payload = await base.verify(token);
      if (strapi.config.get('plugin::users-permissions.jwtManagement') !== 'refresh') return payload;
      const live = await strapi.plugin('customer-accounts').service('sessions').isLive(payload?.sessionId, payload?.id);
      if (!live) throw new Error('Invalid token.');
      return payload;
    },
  };
};

/**
 * The user service with bcrypt in the customer-accounts worker pool (services/password-hashing.ts):
 * checking a password at login or on a password change no longer holds the event loop.
 */
export const passwordsHashedOffMainThread = (createUser: (deps: { strapi: any }) => Record<string, any>) => ({ strapi }: { strapi: any }) => {
  const base = createUser({ strapi });
  const hashing = () => strapi.plugin('customer-accounts').service('password-hashing');
  return {
    ...base,
    validatePassword(password: string, hash: string) {
      return hashing().compare(password, hash);
    },
    async ensureHashedPasswords(values: Record<string, unknown>) {
      const attributes = strapi.getModel(USER).attributes;
      for (const key of Object.keys(values ?? {})) {
        const attribute = attributes[key];
        if (attribute?.type === 'password') values[key] = await hashing().hash(values[key], Number(attribute.encryption?.rounds ?? 10));
      }
      return values;
    },
  };
};

export default (plugin: any) => {
  plugin.services.jwt = accessTokensNeedLiveSession(plugin.services.jwt);
  plugin.services.user = passwordsHashedOffMainThread(plugin.services.user);

  const createBaseAuth = plugin.controllers.auth as (deps: { strapi: any }) => AuthController;

  plugin.controllers.auth = ({ strapi }: { strapi: any }) => {
    const base = createBaseAuth({ strapi });
    return {
      ...base,
      async callback(ctx: Context) {
        const provider = ctx.params?.provider || 'local';
        if (provider !== 'local') return base.callback(ctx);
        return strapi.plugin('customer-accounts').service('login').authenticate(ctx, base.callback);
      },
    };
  };

  // the plugin registers its content-API strategy in register(); it is registered wrapped
  const baseRegister = plugin.register;
  plugin.register = async (deps: { strapi: any }) => {
    const { strapi } = deps;
    // the customer routes' actions, read from the route table once it is complete (first request)
    let customerActions: Set<string> | null = null;
    const loginOpens = (actions: string[]) => {
      customerActions ??= new Set<string>(strapi.plugin('customer-accounts').service('roles').customerApiActions());
      return actions.every((action) => customerActions!.has(action));
    };
    const auth = strapi.get('auth');
    const register = auth.register;
    let customerStrategy: Strategy | null = null;
    auth.register = function (type: string, strategy: Strategy) {
      if (type !== 'content-api' || strategy?.name !== 'users-permissions') return register.call(this, type, strategy);
      customerStrategy = anonymousRefusalIsUnauthorized(cachedAuthentication(strategy, strapi), loginOpens);
      return register.call(this, type, customerStrategy);
    };
    jwtBearersSkipApiTokens(auth, () => customerStrategy);
    try {
      return await baseRegister(deps);
    } finally {
      auth.register = register;
    }
  };

  return plugin;
};
