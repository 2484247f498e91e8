/**
 * WhatsApp Business Cloud API (Meta Graph API), called with axios:
 *   POST {baseUrl}/{apiVersion}/{phoneNumberId}/messages   Authorization: Bearer {accessToken}
 * Always a template message (the only kind allowed outside the 24-hour window), with the
 * template's body parameters in the order staff configured, and our outbox id in
 * biz_opaque_callback_data so status webhooks can be matched.
 *
 * Errors are classified by `error.code`, not by HTTP status: rate limits (130429, 80007, 4,
 * 131056) and server errors (131000, 131016, 5xx) are retried; "not on WhatsApp" (131026),
 * re-engagement (131047) and a missing template fall back to SMS; the rest are permanent.
 */
import axios from 'axios';
import { ProviderError, networkError, type ProviderModule } from './types';

const RETRYABLE = new Set([130429, 80007, 4, 131056, 131048, 131000, 131016, 2]);
const FALLBACK = new Set([131026, 131047, 132001, 132015, 132016]);
const PER_RECIPIENT = new Set([131056]);

const whatsappCloud: ProviderModule = {
  init(options) {
    const baseUrl = String(options.baseUrl ?? 'https://graph.facebook.com').replace(/\/$/, '');
    const apiVersion = String(options.apiVersion ?? 'v21.0');
    const phoneNumberId = String(options.phoneNumberId ?? '');
    const accessToken = String(options.accessToken ?? '');
    if (!phoneNumberId || !accessToken) {
      throw new Error('messaging: the whatsapp-cloud provider needs providerOptions.phoneNumberId and accessToken (WHATSAPP_PHONE_NUMBER_ID, WHATSAPP_ACCESS_TOKEN)');
    }
    const http = axios.create({
      baseURL: `${baseUrl}/${apiVersion}/${phoneNumberId}`,
      timeout: Number(options.timeoutMs ?? 10_000),
      validateStatus: () => true,
      headers: { Authorization: `Bearer ${accessToken}`, 'Content-Type': 'application/json' },
    });

    return {
      name: 'whatsapp-cloud',
      async send(message) {
        const name = message.template.whatsappTemplate;
        if (!name) {
          throw new ProviderError(`whatsapp: no WhatsApp template for "${message.template.code}"`, { retryable: false, code: 'no-template', fallbackToSms: true });
        }
        const body = {
          messaging_product: 'whatsapp',
          recipient_type: 'individual',
          to: message.recipient,
          type: 'template',
          template: {
            name,
            language: { code: message.template.whatsappLanguage || 'fa' },
            components: message.template.paramOrder.length
              ? [{ type: 'body', parameters: message.template.paramOrder.map((p) => ({ type: 'text', text: String(message.params[p] ?? '') })) }]
              : [],
          },
          biz_opaque_callback_data: String(message.id),
        };

        let response;
        try {
          response = await http.post('/messages', body);
        } catch (error) {
          throw networkError(error, 'whatsapp');
        }

        const id = response.data?.messages?.[0]?.id;
        if (response.status >= 200 && response.status < 300 && id) {
          return { providerMessageId: String(id), providerStatus: String(response.data.messages[0].message_status ?? 'accepted') };
        }
        const error = response.data?.error ?? {};
        const code = Number(error.code ?? response.status);
        const retryable = RETRYABLE.has(code) || response.status >= 500;
        throw new ProviderError(`whatsapp ${code}: ${error.message ?? `HTTP ${response.status}`}`, {
          retryable,
          code,
          fallbackToSms: FALLBACK.has(code),
          // too many messages to one user is that user's limit, not WhatsApp's
          outage: retryable && !PER_RECIPIENT.has(code),
          uncertain: response.status === 504,
        });
      },
    };
  },
};

export default whatsappCloud;
