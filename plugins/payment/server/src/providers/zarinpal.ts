/**
 * Zarinpal REST v4 (https://www.zarinpal.com/docs/), called with axios:
 *   POST {baseUrl}/pg/v4/payment/request.json   { merchant_id, amount, currency: 'IRR', description, callback_url, metadata }
 *   → buyer to {baseUrl}/pg/StartPay/{authority} → back to callback_url?Authority=…&Status=OK|NOK
 *   POST {baseUrl}/pg/v4/payment/verify.json    { merchant_id, amount, authority }   100 paid · 101 already verified
 *   POST {baseUrl}/pg/v4/payment/unVerified.json { merchant_id }                   paid but not yet verified
 * Amounts are always sent in rials (currency IRR), always the amount from our own records.
 * -12 (too many attempts), -52 (unexpected), 5xx and network errors are retryable.
 */
import axios from 'axios';
import { GatewayError, type GatewayModule } from './types';

const RETRYABLE = new Set([-12, -52]);

const zarinpal: GatewayModule = {
  init(options) {
    const merchantId = String(options.merchantId ?? '');
    if (!/^[0-9a-fA-F-]{36}$/.test(merchantId)) throw new Error('payment: the zarinpal provider needs providerOptions.merchantId, a 36-character merchant id (ZARINPAL_MERCHANT_ID)');
    const baseUrl = String(options.baseUrl ?? (options.sandbox ? 'https://sandbox.zarinpal.com' : 'https://payment.zarinpal.com')).replace(/\/$/, '');
    const http = axios.create({ baseURL: baseUrl, timeout: Number(options.timeoutMs ?? 15_000), validateStatus: () => true, headers: { 'Content-Type': 'application/json', Accept: 'application/json' } });

    const call = async (path: string, body: Record<string, unknown>) => {
      try {
        const response = await http.post(path, body);
        return response;
      } catch (error: any) {
        throw new GatewayError(`zarinpal: ${error?.code ?? 'network error'} ${error?.message ?? ''}`.trim(), { retryable: true, code: error?.code ?? 'network', outage: true });
      }
    };

    const errorOf = (response: any) => {
      const errors = response.data?.errors;
      const code = Number(errors?.code ?? response.data?.data?.code ?? response.status);
      const message = String(errors?.message ?? response.data?.data?.message ?? `HTTP ${response.status}`);
      return { code, message };
    };

    return {
      name: 'zarinpal',
      async request({ amountRials, description, callbackUrl, orderId, mobile }) {
        const response = await call('/pg/v4/payment/request.json', {
          merchant_id: merchantId,
          amount: amountRials,
          currency: 'IRR',
          description: description.slice(0, 500),
          callback_url: callbackUrl,
          metadata: { order_id: orderId, ...(mobile ? { mobile } : {}) },
        });
        const data = response.data?.data;
        if (response.status < 300 && data?.code === 100 && typeof data.authority === 'string') {
          return { authority: data.authority, redirectUrl: `${baseUrl}/pg/StartPay/${data.authority}` };
        }
        const { code, message } = errorOf(response);
        const retryable = RETRYABLE.has(code) || response.status >= 500;
        throw new GatewayError(`zarinpal request ${code}: ${message}`, { retryable, code, outage: retryable });
      },

      async verify({ authority, amountRials }) {
        const response = await call('/pg/v4/payment/verify.json', { merchant_id: merchantId, amount: amountRials, authority });
        const data = response.data?.data;
        if (response.status < 300 && (data?.code === 100 || data?.code === 101)) {
          return { outcome: data.code === 100 ? 'paid' : 'already-verified', refId: String(data.ref_id), cardPan: data.card_pan, code: data.code };
        }
        const { code, message } = errorOf(response);
        if (RETRYABLE.has(code) || response.status >= 500) throw new GatewayError(`zarinpal verify ${code}: ${message}`, { retryable: true, code, outage: true });
        return { outcome: code === -51 ? 'not-paid' : 'rejected', code, message };
      },

      async unverified() {
        const response = await call('/pg/v4/payment/unVerified.json', { merchant_id: merchantId });
        const list = response.data?.data?.authorities;
        if (response.status >= 300 || !Array.isArray(list)) return [];
        return list.map((a: any) => ({ authority: String(a.authority), amountRials: Number(a.amount) }));
      },
    };
  },
};

export default zarinpal;
