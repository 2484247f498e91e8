/**
 * The demo's knowledge base (issue 13), seeded by demo-data.ts after the device types: a set of
 * topics, Persian articles and videos for each demo device type (some with an English version),
 * general ones for every buyer, one draft that buyers never see, and the documents of two demo
 * models (a user manual and a warranty card, small PDFs made in code by demo-pdf.ts). Written
 * through the Document Service as a technical editor would (the rules run: searchText, the
 * video's source), files through the upload plugin.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import type { BlockNode } from '../domain/blocks';
import { simplePdf } from './demo-pdf';

const ARTICLE = 'api::article.article';
const VIDEO = 'api::video.video';
const TOPIC = 'api::knowledge-topic.knowledge-topic';

// ── blocks, as the admin's rich-text editor writes them ──────────────────────────────────────
const text = (value: string) => ({ type: 'text', text: value });
const p = (value: string): BlockNode => ({ type: 'paragraph', children: [text(value)] });
const h = (value: string): BlockNode => ({ type: 'heading', level: 2, children: [text(value)] });
const quote = (value: string): BlockNode => ({ type: 'quote', children: [text(value)] });
const list = (format: 'ordered' | 'unordered', items: string[]): BlockNode => ({ type: 'list', format, children: items.map((item) => ({ type: 'list-item', children: [text(item)] })) });
const ol = (items: string[]) => list('ordered', items);
const ul = (items: string[]) => list('unordered', items);

export const DEMO_TOPICS = [
  { name: 'راه‌اندازی و نصب', nameEn: 'Getting started', code: 'getting-started', sortOrder: 1 },
  { name: 'نگهداری دوره‌ای', nameEn: 'Maintenance', code: 'maintenance', sortOrder: 2 },
  { name: 'عیب‌یابی', nameEn: 'Troubleshooting', code: 'troubleshooting', sortOrder: 3 },
  { name: 'راهنمای پورتال', nameEn: 'Using the portal', code: 'portal-guide', sortOrder: 4 },
] as const;
type TopicCode = (typeof DEMO_TOPICS)[number]['code'];
type TypeCode = 'industrial-chiller' | 'water-treatment-unit' | 'air-compressor';

type DemoArticle = {
  slug: string;
  types: TypeCode[];
  topic: TopicCode;
  fa: { title: string; summary: string; body: BlockNode[] };
  en?: { title: string; summary: string; body: BlockNode[] };
  draft?: boolean;
};

export const DEMO_ARTICLES: DemoArticle[] = [
  {
    slug: 'chiller-first-start',
    types: ['industrial-chiller'],
    topic: 'getting-started',
    fa: {
      title: 'راه‌اندازی چیلر پس از نصب، گام‌به‌گام',
      summary: 'پیش از نخستین روشن کردن چیلر چه چیزهایی را بررسی کنید و دستگاه را به چه ترتیبی راه بیندازید.',
      body: [
        p('چیلر شما پس از نصب، با چند بررسی ساده آمادهٔ کار می‌شود. این کارها را به همین ترتیب انجام دهید؛ هر مرحله کمتر از چند دقیقه وقت می‌گیرد.'),
        h('پیش از روشن کردن'),
        ol([
          'شیرهای رفت و برگشت آب را کاملاً باز کنید و از نبود نشتی در اتصالات مطمئن شوید.',
          'فشار آب مدار را روی نمایشگر ببینید؛ باید بین ۱٫۵ تا ۲ بار باشد.',
          'برق سه‌فاز دستگاه را وصل کنید و ۳۰ دقیقه صبر کنید تا گرم‌کن روغن کمپرسور کار کند.',
        ]),
        h('نخستین روشن کردن'),
        p('دکمهٔ «روشن» را بزنید. پمپ آب زودتر از کمپرسور به کار می‌افتد و کمپرسور حدود ۳ دقیقه بعد روشن می‌شود. دمای آب خروجی را روی ۷ درجه تنظیم کنید.'),
        quote('اگر نمایشگر خطای فشار پایین (LP) نشان داد، دستگاه را خاموش کنید و از صفحهٔ دستگاه در پورتال تیکت ثبت کنید؛ دوباره روشن نکنید.'),
        p('پس از راه‌اندازی، فرم تأییدیهٔ نصب را در پورتال تکمیل کنید تا خدمات و گارانتی دستگاه شروع شود.'),
      ],
    },
    en: {
      title: 'Starting the chiller after installation, step by step',
      summary: 'What to check before the chiller’s first start, and the order to start it in.',
      body: [
        p('After installation your chiller is ready to work after a few simple checks. Do them in this order; each takes a few minutes.'),
        h('Before switching on'),
        ol([
          'Open the supply and return water valves fully and make sure no joint leaks.',
          'Read the water circuit pressure on the display; it should be between 1.5 and 2 bar.',
          'Connect the three-phase power and wait 30 minutes for the compressor’s oil heater.',
        ]),
        h('The first start'),
        p('Press “On”. The water pump starts first and the compressor about 3 minutes later. Set the leaving water temperature to 7 °C.'),
        quote('If the display shows a low-pressure (LP) error, switch the unit off and open a ticket from the device’s page on the portal; do not restart it.'),
      ],
    },
  },
  {
    slug: 'chiller-winter-care',
    types: ['industrial-chiller'],
    topic: 'maintenance',
    fa: {
      title: 'نگهداری زمستانی چیلر و جلوگیری از یخ‌زدگی',
      summary: 'آب ماندهٔ در لوله‌ها و کندانسور در سرمای شب یخ می‌زند؛ با این کارها از ترکیدن لوله‌ها جلوگیری کنید.',
      body: [
        p('در ماه‌های سرد، بیشترین خرابی چیلرها از یخ‌زدن آب ماندهٔ در مدار است. اگر دستگاه در زمستان کار نمی‌کند، یکی از دو راه زیر را انتخاب کنید.'),
        h('دستگاه خاموش می‌ماند'),
        ul(['آب مدار را از شیر تخلیه کاملاً خالی کنید.', 'شیرهای تخلیه را باز بگذارید تا آب باقی‌مانده بیرون برود.', 'روی بدنه را با پوشش ضدآب بپوشانید.']),
        h('دستگاه گاهی کار می‌کند'),
        ul(['به آب مدار ضدیخ اتیلن‌گلیکول با غلظت ۳۰ درصد اضافه کنید.', 'برق گرم‌کن روغن کمپرسور را قطع نکنید.']),
        quote('تعمیر لولهٔ ترکیده از یخ‌زدگی مشمول گارانتی نیست.'),
      ],
    },
    en: {
      title: 'Winter care of the chiller: preventing freezing',
      summary: 'Water left in the pipes and condenser freezes on cold nights; these steps keep the pipes from bursting.',
      body: [
        p('In the cold months most chiller failures come from water freezing in the circuit. If the unit does not run in winter, choose one of the two ways below.'),
        ul(['Drain the circuit completely from the drain valve and leave the valves open.', 'Or add 30% ethylene glycol antifreeze and keep the oil heater powered.']),
        quote('A pipe burst by freezing is not covered by the warranty.'),
      ],
    },
  },
  {
    slug: 'ro-filter-change',
    types: ['water-treatment-unit'],
    topic: 'maintenance',
    fa: {
      title: 'تعویض فیلترهای دستگاه تصفیه آب (اسمز معکوس)',
      summary: 'هر فیلتر کی عوض می‌شود و تعویض آن چگونه انجام می‌شود.',
      body: [
        p('کیفیت آب خروجی دستگاه به سالم بودن فیلترها بستگی دارد. زمان تعویض هر فیلتر براساس مصرف معمول یک کارگاه است.'),
        ul([
          'فیلتر رسوب‌گیر (مرحلهٔ ۱): هر ۶ ماه',
          'فیلترهای کربنی (مرحلهٔ ۲ و ۳): هر ۶ تا ۱۲ ماه',
          'ممبران اسمز معکوس: هر ۲ تا ۳ سال',
        ]),
        h('روش تعویض'),
        ol(['شیر ورودی آب و برق دستگاه را ببندید.', 'با آچار مخصوص، محفظهٔ فیلتر را باز کنید.', 'فیلتر نو را بگذارید و واشر را سالم و تمیز جا بیندازید.', 'شیر را باز کنید و ۱۰ دقیقه آب خروجی را دور بریزید.']),
      ],
    },
  },
  {
    slug: 'ro-low-output',
    types: ['water-treatment-unit'],
    topic: 'troubleshooting',
    fa: {
      title: 'چرا آب خروجی دستگاه تصفیه کم شده است؟',
      summary: 'سه علت رایج کم شدن آب تصفیه‌شده و کاری که پیش از تماس با پشتیبانی می‌توانید بکنید.',
      body: [
        p('کم شدن آب خروجی معمولاً خرابی نیست و با بررسی این سه مورد برطرف می‌شود:'),
        ol(['فشار آب ورودی: اگر کمتر از ۲ بار است، پمپ تقویت فشار لازم است.', 'فیلتر رسوب‌گیر گرفته است: اگر بیش از ۶ ماه از تعویضش گذشته، آن را عوض کنید.', 'دمای آب: در زمستان، آب سردتر کندتر از ممبران عبور می‌کند و این طبیعی است.']),
        p('اگر پس از این بررسی‌ها مشکل ماند، از صفحهٔ دستگاه تیکت «گزارش خرابی» ثبت کنید.'),
      ],
    },
  },
  {
    slug: 'compressor-tank-drain',
    types: ['air-compressor'],
    topic: 'maintenance',
    fa: {
      title: 'تخلیهٔ روزانهٔ آب مخزن کمپرسور هوا',
      summary: 'آب جمع‌شده در مخزن، هوای خروجی را مرطوب و مخزن را زنگ‌زده می‌کند؛ تخلیهٔ روزانه دو دقیقه طول می‌کشد.',
      body: [
        p('هوای فشرده هنگام خنک شدن، رطوبت خود را در مخزن پس می‌دهد. این آب باید هر روز تخلیه شود.'),
        ol(['کمپرسور را خاموش کنید و فشار مخزن را تا زیر ۲ بار پایین بیاورید.', 'شیر تخلیهٔ زیر مخزن را آرام باز کنید تا آب و هوا خارج شود.', 'وقتی فقط هوا بیرون آمد، شیر را ببندید.']),
        quote('اگر آب خروجی رنگ زنگ‌زدگی دارد، برای بازدید مخزن تیکت ثبت کنید.'),
      ],
    },
    en: {
      title: 'Draining the air compressor tank every day',
      summary: 'Water collecting in the tank makes the air wet and rusts the tank; draining it takes two minutes a day.',
      body: [
        p('Compressed air gives up its moisture in the tank as it cools. Drain this water every day.'),
        ol(['Switch the compressor off and let the tank pressure fall below 2 bar.', 'Open the drain valve under the tank slowly.', 'Close it when only air comes out.']),
      ],
    },
  },
  {
    slug: 'compressor-will-not-start',
    types: ['air-compressor'],
    topic: 'troubleshooting',
    fa: {
      title: 'کمپرسور روشن نمی‌شود: پیش از تماس با پشتیبانی',
      summary: 'چند بررسی ساده که بیشتر وقت‌ها مشکل روشن نشدن کمپرسور را حل می‌کند.',
      body: [
        ul(['کلید محافظ موتور (بی‌متال) را ببینید؛ اگر پریده است، ۵ دقیقه صبر کنید و آن را دوباره بزنید.', 'مطمئن شوید فشار مخزن از فشار قطع کمتر است؛ کمپرسور با مخزن پر روشن نمی‌شود.', 'هر سه فاز برق را با کارشناس برق کارگاه بررسی کنید.']),
        p('اگر کمپرسور هنوز روشن نمی‌شود، از صفحهٔ دستگاه درخواست بازدید حضوری ثبت کنید.'),
      ],
    },
  },
  {
    slug: 'confirm-installation',
    types: [],
    topic: 'portal-guide',
    fa: {
      title: 'تأیید نصب دستگاه در پورتال و شروع خدمات',
      summary: 'خدمات و گارانتی دستگاه از روزی شروع می‌شود که نصب آن را در پورتال تأیید کنید.',
      body: [
        p('پس از آن‌که کارشناس ما دستگاه را نصب و راه‌اندازی کرد، فرم تأییدیهٔ نصب و راه‌اندازی در صفحهٔ دستگاه برای شما باز می‌شود.'),
        ol(['به «دستگاه‌های من» بروید و دستگاه را انتخاب کنید.', 'سه مورد چک‌لیست را پس از بررسی تیک بزنید.', 'تاریخ نصب را وارد کنید و «تأیید» را بزنید.']),
        quote('پس از تأیید، اطلاعات فرم غیرقابل ویرایش است؛ پیش از تأیید همهٔ موارد را با دستگاه تطبیق دهید.'),
      ],
    },
    en: {
      title: 'Confirming your installation on the portal',
      summary: 'Your device’s service and warranty start on the day you confirm its installation on the portal.',
      body: [
        p('Once our technician has installed and started your device, the installation confirmation form opens on the device’s page.'),
        ol(['Go to “My devices” and choose the device.', 'Tick the three checklist items after checking them.', 'Enter the installation date and press “Confirm”.']),
        quote('The form cannot be edited after you confirm it.'),
      ],
    },
  },
  {
    slug: 'open-a-ticket',
    types: [],
    topic: 'portal-guide',
    fa: {
      title: 'ثبت تیکت پشتیبانی و پیگیری آن',
      summary: 'پرسش، گزارش خرابی یا درخواست بازدید حضوری را از پورتال بفرستید و پاسخ را همان‌جا ببینید.',
      body: [
        p('تیکت برای دستگاه‌هایی ثبت می‌شود که خدمات آن‌ها فعال، تمدیدشده یا موردی است.'),
        ol(['در صفحهٔ «تیکت‌ها»، «ثبت تیکت جدید» را بزنید.', 'دستگاه، نوع درخواست و سطح اهمیت را انتخاب کنید.', 'مشکل را کامل بنویسید و در صورت نیاز عکس یا فایل PDF پیوست کنید.']),
        p('هنگام نوشتن عنوان، مقاله‌های مرتبط پایگاه دانش پیشنهاد می‌شود؛ شاید پاسخ شما همان‌جا باشد.'),
      ],
    },
  },
  {
    slug: 'chiller-software-update-draft',
    types: ['industrial-chiller'],
    topic: 'maintenance',
    draft: true,
    fa: {
      title: 'به‌روزرسانی نرم‌افزار کنترلر چیلرهای زیگ (پیش‌نویس)',
      summary: 'این مقاله هنوز منتشر نشده است و خریداران آن را نمی‌بینند.',
      body: [p('مراحل به‌روزرسانی پس از تأیید واحد فنی در این‌جا نوشته می‌شود.')],
    },
  },
];

type DemoVideo = { slug: string; types: TypeCode[]; topic: TopicCode; externalUrl: string; durationSeconds: number; fa: { title: string; description: string }; en?: { title: string; description: string } };

export const DEMO_VIDEOS: DemoVideo[] = [
  {
    slug: 'video-chiller-start',
    types: ['industrial-chiller'],
    topic: 'getting-started',
    externalUrl: 'https://www.aparat.com/v/zigchillerstart',
    durationSeconds: 420,
    fa: { title: 'راه‌اندازی چیلر زیگ در هفت دقیقه', description: 'از باز کردن شیرهای آب تا تنظیم دمای آب خروجی، همراه با کارشناس فنی.' },
    en: { title: 'Starting a Zig chiller in seven minutes', description: 'From opening the water valves to setting the leaving water temperature, with a technician.' },
  },
  {
    slug: 'video-ro-filter',
    types: ['water-treatment-unit'],
    topic: 'maintenance',
    externalUrl: 'https://www.aparat.com/v/mahanrofilter',
    durationSeconds: 300,
    fa: { title: 'تعویض فیلتر رسوب‌گیر دستگاه تصفیه آب', description: 'تعویض فیلتر مرحلهٔ اول در پنج دقیقه، بدون ابزار خاص.' },
  },
  {
    slug: 'video-compressor-check',
    types: ['air-compressor'],
    topic: 'maintenance',
    externalUrl: 'https://www.aparat.com/v/arvanddailycheck',
    durationSeconds: 240,
    fa: { title: 'بازدید روزانهٔ کمپرسور هوا', description: 'سطح روغن، تخلیهٔ آب مخزن و صدای غیرعادی: سه کار هر روز صبح.' },
  },
  {
    slug: 'video-portal-tour',
    types: [],
    topic: 'portal-guide',
    externalUrl: 'https://www.aparat.com/v/poshtibanportal',
    durationSeconds: 180,
    fa: { title: 'آشنایی با پورتال پشتیبانی', description: 'دیدن وضعیت خدمات دستگاه‌ها، تمدید، ثبت تیکت و پرداخت فاکتور.' },
    en: { title: 'A tour of the support portal', description: 'Your devices’ service status, renewals, tickets and paying invoices.' },
  },
];

/** The demo models' documents, by model (brand model): a user manual and a warranty card. */
export const DEMO_DOCUMENTS: Array<{ model: string; name: string; title: string; lines: string[] }> = [
  {
    model: 'Zig ZC-200',
    name: 'دفترچهٔ راهنمای چیلر Zig ZC-200.pdf',
    title: 'Zig ZC-200 industrial chiller - user manual',
    lines: ['1. Open the supply and return water valves.', '2. Check the circuit pressure: 1.5 to 2 bar.', '3. Power on; wait 30 minutes for the oil heater.', '4. Press On and set the leaving water to 7 C.'],
  },
  {
    model: 'Zig ZC-200',
    name: 'کارت گارانتی Zig ZC-200.pdf',
    title: 'Zig ZC-200 - warranty card',
    lines: ['Warranty: 18 months from the confirmed installation.', 'Not covered: freezing damage, wrong power supply.'],
  },
  {
    model: 'Mahan RO-5000',
    name: 'دفترچهٔ راهنمای Mahan RO-5000.pdf',
    title: 'Mahan RO-5000 water treatment unit - user manual',
    lines: ['Sediment filter: change every 6 months.', 'Carbon filters: every 6 to 12 months.', 'RO membrane: every 2 to 3 years.'],
  },
];

