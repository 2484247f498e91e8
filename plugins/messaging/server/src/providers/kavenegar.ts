/**
 * Kavenegar SMS (https://kavenegar.com/rest.html), called with axios:
 *   POST {baseUrl}/v1/{apiKey}/sms/send.json        receptor, message, sender, localid
 *   POST {baseUrl}/v1/{apiKey}/verify/lookup.json   receptor, template, token, token2, token3
 * form-encoded, like Kavenegar's own SDKs. The template ("verify/lookup") send is used when staff
 * gave the message template a Kavenegar template name; otherwise the rendered text is sent.
 * Every answer is `{ return: { status, message }, entries }`; status 200 is success. Busy (409),
 * too many calls (451), no credit (418), 5xx and network errors are retried; everything else is
 * permanent.
 * A lookup has no `localid`: `repeatsSafely` says so, and the delivery worker never repeats a lookup
 * whose outcome is uncertain (docs/security.md).
 */
import http from 'http';
import https from 'https';
import axios from 'axios';
import { ProviderError, networkError, type ProviderModule } from './types';

/**
 * Busy (409) and too many calls (451) — and insufficient credit (418): the account ran dry, staff
 * top it up, and the messages wait for it rather than being given up (nothing lost).
 */
const RETRYABLE = new Set([409, 451, 418]);

const FRESH_CONNECTION = { httpAgent: new http.Agent({ keepAlive: false }), httpsAgent: new https.Agent({ keepAlive: false }) };

/** Kavenegar tokens may not contain spaces (error 431). */
const token = (value: string | undefined) => (value ?? '').trim().replace(/\s+/g, '_') || '-';

const kavenegar: ProviderModule = {
  init(options) {
    const baseUrl = String(options.baseUrl ?? 'https://api.kavenegar.com').replace(/\/$/, '');
    const apiKey = String(options.apiKey ?? '');
    if (!apiKey) throw new Error('messaging: the kavenegar provider needs providerOptions.apiKey (KAVENEGAR_API_KEY)');
    const client = axios.create({ baseURL: `${baseUrl}/v1/${encodeURIComponent(apiKey)}`, timeout: Number(options.timeoutMs ?? 10_000), validateStatus: () => true });

    return {
      name: 'kavenegar',
      async send(message) {
        const lookup = message.template.kavenegarTemplate;
        const [path, form] = lookup
          ? [
              '/verify/lookup.json',
              {
                receptor: message.recipient,
                template: lookup,
                token: token(message.params[message.template.paramOrder[0]]),
                ...(message.template.paramOrder[1] ? { token2: token(message.params[message.template.paramOrder[1]]) } : {}),
                ...(message.template.paramOrder[2] ? { token3: token(message.params[message.template.paramOrder[2]]) } : {}),
              },
            ]
          : [
              '/sms/send.json',
              {
                receptor: message.recipient,
                message: message.text,
                localid: String(message.id),
                ...(options.sender ? { sender: String(options.sender) } : {}),
              },
            ];

        let response;
        try {
          response = await client.post(path, new URLSearchParams(form as Record<string, string>).toString(), {
            headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
            // a lookup (no duplicate key) on a fresh connection: a kept-alive one the server already
            // closed fails with a reset that would make the code's fate look uncertain
            ...(lookup ? FRESH_CONNECTION : {}),
          });
        } catch (error) {
          throw networkError(error, 'kavenegar');
        }

        const status = Number(response.data?.return?.status ?? response.status);
        if (status === 200 && response.status < 300) {
          const entries = response.data?.entries;
          const entry = Array.isArray(entries) ? entries[0] : entries;
          if (!entry?.messageid) throw new ProviderError('kavenegar: success without a message id', { retryable: true, code: 'no-message-id', uncertain: true });
          return { providerMessageId: String(entry.messageid), providerStatus: String(entry.status ?? '') };
        }
        const text = response.data?.return?.message ?? `HTTP ${response.status}`;
        const providerWide = RETRYABLE.has(status) || status >= 500 || response.status >= 500;
        // a gateway timeout in front of Kavenegar: it may have taken the message
        throw new ProviderError(`kavenegar ${status}: ${text}`, { retryable: providerWide, code: status, outage: providerWide, uncertain: response.status === 504 });
      },

      // sms/send carries our outbox id as `localid`, which Kavenegar does not deliver twice;
      // verify/lookup (login and reset codes) has no such key
      repeatsSafely(message) {
        return !message.template.kavenegarTemplate;
      },
    };
  },
};

export default kavenegar;
