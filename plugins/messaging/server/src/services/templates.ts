/**
 * Message templates: the Persian SMS text staff edit in the admin (Content Manager → قالب پیام),
 * with {{placeholders}}, and the names of the matching Kavenegar and WhatsApp templates. The
 * defaults below are created on first start; after that the admin's version is the truth.
 */
import type { Core } from '@strapi/strapi';

const UID = 'plugin::messaging.message-template';

export type MessageTemplate = {
  code: string;
  description?: string;
  smsText: string;
  kavenegarTemplate?: string | null;
  whatsappTemplate?: string | null;
  whatsappLanguage?: string | null;
  /** parameter names in the order provider templates take them */
  params: string[];
};

/** Parameters that are secrets: sealed in the outbox, wiped after sending, masked in logs. */
export const SECRET_PARAMS: Record<string, string[]> = {
  'login-code': ['code'],
  'password-reset-code': ['code'],
  'portal-credentials': ['password'],
  // issue 14: the survey's personal link carries its single-use token
  'survey-invitation': ['link'],
};

/** Parameters masked in the text given to providers for their logs; the local provider also masks codes (src/domain/log-masking.ts). */
export const MASKED_IN_LOGS = new Set(['password', 'link']);

export const DEFAULT_TEMPLATES: MessageTemplate[] = [
  {
    code: 'login-code',
    description: 'کد یک‌بارمصرف ورود (One-time login code)',
    smsText: 'پشتیبان\nکد ورود شما: {{code}}\nاین کد تا {{minutes}} دقیقه معتبر است. آن را به کسی ندهید.',
    kavenegarTemplate: 'poshtiban-login',
    whatsappTemplate: null,
    params: ['code', 'minutes'],
  },
  {
    code: 'password-reset-code',
    description: 'کد بازیابی رمز عبور (Password reset code)',
    smsText: 'پشتیبان\nکد بازیابی رمز عبور شما: {{code}}\nاین کد تا {{minutes}} دقیقه معتبر است. اگر شما درخواست نکرده‌اید، این پیام را نادیده بگیرید و کد را به کسی ندهید.',
    kavenegarTemplate: 'poshtiban-reset',
    whatsappTemplate: null,
    params: ['code', 'minutes'],
  },
  {
    code: 'portal-credentials',
    description: 'اطلاعات ورود به ناحیهٔ کاربری (Portal credentials)',
    smsText: '{{name}} گرامی، حساب کاربری شما در پشتیبان ساخته شد.\nنام کاربری: {{username}}\nرمز عبور: {{password}}\nورود: {{url}}',
    kavenegarTemplate: null,
    whatsappTemplate: null,
    params: ['name', 'username', 'password', 'url'],
  },
  {
    code: 'announcement',
    description: 'اطلاعیه (Announcement)',
    smsText: '{{name}} گرامی،\n{{title}}\n{{summary}}\nجزئیات در ناحیهٔ کاربری: {{url}}',
    kavenegarTemplate: null,
    whatsappTemplate: 'poshtiban_announcement',
    whatsappLanguage: 'fa',
    params: ['name', 'title', 'summary', 'url'],
  },
];

export const renderTemplate = (text: string, params: Record<string, unknown>): string =>
  text.replace(/\{\{\s*([\w.-]+)\s*\}\}/g, (_m, key: string) => (params[key] === undefined || params[key] === null ? '' : String(params[key])));

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = new Map<string, { template: MessageTemplate; at: number }>();
  const TTL_MS = 30_000;

  const ensure = async (templates: MessageTemplate[]) => {
    for (const template of templates) {
      const existing = await strapi.db.query(UID).findOne({ where: { code: template.code }, select: ['id'] });
      if (!existing) await strapi.db.query(UID).create({ data: { ...template } });
    }
  };

  return {
    /** Creates the messaging plugin's own default templates that do not exist yet. */
    async ensureDefaults() {
      await ensure(DEFAULT_TEMPLATES);
    },

    /** Other capabilities declare their templates at start; staff's edits are never overwritten. */
    ensure,

    async get(code: string): Promise<MessageTemplate> {
      const hit = cache.get(code);
      if (hit && Date.now() - hit.at < TTL_MS) return hit.template;
      const row = await strapi.db.query(UID).findOne({ where: { code } });
      const template: MessageTemplate | undefined = row
        ? { ...row, params: Array.isArray(row.params) ? row.params : [] }
        : DEFAULT_TEMPLATES.find((t) => t.code === code);
      if (!template) throw new Error(`messaging: no message template "${code}"`);
      cache.set(code, { template, at: Date.now() });
      return template;
    },

    clearCache() {
      cache.clear();
    },
  };
};
