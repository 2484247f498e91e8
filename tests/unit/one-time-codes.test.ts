import { decideCodeSend, type CodeSendPolicy } from '../../src/domain/one-time-codes';

const policy: CodeSendPolicy = { cooldownMs: 60_000, windowMs: 15 * 60_000, maxPerWindow: 3, limitEnabled: true };
const at = (minutes: number, seconds = 0) => new Date(Date.UTC(2026, 11, 1, 8, minutes, seconds));

test('the first code goes', () => {
  expect(decideCodeSend([], at(0), policy)).toEqual({ send: true });
});

test('within the cool-down nothing goes, and the answer says how long to wait', () => {
  expect(decideCodeSend([at(0)], at(0, 15), policy)).toEqual({ send: false, reason: 'cooldown', retryAfterSeconds: 45 });
  expect(decideCodeSend([at(0)], at(0, 59.5 as number), policy)).toMatchObject({ send: false, retryAfterSeconds: 1 });
  expect(decideCodeSend([at(0)], at(1), policy)).toEqual({ send: true });
});

test('only codes sent count: the issue\'s lock-out (three requests in the cool-down, then a fourth) sends the second code', () => {
  // requests at 0:00 (sent), 0:10, 0:20 (refused by the cool-down: not recorded), then 1:05
  expect(decideCodeSend([at(0)], at(0, 10), policy).send).toBe(false);
  expect(decideCodeSend([at(0)], at(0, 20), policy).send).toBe(false);
  expect(decideCodeSend([at(0)], at(1, 5), policy)).toEqual({ send: true });
});

test('the fourth code within the window waits until the oldest leaves it', () => {
  const sent = [at(0), at(2), at(4)];
  expect(decideCodeSend(sent, at(6), policy)).toEqual({ send: false, reason: 'limit', retryAfterSeconds: 9 * 60 });
  expect(decideCodeSend(sent, at(15), policy)).toEqual({ send: true });
});

test('the limit can be off (the cool-down stays)', () => {
  const sent = [at(0), at(2), at(4)];
  expect(decideCodeSend(sent, at(6), { ...policy, limitEnabled: false })).toEqual({ send: true });
  expect(decideCodeSend(sent, at(4, 30), { ...policy, limitEnabled: false })).toMatchObject({ reason: 'cooldown' });
});

test('order and codes from before the window do not matter', () => {
  const sent = [at(4), at(-30), at(0), at(2)];
  expect(decideCodeSend(sent, at(6), policy)).toEqual({ send: false, reason: 'limit', retryAfterSeconds: 9 * 60 });
});
