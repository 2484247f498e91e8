/**
 * The portal's message templates (SMS text in Persian, optional Kavenegar / WhatsApp template
 * names). Created on first start; staff edit them in the admin (Content Manager → قالب پیام).
 */
import type { Core } from '@strapi/strapi';

export const PORTAL_TEMPLATES = [
  {
    code: 'service-renewed',
    description: 'تمدید خدمات پس از پرداخت (Service renewed)',
    smsText: '{{name}} گرامی، خدمات دستگاه {{device}} تا {{until}} تمدید شد.\nکد پیگیری پرداخت: {{refId}}\nپشتیبان',
    params: ['name', 'device', 'until', 'refId'],
  },
  {
    code: 'service-changed',
    description: 'تغییر نوع خدمات (Service changed)',
    smsText: '{{name}} گرامی، برای دستگاه {{device}}: {{change}}.\nپشتیبان',
    params: ['name', 'device', 'change'],
  },
  {
    code: 'repair-status',
    description: 'وضعیت تعمیر (Repair status)',
    smsText: '{{name}} گرامی، تعمیر دستگاه {{device}} (کد پیگیری {{tracking}}): {{status}}.\nپشتیبان',
    params: ['name', 'tracking', 'device', 'status'],
  },
  {
    code: 'ownership-transfer',
    description: 'انتقال مالکیت (Ownership transfer)',
    smsText: '{{name}} گرامی، {{message}}\nپشتیبان',
    params: ['name', 'message'],
  },
  {
    code: 'service-reminder',
    description: 'یادآوری پایان خدمات (Service ending)',
    smsText: '{{name}} گرامی، خدمات دستگاه {{device}} در {{until}} به پایان می‌رسد. برای تمدید به ناحیهٔ کاربری مراجعه کنید: {{url}}',
    params: ['name', 'device', 'until', 'url'],
  },
  {
    code: 'warranty-reminder',
    description: 'یادآوری پایان گارانتی (Warranty ending)',
    smsText: '{{name}} گرامی، گارانتی دستگاه {{device}} در {{until}} به پایان می‌رسد.\nپشتیبان',
    params: ['name', 'device', 'until'],
  },
  {
    // to the on-call mobile of Senior support or the Manager (support settings), not to a subscriber
    code: 'ticket-escalated',
    description: 'ارجاع تیکت گذشته از مهلت به پشتیبانی ارشد یا مدیر (Ticket escalated)',
    smsText: 'ارجاع به {{level}}: تیکت {{number}} (اهمیت {{priority}}) از مهلت گذشت.\n{{reason}}، مهلت {{due}}\n{{title}}\nپشتیبان',
    params: ['level', 'number', 'priority', 'reason', 'due', 'title'],
  },
  {
    code: 'debt-ceiling',
    description: 'هشدار پرداخت: رسیدن ماندهٔ بدهی به سقف (Debt ceiling reached)',
    smsText: '{{name}} گرامی، ماندهٔ بدهی فاکتورهای خدمات موردی شما {{outstanding}} است و به سقف {{ceiling}} رسیده است. لطفاً از ناحیهٔ کاربری پرداخت کنید: {{url}}\nپشتیبان',
    params: ['name', 'outstanding', 'ceiling', 'url'],
  },
  {
    code: 'ticket-reply',
    description: 'پاسخ یا بستن تیکت (Ticket reply)',
    smsText: '{{name}} گرامی، تیکت {{number}} ({{title}}): {{update}}.\nمشاهده: {{url}}\nپشتیبان',
    params: ['name', 'number', 'title', 'update', 'url'],
  },
  // issue 14: complaints and satisfaction surveys
  {
    code: 'complaint-received',
    description: 'ثبت شکایت در سایت: کد پیگیری برای شاکی (Complaint received)',
    smsText: '{{name}} گرامی، شکایت شما با کد پیگیری {{code}} ثبت شد و تا {{due}} پاسخ داده می‌شود.\nپیگیری در سایت با کد پیگیری و شمارهٔ همراه.\nپشتیبان',
    params: ['name', 'code', 'due'],
  },
  {
    // to the managers' mobiles (and the CEO's for the CEO line), from the support settings
    code: 'complaint-overdue',
    description: 'شکایت گذشته از مهلت ۴۸ ساعت کاری، به مدیران (Complaint overdue)',
    smsText: 'شکایت {{code}} ({{addressee}}) بدون پاسخ از مهلت {{due}} گذشت.\n{{subject}}\nپشتیبان',
    params: ['code', 'addressee', 'due', 'subject'],
  },
  {
    code: 'survey-invitation',
    description: 'پیوند نظرسنجی رضایت مشتری یک هفته پس از تأیید نصب (Satisfaction survey)',
    smsText: '{{name}} گرامی، از خرید و اعتماد شما سپاسگزاریم. لطفاً در نظرسنجی کوتاه رضایت مشتری شرکت کنید: {{link}}\nپشتیبان',
    params: ['name', 'link'],
  },
  {
    // to the managers' mobiles (support settings)
    code: 'survey-dissatisfied',
    description: 'پاسخ ناراضی به نظرسنجی، برای پیگیری مدیران (Dissatisfied survey answer)',
    smsText: 'پاسخ ناراضی به نظرسنجی: {{name}} ({{low}} پرسش با نمرهٔ ۲ یا کمتر).\n{{comment}}\nپیگیری در پنل مدیریت.\nپشتیبان',
    params: ['name', 'low', 'comment'],
  },
  {
    // a course's SpotPlayer licence was issued (src/api/course-order/services/course-orders.ts); the key itself stays on the site
    code: 'course-licence-ready',
    description: 'آماده شدن لایسنس دورهٔ ویدیویی (Course licence ready)',
    smsText: '{{name}} گرامی، لایسنس دورهٔ «{{course}}» آماده است. کلید لایسنس و راهنمای تماشا در «ویدیوهای من»: {{url}}\nپشتیبان',
    params: ['name', 'course', 'url'],
  },
];

export const ensureMessageTemplates = (strapi: Core.Strapi) => strapi.plugin('messaging').service('templates').ensure(PORTAL_TEMPLATES);
