/**
 * THE rule for whether a customer's access token may still be used: the session it was issued
 * for must be live. Strapi's users-permissions (refresh mode) signs access tokens for 10 minutes
 * with { userId, sessionId } and, by itself, never looks the session up again — so logout, a
 * password change or a staff reset, which delete session rows, did not end the access those
 * sessions had handed out, and a token naming a session that never existed was accepted.
 *
 * Session rows (Strapi's admin::session, table strapi_sessions, origin 'users-permissions'): a
 * login creates an `active` row; each refresh marks it `rotated`, pointing at its `childId`, the
 * new `active` row of the same login. Logout deletes the current row; a password change or a
 * reset deletes all of the user's rows. So a token is good when, from its session, following
 * `childId` through rotated rows reaches an active row of the same user and origin that has not
 * expired (idle or absolute) — a tab holding a token from before another tab's refresh keeps
 * working, and once the login is over nothing of it works. Following is bounded: a token more
 * than MAX_ROTATIONS refreshes old is refused (the site then refreshes itself).
 */
export const SESSION_ORIGIN = 'users-permissions';
export const MAX_ROTATIONS = 3;

export type SessionRow = {
  sessionId: string;
  userId: string | number;
  origin: string;
  status?: string | null;
  childId?: string | null;
  expiresAt: Date | string;
  absoluteExpiresAt?: Date | string | null;
};

export type SessionStep = { verdict: 'live' } | { verdict: 'dead' } | { verdict: 'follow'; sessionId: string };

const passed = (at: Date | string | null | undefined, now: Date) => at !== null && at !== undefined && new Date(at).getTime() <= now.getTime();

/** One step of the walk: what `row` (or its absence) says about a token of `userId`. */
export const sessionStep = (row: SessionRow | null | undefined, { userId, now }: { userId: string | number; now: Date }): SessionStep => {
  if (!row) return { verdict: 'dead' };
  if (row.origin !== SESSION_ORIGIN || String(row.userId) !== String(userId)) return { verdict: 'dead' };
  if (passed(row.absoluteExpiresAt, now)) return { verdict: 'dead' };
  if (row.status === 'active') return passed(row.expiresAt, now) ? { verdict: 'dead' } : { verdict: 'live' };
  if (row.status === 'rotated' && row.childId) return { verdict: 'follow', sessionId: row.childId };
  return { verdict: 'dead' };
};

/**
 * Walks from `sessionId` with `read` (one indexed read per row): until when the token stays good —
 * the reached active row's idle or absolute expiry, whichever comes first — or null when it is
 * not live. A cache may keep a live answer until then (and must drop it when a session row of the
 * user changes).
 */
export const sessionLiveUntil = async (
  sessionId: unknown,
  userId: string | number,
  read: (sessionId: string) => Promise<SessionRow | null | undefined>,
  now = new Date()
): Promise<Date | null> => {
  if (typeof sessionId !== 'string' || sessionId === '') return null;
  let current = sessionId;
  for (let hop = 0; hop <= MAX_ROTATIONS; hop++) {
    const row = await read(current);
    const step = sessionStep(row, { userId, now });
    if (step.verdict === 'live') {
      const ends = [row!.expiresAt, row!.absoluteExpiresAt].filter((at): at is Date | string => at !== null && at !== undefined).map((at) => new Date(at).getTime());
      return new Date(Math.min(...ends));
    }
    if (step.verdict === 'dead') return null;
    current = step.sessionId;
  }
  return null;
};

/** Whether the token's session is live now (see sessionLiveUntil). */
export const isSessionLive = async (
  sessionId: unknown,
  userId: string | number,
  read: (sessionId: string) => Promise<SessionRow | null | undefined>,
  now = new Date()
): Promise<boolean> => (await sessionLiveUntil(sessionId, userId, read, now)) !== null;
