/**
 * The one provider interface of the messaging plugin. A provider module's `init(providerOptions)`
 * returns a provider, the way Strapi's email and upload providers are built.
 */
import { ProviderCallError, mayHaveReachedProvider } from 'poshtiban/utils/provider-error';

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

  constructor(
    message: string,
    { retryable, code, fallbackToSms = false, outage = false, uncertain = false }: { retryable: boolean; code: string | number; fallbackToSms?: boolean; outage?: boolean; uncertain?: boolean }
  ) {
    super(message, { retryable, code, outage, uncertain });
    this.fallbackToSms = fallbackToSms;
  }
}

export type MessagingProvider = {
  name: string;
  send(message: OutgoingMessage): Promise<SendResult>;
  /**
   * Whether sending this message again is harmless because the provider recognises the repeat
   * (Kavenegar's `localid` on sms/send). When false (Kavenegar's verify/lookup has no such key) a
   * send whose outcome is uncertain is never repeated. Absent: repeats are taken as harmless.
   */
  repeatsSafely?(message: OutgoingMessage): boolean;
};

export type ProviderLogger = { info: (msg: string) => void; warn: (msg: string) => void };

export type ProviderModule = {
  init(providerOptions: Record<string, any>, context: { logger: ProviderLogger }): MessagingProvider;
};

/**
 * axios errors without a response (connection refused, timeout, DNS) are always worth a retry, and
 * say the provider is out of reach (an outage); after a timeout or a cut connection the provider may
 * have taken the message (uncertain), after a refused connection it cannot have.
 */
export const networkError = (error: any, provider: string): ProviderError =>
  new ProviderError(`${provider}: ${error?.code ?? 'network error'} ${error?.message ?? ''}`.trim(), {
    retryable: true,
    code: error?.code ?? 'network',
    outage: true,
    uncertain: mayHaveReachedProvider(error),
  });
