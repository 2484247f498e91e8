import { isHttpsUrl, refreshCookieIsSecure } from '../../src/domain/secure-cookie';

test('a request over TLS, or through a trusted proxy that says https, gets a Secure cookie', () => {
  expect(refreshCookieIsSecure({ requestIsHttps: true })).toBe(true);
  expect(refreshCookieIsSecure({ requestIsHttps: true, publicUrl: 'http://portal.local' })).toBe(true);
});

test('plain HTTP without an https public address gets a plain cookie (production or not)', () => {
  expect(refreshCookieIsSecure({ requestIsHttps: false })).toBe(false);
  expect(refreshCookieIsSecure({ requestIsHttps: false, publicUrl: '' })).toBe(false);
  expect(refreshCookieIsSecure({ requestIsHttps: false, publicUrl: 'http://192.168.1.10:1337' })).toBe(false);
});

test('an https public address means TLS ends in front of us: Secure', () => {
  expect(refreshCookieIsSecure({ requestIsHttps: false, publicUrl: 'https://portal.example.ir' })).toBe(true);
  expect(refreshCookieIsSecure({ requestIsHttps: false, publicUrl: ' HTTPS://portal.example.ir/ ' })).toBe(true);
});

test('an explicit boolean in the config wins', () => {
  expect(refreshCookieIsSecure({ configured: false, requestIsHttps: true, publicUrl: 'https://x.ir' })).toBe(false);
  expect(refreshCookieIsSecure({ configured: true, requestIsHttps: false })).toBe(true);
  expect(refreshCookieIsSecure({ configured: 'yes', requestIsHttps: false })).toBe(false);
});

test('isHttpsUrl', () => {
  expect(isHttpsUrl('https://a')).toBe(true);
  expect(isHttpsUrl('http://a')).toBe(false);
  expect(isHttpsUrl(undefined)).toBe(false);
});
