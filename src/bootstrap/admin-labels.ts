/**
 * Persian labels for our content types' fields in the admin's Content Manager (the admin shell
 * itself has no Persian translation and stays as Strapi ships it). Labels are applied where the
 * field still carries Strapi's default label (its name), so a label staff changed by hand in
 * "Configure the view" is kept. On the first start it also chooses the field that represents each
 * record in relations (subscribers, devices, models and contracts by their stored label — see
 * relation-labels.ts, which also brings that choice to installations set up before it) and the
 * list columns.
 */
import type { Core } from '@strapi/strapi';
import { REPAIR_FIELDS_THE_PORTAL_KEEPS } from '../validation/rules/repair-order';
import { SYSTEM_RECORDS } from '../validation/rules/system-records';
import { WORKFLOW_FIELDS } from '../validation/rules/workflow-fields';

/**
 * `readOnly`: fields the portal sets, shown but not editable in the edit view (always enforced).
 * `hidden`: fields the portal writes and staff never edit, kept out of the edit view (always enforced).
 */
type ViewConfig = { labels: Record<string, string>; mainField?: string; listColumns?: string[]; readOnly?: readonly string[]; hidden?: readonly string[] };

const CONTENT_TYPES: Record<string, ViewConfig> = {
  'api::subscriber.subscriber': {
    labels: {
      subscriberNumber: 'شماره اشتراک',
      fullName: 'نام و نام خانوادگی',
      nationalCode: 'کد ملی',
      mainOperatorName: 'نام اپراتور اصلی دستگاه',
      address: 'آدرس کامل (شهر، خیابان، ساختمان)',
      phone: 'شماره تماس',
      mobile: 'تلفن همراه',
      preferredChannel: 'کانال اطلاع‌رسانی (پیامک / واتساپ)',
      user: 'حساب پورتال',
      devices: 'دستگاه‌ها',
      staffNotes: 'یادداشت کارکنان (محرمانه)',
    },
    mainField: 'label',
    listColumns: ['id', 'subscriberNumber', 'fullName', 'nationalCode', 'mobile'],
  },
  'api::device-type.device-type': {
    labels: { name: 'نام نوع دستگاه', nameEn: 'نام انگلیسی', code: 'شناسه', description: 'توضیحات', models: 'مدل‌ها' },
    mainField: 'name',
    listColumns: ['id', 'name', 'nameEn', 'code'],
  },
  'api::device-model.device-model': {
    labels: {
      brand: 'برند',
      model: 'مدل',
      deviceType: 'نوع دستگاه',
      defaultWarrantyMonths: 'مدت گارانتی پیش‌فرض (ماه)',
      defaultServiceMonths: 'مدت خدمات پیش‌فرض (ماه)',
      devices: 'دستگاه‌ها',
      documents: 'مستندات دستگاه (دفترچهٔ راهنما، کارت گارانتی؛ PDF یا تصویر)',
    },
    mainField: 'label',
    listColumns: ['id', 'brand', 'model', 'deviceType', 'defaultWarrantyMonths'],
  },
  'api::device.device': {
    labels: {
      serial: 'شماره سریال',
      dongleOrUserId: 'دانگل / User ID',
      model: 'برند و مدل دستگاه',
      owner: 'مالک (مشترک)',
      saleDate: 'تاریخ فروش (تاریخ فاکتور خرید)',
      installationDate: 'تاریخ نصب',
      warrantyEnd: 'تاریخ اتمام گارانتی',
      serviceEnd: 'تاریخ اتمام خدمات',
      serviceMode: 'نوع خدمات فعلی',
      installationConfirmedAt: 'زمان تأیید نصب توسط خریدار (فقط از فرم خریدار)',
      hologramCode: 'کد هولوگرام کارت گارانتی (محرمانه)',
      purchasePriceRials: 'قیمت فاکتور خرید (ریال)',
      contracts: 'قراردادهای خدمات',
      staffNotes: 'یادداشت کارکنان (محرمانه)',
    },
    mainField: 'label',
    listColumns: ['id', 'serial', 'model', 'owner', 'serviceEnd', 'serviceMode'],
  },
  'api::contract.contract': {
    labels: {
      device: 'دستگاه',
      subscriber: 'مشترک',
      kind: 'نوع قرارداد',
      years: 'مدت (سال)',
      startDate: 'تاریخ شروع',
      endDate: 'تاریخ پایان',
      priceRials: 'مبلغ (ریال)',
      contractStatus: 'وضعیت',
      staffNotes: 'یادداشت کارکنان (محرمانه)',
    },
    mainField: 'label',
    listColumns: ['id', 'device', 'kind', 'startDate', 'endDate', 'contractStatus'],
  },
  'api::announcement.announcement': {
    labels: {
      title: 'عنوان',
      summary: 'خلاصه (برای پیامک، حداکثر ۱۶۰ نویسه)',
      body: 'متن اطلاعیه',
      kind: 'نوع اطلاعیه',
      audience: 'مخاطبان (همه / بر اساس نوع دستگاه / مشترکان انتخابی)',
      deviceTypes: 'انواع دستگاه مخاطب',
      subscribers: 'مشترکان مخاطب',
      sendSms: 'ارسال پیامک',
      sendWhatsapp: 'ارسال واتساپ',
    },
    mainField: 'title',
    listColumns: ['id', 'title', 'kind', 'audience', 'sendSms', 'sendWhatsapp'],
  },
  'api::announcement.announcement-fanout': {
    labels: {
      announcementDocumentId: 'شناسهٔ اطلاعیه',
      title: 'عنوان اطلاعیه',
      fanoutStatus: 'وضعیت ارسال',
      requestedAt: 'زمان درخواست',
      startedAt: 'شروع',
      finishedAt: 'پایان',
      audienceSize: 'تعداد مخاطبان',
      notificationsCreated: 'اعلان‌های ساخته‌شده',
      messagesQueued: 'پیام‌های در صف',
      lastError: 'آخرین خطا',
      runs: 'دفعات اجرا',
      claimedBy: 'نمونهٔ اجراکننده',
      leaseUntil: 'مهلت اجرای کنونی',
      resumeAfterId: 'انجام‌شده تا شناسهٔ مشترک',
    },
    mainField: 'title',
    listColumns: ['id', 'title', 'fanoutStatus', 'audienceSize', 'notificationsCreated', 'messagesQueued'],
  },
  'plugin::messaging.message-template': {
    labels: {
      code: 'شناسهٔ قالب',
      description: 'توضیح',
      smsText: 'متن پیامک ({{پارامتر}})',
      kavenegarTemplate: 'نام الگوی کاوه‌نگار (اختیاری)',
      whatsappTemplate: 'نام قالب واتساپ (اختیاری)',
      whatsappLanguage: 'زبان قالب واتساپ',
      params: 'ترتیب پارامترها',
    },
    mainField: 'code',
    listColumns: ['id', 'code', 'description', 'kavenegarTemplate', 'whatsappTemplate'],
  },
  'api::installation-confirmation.installation-confirmation': {
    labels: {
      deviceId: 'شناسهٔ دستگاه',
      deviceDocumentId: 'شناسهٔ سند دستگاه',
      subscriberId: 'شناسهٔ مشترک',
      serial: 'شماره سریال',
      deviceLabel: 'برند و مدل',
      subscriberNumber: 'شماره اشتراک',
      subscriberName: 'نام خریدار',
      nationalCode: 'کد ملی',
      deviceFullyInstalled: 'نصب کامل دستگاه',
      driverCompressorConnectionsInstalled: 'نصب درایور / کمپرسور / اتصالات',
      initialTrainingGiven: 'انجام آموزش اولیه',
      allItemsDone: 'همهٔ موارد انجام شده است',
      installationDate: 'تاریخ نصب',
      confirmedAt: 'زمان تأیید',
      confirmedByUserId: 'تأییدکننده (شناسهٔ کاربر)',
      ip: 'آدرس IP',
      userAgent: 'مرورگر',
      contentHash: 'اثر انگشت دیجیتال (SHA-256)',
    },
    mainField: 'serial',
    listColumns: ['id', 'serial', 'subscriberNumber', 'installationDate', 'confirmedAt'],
  },
  'api::service-settings.service-settings': {
    labels: {
      renewalPrice1YearRials: 'قیمت تمدید یک‌ساله (ریال)',
      renewalPrice2YearsRials: 'قیمت تمدید دوساله (ریال)',
      renewalPrice3YearsRials: 'قیمت تمدید سه‌ساله (ریال)',
      renewalWindowDays: 'بازهٔ تمدید پیش از پایان خدمات (روز)',
      payPerCaseDebtCeilingRials: 'سقف بدهی خدمات موردی (ریال)',
    },
  },
  'api::contact-settings.contact-settings': {
    labels: {
      supportPhone: 'تلفن پشتیبانی',
      secondPhone: 'تلفن دوم',
      email: 'ایمیل',
      workingHoursFa: 'ساعات کاری (فارسی)',
      workingHoursEn: 'ساعات کاری (انگلیسی)',
      addressFa: 'نشانی (فارسی)',
      addressEn: 'نشانی (انگلیسی)',
    },
  },
  'api::payment.payment': {
    labels: {
      purpose: 'بابت',
      referenceId: 'شناسهٔ مورد پرداخت',
      subscriberId: 'شناسهٔ مشترک',
      description: 'شرح',
      amountRials: 'مبلغ (ریال)',
      gateway: 'درگاه',
      paymentStatus: 'وضعیت',
      authority: 'شناسهٔ تراکنش درگاه (Authority)',
      refId: 'کد پیگیری',
      cardPan: 'کارت',
      verifiedAt: 'زمان تأیید درگاه',
      grantedAt: 'زمان اعمال',
      callbackCount: 'دفعات بازگشت از درگاه',
      lastError: 'آخرین خطا',
      refundReason: 'علت استرداد',
      verifyingUntil: 'در حال تأیید با درگاه تا',
    },
    mainField: 'refId',
    listColumns: ['id', 'purpose', 'amountRials', 'paymentStatus', 'refId', 'createdAt'],
  },
  'api::repair-order.repair-order': {
    labels: {
      trackingCode: 'کد پیگیری',
      device: 'دستگاه',
      subscriber: 'مشترک',
      reportedFault: 'ایراد اعلام‌شده',
      accessoriesReceived: 'لوازم جانبی تحویل‌شده',
      boxReceived: 'جعبه تحویل شد',
      receivedAt: 'زمان پذیرش',
      promisedBy: 'موعد اعلام نتیجه (۷ روز کاری)',
      repairStatus: 'وضعیت',
      outcome: 'نتیجه',
      refundAmountRials: 'مبلغ استرداد (ریال؛ پیش‌فرض: قیمت فاکتور)',
      replacementSerial: 'سریال دستگاه جایگزین',
      flaggedForReplacementAt: 'مشمول تعویض از',
      deliveredAt: 'زمان تحویل',
      statusHistory: 'سابقهٔ وضعیت',
      staffNotes: 'یادداشت کارکنان (محرمانه)',
    },
    mainField: 'trackingCode',
    listColumns: ['id', 'trackingCode', 'device', 'repairStatus', 'promisedBy', 'outcome'],
    readOnly: REPAIR_FIELDS_THE_PORTAL_KEEPS,
  },
  'api::holiday.holiday': {
    labels: { date: 'تاریخ (میلادی)', name: 'مناسبت' },
    mainField: 'name',
    listColumns: ['id', 'date', 'name'],
  },
  'api::ownership-transfer.ownership-transfer': {
    labels: {
      device: 'دستگاه',
      fromSubscriber: 'مالک فعلی',
      toSubscriber: 'مالک جدید (پس از تأیید)',
      newOwnerName: 'نام مالک جدید',
      newOwnerNationalCode: 'کد ملی مالک جدید',
      newOwnerMobile: 'تلفن همراه مالک جدید',
      ownershipEndConfirmed: 'تأیید رسمی پایان مالکیت',
      transferStatus: 'وضعیت',
      pendingDeviceId: 'شناسهٔ دستگاه (درخواست باز)',
      rejectionReason: 'دلیل رد',
      reviewedByAdminId: 'بررسی‌کننده (شناسه)',
      reviewedByLabel: 'بررسی‌کننده',
      reviewedAt: 'زمان بررسی',
      requestIp: 'آدرس IP درخواست',
    },
    mainField: 'newOwnerName',
    listColumns: ['id', 'device', 'fromSubscriber', 'newOwnerName', 'transferStatus', 'createdAt'],
  },
  'api::ownership-transfer.device-ownership': {
    labels: {
      deviceId: 'شناسهٔ دستگاه',
      serial: 'شماره سریال',
      subscriberId: 'شناسهٔ مشترک',
      subscriberNumber: 'شماره اشتراک',
      fullName: 'نام مالک',
      ownedFrom: 'مالکیت از',
      ownedUntil: 'مالکیت تا',
      transferDocumentId: 'درخواست انتقال',
    },
    mainField: 'serial',
    listColumns: ['id', 'serial', 'fullName', 'ownedFrom', 'ownedUntil'],
  },
  'api::ticket.ticket': {
    labels: {
      number: 'شمارهٔ تیکت',
      title: 'عنوان تیکت',
      description: 'توضیحات کامل',
      kind: 'نوع',
      priority: 'سطح اهمیت',
      ticketStatus: 'وضعیت',
      channel: 'راه ثبت',
      subscriber: 'مشترک',
      device: 'دستگاه',
      assignee: 'کارشناس مسئول',
      preferredVisitDay: 'روز پیشنهادی بازدید',
      visitScheduledAt: 'زمان بازدید حضوری',
      firstResponseDueAt: 'مهلت اولین پاسخ',
      replyDueAt: 'مهلت پاسخ بعدی',
      resolutionDueAt: 'مهلت حل',
      firstRespondedAt: 'زمان اولین پاسخ',
      resolvedAt: 'زمان حل',
      lastActivityAt: 'آخرین فعالیت',
      overdueAt: 'زمان گذشتن از مهلت',
      escalationLevel: 'سطح ارجاع (۰: پشتیبانی، ۱: پشتیبانی ارشد، ۲: مدیر)',
      billable: 'قابل‌پرداخت (خدمات موردی)',
      difficulty: 'سختی کار',
      workHours: 'حجم کار (ساعت)',
      faultAttribution: 'منشأ خرابی',
      repairOrder: 'پذیرش تعمیر',
      messageCount: 'تعداد پیام‌ها',
    },
    mainField: 'number',
    listColumns: ['id', 'number', 'title', 'priority', 'ticketStatus', 'resolutionDueAt'],
  },
  'api::ticket.ticket-escalation': {
    labels: { ticket: 'تیکت', ticketId: 'شناسهٔ تیکت', level: 'سطح (۱: پشتیبانی ارشد، ۲: مدیر)', reason: 'علت', dueAt: 'مهلت', escalatedAt: 'زمان ارجاع' },
    mainField: 'id',
    listColumns: ['id', 'ticket', 'level', 'reason', 'escalatedAt'],
  },
  'api::saved-reply.saved-reply': {
    labels: { title: 'عنوان', body: 'متن پاسخ' },
    mainField: 'title',
    listColumns: ['id', 'title', 'updatedAt'],
  },
  'api::support-settings.support-settings': {
    labels: {
      slaCalendar: 'شمارش مهلت‌ها',
      workdayStart: 'شروع ساعت کاری (شنبه تا پنج‌شنبه)',
      workdayEnd: 'پایان ساعت کاری (شنبه تا چهارشنبه)',
      thursdayEnd: 'پایان ساعت کاری پنج‌شنبه',
      firstResponseHoursLow: 'مهلت اولین پاسخ — اهمیت کم (ساعت)',
      firstResponseHoursMedium: 'مهلت اولین پاسخ — اهمیت متوسط (ساعت)',
      firstResponseHoursHigh: 'مهلت اولین پاسخ — اهمیت زیاد (ساعت)',
      firstResponseHoursUrgent: 'مهلت اولین پاسخ — فوری (ساعت)',
      resolutionHoursLow: 'مهلت حل — اهمیت کم (ساعت)',
      resolutionHoursMedium: 'مهلت حل — اهمیت متوسط (ساعت)',
      resolutionHoursHigh: 'مهلت حل — اهمیت زیاد (ساعت)',
      resolutionHoursUrgent: 'مهلت حل — فوری (ساعت)',
      managerEscalationAfterHours: 'ارجاع به مدیر، ساعت‌ها پس از ارجاع به پشتیبانی ارشد',
      seniorSupportAlertMobile: 'تلفن همراه کشیک پشتیبانی ارشد (پیامک ارجاع)',
      managerAlertMobile: 'تلفن همراه کشیک مدیر (پیامک ارجاع)',
      hourlyRateSimpleRials: 'نرخ هر ساعت کار ساده (ریال)',
      hourlyRateStandardRials: 'نرخ هر ساعت کار معمولی (ریال)',
      hourlyRateComplexRials: 'نرخ هر ساعت کار پیچیده (ریال)',
      hourlyRateExpertRials: 'نرخ هر ساعت کار تخصصی (ریال)',
      visitFeeRials: 'هزینهٔ بازدید حضوری (ریال)',
      surveyDelayDays: 'ارسال نظرسنجی رضایت، روزها پس از تأیید نصب',
      complaintAlertMobiles: 'تلفن همراه مدیران برای شکایت‌های دیرکرد و نظرسنجی‌های ناراضی (با ویرگول جدا کنید)',
      ceoAlertMobile: 'تلفن همراه مدیرعامل (شکایت‌های دیرکرد «ارتباط با مدیرعامل»)',
    },
  },
  'api::invoice.invoice': {
    labels: {
      number: 'شمارهٔ فاکتور',
      subscriber: 'مشترک',
      subscriberId: 'شناسهٔ مشترک',
      device: 'دستگاه',
      ticket: 'تیکت',
      ticketId: 'شناسهٔ تیکت',
      lines: 'ردیف‌ها',
      totalRials: 'مبلغ کل (ریال)',
      invoiceStatus: 'وضعیت',
      issuedAt: 'زمان صدور',
      paidAt: 'زمان پرداخت',
      paymentId: 'شناسهٔ پرداخت',
    },
    mainField: 'number',
    listColumns: ['id', 'number', 'subscriber', 'totalRials', 'invoiceStatus', 'issuedAt'],
  },
  'api::invoice.debt-alert': {
    labels: {
      subscriber: 'مشترک',
      subscriberId: 'شناسهٔ مشترک',
      outstandingRials: 'ماندهٔ بدهی (ریال)',
      ceilingRials: 'سقف بدهی (ریال)',
      crossedAt: 'زمان رسیدن به سقف',
      clearedAt: 'زمان پایین آمدن از سقف',
      openKey: 'کلید هشدار باز',
    },
    mainField: 'id',
    listColumns: ['id', 'subscriber', 'outstandingRials', 'crossedAt', 'clearedAt'],
  },
  // issue 14: complaints, surveys and their follow-ups
  'api::complaint.complaint': {
    labels: {
      trackingCode: 'کد پیگیری',
      name: 'نام و نام خانوادگی شاکی',
      mobile: 'تلفن همراه',
      email: 'ایمیل',
      subject: 'موضوع',
      description: 'شرح شکایت',
      addressedTo: 'خطاب به',
      source: 'منبع دریافت',
      subscriber: 'مشترک (در صورت وجود)',
      complaintStatus: 'وضعیت',
      receivedAt: 'زمان دریافت',
      replyDueAt: 'مهلت پاسخ (۴۸ ساعت کاری)',
      firstAnsweredAt: 'زمان اولین پاسخ',
      overdueAt: 'زمان گذشتن از مهلت',
      escalatedAt: 'زمان ارجاع به مدیران',
      response: 'پاسخ به شاکی (در پیگیری دیده می‌شود)',
      outcome: 'نتیجهٔ رسیدگی',
      customerSatisfaction: 'رضایت شاکی از رسیدگی (۱ تا ۵)',
      closedAt: 'زمان بستن',
      internalNotes: 'یادداشت داخلی (محرمانه)',
    },
    mainField: 'trackingCode',
    listColumns: ['id', 'trackingCode', 'subject', 'addressedTo', 'source', 'complaintStatus', 'replyDueAt'],
  },
  'api::survey.survey': {
    labels: {
      subscriber: 'مشترک',
      device: 'دستگاه',
      installationConfirmationId: 'شناسهٔ تأییدیهٔ نصب',
      sentAt: 'زمان ارسال',
      expiresAt: 'اعتبار پیوند تا',
      answeredAt: 'زمان پاسخ',
      staffConduct: 'برخورد کارکنان (۱ تا ۵)',
      salesProcess: 'شیوهٔ فروش (۱ تا ۵)',
      installationTraining: 'نصب و آموزش (۱ تا ۵)',
      afterSalesSupport: 'خدمات پس از فروش و پشتیبانی (۱ تا ۵)',
      comment: 'توضیحات خریدار',
      dissatisfied: 'ناراضی (نمرهٔ ۲ یا کمتر)',
    },
    mainField: 'id',
    listColumns: ['id', 'subscriber', 'sentAt', 'answeredAt', 'dissatisfied'],
  },
  'api::survey.survey-follow-up': {
    labels: {
      survey: 'نظرسنجی',
      surveyId: 'شناسهٔ نظرسنجی',
      subscriber: 'مشترک',
      followUpStatus: 'وضعیت پیگیری',
      actionTaken: 'اقدام انجام‌شده (برای بستن الزامی است)',
      closedAt: 'زمان بستن',
    },
    mainField: 'id',
    listColumns: ['id', 'subscriber', 'followUpStatus', 'createdAt', 'closedAt'],
  },
  // ── the knowledge base (issue 13) ──
  'api::knowledge-topic.knowledge-topic': {
    labels: { name: 'نام موضوع', nameEn: 'نام انگلیسی', code: 'شناسه', sortOrder: 'ترتیب نمایش' },
    mainField: 'name',
    listColumns: ['id', 'name', 'nameEn', 'code', 'sortOrder'],
  },
  'api::article.article': {
    labels: {
      title: 'عنوان مقاله',
      slug: 'نشانی کوتاه (لاتین)',
      summary: 'خلاصه (حداکثر ۵۰۰ نویسه)',
      body: 'متن مقاله',
      cover: 'تصویر شاخص',
      deviceTypes: 'انواع دستگاه (خالی: برای همهٔ خریداران)',
      topic: 'موضوع',
      searchText: 'متن جست‌وجو (خودکار)',
    },
    mainField: 'title',
    listColumns: ['id', 'title', 'topic', 'deviceTypes', 'updatedAt'],
    hidden: ['searchText'],
  },
  'api::video.video': {
    labels: {
      title: 'عنوان ویدیو',
      slug: 'نشانی کوتاه (لاتین)',
      description: 'توضیحات',
      file: 'فایل ویدیو',
      externalUrl: 'یا پیوند ویدیو (https، مانند صفحهٔ آپارات)',
      poster: 'تصویر پیش‌نمایش',
      durationSeconds: 'مدت (ثانیه)',
      deviceTypes: 'انواع دستگاه (خالی: برای همهٔ خریداران)',
      topic: 'موضوع',
      searchText: 'متن جست‌وجو (خودکار)',
    },
    mainField: 'title',
    listColumns: ['id', 'title', 'topic', 'deviceTypes', 'durationSeconds', 'updatedAt'],
    hidden: ['searchText'],
  },
  // licensed training videos
  'api::course.course': {
    labels: {
      title: 'عنوان دوره',
      titleEn: 'عنوان انگلیسی',
      summary: 'خلاصه',
      summaryEn: 'خلاصهٔ انگلیسی',
      description: 'توضیحات',
      descriptionEn: 'توضیحات انگلیسی',
      cover: 'تصویر جلد',
      priceRials: 'قیمت (ریال)',
      spotPlayerCourseIds: 'شناسهٔ دوره‌های اسپات‌پلیر (فهرست شناسه‌های ۲۴ نویسه‌ای)',
      episodesLimit: 'قسمت‌های قابل تماشا (خالی یا 0- یعنی همه)',
      sortOrder: 'ترتیب نمایش',
    },
    mainField: 'title',
    listColumns: ['id', 'title', 'priceRials', 'sortOrder', 'updatedAt'],
  },
  'api::course-order.course-order': {
    labels: {
      number: 'شمارهٔ سفارش',
      subscriber: 'مشترک',
      subscriberId: 'شناسهٔ مشترک',
      course: 'دوره',
      courseDocumentId: 'شناسهٔ سند دوره',
      courseTitle: 'عنوان دوره هنگام خرید',
      priceRials: 'مبلغ (ریال)',
      orderStatus: 'وضعیت',
      ownedKey: 'کلید مالکیت (یک خرید برای هر مشترک و دوره)',
      paymentId: 'شناسهٔ پرداخت',
      paidAt: 'زمان پرداخت',
      licensedAt: 'زمان صدور لایسنس',
      licenceId: 'شناسهٔ لایسنس اسپات‌پلیر',
      licenceKey: 'کلید لایسنس',
      licenceUrl: 'نشانی دورهٔ اسپات‌پلیر',
      licenceTest: 'لایسنس آزمایشی',
      refundReason: 'علت استرداد',
    },
    mainField: 'number',
    listColumns: ['id', 'number', 'subscriber', 'courseTitle', 'priceRials', 'orderStatus', 'paidAt'],
  },
  'api::audit-event.audit-event': {
    labels: {
      action: 'اقدام',
      actorType: 'نوع انجام‌دهنده',
      actorId: 'شناسهٔ انجام‌دهنده',
      actorLabel: 'انجام‌دهنده',
      subjectUid: 'نوع رکورد',
      subjectId: 'شناسهٔ رکورد',
      details: 'جزئیات',
      ip: 'آدرس IP',
    },
    mainField: 'action',
    listColumns: ['id', 'action', 'actorLabel', 'subjectUid', 'createdAt'],
  },
};

