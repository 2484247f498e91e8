/** Points the payment and CRM plugins at the fake Zarinpal and Didar servers (real client code). */
import type { Core } from '@strapi/strapi';
import { startFakeZarinpal } from '../fakes/zarinpal';
import { startFakeDidar } from '../fakes/didar';

export const startLifecycleFakes = async (strapi: Core.Strapi) => {
  const zarinpal = await startFakeZarinpal();
  const didar = await startFakeDidar();
  strapi.config.set('plugin::payment.provider', 'zarinpal');
  strapi.config.set('plugin::payment.providerOptions', { merchantId: zarinpal.merchantId, baseUrl: zarinpal.url, timeoutMs: 1500 });
  strapi.plugin('payment').service('payments').resetGateway();
  strapi.config.set('plugin::crm-sync.provider', 'didar');
  strapi.config.set('plugin::crm-sync.providerOptions', { apiKey: didar.apiKey, baseUrl: didar.url, stageIds: didar.stageIds, timeoutMs: 1500 });
  strapi.plugin('crm-sync').service('sync').resetProvider();
  return {
    zarinpal,
    didar,
    close: async () => {
      await zarinpal.close();
      await didar.close();
    },
  };
};
