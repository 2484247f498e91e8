/**
 * The one gateway interface of the payment plugin. A provider module's `init(providerOptions)`
 * returns a gateway, like Strapi's email and upload providers.
 */
import { ProviderCallError } from 'poshtiban/utils/provider-error';

export type PaymentRequest = {
  /** integer rials, from our own records */
  amountRials: number;
  description: string;
  callbackUrl: string;
  /** our payment's id, echoed by the gateway */
  orderId: string;
  mobile?: string;
};

export type Verification =
  | { outcome: 'paid' | 'already-verified'; refId: string; cardPan?: string; code: number }
  | { outcome: 'not-paid' | 'rejected'; code: number | string; message: string };

export class GatewayError extends ProviderCallError {}

export type PaymentGateway = {
  name: string;
  /** registers the payment with the gateway; the buyer is sent to `redirectUrl` */
  request(request: PaymentRequest): Promise<{ authority: string; redirectUrl: string }>;
  /** confirms with the gateway that the amount we expect was paid for this authority */
  verify(input: { authority: string; amountRials: number }): Promise<Verification>;
  /** payments the gateway holds as paid but not yet verified (for reconciliation), when it can say */
  unverified?(): Promise<Array<{ authority: string; amountRials: number }>>;
};

export type GatewayModule = {
  init(providerOptions: Record<string, any>, context: { strapi: any }): PaymentGateway;
};
