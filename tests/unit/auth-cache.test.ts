/**
 * The auth cache across instances: a write seen by one instance drops the same entries on every
 * other through Redis; an instance that cannot hear the others (Redis unreachable) uses no cached
 * entry at all; a read that raced an invalidation is not kept.
 */
import createAuthCache from '../../plugins/customer-accounts/server/src/services/auth-cache';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15';

const instance = (redisUrl: string) => {
  const strapi = {
    config: { get: () => ({ redisUrl }) },
    db: { lifecycles: { subscribe: () => undefined } },
    log: { warn: () => undefined },
  } as any;
  return createAuthCache({ strapi });
};

const until = async (check: () => boolean | Promise<boolean>, ms = 5000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 20));
  }
};

/** A loader that counts its calls. */
const loader = (value: unknown) => {
  const fn = async () => {
    fn.calls += 1;
    return { value };
  };
  fn.calls = 0;
  return fn;
};

describe('two instances on one Redis', () => {
  const one = instance(REDIS_URL);
  const two = instance(REDIS_URL);
  beforeAll(async () => {
    await one.start();
    await two.start();
    await until(() => one.stats().trusted && two.stats().trusted);
  });
  afterAll(async () => {
    await one.stop();
    await two.stop();
  });

  test('an invalidation on one instance drops the entry on the other', async () => {
    const load = loader({ id: 1, blocked: false });
    await two.get('users', '1', load);
    await two.get('users', '1', load);
    expect(load.calls).toBe(1);
    one.invalidate(['users']);
    await until(async () => {
      await two.get('users', '1', load);
      return load.calls === 2;
    });
    expect(two.stats().invalidations).toBeGreaterThan(0);
  });

  test('other scopes stay cached', async () => {
    const load = loader(true);
    await two.get('sessions', 's1:1', load);
    one.invalidate(['abilities']);
    await new Promise((r) => setTimeout(r, 200));
    await two.get('sessions', 's1:1', load);
    expect(load.calls).toBe(1);
  });
});

describe('Redis unreachable', () => {
  test('nothing cached is used: every read goes to the database', async () => {
    const deaf = instance('redis://127.0.0.1:1');
    await deaf.start();
    const load = loader('x');
    await deaf.get('users', '1', load);
    await deaf.get('users', '1', load);
    expect(load.calls).toBe(2);
    expect(deaf.stats().trusted).toBe(false);
    await deaf.stop();
  });
});

describe('alone (no Redis)', () => {
  test('a read that raced an invalidation is not kept', async () => {
    const alone = instance('');
    let release: () => void = () => undefined;
    const slow = async () => {
      await new Promise<void>((r) => (release = r));
      return { value: 'stale' };
    };
    const pending = alone.get('users', '9', slow);
    alone.invalidate(['users']);
    release();
    expect(await pending).toBe('stale');
    const fresh = loader('fresh');
    expect(await alone.get('users', '9', fresh)).toBe('fresh');
    expect(fresh.calls).toBe(1);
  });

  test('an entry is kept no longer than it holds (a session until its expiry)', async () => {
    const alone = instance('');
    let calls = 0;
    const load = async () => {
      calls += 1;
      return { value: true, until: Date.now() + 30 };
    };
    await alone.get('sessions', 's:1', load);
    await alone.get('sessions', 's:1', load);
    expect(calls).toBe(1);
    await new Promise((r) => setTimeout(r, 60));
    await alone.get('sessions', 's:1', load);
    expect(calls).toBe(2);
  });
});
