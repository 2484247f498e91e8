/**
 * Password hashing off the main thread.
 *
 * users-permissions hashes and checks passwords with bcryptjs — bcrypt in pure JavaScript, cost 10
 * (2^10 rounds of the key schedule, about 70–250 ms of one core per comparison here). On the event
 * loop that time is taken from every other request: `bcrypt.compare` works in slices of up to
 * 100 ms, and with 50 logins queued the slices of all of them run back to back before a timer or
 * a socket gets a turn, so the whole site stalled for seconds while people logged in.
 *
 * Here the same library (the copy users-permissions loads, so the hashes are the same `$2a$`
 * bcrypt hashes as before: existing accounts keep working, nothing is rehashed) runs in a small
 * pool of worker threads. A comparison or a hash is one message to an idle worker; the event loop
 * only waits for the answer. The cost factor is unchanged (it is what makes a stolen hash slow to
 * crack; lowering it to make logins cheaper would trade the customers' safety for speed): a login
 * still costs one core for one bcrypt, which is why it remains the slowest route and why the pool
 * is no bigger than the cores left to the rest of the app.
 *
 * `passwordHashing.workers` (PASSWORD_HASH_WORKERS): the pool's size, by default one less than the
 * machine's cores (at least one); 0 hashes on the main thread as Strapi does (for comparison in
 * the tests and the benchmark). The setting is read on every call, so it can change at run time.
 *
 * Both of Strapi's bcrypt paths go through here:
 * - `validatePassword` and `ensureHashedPasswords` of the users-permissions user service (login,
 *   password change), replaced in src/extensions/users-permissions/strapi-server.ts;
 * - the Document Service, which hashes a `password` attribute with the synchronous `hashSync`
 *   while it writes the entry (a staff member issuing credentials, a password change or reset): a
 *   Document Service middleware hashes the password in the pool first and hands the hash to the
 *   write (`installDocumentServiceHashing`), so the transform finds it ready instead of computing it.
 */
import os from 'os';
import path from 'path';
import { Worker } from 'worker_threads';
import type { Core } from '@strapi/strapi';
import type { CustomerAccountsConfig } from '../config';

/** The bcrypt library users-permissions itself loads: hashes stay compatible whatever is hoisted. */
export const bcryptPath = (): string => {
  const usersPermissions = path.dirname(require.resolve('@strapi/plugin-users-permissions/package.json'));
  return require.resolve('bcryptjs', { paths: [usersPermissions] });
};

const WORKER_SOURCE = `
const { parentPort, workerData } = require('worker_threads');
const bcrypt = require(workerData.bcryptPath);
parentPort.on('message', ({ id, op, text, arg }) => {
  try {
    const result = op === 'hash' ? bcrypt.hashSync(text, arg) : bcrypt.compareSync(text, arg);
    parentPort.postMessage({ id, result });
  } catch (error) {
    parentPort.postMessage({ id, error: String((error && error.message) || error) });
  }
});
`;

type Job = { id: number; op: 'hash' | 'compare'; text: string; arg: string | number; resolve: (v: any) => void; reject: (e: Error) => void };
type Slot = { worker: Worker; job: Job | null };

export const defaultWorkers = (): number => Math.max(1, (os.availableParallelism?.() ?? os.cpus().length) - 1);

/** A fixed-size pool of bcrypt workers, started on first use. */
export class BcryptPool {
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 1;
  private stopped = false;
  readonly counts = { hash: 0, compare: 0, workerErrors: 0 };

  constructor(private readonly size: () => number, private readonly library = bcryptPath()) {}

  hash(text: string, rounds: number): Promise<string> {
    return this.submit('hash', text, rounds);
  }

  compare(text: string, hash: string): Promise<boolean> {
    return this.submit('compare', text, hash);
  }

