import { passwordProblem } from '../../src/domain/password';

const me = { subscriberNumber: '1001', nationalCode: '0499370899', mobile: '09121234567' };

test('a long enough password with a letter and a digit is accepted, in any script', () => {
  expect(passwordProblem('sabz-kooh-42', me)).toBeNull();
  expect(passwordProblem('کوه‌سبز۴۲۹', me)).toBeNull();
  expect(passwordProblem('Gol٣٤ab!', me)).toBeNull();
});

test('too short (counted in characters) or too long (bcrypt reads 72 bytes)', () => {
  expect(passwordProblem('ab12cd3', me)).toBe('passwordTooShort');
  expect(passwordProblem('a1'.repeat(36) + 'x', me)).toBe('passwordTooLong');
  expect(passwordProblem('رمز۱'.repeat(10), me)).toBe('passwordTooLong'); // 40 characters, 80 bytes
});

test('letters and digits both', () => {
  expect(passwordProblem('abcdefghij', me)).toBe('passwordNeedsLetterAndDigit');
  expect(passwordProblem('۹۸۷۶۵۴۳۲۱۰', me)).toBe('passwordNeedsLetterAndDigit');
});

test('the usual first guesses are refused, whatever the digits or case', () => {
  expect(passwordProblem('Password1', me)).toBe('passwordTooCommon');
  expect(passwordProblem('demo۱۲۳۴', me)).toBe('passwordTooCommon');
});

test("the customer's own numbers are refused", () => {
  expect(passwordProblem('ali0499370899', me)).toBe('passwordContainsIdentity');
  expect(passwordProblem('x۰۹۱۲۱۲۳۴۵۶۷', me)).toBe('passwordContainsIdentity');
  expect(passwordProblem('aa9121234567', me)).toBe('passwordContainsIdentity');
  expect(passwordProblem('sub1001home', me)).toBe('passwordContainsIdentity');
  expect(passwordProblem('sub1001home', {})).toBeNull();
});
