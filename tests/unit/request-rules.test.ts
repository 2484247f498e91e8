/**
 * The strict reading rules of issue 15 (items 7–9): duplicate JSON keys, whole numbers as clients
 * send them, the allowed CORS origins, the production refusal and what the log may show.
 */
import { findDuplicateKey } from '../../src/domain/strict-json';
import { parseWholeNumber } from '../../src/domain/digits';
import { allowedOrigins, blockingProblems, originOf, productionProblems, productionRefusal, publicUrl } from '../../src/domain/deployment';
import { isSecretParam, maskMessageForLog } from '../../src/domain/log-masking';

describe('findDuplicateKey', () => {
  test.each([
    ['{"a":1,"a":2}', { key: 'a', path: ['a'] }],
    ['{"a":{"b":1,"c":{"d":1,"d":2}}}', { key: 'd', path: ['a', 'c', 'd'] }],
    ['[1,{"x":1},{"y":[{"z":1,"z":1}]}]', { key: 'z', path: ['2', 'y', '0', 'z'] }],
    ['{"choice":"cancel","\\u0063hoice":"renew"}', { key: 'choice', path: ['choice'] }],
    ['{"a\\"b":1, "a\\"b" : 2}', { key: 'a"b', path: ['a"b'] }],
    [' { "k" : [ ] ,\n "k" : null } ', { key: 'k', path: ['k'] }],
  ])('%s has a duplicate', (text, expected) => {
    expect(findDuplicateKey(text)).toEqual(expected);
  });

  test.each([
    '{"a":1,"b":{"a":1}}',
    '[{"a":1},{"a":2}]',
    '{"a":"{\\"a\\":1,\\"a\\":2}"}',
    '{"a":1,"b":"a","c":["a","a"]}',
    '{"text":"،\\n؟ «a»","a":1}',
    '{}',
    '[]',
    '"a"',
    '{"a":1,"A":2}',
  ])('%s has none', (text) => {
    expect(findDuplicateKey(text)).toBeNull();
  });
});

describe('parseWholeNumber', () => {
  test.each([
    [2, 2],
    [0, 0],
    ['2', 2],
    ['02', 2],
    ['۳', 3],
    ['٣', 3],
    ['۱۲', 12],
  ])('%p is %p', (value, expected) => {
    expect(parseWholeNumber(value)).toBe(expected);
  });

  test.each([[true], [false], ['0x1'], ['0b1'], ['0o1'], ['1e0'], [[1]], [['1']], [' 1'], ['1 '], ['+1'], ['-1'], [-1], [1.5], ['1.0'], [''], [null], [undefined], [{}], [NaN], [Infinity], ['١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦'], [2 ** 60]])(
    '%p is not a whole number',
    (value) => {
      expect(parseWholeNumber(value)).toBeNull();
    }
  );
});

describe('public URL and CORS origins', () => {
  test('PUBLIC_URL wins; without it the port the server listens on', () => {
    expect(publicUrl({ PUBLIC_URL: 'https://portal.example.ir/', PORT: '8080' })).toBe('https://portal.example.ir');
    expect(publicUrl({ PORT: '8080' })).toBe('http://localhost:8080');
    expect(publicUrl({})).toBe('http://localhost:1337');
  });

  test('the public origin, the site and the listed ones — nothing else', () => {
    expect(
      allowedOrigins({ PUBLIC_URL: 'https://portal.example.ir/base/', SITE_URL: 'https://www.example.ir', CORS_ORIGINS: 'https://a.example.ir, null, *, https://a.example.ir/x,,ftp://b.example.ir' })
    ).toEqual(['https://portal.example.ir', 'https://www.example.ir', 'https://a.example.ir']);
    expect(allowedOrigins({ PORT: '4000' })).toEqual(['http://localhost:4000']);
  });

  test.each(['null', '*', 'portal.example.ir', '', 'javascript:alert(1)'])('%p is no origin', (value) => {
    expect(originOf(value)).toBeNull();
  });
});