const uploadDemoFile = async (strapi: Core.Strapi, name: string, bytes: Buffer, mime: string) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'poshtiban-demo-'));
  const filepath = path.join(dir, `document${path.extname(name)}`);
  fs.writeFileSync(filepath, bytes);
  try {
    const [file] = await strapi.plugin('upload').service('upload').upload({ data: { fileInfo: { name } }, files: { filepath, originalFilename: name, mimetype: mime, size: bytes.length } });
    return file;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

/** Removes the demo's documents from the Media Library (the reseed calls it before wiping). */
export const removeDemoKnowledgeBaseFiles = async (strapi: Core.Strapi) => {
  const files = await strapi.db.query('plugin::upload.file').findMany({ where: { name: { $in: DEMO_DOCUMENTS.map((d) => d.name) } } });
  for (const file of files) await strapi.plugin('upload').service('upload').remove(file);
};

export const seedDemoKnowledgeBase = async (strapi: Core.Strapi) => {
  const docs = strapi.documents;
  const typeRows = await strapi.db.query('api::device-type.device-type').findMany({ select: ['documentId', 'code'] });
  const typeIds = Object.fromEntries(typeRows.map((t: { code: string; documentId: string }) => [t.code, t.documentId]));
  const topicIds: Record<string, string> = {};
  for (const topic of DEMO_TOPICS) topicIds[topic.code] = (await docs(TOPIC).create({ data: { ...topic } as any })).documentId;
  const relations = (item: { types: TypeCode[]; topic: TopicCode }) => ({ deviceTypes: item.types.map((code) => typeIds[code]).filter(Boolean), topic: topicIds[item.topic] });

  for (const article of DEMO_ARTICLES) {
    const created = await docs(ARTICLE).create({ locale: 'fa', data: { ...article.fa, slug: article.slug, ...relations(article) } as any });
    if (article.en) await docs(ARTICLE).update({ documentId: created.documentId, locale: 'en', data: { ...article.en, slug: article.slug } as any });
    if (!article.draft) await docs(ARTICLE).publish({ documentId: created.documentId, locale: '*' });
  }
  for (const video of DEMO_VIDEOS) {
    const created = await docs(VIDEO).create({
      locale: 'fa',
      data: { ...video.fa, slug: video.slug, externalUrl: video.externalUrl, durationSeconds: video.durationSeconds, ...relations(video) } as any,
    });
    if (video.en) await docs(VIDEO).update({ documentId: created.documentId, locale: 'en', data: { ...video.en, slug: video.slug } as any });
    await docs(VIDEO).publish({ documentId: created.documentId, locale: '*' });
  }

  const models = await strapi.db.query('api::device-model.device-model').findMany({ select: ['documentId', 'brand', 'model'] });
  const byName = new Map(models.map((m: { brand: string; model: string; documentId: string }) => [`${m.brand} ${m.model}`, m.documentId]));
  const documents = new Map<string, number[]>();
  for (const document of DEMO_DOCUMENTS) {
    if (!byName.has(document.model)) continue;
    const file = await uploadDemoFile(strapi, document.name, simplePdf(document.title, document.lines), 'application/pdf');
    documents.set(document.model, [...(documents.get(document.model) ?? []), file.id]);
  }
  for (const [model, fileIds] of documents) await docs('api::device-model.device-model').update({ documentId: byName.get(model)!, data: { documents: fileIds } as any });
};
