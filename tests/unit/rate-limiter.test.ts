/**
 * The messaging worker's per-provider rate limit (plugins/messaging/server/src/services/
 * rate-limiter.ts) over the counters of src/utils/counters.ts: alone in a process, shared by two
 * "instances" through Redis, and carrying on alone when Redis cannot be reached.
 *
 * The shared case asserts a lower bound on time — 12 sends at 3 a second cannot finish before the
 * fourth one-second window opens, however fast the machine — never an upper bound.
 */
import { randomUUID } from 'crypto';
import { createRateLimiter } from '../../plugins/messaging/server/src/services/rate-limiter';
import { createMemoryStore, createRedisStore, type CounterStore } from '../../src/utils/counters';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/15';

const sendAll = async (limiter: (channel: string) => Promise<void>, channel: string, count: number, sent: string[], name: string) => {
  for (let i = 0; i < count; i++) {
    await limiter(channel);
    sent.push(name);
  }
};

describe('counters', () => {
  test('memory: a key counts within its window and starts again after it', async () => {
    const store = createMemoryStore();
    expect((await store.hit('a', 50)).count).toBe(1);
    expect((await store.hit('a', 50)).count).toBe(2);
    expect((await store.hit('b', 50)).count).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect((await store.hit('a', 50)).count).toBe(1);
    await store.close();
  });

  test('Redis: two stores on the same prefix count together; the window is set once', async () => {
    const prefix = `poshtiban:test:${randomUUID()}:`;
    const one = createRedisStore(REDIS_URL, prefix);
    const two = createRedisStore(REDIS_URL, prefix);
    try {
      expect((await one.hit('k', 10_000)).count).toBe(1);
      expect((await two.hit('k', 10_000)).count).toBe(2);
      const third = await one.hit('k', 10_000);
      expect(third.count).toBe(3);
      expect(third.ttlMs).toBeGreaterThan(0);
      expect(third.ttlMs).toBeLessThanOrEqual(10_000);
    } finally {
      await one.close();
      await two.close();
    }
  });
});

describe('counters: by more than one, and event times (the code cool-down of unknown identifiers)', () => {
  const stores: Array<[string, () => CounterStore]> = [
    ['memory', () => createMemoryStore()],
    ['Redis', () => createRedisStore(REDIS_URL, `poshtiban:test:${randomUUID()}:`)],
  ];
  test.each(stores)('%s: hit adds `by` (a negative one takes back)', async (_name, make) => {
    const store = make();
    try {
      expect((await store.hit('w', 10_000, 3)).count).toBe(3);
      expect((await store.hit('w', 10_000, -1)).count).toBe(2);
      expect((await store.peek('w')).count).toBe(2);
    } finally {
      await store.close();
    }
  });
  test.each(stores)('%s: events are answered within their window, oldest first, per key', async (_name, make) => {
    const store = make();
    const t = Date.now();
    try {
      await store.record('e', t - 5_000, 10_000);
      await store.record('e', t - 1_000, 10_000);
      await store.record('other', t - 500, 10_000);
      expect(await store.recent('e', 10_000, t)).toEqual([t - 5_000, t - 1_000]);
      expect(await store.recent('e', 2_000, t)).toEqual([t - 1_000]);
      expect(await store.recent('none', 10_000, t)).toEqual([]);
    } finally {
      await store.close();
    }
  });
});

describe('messaging rate limit', () => {
  test('in one process: a burst up to the rate, then paced', async () => {
    const limiter = createRateLimiter({ sms: 5 });
    const sent: string[] = [];
    const started = Date.now();
    await sendAll(limiter, 'sms', 5, sent, 'a');
    await sendAll(limiter, 'sms', 3, sent, 'a');
    expect(sent).toHaveLength(8);
    // 3 more at 5 a second after the bucket is empty: at least 3 × 200 ms
    expect(Date.now() - started).toBeGreaterThanOrEqual(550);
  });

  test('a rate of 0 turns the limit off for that channel; channels have their own buckets', async () => {
    // with the clock stopped, any wait would never end: everything here must pass without one
    jest.useFakeTimers();
    try {
      const limiter = createRateLimiter({ sms: 2, whatsapp: 0 });
      for (let i = 0; i < 50; i++) await limiter('whatsapp');
      await limiter('sms');
      await limiter('sms');
      let third = false;
      void limiter('sms').then(() => (third = true));
      await Promise.resolve();
      expect(third).toBe(false); // the third sms waits for the bucket to refill
      await jest.advanceTimersByTimeAsync(600);
      expect(third).toBe(true);
    } finally {
      jest.useRealTimers();
    }
  });

  test('shared through Redis: two instances together keep to one rate', async () => {
    const prefix = `poshtiban:test:${randomUUID()}:`;
    const stores: CounterStore[] = [createRedisStore(REDIS_URL, prefix), createRedisStore(REDIS_URL, prefix)];
    const errors: Error[] = [];
    const [instanceA, instanceB] = stores.map((shared) => createRateLimiter({ sms: 3 }, { shared, onSharedError: (e) => errors.push(e) }));
    try {
      const sent: string[] = [];
      const started = Date.now();
      await Promise.all([sendAll(instanceA, 'sms', 6, sent, 'a'), sendAll(instanceB, 'sms', 6, sent, 'b')]);
      const elapsed = Date.now() - started;
      expect(errors).toEqual([]);
      expect(sent).toHaveLength(12);
      // 12 at 3 a second need four one-second windows: the last send is in the fourth, which opens
      // at least 2 s after the first (the first window may have been nearly over at the start)
      expect(elapsed).toBeGreaterThanOrEqual(2000);
      // both instances were served, not one starved
      expect(sent.filter((n) => n === 'a')).toHaveLength(6);
    } finally {
      await Promise.all(stores.map((s) => s.close()));
    }
  });

  test('Redis unreachable: the worker carries on under the local limit and says so once', async () => {
    const shared = createRedisStore('redis://127.0.0.1:1', 'poshtiban:test:');
    const errors: Error[] = [];
    const limiter = createRateLimiter({ sms: 100 }, { shared, onSharedError: (e) => errors.push(e), sharedRetryMs: 60_000 });
    try {
      for (let i = 0; i < 5; i++) await limiter('sms');
      expect(errors).toHaveLength(1);
    } finally {
      await shared.close();
    }
  });
});