  /** Jobs waiting for a worker, and workers running. */
  stats() {
    return { workers: this.slots.length, busy: this.slots.filter((s) => s.job).length, queued: this.queue.length, ...this.counts };
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const slots = this.slots;
    this.slots = [];
    for (const job of this.queue.splice(0)) job.reject(new Error('password hashing stopped'));
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private submit<T>(op: Job['op'], text: string, arg: string | number): Promise<T> {
    // after stop() (the app's destroy) a call starts new workers
    this.stopped = false;
    return new Promise<T>((resolve, reject) => {
      this.counts[op] += 1;
      this.queue.push({ id: this.nextId++, op, text, arg, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch() {
    // grow up to the configured size; a smaller size takes effect as workers become idle
    const wanted = Math.max(1, this.size());
    while (this.queue.length) {
      let slot = this.slots.find((s) => !s.job);
      if (!slot && this.slots.length < wanted) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.postMessage({ id: job.id, op: job.op, text: job.text, arg: job.arg });
    }
    while (this.slots.length > wanted) {
      const idle = this.slots.find((s) => !s.job);
      if (!idle) break;
      this.retire(idle);
    }
  }

  private spawn(): Slot {
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { bcryptPath: this.library } });
    // an idle pool does not keep the process alive
    worker.unref();
    const slot: Slot = { worker, job: null };
    worker.on('message', (message: { id: number; result?: unknown; error?: string }) => {
      const job = slot.job;
      slot.job = null;
      if (job && job.id === message.id) {
        if (message.error !== undefined) job.reject(new Error(message.error));
        else job.resolve(message.result);
      }
      this.dispatch();
    });
    const failed = (error: Error) => {
      this.counts.workerErrors += 1;
      this.slots = this.slots.filter((s) => s !== slot);
      const job = slot.job;
      slot.job = null;
      job?.reject(error);
      if (!this.stopped) this.dispatch();
    };
    worker.on('error', failed);
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) failed(new Error(`bcrypt worker exited with code ${code}`));
    });
    this.slots.push(slot);
    return slot;
  }

  private retire(slot: Slot) {
    this.slots = this.slots.filter((s) => s !== slot);
    void slot.worker.terminate();
  }
}

/**
 * Hashes handed from the Document Service middleware to the password transform of the same write:
 * by password and cost, each used once.
 */
export class HashHandoff {
  private ready = new Map<string, string[]>();

  private key(text: string, rounds: number) {
    return `${rounds}:${text}`;
  }

  put(text: string, rounds: number, hash: string) {
    const key = this.key(text, rounds);
    const list = this.ready.get(key) ?? [];
    list.push(hash);
    this.ready.set(key, list);
  }

  take(text: string, rounds: number): string | undefined {
    const key = this.key(text, rounds);
    const list = this.ready.get(key);
    const hash = list?.shift();
    if (list && !list.length) this.ready.delete(key);
    return hash;
  }

  /** Forget a hash the write did not use (it failed before its transform). */
  drop(text: string, rounds: number, hash: string) {
    const key = this.key(text, rounds);
    const list = this.ready.get(key);
    if (!list) return;
    const at = list.indexOf(hash);
    if (at >= 0) list.splice(at, 1);
    if (!list.length) this.ready.delete(key);
  }

  get size() {
    return this.ready.size;
  }
}

/** One per process: the wrapped transform is @strapi/core's, shared by every app in the process. */
export const passwordHandoff = new HashHandoff();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const workers = () => {
    const configured = (strapi.config.get('plugin::customer-accounts') as CustomerAccountsConfig | undefined)?.passwordHashing?.workers;
    return Number.isInteger(configured) ? (configured as number) : defaultWorkers();
  };
  const pool = new BcryptPool(workers);
  const handoff = passwordHandoff;
  // the main thread's bcrypt, for `workers: 0` and for arguments the library refuses (its errors)
  const bcrypt = require(bcryptPath());

  return {
    handoff,

    /** Whether hashing runs in the pool (false: on the main thread, as Strapi does). */
    offMainThread: () => workers() > 0,

    compare(password: unknown, hash: unknown): Promise<boolean> {
      if (workers() <= 0 || typeof password !== 'string' || typeof hash !== 'string') return bcrypt.compare(password, hash);
      return pool.compare(password, hash);
    },

    hash(password: unknown, rounds: number): Promise<string> {
      if (workers() <= 0 || typeof password !== 'string' || !Number.isInteger(rounds)) return bcrypt.hash(password, rounds);
      return pool.hash(password, rounds);
    },

    stats: () => pool.stats(),

    stop: () => pool.stop(),
  };
};
