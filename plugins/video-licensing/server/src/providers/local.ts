/**
 * The default provider: issues fake licences, marked as test licences, and calls no one. Nothing
 * it issues opens a course in SpotPlayer; the production start refuses it (the app's production
 * guard) unless ALLOW_SANDBOX_PROVIDERS=true.
 *
 * A licence is derived from its payload (the order number), so issuing the same payload twice —
 * or after a restart — answers the same licence, and `findLicenceByPayload` finds what this
 * process issued.
 */
import { createHash } from 'crypto';
import type { Licence, LicensingProviderModule } from './types';

/** The same fake licence for the same payload: a 24-hex id and a key that says what it is. */
export const localLicence = (payload: string): Licence => {
  const digest = createHash('sha256').update(`poshtiban-local-licence:${payload}`).digest('hex');
  return {
    id: digest.slice(0, 24),
    key: `TEST-${digest.slice(24, 40).toUpperCase().match(/.{4}/g)!.join('-')}`,
    // SpotPlayer's download page: a test key opens nothing there
    url: 'https://dl.spotplayer.ir/',
    test: true,
  };
};

const local: LicensingProviderModule = {
  init(_options, { logger }) {
    const issued = new Map<string, Licence>();
    return {
      name: 'local',
      async createLicence(input) {
        const licence = localLicence(input.payload);
        issued.set(input.payload, licence);
        logger.info(`[video-licensing:local] test licence ${licence.id} for ${input.payload} (${input.courseIds.length} course(s)); nothing was sent to SpotPlayer`);
        return licence;
      },
      async findLicenceByPayload(payload) {
        return issued.get(payload) ?? null;
      },
    };
  },
};

export default local;
