// src/api/announcement/services/fan-out.ts: a fan-out holds a lease it renews after every chunk of
// subscribers; an instance that dies mid-way leaves the lease to expire, and the next run of the
// fan-out job (any instance) takes the fan-out over and continues from the last chunk written.
export default ({ env }) => ({
  fanOut: {
    leaseMs: env.int('FANOUT_LEASE_MS', 2 * 60 * 1000),
    chunk: env.int('FANOUT_CHUNK', 20_000),
  },
});