const COMPONENTS: Record<string, ViewConfig> = {
  'shared.address': { labels: { city: 'شهر', street: 'خیابان', building: 'ساختمان', postalCode: 'کد پستی' }, mainField: 'city' },
};

const apply = (configuration: any, view: ViewConfig, firstTime: boolean) => {
  let changed = false;
  for (const [field, label] of Object.entries(view.labels)) {
    const meta = configuration.metadatas?.[field];
    if (!meta) continue;
    if (meta.edit && meta.edit.label === field) {
      meta.edit.label = label;
      changed = true;
    }
    if (meta.list && meta.list.label === field) {
      meta.list.label = label;
      changed = true;
    }
  }
  for (const field of view.hidden ?? []) {
    const meta = configuration.metadatas?.[field];
    if (meta?.edit && (meta.edit.visible !== false || meta.edit.editable !== false)) {
      meta.edit.visible = false;
      meta.edit.editable = false;
      changed = true;
    }
    const edit: Array<Array<{ name: string }>> | undefined = configuration.layouts?.edit;
    if (edit?.some((row) => row.some((f) => f.name === field))) {
      configuration.layouts.edit = edit.map((row) => row.filter((f) => f.name !== field)).filter((row) => row.length > 0);
      changed = true;
    }
  }
  for (const field of view.readOnly ?? []) {
    const meta = configuration.metadatas?.[field];
    if (meta?.edit && meta.edit.editable !== false) {
      meta.edit.editable = false;
      changed = true;
    }
  }
  if (firstTime && view.mainField && configuration.settings) {
    configuration.settings.mainField = view.mainField;
    changed = true;
  }
  if (firstTime && view.listColumns && configuration.layouts) {
    configuration.layouts.list = view.listColumns.filter((c) => configuration.metadatas?.[c]);
    changed = true;
  }
  return changed;
};

