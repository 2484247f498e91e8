/**
 * What authenticating a customer request reads, kept in this process so that a warm instance
 * answers `/api/me/...` without a single SQL statement for who is calling and what they may do:
 *
 *   users        user id → the user with its role (blocked, confirmed)
 *   subscribers  user id → the subscriber the /me routes are scoped to (global::current-subscriber)
 *   sessions     access token's session id → until when it is live (src/domain/sessions.ts)
 *   abilities    role id (or the Public role) → the permissions engine's ability for its permissions
 *   settings     users-permissions' advanced settings (email confirmation)
 *
 * Every entry is dropped the moment the data behind it changes: the database lifecycles of the
 * tables they come from (sessions, users, roles, permissions, the core store, subscribers) call
 * `invalidate` — logout, a password change, a staff reset, blocking, a role or permission change
 * take effect on the very next request. Strapi's session manager, users-permissions and the
 * portal all write those tables through the query engine, so the lifecycles see every write.
 *
 * Several instances: with REDIS_URL every invalidation is also published on one Redis channel and
 * every instance drops the same entries. An instance whose subscription is not connected (Redis
 * down, reconnecting) uses no cached entry at all and reads the database as before, and it drops
 * everything when it reconnects (it may have missed messages) — a cache that might be stale is
 * never trusted. Without REDIS_URL the portal is one instance (docs/deploy.md).
 *
 * A read that raced an invalidation (began before it, ended after) is not stored. Entries also
 * expire after MAX_AGE_MS, a bound for a write nobody told us about (hand-written SQL).
 */
import type { Core } from '@strapi/strapi';
import type { CustomerAccountsConfig } from '../config';

export const MAX_AGE_MS = 5 * 60 * 1000;
/** the channel's name after the Redis prefix (REDIS_PREFIX, "poshtiban:" by default) */
export const AUTH_CACHE_CHANNEL = 'auth-cache';

export type CacheScope = 'users' | 'subscribers' | 'sessions' | 'abilities' | 'settings';
const SCOPES: CacheScope[] = ['users', 'subscribers', 'sessions', 'abilities', 'settings'];

/** Which cached entries a write to each table makes stale. */
export const SCOPES_BY_MODEL: Record<string, CacheScope[]> = {
  'admin::session': ['sessions'],
  'plugin::users-permissions.user': ['users', 'subscribers', 'sessions'],
  'plugin::users-permissions.role': ['users', 'abilities'],
  'plugin::users-permissions.permission': ['abilities'],
  'strapi::core-store': ['settings'],
  'api::subscriber.subscriber': ['subscribers'],
};

const WRITE_EVENTS = ['afterCreate', 'afterCreateMany', 'afterUpdate', 'afterUpdateMany', 'afterDelete', 'afterDeleteMany'] as const;

type Entry = { value: unknown; until: number };

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const maps: Record<CacheScope, Map<string, Entry>> = {
    users: new Map(),
    subscribers: new Map(),
    sessions: new Map(),
    abilities: new Map(),
    settings: new Map(),
  };
  // bumped by each invalidation of a scope: a read that began before it is not stored
  const generations: Record<CacheScope, number> = { users: 0, subscribers: 0, sessions: 0, abilities: 0, settings: 0 };
  const stats = { hits: 0, misses: 0, invalidations: 0 };

  let publisher: any = null;
  let subscriber: any = null;
  let listening = false;
  const redisUrl = () => (strapi.config.get('plugin::customer-accounts') as CustomerAccountsConfig).redisUrl;
  const channel = () => `${(strapi.config.get('plugin::customer-accounts') as CustomerAccountsConfig).redisPrefix ?? 'poshtiban:'}${AUTH_CACHE_CHANNEL}`;

  /** Whether cached entries may be used: always alone; with Redis only while we hear the others. */
  const trusted = () => !redisUrl() || listening;

  const drop = (scopes: CacheScope[]) => {
    for (const scope of scopes) {
      maps[scope].clear();
      generations[scope] += 1;
    }
    stats.invalidations += 1;
  };

  const cached = async <T>(scope: CacheScope, key: string, load: () => Promise<{ value: T; until?: number } | null>): Promise<T | null> => {
    const now = Date.now();
    if (trusted()) {
      const entry = maps[scope].get(key);
      if (entry && entry.until > now) {
        stats.hits += 1;
        return entry.value as T;
      }
    }
    stats.misses += 1;
    const generation = generations[scope];
    const loaded = await load();
    if (loaded && trusted() && generation === generations[scope]) {
      maps[scope].set(key, { value: loaded.value, until: Math.min(loaded.until ?? Infinity, now + MAX_AGE_MS) });
    }
    return loaded ? loaded.value : null;
  };

  /** Drops the scopes here and, with Redis, on every other instance. */
  const invalidate = (scopes: CacheScope[]) => {
    drop(scopes);
    if (publisher) {
      publisher.publish(channel(), scopes.join(',')).catch((error: Error) => {
        strapi.log.warn(`[customer-accounts] could not tell the other instances to drop cached logins: ${error.message}`);
      });
    }
  };

  return {
    /**
     * A value of `scope` under `key`: cached, or loaded. `load` answers null for "do not cache"
     * (then null is returned), or the value and optionally until when it holds (epoch ms).
     */
    get: cached,

    invalidate,

    /** Subscribes to the tables' writes, and with REDIS_URL to the other instances' invalidations. */
    async start() {
      strapi.db.lifecycles.subscribe({
        models: Object.keys(SCOPES_BY_MODEL),
        ...Object.fromEntries(
          WRITE_EVENTS.map((event) => [
            event,
            (e: { model: { uid: string } }) => {
              const scopes = SCOPES_BY_MODEL[e.model.uid];
              if (scopes) invalidate(scopes);
            },
          ])
        ),
      } as any);

      const url = redisUrl();
      if (!url) return;
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const Redis = require('ioredis');
      const quiet = () => {
        /* reported through `listening`; without a listener ioredis prints every reconnect attempt */
      };
      publisher = new Redis(url, { maxRetriesPerRequest: 1 });
      publisher.on('error', quiet);
      subscriber = new Redis(url, { maxRetriesPerRequest: null });
      subscriber.on('error', quiet);
      subscriber.on('message', (from: string, message: string) => {
        if (from !== channel()) return;
        const scopes = message.split(',').filter((s): s is CacheScope => (SCOPES as string[]).includes(s));
        drop(scopes.length ? scopes : SCOPES);
      });
      // (re)subscribed: we may have missed messages while away — start from nothing
      subscriber.on('ready', () => {
        subscriber
          .subscribe(channel())
          .then(() => {
            drop(SCOPES);
            listening = true;
          })
          .catch(quiet);
      });
      subscriber.on('close', () => {
        listening = false;
      });
      subscriber.on('end', () => {
        listening = false;
      });
    },

    async stop() {
      listening = false;
      await Promise.all([publisher?.quit().catch(() => undefined), subscriber?.quit().catch(() => undefined)]);
      publisher = null;
      subscriber = null;
    },

    /** for tests and the benchmark: hits, misses, invalidations; whether cached entries are used */
    stats: () => ({ ...stats, trusted: trusted(), sizes: Object.fromEntries(SCOPES.map((s) => [s, maps[s].size])) }),
  };
};
