import delivery from './delivery';
import dispatch from './dispatch';
import outbox from './outbox';
import outboxAdmin from './outbox-admin';
import sealing from './sealing';
import templates from './templates';
import whatsappWebhook from './whatsapp-webhook';

export default {
  delivery,
  dispatch,
  outbox,
  'outbox-admin': outboxAdmin,
  sealing,
  templates,
  'whatsapp-webhook': whatsappWebhook,
};
