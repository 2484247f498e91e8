/**
 * A failed call to an outside provider (SMS, WhatsApp, payment gateway, CRM). `retryable`: try
 * again later (network, timeout, 5xx, busy, rate limited); otherwise the request itself was wrong
 * and repeating it will not help. Each integration plugin names its own subclass.
 *
 * `outage`: the provider as a whole is not answering — no connection, no answer in time, a 5xx, busy
 * or rate limited for everyone — not this one request's fault. A worker that meets one stops calling
 * that provider for the rest of its pass and puts the rest of its batch back for later, so a slow or
 * dead provider costs one timeout a pass, not one per message (and other work goes on).
 * `uncertain`: the request may have reached the provider and been acted on, but no answer says so
 * (a timeout, a connection cut after sending, a 504): repeating it is safe only with a duplicate key.
 */
export class ProviderCallError extends Error {
  readonly retryable: boolean;
  readonly code: string;
  readonly outage: boolean;
  readonly uncertain: boolean;

  constructor(message: string, { retryable, code, outage = false, uncertain = false }: { retryable: boolean; code: string | number; outage?: boolean; uncertain?: boolean }) {
    super(message);
    this.name = new.target.name;
    this.retryable = retryable;
    this.code = String(code);
    this.outage = outage;
    this.uncertain = uncertain;
  }
}

/** Connection errors that prove the request never left this machine for the provider. */
const NEVER_SENT = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ERR_INVALID_URL']);

/** Whether a request that failed without an answer (axios error) may still have reached the provider. */
export const mayHaveReachedProvider = (error: any): boolean => !NEVER_SENT.has(String(error?.code ?? ''));

/**
 * A customer's request that needs an outside provider which is out of reach right now (the payment
 * gateway down): answered 503 with Retry-After and the bilingual message `messageCode`
 * (src/middlewares/provider-unavailable.ts) — not a 400 (the request was fine) nor a 500 (no fault
 * of ours) — and, like every refused request, having written nothing.
 */
export class ProviderUnavailableError extends Error {
  readonly messageCode: string;
  readonly retryAfterSeconds: number;
  /** for the log only (not `cause`: a socket error's code there would read as the database's) */
  readonly providerError: unknown;

  constructor(messageCode: string, { retryAfterSeconds = 60, cause }: { retryAfterSeconds?: number; cause?: unknown } = {}) {
    super(`provider unavailable: ${messageCode}`);
    this.name = 'ProviderUnavailableError';
    this.messageCode = messageCode;
    this.retryAfterSeconds = retryAfterSeconds;
    this.providerError = cause;
  }
}
