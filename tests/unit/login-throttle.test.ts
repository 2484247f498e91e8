/**
 * The failed-login throttle shared by every instance: with Redis, failures counted by one
 * instance lock the account out on the others too (N instances do not mean N × 5 guesses); a
 * success on any instance clears the account; with Redis unreachable each instance keeps
 * counting on its own, and says so.
 */
import createThrottle from '../../plugins/customer-accounts/server/src/services/login-throttle';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15';

const instance = (redisUrl: string, warnings: string[] = []) => {
  const config = {
    redisUrl,
    loginThrottle: { enabled: true, windowMs: 60_000, maxFailuresPerAccount: 3, maxFailuresPerIp: 50 },
  };
  const strapi = { config: { get: () => config }, log: { warn: (m: string) => warnings.push(m) } } as any;
  return createThrottle({ strapi });
};

const refusal = async (p: Promise<unknown>) => {
  try {
    await p;
    return null;
  } catch (error: any) {
    return error;
  }
};

describe('the login throttle across instances', () => {
  const run = `${process.pid}-${Date.now()}`;
  const one = instance(REDIS_URL);
  const two = instance(REDIS_URL);
  afterAll(async () => {
    await one.clear();
    await one.destroy();
    await two.destroy();
  });

  test('failures on one instance lock the account on the other', async () => {
    const attempt = { account: `acct-${run}`, ip: '198.51.100.7' };
    await one.recordFailure(attempt);
    await two.recordFailure({ ...attempt, ip: '198.51.100.8' });
    expect(await refusal(two.assertAllowed(attempt))).toBeNull();
    await one.recordFailure(attempt);
    const error = await refusal(two.assertAllowed({ ...attempt, ip: '203.0.113.9' }));
    expect(error?.name).toBe('RateLimitError');
    expect(error.details.retryAfterSeconds).toBeGreaterThan(0);
    expect(error.details.retryAfterSeconds).toBeLessThanOrEqual(60);
  });

  test('a success on one instance clears the account everywhere', async () => {
    const attempt = { account: `cleared-${run}`, ip: '198.51.100.20' };
    for (let i = 0; i < 3; i++) await two.recordFailure(attempt);
    expect(await refusal(one.assertAllowed(attempt))).not.toBeNull();
    await two.recordSuccess(attempt);
    expect(await refusal(one.assertAllowed(attempt))).toBeNull();
  });

  test('code requests counted by take() are shared too', async () => {
    const key = `code-request-ip:login:${run}`;
    expect((await one.take(key, { max: 2, windowMs: 60_000 })).allowed).toBe(true);
    expect((await two.take(key, { max: 2, windowMs: 60_000 })).allowed).toBe(true);
    const third = await one.take(key, { max: 2, windowMs: 60_000 });
    expect(third.allowed).toBe(false);
    expect((await two.isOver(key, 2)).over).toBe(true);
  });
});

describe('Redis unreachable', () => {
  test('each instance counts alone, keeps throttling, and says so once per outage', async () => {
    const warnings: string[] = [];
    const alone = instance('redis://127.0.0.1:1', warnings);
    const attempt = { account: 'offline', ip: '198.51.100.30' };
    for (let i = 0; i < 3; i++) await alone.recordFailure(attempt);
    const error = await refusal(alone.assertAllowed(attempt));
    expect(error?.name).toBe('RateLimitError');
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/shared login counters unavailable/);
    await alone.destroy();
  });
});
