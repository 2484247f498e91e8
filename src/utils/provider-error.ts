/**
 * A failed call to an outside provider (SMS, WhatsApp, payment gateway, CRM). `retryable`: try
 * again later (network, timeout, 5xx, busy, rate limited); otherwise the request itself was wrong
 * and repeating it will not help. Each integration plugin names its own subclass.
 */
export class ProviderCallError extends Error {
  readonly retryable: boolean;
  readonly code: string;

  constructor(message: string, { retryable, code }: { retryable: boolean; code: string | number }) {
    super(message);
    this.name = new.target.name;
    this.retryable = retryable;
    this.code = String(code);
  }
}