describe('production problems', () => {
  const real = [
    { integration: 'payment', variable: 'PAYMENT_PROVIDER', provider: 'zarinpal' },
    { integration: 'messaging sms', variable: 'SMS_PROVIDER', provider: 'kavenegar' },
  ];
  const standIns = [
    { integration: 'payment', variable: 'PAYMENT_PROVIDER', provider: 'sandbox' },
    { integration: 'messaging sms', variable: 'SMS_PROVIDER', provider: 'local' },
    { integration: 'messaging whatsapp', variable: 'WHATSAPP_PROVIDER', provider: 'local' },
    { integration: 'crm-sync', variable: 'CRM_PROVIDER', provider: 'local' },
    { integration: 'video', variable: 'plugin::video.provider', provider: 'local' },
  ];

  test('real providers and a PUBLIC_URL: none', () => {
    expect(productionProblems({ PUBLIC_URL: 'https://portal.example.ir' }, real)).toEqual([]);
  });

  test('every stand-in and a missing PUBLIC_URL are named', () => {
    const problems = productionProblems({}, standIns);
    expect(problems.map((p) => p.variable)).toEqual(['PUBLIC_URL', 'PAYMENT_PROVIDER', 'SMS_PROVIDER', 'WHATSAPP_PROVIDER', 'CRM_PROVIDER', 'plugin::video.provider']);
    const message = productionRefusal(problems);
    expect(message).toMatch(/refuses to start in production/);
    expect(message).toMatch(/PUBLIC_URL is not set/);
    expect(message).toMatch(/PAYMENT_PROVIDER is "sandbox"/);
    expect(message).toMatch(/ALLOW_SANDBOX_PROVIDERS=true/);
  });

  test('a real provider pointed at its sandbox is a problem too', () => {
    expect(productionProblems({ PUBLIC_URL: 'https://p.example.ir' }, [{ integration: 'payment', variable: 'ZARINPAL_SANDBOX', provider: 'zarinpal', sandbox: true }])).toEqual([
      expect.objectContaining({ variable: 'ZARINPAL_SANDBOX', allowable: true }),
    ]);
  });

  test('ALLOW_SANDBOX_PROVIDERS=true allows the stand-ins, never a missing or broken PUBLIC_URL', () => {
    expect(blockingProblems({ ALLOW_SANDBOX_PROVIDERS: 'true', PUBLIC_URL: 'https://p.example.ir' }, standIns)).toEqual([]);
    expect(blockingProblems({ ALLOW_SANDBOX_PROVIDERS: 'true' }, standIns).map((p) => p.variable)).toEqual(['PUBLIC_URL']);
    expect(blockingProblems({ ALLOW_SANDBOX_PROVIDERS: 'true', PUBLIC_URL: 'portal.example.ir' }, standIns).map((p) => p.variable)).toEqual(['PUBLIC_URL']);
    expect(blockingProblems({ ALLOW_SANDBOX_PROVIDERS: '1', PUBLIC_URL: 'https://p.example.ir' }, standIns)).toHaveLength(5);
  });
});

describe('log masking', () => {
  test.each(['code', 'resetCode', 'login_code', 'otp', 'password', 'newPassword', 'token', 'pin', 'secret'])('%s is secret', (name) => {
    expect(isSecretParam(name)).toBe(true);
  });
  test.each(['name', 'device', 'until', 'url', 'minutes', 'tracking', 'trackingCode', 'postalCode', 'refId', 'username', 'status'])('%s is not', (name) => {
    expect(isSecretParam(name)).toBe(false);
  });

  test('a login code is masked wherever it appears, in any digits, for an otp message', () => {
    const text = 'پشتیبان\nکد ورود شما: 482913\nاین کد تا 5 دقیقه معتبر است.';
    const masked = maskMessageForLog(text, { params: { code: '482913', minutes: '5' }, kind: 'otp' });
    expect(masked).not.toContain('482913');
    expect(masked).toContain('تا 5 دقیقه');
    expect(maskMessageForLog('کد: ۴۸۲-۹۱۳', { params: { code: '482913' }, kind: 'otp' })).toBe('کد: ••••');
  });

  test('a reset code in a transactional message; other values stay', () => {
    const masked = maskMessageForLog('کد بازیابی 7731 برای دستگاه SN12345', { params: { resetCode: '7731', device: 'SN12345' }, kind: 'transactional' });
    expect(masked).toBe('کد بازیابی •••• برای دستگاه SN12345');
  });
});
