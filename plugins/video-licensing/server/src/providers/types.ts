/**
 * The one provider interface of the video-licensing plugin. A provider module's
 * `init(providerOptions, context)` returns `{ createLicence, findLicenceByPayload }`.
 *
 * The plugin stays free of the app's code (it imports nothing from src/): everything a licence
 * needs — the courses, the buyer's name, the watermark — comes in the request the app enqueues.
 */

/** What to licence, as the app describes it (stored with the request, so every retry sends the same). */
export type LicenceInput = {
  /** the provider's course ids (SpotPlayer: 24 hexadecimal characters each), at least one */
  courseIds: string[];
  /** the licensee, as the licence shows it (the buyer's full name) */
  name: string;
  /** our reference echoed on the licence (the order number): how a lost licence is found again */
  payload: string;
  /** literal texts drawn on the video (the buyer's name and mobile) */
  watermarkTexts: string[];
  /** per course id, which episodes: "0-" all, "1,4-6,10-" ranges (SpotPlayer's `data.limit`) */
  limits?: Record<string, string>;
};

/** An issued licence. `url` is where the buyer opens the course (absolute). */
export type Licence = { id: string; key: string; url: string; test: boolean };

/**
 * A failed call. `retryable`: try again later (network error, timeout, 5xx, rate limit, an answer
 * that could not be read); otherwise the request itself was refused and repeating it will not
 * help until someone changes something (a wrong key, an unknown course id).
 */
export class LicensingError extends Error {
  readonly retryable: boolean;
  readonly code: string;
  /** the provider as a whole is out of reach (no answer, 5xx, rate limited): the queue stops calling it for the rest of its pass */
  readonly outage: boolean;

  constructor(message: string, { retryable, code, outage = false }: { retryable: boolean; code: string | number; outage?: boolean }) {
    super(message);
    this.name = 'LicensingError';
    this.retryable = retryable;
    this.code = String(code);
    this.outage = outage;
  }
}

export type LicensingProvider = {
  name: string;
  /** Creates one licence. Not idempotent at the provider: call `findLicenceByPayload` first after any doubt. */
  createLicence(input: LicenceInput): Promise<Licence>;
  /** The licence issued earlier with this payload, or null when there is none. */
  findLicenceByPayload(payload: string): Promise<Licence | null>;
};

export type ProviderContext = { logger: { info: (message: string) => void; warn: (message: string) => void } };

export type LicensingProviderModule = { init(providerOptions: Record<string, any>, context: ProviderContext): LicensingProvider };