/**
 * Fields only a workflow changes are shown read-only, whatever "Configure the view" says: every
 * field of a record the portal alone writes, and the workflow fields of records staff edit — but
 * those staff set when creating the record (a device's owner), which the admin locks once the
 * record exists (plugins/back-office/admin/src/locked-fields).
 */
const STRAPI_FIELDS = new Set(['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt', 'createdBy', 'updatedBy', 'locale', 'localizations']);

const lockWorkflowFields = (uid: string, attributes: Record<string, unknown>, configuration: any) => {
  const fields = SYSTEM_RECORDS[uid]
    ? Object.keys(attributes).filter((field) => !STRAPI_FIELDS.has(field))
    : (WORKFLOW_FIELDS[uid] ?? []).filter((lock) => lock.onCreate !== 'free').map((lock) => lock.field);
  let changed = false;
  for (const field of fields) {
    const meta = configuration.metadatas?.[field];
    if (meta?.edit && meta.edit.editable !== false) {
      meta.edit.editable = false;
      changed = true;
    }
  }
  return changed;
};

export const applyAdminLabels = async (strapi: Core.Strapi) => {
  const cm = strapi.plugin('content-manager');
  const store = strapi.store({ type: 'core', name: 'poshtiban' });
  for (const [uid, view] of Object.entries(CONTENT_TYPES)) {
    const contentType = strapi.contentType(uid as any);
    const service = cm.service('content-types');
    const configuration = await service.findConfiguration(contentType);
    // the main field and list columns are chosen once; afterwards they are the staff's to arrange
    const key = `admin-view-initialised:${uid}`;
    const firstTime = !(await store.get({ key }));
    if (firstTime) await store.set({ key, value: true });
    const labelled = apply(configuration, view, firstTime);
    if (lockWorkflowFields(uid, contentType.attributes, configuration) || labelled) {
      const { settings, metadatas, layouts, options } = configuration;
      await service.updateConfiguration(contentType, { settings, metadatas, layouts, options });
    }
  }
  for (const [uid, view] of Object.entries(COMPONENTS)) {
    const component = strapi.components[uid as keyof typeof strapi.components];
    const service = cm.service('components');
    const configuration = await service.findConfiguration(component);
    const key = `admin-view-initialised:${uid}`;
    const firstTime = !(await store.get({ key }));
    if (firstTime) await store.set({ key, value: true });
    if (apply(configuration, view, firstTime)) {
      const { settings, metadatas, layouts, options } = configuration;
      await service.updateConfiguration(component, { settings, metadatas, layouts, options });
    }
  }
};
