/**
 * The one provider interface of the messaging plugin. A provider module's `init(providerOptions)`
 * returns a provider, the way Strapi's email and upload providers are built.
 */
import { ProviderCallError } from 'poshtiban/utils/provider-error';

export type Channel = 'sms' | 'whatsapp';

/** What a provider is asked to deliver: one message to one recipient. */
export type OutgoingMessage = {
  /** our outbox id (Kavenegar `localid`, WhatsApp `biz_opaque_callback_data`) */
  id: number;
  channel: Channel;
  kind: 'transactional' | 'otp' | 'broadcast';
  /** sms: 09xxxxxxxxx; whatsapp: 989xxxxxxxxx */
  recipient: string;
  /** the rendered Persian text (plain SMS) */
  text: string;
  /** the same text with secrets (passwords) masked, for logs */
  logText: string;
  /** provider-side templates, when staff configured them */
  template: {
    code: string;
    kavenegarTemplate?: string | null;
    whatsappTemplate?: string | null;
    whatsappLanguage?: string | null;
    /** parameter names, in the order the provider templates expect them */
    paramOrder: string[];
  };
  params: Record<string, string>;
};

export type SendResult = { providerMessageId: string; providerStatus?: string };

/**
 * A failed send. `retryable`: try again later (network, 5xx, busy, rate limit).
 * `fallbackToSms`: WhatsApp cannot reach this number or has no template — send it by SMS.
 */
export class ProviderError extends ProviderCallError {
  readonly fallbackToSms: boolean;

  constructor(message: string, { retryable, code, fallbackToSms = false }: { retryable: boolean; code: string | number; fallbackToSms?: boolean }) {
    super(message, { retryable, code });
    this.fallbackToSms = fallbackToSms;
  }
}

export type MessagingProvider = {
  name: string;
  send(message: OutgoingMessage): Promise<SendResult>;
};

export type ProviderLogger = { info: (msg: string) => void; warn: (msg: string) => void };

export type ProviderModule = {
  init(providerOptions: Record<string, any>, context: { logger: ProviderLogger }): MessagingProvider;
};

/** axios errors without a response (connection refused, timeout, DNS) are always worth a retry. */
export const networkError = (error: any, provider: string): ProviderError =>
  new ProviderError(`${provider}: ${error?.code ?? 'network error'} ${error?.message ?? ''}`.trim(), {
    retryable: true,
    code: error?.code ?? 'network',
  });
