import outboundMessage from './outbound-message';
import messageTemplate from './message-template';

export default {
  'outbound-message': outboundMessage,
  'message-template': messageTemplate,
};
