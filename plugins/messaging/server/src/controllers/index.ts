import outboxAdmin from './outbox-admin';
import whatsappWebhook from './whatsapp-webhook';

export default { 'outbox-admin': outboxAdmin, 'whatsapp-webhook': whatsappWebhook };
