/**
 * Access tokens are checked once per instance and remembered until they expire
 * (src/extensions/users-permissions/strapi-server.ts verifiedAccessTokens): what is remembered,
 * for how long, and that nothing but a valid token's exact string is ever taken on trust.
 */
import jwt from 'jsonwebtoken';
import { verifiedAccessTokens } from '../../src/extensions/users-permissions/strapi-server';

const SECRET = 'unit-test-secret';
let clock = Date.UTC(2026, 11, 2, 10, 0, 0);
const now = () => clock;

/** Strapi's check, as the session manager makes it, counted. */
const checker = () => {
  const calls: string[] = [];
  const validate = (token: string) => {
    calls.push(token);
    try {
      const payload: any = jwt.verify(token, SECRET, { algorithms: ['HS256'], clockTimestamp: Math.floor(clock / 1000) });
      return { isValid: payload.type === 'access', payload };
    } catch {
      return { isValid: false };
    }
  };
  return { calls, validate };
};
const sign = (payload: object, expiresInSeconds = 1800) => jwt.sign({ type: 'access', ...payload, iat: Math.floor(clock / 1000) }, SECRET, { expiresIn: expiresInSeconds });

beforeEach(() => {
  clock = Date.UTC(2026, 11, 2, 10, 0, 0);
});

test('a valid token is checked once, then answered from memory with the same payload', () => {
  const tokens = verifiedAccessTokens({ now });
  const { calls, validate } = checker();
  const token = sign({ userId: 7, sessionId: 's1' });
  const first = tokens.check(token, validate);
  const second = tokens.check(token, validate);
  expect(first).toMatchObject({ isValid: true, payload: { userId: 7, sessionId: 's1' } });
  expect(second).toEqual({ isValid: true, payload: first.payload });
  expect(calls).toHaveLength(1);
});

test('a remembered token stops being valid when it expires', () => {
  const tokens = verifiedAccessTokens({ now });
  const { calls, validate } = checker();
  const token = sign({ userId: 7 }, 60);
  expect(tokens.check(token, validate).isValid).toBe(true);
  clock += 59_000;
  expect(tokens.check(token, validate).isValid).toBe(true);
  expect(calls).toHaveLength(1);
  clock += 2_000;
  expect(tokens.check(token, validate).isValid).toBe(false);
  expect(calls).toHaveLength(2);
  expect(tokens.size).toBe(0);
});

test('a token differing by one character is checked afresh and refused', () => {
  const tokens = verifiedAccessTokens({ now });
  const { calls, validate } = checker();
  const token = sign({ userId: 7 });
  tokens.check(token, validate);
  const [header, , signature] = token.split('.');
  const forged = [header, Buffer.from(JSON.stringify({ type: 'access', userId: 1, exp: 9_999_999_999 })).toString('base64url'), signature].join('.');
  const at = token.length - 5;
  const flipped = token.slice(0, at) + (token[at] === 'Q' ? 'R' : 'Q') + token.slice(at + 1);
  expect(tokens.check(forged, validate).isValid).toBe(false);
  expect(tokens.check(flipped, validate).isValid).toBe(false);
  expect(calls).toEqual([token, forged, flipped]);
});

test('refused tokens are never remembered: each try is checked again', () => {
  const tokens = verifiedAccessTokens({ now });
  const { calls, validate } = checker();
  const wrongKey = jwt.sign({ type: 'access', userId: 7 }, 'another-secret', { expiresIn: 1800 });
  expect(tokens.check(wrongKey, validate).isValid).toBe(false);
  expect(tokens.check(wrongKey, validate).isValid).toBe(false);
  expect(calls).toHaveLength(2);
  expect(tokens.size).toBe(0);
});

test('a token without exp is remembered for maxAgeMs at most', () => {
  const tokens = verifiedAccessTokens({ now, maxAgeMs: 1000 });
  let checks = 0;
  const validate = () => ((checks += 1), { isValid: true, payload: { type: 'access', userId: 7 } });
  tokens.check('t', validate);
  clock += 999;
  tokens.check('t', validate);
  clock += 2;
  tokens.check('t', validate);
  expect(checks).toBe(2);
});

test('at most `max` tokens are kept; the oldest is dropped first', () => {
  const tokens = verifiedAccessTokens({ now, max: 3 });
  const { calls, validate } = checker();
  const all = [1, 2, 3, 4].map((userId) => sign({ userId }));
  for (const token of all) tokens.check(token, validate);
  expect(tokens.size).toBe(3);
  tokens.check(all[3], validate);
  tokens.check(all[1], validate);
  expect(calls).toHaveLength(4);
  tokens.check(all[0], validate);
  expect(calls).toHaveLength(5);
  expect(tokens.size).toBe(3);
});
