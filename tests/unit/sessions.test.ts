/** The live-session rule behind every customer access token (src/domain/sessions.ts). */
import { isSessionLive, MAX_ROTATIONS, sessionStep, type SessionRow } from '../../src/domain/sessions';

const now = new Date('2026-12-02T10:00:00Z');
const later = new Date(now.getTime() + 60_000);
const earlier = new Date(now.getTime() - 60_000);
const row = (overrides: Partial<SessionRow> = {}): SessionRow => ({
  sessionId: 's1',
  userId: '7',
  origin: 'users-permissions',
  status: 'active',
  childId: null,
  expiresAt: later,
  absoluteExpiresAt: later,
  ...overrides,
});
const store = (rows: SessionRow[]) => {
  const reads: string[] = [];
  const byId = new Map(rows.map((r) => [r.sessionId, r]));
  return { reads, read: async (id: string) => (reads.push(id), byId.get(id) ?? null) };
};

describe('one row', () => {
  test('an active, unexpired row of the same user and origin is live', () => {
    expect(sessionStep(row(), { userId: 7, now })).toEqual({ verdict: 'live' });
  });
  test.each([
    ['missing', null],
    ['another user', row({ userId: '8' })],
    ['the admin panel', row({ origin: 'admin' })],
    ['idle expiry passed', row({ expiresAt: earlier })],
    ['absolute expiry passed', row({ absoluteExpiresAt: now })],
    ['rotated without a child', row({ status: 'rotated' })],
    ['an unknown status', row({ status: 'revoked' })],
  ])('%s → dead', (_name, r) => {
    expect(sessionStep(r, { userId: '7', now })).toEqual({ verdict: 'dead' });
  });
  test('a rotated row points at its child, whatever its own idle expiry', () => {
    expect(sessionStep(row({ status: 'rotated', childId: 's2', expiresAt: earlier }), { userId: '7', now })).toEqual({ verdict: 'follow', sessionId: 's2' });
  });
});

describe('the walk', () => {
  test('an active session: one read', async () => {
    const s = store([row()]);
    expect(await isSessionLive('s1', '7', s.read, now)).toBe(true);
    expect(s.reads).toEqual(['s1']);
  });
  test('from before a refresh: through the rotated row to the live one', async () => {
    const s = store([row({ status: 'rotated', childId: 's2' }), row({ sessionId: 's2' })]);
    expect(await isSessionLive('s1', '7', s.read, now)).toBe(true);
    expect(s.reads).toEqual(['s1', 's2']);
  });
  test('after logout (the current row deleted) the whole login is over', async () => {
    const s = store([row({ status: 'rotated', childId: 's2' })]);
    expect(await isSessionLive('s1', '7', s.read, now)).toBe(false);
  });
  test('unknown, empty or non-text session ids are refused without a read', async () => {
    const s = store([]);
    expect(await isSessionLive('nope', '7', s.read, now)).toBe(false);
    expect(await isSessionLive('', '7', s.read, now)).toBe(false);
    expect(await isSessionLive(undefined, '7', s.read, now)).toBe(false);
    expect(s.reads).toEqual(['nope']);
  });
  test(`at most ${MAX_ROTATIONS} refreshes are followed, and a cycle ends`, async () => {
    const chain = Array.from({ length: MAX_ROTATIONS + 2 }, (_, i) => row({ sessionId: `s${i}`, status: 'rotated', childId: `s${i + 1}` }));
    chain[chain.length - 1] = row({ sessionId: `s${chain.length - 1}` });
    const s = store(chain);
    expect(await isSessionLive(`s${chain.length - 1 - MAX_ROTATIONS}`, '7', s.read, now)).toBe(true);
    expect(await isSessionLive(`s${chain.length - 2 - MAX_ROTATIONS}`, '7', s.read, now)).toBe(false);
    const loop = store([row({ status: 'rotated', childId: 's2' }), row({ sessionId: 's2', status: 'rotated', childId: 's1' })]);
    expect(await isSessionLive('s1', '7', loop.read, now)).toBe(false);
  });
});
