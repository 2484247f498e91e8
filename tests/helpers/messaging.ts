/** Points the messaging plugin at the fake Kavenegar and WhatsApp servers (real client code). */
import type { Core } from '@strapi/strapi';
import { startFakeKavenegar } from '../fakes/kavenegar';
import { startFakeWhatsapp } from '../fakes/whatsapp';

export const WHATSAPP_APP_SECRET = 'test-app-secret';
export const WHATSAPP_VERIFY_TOKEN = 'verify-me';

export const startMessagingFakes = async (strapi: Core.Strapi) => {
  const kavenegar = await startFakeKavenegar();
  const whatsapp = await startFakeWhatsapp();
  strapi.config.set('plugin::messaging.sms', {
    provider: 'kavenegar',
    providerOptions: { apiKey: kavenegar.apiKey, baseUrl: kavenegar.url, sender: '2000500666', timeoutMs: 1500 },
  });
  strapi.config.set('plugin::messaging.whatsapp', {
    provider: 'whatsapp-cloud',
    providerOptions: {
      baseUrl: whatsapp.url,
      apiVersion: whatsapp.version,
      phoneNumberId: whatsapp.phoneNumberId,
      accessToken: whatsapp.accessToken,
      appSecret: WHATSAPP_APP_SECRET,
      verifyToken: WHATSAPP_VERIFY_TOKEN,
      timeoutMs: 1500,
    },
  });
  strapi.config.set('plugin::messaging.delivery.ratePerSecond', { sms: 10_000, whatsapp: 10_000 });
  strapi.plugin('messaging').service('delivery').resetProviders();
  return {
    kavenegar,
    whatsapp,
    close: async () => {
      await kavenegar.close();
      await whatsapp.close();
    },
  };
};

/**
 * 12:00 in Tehran (08:30 UTC) tomorrow: later than anything a test just queued, and inside the
 * daytime hours when broadcasts go out — whatever the time the tests run.
 */
export const tehranNoon = (base = new Date()) => new Date(`${new Date(base.getTime() + 86_400_000).toISOString().slice(0, 10)}T08:30:00.000Z`);

/** 23:30 in Tehran (20:00 UTC) tomorrow: outside broadcast hours. */
export const tehranNight = (base = new Date()) => new Date(`${new Date(base.getTime() + 86_400_000).toISOString().slice(0, 10)}T20:00:00.000Z`);
