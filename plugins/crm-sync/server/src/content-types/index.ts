import syncJob from './sync-job';
import crmLink from './crm-link';

export default { 'sync-job': syncJob, 'crm-link': crmLink };
