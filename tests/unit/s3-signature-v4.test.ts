/**
 * The SigV4 signer (src/uploads/s3/signature-v4.ts) against the examples the S3 API reference
 * publishes: "Signature Calculations for the Authorization Header" (GET Object, PUT Object, GET
 * Bucket Lifecycle, Get Bucket — the same example credentials and 2013-05-24 clock) and
 * "Authenticating Requests: Using Query Parameters" (the presigned GET of test.txt).
 */
import {
  EMPTY_SHA256,
  amzDate,
  canonicalRequest,
  canonicalUri,
  presignUrl,
  sha256Hex,
  signRequest,
  stringToSign,
  uriEncode,
} from '../../src/uploads/s3/signature-v4';

const credentials = { accessKeyId: 'AKIAIOSFODNN7EXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };
const now = new Date('2013-05-24T00:00:00Z');
const region = 'us-east-1';
const host = 'https://examplebucket.s3.amazonaws.com';
const authorization = (signedHeaders: string, signature: string) =>
  `AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request,SignedHeaders=${signedHeaders},Signature=${signature}`;

describe('the S3 documentation’s header examples', () => {
  test('GET Object (first 10 bytes of test.txt): canonical request, string to sign, signature', () => {
    const canonical = canonicalRequest({
      method: 'GET',
      pathname: '/test.txt',
      query: [],
      headers: { Host: 'examplebucket.s3.amazonaws.com', Range: 'bytes=0-9', 'x-amz-content-sha256': EMPTY_SHA256, 'x-amz-date': '20130524T000000Z' },
      payloadHash: EMPTY_SHA256,
    });
    expect(canonical).toBe(
      ['GET', '/test.txt', '', 'host:examplebucket.s3.amazonaws.com', 'range:bytes=0-9', `x-amz-content-sha256:${EMPTY_SHA256}`, 'x-amz-date:20130524T000000Z', '', 'host;range;x-amz-content-sha256;x-amz-date', EMPTY_SHA256].join('\n'),
    );
    expect(stringToSign('20130524T000000Z', '20130524/us-east-1/s3/aws4_request', canonical)).toBe(
      'AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972',
    );
    const headers = signRequest({ method: 'GET', url: new URL(`${host}/test.txt`), headers: { Range: 'bytes=0-9' }, payloadHash: EMPTY_SHA256, credentials, region, now });
    expect(headers.authorization).toBe(authorization('host;range;x-amz-content-sha256;x-amz-date', 'f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41'));
    expect(headers['x-amz-date']).toBe('20130524T000000Z');
  });

  test('PUT Object (test$file.text, "Welcome to Amazon S3.", reduced redundancy)', () => {
    const payloadHash = sha256Hex('Welcome to Amazon S3.');
    expect(payloadHash).toBe('44ce7dd67c959e0d3524ffac1771dfbba87d2b6b4b4e99e42034a8b803f8b072');
    const headers = signRequest({
      method: 'PUT',
      url: new URL(`${host}/test$file.text`),
      headers: { Date: 'Fri, 24 May 2013 00:00:00 GMT', 'x-amz-storage-class': 'REDUCED_REDUNDANCY' },
      payloadHash,
      credentials,
      region,
      now,
    });
    expect(headers.authorization).toBe(authorization('date;host;x-amz-content-sha256;x-amz-date;x-amz-storage-class', '98ad721746da40c64f1a55b78f14c238d841ea1380cd77a1b5971af0ece108bd'));
  });

  test('GET Bucket Lifecycle (?lifecycle: a key without a value)', () => {
    const headers = signRequest({ method: 'GET', url: new URL(`${host}/?lifecycle`), payloadHash: EMPTY_SHA256, credentials, region, now });
    expect(headers.authorization).toBe(authorization('host;x-amz-content-sha256;x-amz-date', 'fea454ca298b7da1c68078a5d1bdbfbbe0d65c699e0f91ac7a200a0136783543'));
  });

  test('Get Bucket (?max-keys=2&prefix=J)', () => {
    const headers = signRequest({ method: 'GET', url: new URL(`${host}/?prefix=J&max-keys=2`), payloadHash: EMPTY_SHA256, credentials, region, now });
    expect(headers.authorization).toBe(authorization('host;x-amz-content-sha256;x-amz-date', '34b48302e7b5fa45bde8084f4b7868a86f0a534bc59db6670ed5711ef69dc6f7'));
  });
});

describe('the S3 documentation’s presigned URL example', () => {
  test('GET test.txt for 86400 seconds', () => {
    const url = presignUrl({ method: 'GET', url: new URL(`${host}/test.txt`), credentials, region, now, expiresInSeconds: 86_400 });
    expect(url).toBe(
      'https://examplebucket.s3.amazonaws.com/test.txt?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIAIOSFODNN7EXAMPLE%2F20130524%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20130524T000000Z&X-Amz-Expires=86400&X-Amz-SignedHeaders=host&X-Amz-Signature=aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404',
    );
  });

  test('an expiry outside 1 s … 7 days is refused', () => {
    const sign = (expiresInSeconds: number) => () => presignUrl({ method: 'GET', url: new URL(`${host}/test.txt`), credentials, region, now, expiresInSeconds });
    expect(sign(0)).toThrow(RangeError);
    expect(sign(7 * 24 * 3600 + 1)).toThrow(RangeError);
    expect(sign(7 * 24 * 3600)).not.toThrow();
  });
});

describe('encoding', () => {
  test('RFC 3986: unreserved kept, the rest as upper-case UTF-8 bytes; path segments once', () => {
    expect(uriEncode('aZ09-._~')).toBe('aZ09-._~');
    expect(uriEncode('a b/c+d*$')).toBe('a%20b%2Fc%2Bd%2A%24');
    expect(uriEncode('گزارش')).toBe('%DA%AF%D8%B2%D8%A7%D8%B1%D8%B4');
    expect(canonicalUri('/bucket/tickets/a b.pdf')).toBe('/bucket/tickets/a%20b.pdf');
    // already encoded (as a URL object keeps it): not encoded twice
    expect(canonicalUri(new URL('http://h/bucket/a%20b$.pdf').pathname)).toBe('/bucket/a%20b%24.pdf');
  });

  test('amz dates are UTC', () => {
    expect(amzDate(new Date('2026-03-20T20:30:05.123Z'))).toEqual({ stamp: '20260320T203005Z', day: '20260320' });
  });
});
