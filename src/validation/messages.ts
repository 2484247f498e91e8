/**
 * Every message a customer or staff member can get back from a rejected request, in Persian
 * (the default) and English. Codes are stable; clients may switch on them.
 */
import { toPersianDigits } from '../domain/digits';
import { INSTALLATION_DATE_WINDOW_DAYS } from '../domain/installation-date';

export type Message = { fa: string; en: string };

export const MESSAGES = {
  // generic
  required: { fa: 'این فیلد الزامی است.', en: 'This field is required.' },
  mustBeText: { fa: 'مقدار این فیلد باید متن باشد.', en: 'This field must be text.' },
  tooLong: { fa: 'مقدار این فیلد بیش از حد طولانی است.', en: 'This value is too long.' },
  // text fields as src/domain/text-input.ts reads them ({max} filled by fillMessage)
  textTooLong: { fa: 'این فیلد حداکثر {max} نویسه می‌پذیرد.', en: 'This field accepts at most {max} characters.' },
  textControlCharacters: { fa: 'این فیلد نویسه‌های کنترلی یا نامعتبر دارد (مانند نویسهٔ تهی)؛ متن را دوباره تایپ کنید.', en: 'This field contains control or invalid characters (such as NUL); type the text again.' },
  textInvisibleOnly: { fa: 'این فیلد فقط نویسه‌های نامرئی (مانند نشانه‌های جهت متن) دارد؛ متن را وارد کنید.', en: 'This field contains only invisible characters (such as direction marks); enter the text.' },
  invalidDate: { fa: 'تاریخ واردشده معتبر نیست.', en: 'This is not a valid date.' },
  invalidChoice: { fa: 'مقدار انتخاب‌شده مجاز نیست.', en: 'This choice is not allowed.' },
  notAllowed: { fa: 'این فیلد قابل ارسال نیست.', en: 'This field cannot be sent.' },
  unknownParameter: { fa: 'این پارامتر در این مسیر پذیرفته نمی‌شود.', en: 'This parameter is not accepted here.' },
  invalidRequest: { fa: 'اطلاعات ارسالی معتبر نیست.', en: 'The request is not valid.' },
  notFound: { fa: 'موردی یافت نشد.', en: 'Not found.' },
  serverError: { fa: 'سرور در انجام درخواست با خطا روبه‌رو شد. لطفاً چند لحظهٔ دیگر دوباره تلاش کنید.', en: 'The server could not complete the request. Please try again in a moment.' },
  methodNotAllowed: { fa: 'این نشانی درخواست از این نوع را نمی‌پذیرد.', en: 'This address does not accept this kind of request.' },
  unauthorized: { fa: 'لطفاً ابتدا وارد حساب کاربری شوید.', en: 'Please log in first.' },
  forbidden: { fa: 'شما به این بخش دسترسی ندارید.', en: 'You do not have access to this.' },

  // request bodies the server cannot read as sent (src/middlewares/request-body.ts)
  bodyUnreadable: { fa: 'بدنهٔ درخواست خوانا نیست؛ قالب یا فشرده‌سازی آن با سرآیندهایش نمی‌خواند.', en: 'The request body cannot be read: it does not match its Content-Type or Content-Encoding.' },
  unsupportedEncoding: { fa: 'این نوع فشرده‌سازی بدنهٔ درخواست پشتیبانی نمی‌شود.', en: 'This Content-Encoding is not supported.' },
  duplicateKeys: { fa: 'یک فیلد بیش از یک بار در درخواست آمده است.', en: 'A field appears more than once in the request.' },

  // identity
  nationalCodeInvalid: { fa: 'کد ملی معتبر نیست (۱۰ رقم با رقم کنترل صحیح).', en: 'The national code is not valid (10 digits with a correct check digit).' },
  nationalCodeTaken: { fa: 'این کد ملی قبلاً برای مشترک دیگری ثبت شده است.', en: 'This national code is already registered to another subscriber.' },
  mobileInvalid: { fa: 'شماره تلفن همراه معتبر نیست (مانند ۰۹۱۲۱۲۳۴۵۶۷).', en: 'The mobile number is not valid (e.g. 09121234567).' },
  phoneInvalid: { fa: 'شماره تماس معتبر نیست.', en: 'The phone number is not valid.' },
  emailInvalid: { fa: 'نشانی ایمیل معتبر نیست (مانند support@example.ir).', en: 'The e-mail address is not valid (e.g. support@example.ir).' },
  subscriberNumberInvalid: { fa: 'شماره اشتراک باید حداکثر ۹ رقم باشد.', en: 'The subscriber number must be at most 9 digits.' },
  subscriberNumberTaken: { fa: 'این شماره اشتراک قبلاً ثبت شده است.', en: 'This subscriber number is already registered.' },
  postalCodeInvalid: { fa: 'کد پستی باید ۱۰ رقم باشد.', en: 'The postal code must be 10 digits.' },
  fullNameInvalid: { fa: 'نام و نام خانوادگی را کامل وارد کنید.', en: 'Enter the full name.' },

  // devices
  serialInvalid: { fa: 'شماره سریال فقط می‌تواند شامل حروف لاتین و ارقام باشد (۳ تا ۴۰ نویسه).', en: 'The serial may contain only Latin letters and digits (3–40 characters).' },
  serialTaken: { fa: 'این شماره سریال قبلاً ثبت شده است.', en: 'This serial number is already registered.' },
  dateOrder: { fa: 'این تاریخ نمی‌تواند پیش از تاریخ نصب باشد.', en: 'This date cannot be before the installation date.' },
  endBeforeStart: { fa: 'تاریخ پایان نمی‌تواند پیش از تاریخ شروع باشد.', en: 'The end date cannot be before the start date.' },
  monthsInvalid: { fa: 'تعداد ماه باید عددی صحیح بین ۰ و ۱۲۰ باشد.', en: 'The number of months must be a whole number from 0 to 120.' },
  amountInvalid: { fa: 'مبلغ باید عددی صحیح و نامنفی به ریال باشد.', en: 'The amount must be a whole, non-negative number of rials.' },
  yearsInvalid: { fa: 'مدت قرارداد باید ۱، ۲ یا ۳ سال باشد.', en: 'The contract length must be 1, 2 or 3 years.' },

  // announcements and notifications
  audienceDeviceTypesRequired: { fa: 'برای ارسال بر اساس نوع دستگاه، دست‌کم یک نوع دستگاه را انتخاب کنید.', en: 'Choose at least one device type for this audience.' },
  audienceSubscribersRequired: { fa: 'برای ارسال به مشترکان انتخابی، دست‌کم یک مشترک را انتخاب کنید.', en: 'Choose at least one subscriber for this audience.' },

  // installation confirmation and service choices
  mustBeTicked: { fa: 'تأیید این مورد الزامی است.', en: 'This item must be confirmed.' },
  dateInFuture: { fa: 'این تاریخ نمی‌تواند در آینده باشد.', en: 'This date cannot be in the future.' },
  installationBeforeSale: { fa: 'تاریخ نصب نمی‌تواند پیش از تاریخ فروش دستگاه باشد.', en: 'The installation date cannot be before the device was sold.' },
  installationFarFromRecorded: {
    fa: `این تاریخ بیش از ${toPersianDigits(INSTALLATION_DATE_WINDOW_DAYS)} روز با تاریخ نصبی که کارشناس نصب ثبت کرده فاصله دارد؛ سال و ماه را بررسی کنید و اگر تاریخ ثبت‌شده نادرست است با پشتیبانی تماس بگیرید.`,
    en: `This date is more than ${INSTALLATION_DATE_WINDOW_DAYS} days from the installation date our installer recorded; check the year and month, and contact support if the recorded date is wrong.`,
  },
  installationAlreadyConfirmed: { fa: 'نصب این دستگاه قبلاً تأیید شده است و فرم تأییدیه قابل تغییر نیست.', en: 'The installation of this device is already confirmed; the form cannot be changed.' },
  confirmationImmutable: { fa: 'فرم تأییدیهٔ نصب را فقط خریدار در سایت پر می‌کند و پس از ثبت قابل ویرایش یا حذف نیست.', en: 'An installation confirmation is filled in by the buyer on the site only, and cannot be edited or deleted once recorded.' },
  systemRecord: { fa: 'این رکورد را فقط خود سامانه ثبت می‌کند و قابل ایجاد، ویرایش یا حذف دستی نیست.', en: 'This record is written by the portal itself and cannot be created, edited or deleted by hand.' },
  awaitingInstallation: { fa: 'خدمات این دستگاه پس از تأیید نصب فعال می‌شود؛ ابتدا فرم تأییدیهٔ نصب را تکمیل کنید.', en: 'Services start after the installation is confirmed; complete the installation confirmation first.' },
  serviceRunning: { fa: 'خدمات این دستگاه هنوز فعال است؛ این گزینه پس از پایان مدت خدمات (یا برای تمدید، در روزهای پایانی آن) در دسترس است.', en: 'The service of this device is still running; this choice is available once it ends (renewal: near its end).' },
  alreadyInMode: { fa: 'خدمات این دستگاه هم‌اکنون در همین وضعیت است.', en: 'The service of this device is already in this mode.' },

  // ownership transfer
  transferToSelf: { fa: 'مالک جدید نمی‌تواند خود شما باشید.', en: 'The new owner cannot be yourself.' },
  transferPending: { fa: 'برای این دستگاه یک درخواست انتقال مالکیت در انتظار بررسی است.', en: 'An ownership transfer of this device is already pending review.' },
  transferReviewed: { fa: 'این درخواست قبلاً بررسی شده است.', en: 'This request has already been reviewed.' },
  rejectionReasonTooShort: { fa: 'دلیل رد را دست‌کم در ۳ حرف بنویسید؛ خریدار آن را می‌بیند.', en: 'Write the reason for rejection in at least 3 characters; the buyer sees it.' },
  transferOwnerChanged: { fa: 'مالک دستگاه از زمان ثبت درخواست تغییر کرده است؛ درخواست قابل تأیید نیست.', en: 'The device changed owner since the request; it cannot be approved.' },

  // records and fields only a workflow changes (src/validation/rules/system-records.ts, workflow-fields.ts);
  // each says where the change is made instead
  paymentRecord: { fa: 'پرداخت‌ها را درگاه پرداخت و سامانه ثبت می‌کنند: وضعیت پرداخت فقط با پاسخ درگاه (بازگشت خریدار از درگاه یا تطبیق خودکار پرداخت‌های باز) تغییر می‌کند و قابل ایجاد، ویرایش یا حذف دستی نیست.', en: 'Payments are recorded by the gateway and the portal: a payment\'s status changes only with the gateway\'s answer (the buyer\'s return from the gateway or the automatic reconciliation), never by hand.' },
  auditRecord: { fa: 'رویدادهای ممیزی را سامانه هنگام هر اقدام حساس ثبت می‌کند و قابل ایجاد، ویرایش یا حذف نیست.', en: 'Audit events are recorded by the portal at each sensitive action and cannot be created, edited or deleted.' },
  fanoutRecord: { fa: 'پیشرفت ارسال اطلاعیه را سامانه هنگام انتشار اطلاعیه ثبت می‌کند؛ اطلاعیه را از بخش «اطلاعیه‌ها» ویرایش و منتشر کنید.', en: 'Announcement delivery progress is recorded by the portal when an announcement is published; edit and publish the announcement itself instead.' },
  transferRecord: { fa: 'درخواست انتقال مالکیت را خریدار در سایت ثبت می‌کند؛ وضعیت و مالک جدید آن فقط با دکمه‌های «تأیید» یا «رد» در پنل «بررسی انتقال» در صفحهٔ همین درخواست تعیین می‌شود و قابل ویرایش دستی نیست.', en: 'Ownership transfers are requested by buyers on the site; their status and new owner are set only with Approve or Reject in the "Transfer review" panel on the request\'s page, never edited by hand.' },
  ownershipHistoryRecord: { fa: 'سابقهٔ مالکیت را سامانه هنگام تأیید انتقال مالکیت (پنل «بررسی انتقال») ثبت می‌کند و قابل ایجاد، ویرایش یا حذف دستی نیست.', en: 'The ownership history is recorded by the portal when a transfer is approved (the "Transfer review" panel) and cannot be created, edited or deleted by hand.' },
  outboxRecord: { fa: 'پیام‌های خروجی را سامانهٔ پیام‌رسانی ارسال و پیگیری می‌کند و وضعیت آن‌ها قابل ویرایش دستی نیست؛ برای ارسال دوباره از صفحهٔ «صف پیام‌ها» استفاده کنید.', en: 'Outgoing messages are sent and tracked by the messaging system; their state cannot be edited by hand. Use the Outbox page to send one again.' },
  ticketRecord: { fa: 'تیکت‌ها در «میز تیکت» پاسخ داده و بسته می‌شوند (پاسخ، یادداشت داخلی، وضعیت، کارشناس و صدور فاکتور) تا مهلت‌ها، اطلاع‌رسانی به مشترک و ثبت در دیدار همراه آن باشد؛ این رکورد قابل ویرایش دستی نیست.', en: 'Tickets are worked in the Ticket desk (replies, internal notes, status, assignment and billing) so that targets, the subscriber\'s notifications and the CRM follow; this record cannot be edited by hand.' },
  invoiceRecord: { fa: 'فاکتور هنگام حل تیکت قابل‌پرداخت در «میز تیکت» صادر می‌شود و با پرداخت آنلاین مشترک تسویه می‌شود؛ قابل ایجاد، ویرایش یا حذف دستی نیست.', en: 'An invoice is issued when a billable ticket is resolved in the Ticket desk and settled by the subscriber\'s online payment; it cannot be created, edited or deleted by hand.' },
  deviceOwnerByTransfer: { fa: 'مالک دستگاه هنگام ثبت دستگاه تعیین می‌شود و پس از آن فقط با تأیید درخواست انتقال مالکیت (پنل «بررسی انتقال») تغییر می‌کند تا سابقهٔ مالکیت حفظ شود.', en: 'A device\'s owner is set when the device is registered; afterwards only an approved ownership transfer (the "Transfer review" panel) changes it, so that the ownership history is kept.' },
  subscriberDevicesByTransfer: { fa: 'دستگاه‌های مشترک از این صفحه جابه‌جا نمی‌شوند: مالک هر دستگاه هنگام ثبت دستگاه تعیین می‌شود و پس از آن فقط با تأیید انتقال مالکیت (پنل «بررسی انتقال») تغییر می‌کند.', en: 'A subscriber\'s devices are not moved from here: each device\'s owner is set when the device is registered and afterwards changes only with an approved ownership transfer (the "Transfer review" panel).' },
  installationConfirmedByBuyer: { fa: 'زمان تأیید نصب را فقط فرم تأییدیهٔ نصب خریدار در سایت ثبت می‌کند و قابل ثبت یا ویرایش دستی نیست.', en: 'The installation confirmation time is set only by the buyer\'s installation confirmation form on the site, never by hand.' },
  contractStatusByWorkflow: { fa: 'وضعیت قرارداد را سامانه تعیین می‌کند: پرداخت تمدید آن را فعال می‌کند و تمدید، خدمات موردی یا انصراف خریدار قرارداد قبلی را پایان‌یافته یا لغوشده می‌کند. قراردادی که کارکنان ثبت می‌کنند «فعال» آغاز می‌شود.', en: 'A contract\'s status is set by the portal: a renewal payment activates it, and the buyer\'s renewal, pay-per-case or cancellation ends or cancels the previous one. A contract staff record starts as active.' },
  noDraftAndPublish: { fa: 'این نوع رکورد پیش‌نویس و انتشار ندارد؛ هر تغییر با «ذخیره» ثبت می‌شود.', en: 'Records of this type have no draft or publication; changes take effect when saved.' },

  // payments and service choices
  paymentNotPaid: { fa: 'رسید فقط برای پرداخت موفق صادر می‌شود؛ این پرداخت انجام یا تأیید نشده است.', en: 'A receipt is issued only for a successful payment; this payment was not made or not verified.' },
  paymentGatewayUnavailable: { fa: 'اتصال به درگاه پرداخت ممکن نشد. لطفاً چند دقیقه بعد دوباره تلاش کنید.', en: 'The payment gateway could not be reached. Please try again in a few minutes.' },

  // accounts and login
  loginFailed: { fa: 'نام کاربری یا رمز عبور اشتباه است.', en: 'The username or password is incorrect.' },
  loginThrottled: { fa: 'تلاش‌های ناموفق زیادی انجام شده است. لطفاً کمی بعد دوباره تلاش کنید.', en: 'Too many failed attempts. Please try again later.' },
  databaseUnavailable: { fa: 'سامانه لحظاتی در دسترس نیست. لطفاً چند ثانیهٔ دیگر دوباره تلاش کنید.', en: 'The service is briefly unavailable. Please try again in a few seconds.' },
  tooManyRequests: { fa: 'تعداد درخواست‌ها بیش از حد مجاز است. لطفاً کمی بعد دوباره تلاش کنید.', en: 'Too many requests. Please try again shortly.' },
  accountBlocked: { fa: 'دسترسی این حساب توسط مدیر مسدود شده است.', en: 'This account has been blocked by an administrator.' },
  registrationDisabled: { fa: 'ثبت‌نام آزاد امکان‌پذیر نیست؛ حساب کاربری را پشتیبانی ایجاد می‌کند.', en: 'Self-registration is disabled; accounts are created by support staff.' },
  passwordTooShort: { fa: 'رمز عبور باید دست‌کم ۸ نویسه باشد.', en: 'The password must be at least 8 characters.' },
  passwordTooLong: { fa: 'رمز عبور حداکثر ۷۲ نویسه می‌تواند باشد.', en: 'The password can be at most 72 characters.' },
  subscriberWithoutMobile: { fa: 'برای این مشترک شماره تلفن همراه ثبت نشده است.', en: 'This subscriber has no mobile number.' },
  otpSent: { fa: 'اگر این حساب در سامانه باشد، کد ورود به تلفن همراه ثبت‌شده پیامک شد.', en: 'If this account exists, a login code has been sent by SMS to its registered mobile.' },
  otpInvalid: { fa: 'کد ورود نادرست یا منقضی است. کد تازه‌ای درخواست کنید.', en: 'The login code is wrong or has expired. Ask for a new one.' },
  otpFormat: { fa: 'کد ورود ۶ رقم است.', en: 'The login code has 6 digits.' },
  // a code request that sent nothing ({seconds}, {max}, {minutes} filled by fillMessage)
  codeCooldown: {
    fa: 'کد تازه‌ای فرستاده نشد، چون به‌تازگی برای این شناسه کدی فرستاده شده است؛ اگر پیامک را دریافت کرده‌اید همان کد را وارد کنید. برای کد تازه {seconds} ثانیهٔ دیگر دوباره تلاش کنید.',
    en: 'No new code was sent: a code was sent for this identifier moments ago. If you received it, enter that code; for a new one, try again in {seconds} seconds.',
  },
  codeLimit: {
    fa: 'کد تازه‌ای فرستاده نشد، چون در {minutes} دقیقهٔ گذشته {max} کد برای این شناسه فرستاده شده که بیشترین تعداد مجاز است. {seconds} ثانیهٔ دیگر دوباره تلاش کنید.',
    en: 'No new code was sent: {max} codes were sent for this identifier in the last {minutes} minutes, the most allowed. Try again in {seconds} seconds.',
  },

  // password self-service
  passwordNeedsLetterAndDigit: { fa: 'رمز عبور باید دست‌کم یک حرف و یک رقم داشته باشد.', en: 'The password must contain at least one letter and one digit.' },
  passwordTooCommon: { fa: 'این رمز عبور بسیار رایج است و به‌آسانی حدس زده می‌شود؛ رمز دیگری انتخاب کنید.', en: 'This password is very common and easy to guess; choose another.' },
  passwordContainsIdentity: { fa: 'رمز عبور نباید شمارهٔ اشتراک، کد ملی یا شمارهٔ همراه شما را در خود داشته باشد.', en: 'The password must not contain your subscriber number, national code or mobile number.' },
  passwordSameAsCurrent: { fa: 'رمز عبور جدید باید با رمز فعلی متفاوت باشد.', en: 'The new password must differ from the current one.' },
  currentPasswordWrong: { fa: 'رمز عبور فعلی درست نیست.', en: 'The current password is not correct.' },
  passwordChanged: { fa: 'رمز عبور شما تغییر کرد. از همهٔ دستگاه‌های دیگر خارج شدید.', en: 'Your password has been changed. You have been logged out on every other device.' },
  resetCodeSent: { fa: 'اگر این حساب در سامانه باشد، کد بازیابی رمز عبور به تلفن همراه ثبت‌شده پیامک شد.', en: 'If this account exists, a password reset code has been sent by SMS to its registered mobile.' },
  resetCodeInvalid: { fa: 'کد بازیابی نادرست یا منقضی است. کد تازه‌ای درخواست کنید.', en: 'The reset code is wrong or has expired. Ask for a new one.' },
  resetCodeFormat: { fa: 'کد بازیابی ۶ رقم است.', en: 'The reset code has 6 digits.' },
  passwordResetDone: { fa: 'رمز عبور تازه ثبت شد و همهٔ نشست‌های قبلی بسته شد. اکنون با رمز تازه وارد شوید.', en: 'Your new password is set and every earlier session has ended. Log in with the new password.' },
  profileReadOnly: { fa: 'این اطلاعات توسط مدیر ثبت می‌شود و قابل ویرایش نیست.', en: 'This information is entered by the administrator and cannot be edited.' },
  noSubscriberProfile: { fa: 'برای این حساب، پروندهٔ مشترک یافت نشد. با پشتیبانی تماس بگیرید.', en: 'No subscriber record is linked to this account. Please contact support.' },

  // staff refusals in the admin, from the staff matrix (src/domain/staff-refusal.ts fills the {…})
  roleMayNot: { fa: '{roles} اجازهٔ {task} «{type}» را ندارد؛ این کار با {allowed} انجام می‌شود.', en: '{roles} may not {task} “{type}”; this is done by {allowed}.' },
  roleMayNotThisOne: { fa: '{roles} اجازهٔ {task} این «{type}» را ندارد ({limit})؛ این کار با {allowed} انجام می‌شود.', en: '{roles} may not {task} this “{type}” ({limit}); this is done by {allowed}.' },
  roleMayNotPortalWrites: { fa: '{roles} اجازهٔ {task} «{type}» را ندارد؛ این رکوردها را فقط خود سامانه ثبت می‌کند.', en: '{roles} may not {task} “{type}”; these records are written by the portal itself.' },
  roleMayNotNoStaff: { fa: '{roles} اجازهٔ {task} «{type}» را ندارد؛ این کار برای هیچ‌یک از نقش‌های کارکنان در نظر گرفته نشده است.', en: '{roles} may not {task} “{type}”; no staff role does this.' },
  roleMayNotNow: { fa: '{roles} اکنون اجازهٔ {task} «{type}» را ندارد، هرچند جدول نقش‌ها آن را می‌دهد؛ مدیر سامانه دسترسی‌های نقش را در «تنظیمات ← نقش‌ها» بررسی کند.', en: '{roles} may not {task} “{type}” at present, although the staff matrix allows it; an administrator should check the role in Settings → Roles.' },
  roleMayNotFeature: { fa: '{roles} اجازهٔ {task} را ندارد؛ این کار با {allowed} انجام می‌شود.', en: '{roles} may not {task}; this is done by {allowed}.' },
  roleMayNotFeatureNoStaff: { fa: '{roles} اجازهٔ {task} را ندارد؛ این کار برای هیچ‌یک از نقش‌های کارکنان در نظر گرفته نشده است.', en: '{roles} may not {task}; no staff role does this.' },
  roleMayNotFeatureNow: { fa: '{roles} اکنون اجازهٔ {task} را ندارد، هرچند جدول نقش‌ها آن را می‌دهد؛ مدیر سامانه دسترسی‌های نقش را در «تنظیمات ← نقش‌ها» بررسی کند.', en: '{roles} may not {task} at present, although the staff matrix allows it; an administrator should check the role in Settings → Roles.' },

  // support settings (src/validation/rules/support-settings.ts)
  timeOfDayInvalid: { fa: 'ساعت را به شکل ۰۸:۳۰ بنویسید (۰۰:۰۰ تا ۲۴:۰۰).', en: 'Write the time as 08:30 (00:00 to 24:00).' },
  workdayEndBeforeStart: { fa: 'پایان ساعت کاری باید بعد از شروع آن باشد.', en: 'The working day must end after it starts.' },
  // pay-per-case invoices and the debt ceiling
  workHoursInvalid: { fa: 'ساعت کار باید عددی بزرگ‌تر از صفر و حداکثر ۲۰۰ با حداکثر دو رقم اعشار باشد (مانند ۱٫۵).', en: 'Work hours must be a number above 0 and at most 200, with at most two decimal places (e.g. 1.5).' },
  invoiceAlreadyPaid: { fa: 'این فاکتور قبلاً پرداخت شده است و پرداخت دوباره لازم نیست.', en: 'This invoice is already paid; it need not be paid again.' },
  invoiceVoid: { fa: 'این فاکتور باطل شده است و پرداخت نمی‌شود.', en: 'This invoice is void and cannot be paid.' },
  // tickets (the tickets-api's codes; src/api/ticket)
  ticketsNotAvailable: { fa: 'ثبت تیکت فقط برای خدمات فعال، تمدیدشده یا موردی امکان‌پذیر است.', en: 'Tickets can be opened only while the service is active, renewed or pay-per-case.' },
  attachmentTooMany: { fa: 'حداکثر {max} فایل پیوست می‌شود.', en: 'At most {max} files can be attached.' },
  attachmentTooLarge: { fa: 'پیوست {index} بزرگ‌تر از {max} مگابایت است.', en: 'Attachment {index} is larger than {max} MB.' },
  attachmentType: { fa: 'پیوست {index} تصویر JPEG، PNG یا WebP یا فایل PDF نیست؛ نوع فایل از محتوای آن تشخیص داده می‌شود، نه از نامش.', en: 'Attachment {index} is not a JPEG, PNG or WebP image or a PDF; the type is read from the file\'s content, not its name.' },
  attachmentEmpty: { fa: 'پیوست {index} خالی است.', en: 'Attachment {index} is empty.' },
  attachmentUnreadable: { fa: 'پیوست {index} خوانا نیست یا تصویر آن معیوب است.', en: 'Attachment {index} cannot be read or is a damaged image.' },
  attachmentsNeedMultipart: { fa: 'پیوست‌ها را به‌صورت فایل (multipart/form-data) بفرستید.', en: 'Send attachments as files (multipart/form-data).' },
  visitDayOnlyForVisits: { fa: 'روز پیشنهادی فقط برای درخواست بازدید حضوری پذیرفته می‌شود.', en: 'A preferred day is taken only for an on-site visit request.' },
  visitDayOutOfRange: { fa: 'روز پیشنهادی بازدید باید از امروز تا ۹۰ روز آینده باشد.', en: 'The preferred visit day must be between today and 90 days ahead.' },
  ticketClosedAlready: { fa: 'این تیکت قبلاً بسته شده است.', en: 'This ticket is already closed.' },
  ticketCloseByResolve: { fa: 'بستن تیکت با «حل و بستن» انجام می‌شود تا اطلاعات کار و فاکتور آن ثبت شود.', en: 'A ticket is closed with "Resolve", so that the work and its invoice are recorded.' },
  ticketHasRepairOrder: { fa: 'برای این تیکت قبلاً پذیرش تعمیر ثبت شده است.', en: 'A repair order has already been created for this ticket.' },
  assigneeNotAllowed: { fa: 'این کارمند فعال نیست یا اجازهٔ پاسخ به تیکت‌ها را ندارد.', en: 'This staff member is not active or may not answer tickets.' },
  visitTimeInvalid: { fa: 'زمان بازدید را به شکل تاریخ و ساعت کامل وارد کنید.', en: 'Enter the visit time as a full date and time.' },
  visitTimeOutOfRange: { fa: 'زمان بازدید باید از اکنون تا {days} روز آینده باشد.', en: 'The visit time must be between now and {days} days ahead.' },
  deviceNotSubscribers: { fa: 'این دستگاه متعلق به مشترک انتخاب‌شده نیست.', en: 'This device does not belong to the chosen subscriber.' },
  // uploads on S3-compatible storage
  attachmentStorageUnavailable: { fa: 'پیوست‌ها اکنون ذخیره نمی‌شوند؛ لطفاً چند دقیقه بعد دوباره تلاش کنید.', en: 'Attachments cannot be stored right now. Please try again in a few minutes.' },
  // issue 14: complaints, the CEO line, satisfaction surveys, quarterly reports
  mobileListInvalid: { fa: 'شماره‌های همراه را با ویرگول جدا کنید (حداکثر ۱۰ شماره، مانند ۰۹۱۲۱۲۳۴۵۶۷، ۰۹۳۵۱۲۳۴۵۶۷).', en: 'Separate the mobile numbers with commas (at most 10, e.g. 09121234567, 09351234567).' },
  formTokenInvalid: { fa: 'فرم منقضی یا نامعتبر است؛ صفحه را دوباره باز کنید و فرم را بفرستید.', en: 'The form has expired or is not valid; reload the page and send the form again.' },
  formTokenTooYoung: { fa: 'فرم خیلی سریع فرستاده شد؛ چند ثانیه صبر کنید و دوباره بفرستید.', en: 'The form was sent too quickly; wait a few seconds and send it again.' },
  complaintNotFound: { fa: 'شکایتی با این کد پیگیری و شمارهٔ همراه یافت نشد.', en: 'No complaint matches this tracking code and mobile number.' },
  complaintSourceWeb: { fa: 'منبع «فرم وب‌سایت» فقط برای شکایت‌هایی است که مشتری خودش در سایت ثبت می‌کند؛ منبع شکایت دریافتی (تلفن، ایمیل، مراجعهٔ حضوری، شبکه‌های اجتماعی یا برگ بازدید) را انتخاب کنید.', en: 'The "Website form" source is for complaints customers file on the site themselves; choose where this one came from (phone, e-mail, in person, social channels or the visit form).' },
  complaintSourceLocked: { fa: 'منبع شکایتی که مشتری در سایت ثبت کرده است تغییر نمی‌کند.', en: 'The source of a complaint filed on the site cannot be changed.' },
  complaintFieldByPortal: { fa: 'سامانه این مقدار را تعیین می‌کند (کد پیگیری، مهلت ۴۸ ساعت کاری، زمان اولین پاسخ و ارجاع)؛ قابل ویرایش دستی نیست.', en: 'The portal sets this (the tracking code, the 48-working-hour deadline, the first answer and escalation times); it cannot be edited by hand.' },
  complaintResponseRequired: { fa: 'پیش از «پاسخ داده شده» یا «بسته‌شده»، پاسخی را که شاکی در پیگیری می‌بیند بنویسید.', en: 'Write the reply the complainant sees when tracking before marking it answered or closed.' },
  complaintOutcomeRequired: { fa: 'برای بستن شکایت، نتیجهٔ رسیدگی را انتخاب کنید.', en: 'Choose the outcome to close the complaint.' },
  surveyRecord: { fa: 'نظرسنجی را سامانه یک هفته پس از تأیید نصب می‌فرستد و پاسخ آن را خریدار با پیوند یک‌بارمصرف خود ثبت می‌کند؛ قابل ایجاد، ویرایش یا حذف دستی نیست.', en: 'Surveys are sent by the portal a week after an installation is confirmed and answered by the buyer through their single-use link; they cannot be created, edited or deleted by hand.' },
  surveyNotFound: { fa: 'این پیوند نظرسنجی معتبر نیست یا مهلت آن گذشته است.', en: 'This survey link is not valid or has expired.' },
  surveyAlreadyAnswered: { fa: 'این نظرسنجی قبلاً پاسخ داده شده است. از شما سپاسگزاریم.', en: 'This survey has already been answered. Thank you.' },
  surveyScoreInvalid: { fa: 'یکی از گزینه‌های ۱ (خیلی ناراضی) تا ۵ (خیلی راضی) را انتخاب کنید.', en: 'Choose one of 1 (very dissatisfied) to 5 (very satisfied).' },
  followUpActionRequired: { fa: 'برای بستن پیگیری، اقدام انجام‌شده را بنویسید.', en: 'Write what was done to close the follow-up.' },
  followUpByPortal: { fa: 'پیگیری از پاسخ ناراضی نظرسنجی ساخته می‌شود؛ نظرسنجی و مشترک آن قابل تغییر نیست.', en: 'A follow-up is made from a dissatisfied survey answer; its survey and subscriber cannot be changed.' },
  followUpCreatedByPortal: { fa: 'پیگیری را سامانه از پاسخ ناراضی نظرسنجی می‌سازد؛ ایجاد یا حذف دستی آن ممکن نیست.', en: 'Follow-ups are made by the portal from dissatisfied survey answers; they cannot be created or deleted by hand.' },
  quarterInvalid: { fa: 'سال (مانند ۱۴۰۵) و فصل (۱ تا ۴) را درست وارد کنید.', en: 'Enter a valid year (e.g. 1405) and quarter (1 to 4).' },
  // knowledge base (issue 13: src/api/article, src/api/video, src/validation/rules/knowledge-base.ts)
  localeInvalid: { fa: 'زبان باید fa (فارسی) یا en (انگلیسی) باشد.', en: 'The language must be fa (Persian) or en (English).' },
  deviceTypeUnknown: { fa: 'این نوع دستگاه شناخته نیست؛ شناسهٔ یک نوع دستگاه یا all را بفرستید.', en: 'This device type is not known; send a device type code or all.' },
  topicUnknown: { fa: 'این موضوع در پایگاه دانش نیست.', en: 'There is no such topic in the knowledge base.' },
  helpfulMustBeBoolean: { fa: 'پاسخ «این مطلب مفید بود؟» باید true (بله) یا false (خیر) باشد.', en: 'The answer to "Was this helpful?" must be true (yes) or false (no).' },
  videoSourceRequired: { fa: 'برای ویدیو یک فایل بارگذاری کنید یا پیوند https آن (مانند صفحهٔ آپارات) را وارد کنید.', en: 'Upload a video file or enter its https link (e.g. an Aparat page).' },
  videoLinkHttps: { fa: 'پیوند ویدیو باید نشانی کامل https باشد (مانند https://www.aparat.com/v/…).', en: 'The video link must be a full https address (e.g. https://www.aparat.com/v/…).' },
  // licensed training videos (courses, course orders; src/api/course, src/api/course-order)
  courseAlreadyOwned: { fa: 'این دوره را قبلاً خریده‌اید؛ لایسنس آن در «ویدیوهای من» است.', en: 'You already own this course; its licence is under “My videos”.' },
  courseOrderRecord: { fa: 'سفارش دوره با خرید آنلاین مشترک ثبت می‌شود و لایسنس آن پس از پرداخت خودکار صادر می‌شود؛ قابل ایجاد، ویرایش یا حذف دستی نیست.', en: 'A course order is recorded by the subscriber\'s online purchase and its licence is issued automatically once paid; it cannot be created, edited or deleted by hand.' },
  spotPlayerCourseIdsInvalid: { fa: 'شناسهٔ دوره‌های اسپات‌پلیر را به‌صورت فهرستی از شناسه‌های ۲۴ نویسه‌ای (ارقام و حروف a تا f) وارد کنید؛ دست‌کم یک شناسه لازم است.', en: 'Enter the SpotPlayer course ids as a list of 24-character ids (digits and the letters a to f); at least one is needed.' },
  episodesLimitInvalid: { fa: 'محدودهٔ قسمت‌ها را مانند «0-» (همهٔ قسمت‌ها) یا «1,4-6,10-» وارد کنید.', en: 'Enter the episodes as “0-” (every episode) or like “1,4-6,10-”.' },
  coursePriceInvalid: { fa: 'قیمت دوره باید عددی صحیح و بیشتر از صفر به ریال باشد.', en: 'The course price must be a whole number of rials above zero.' },
} as const satisfies Record<string, Message>;

export type MessageCode = keyof typeof MESSAGES;

/** A message with its {placeholders} filled: Persian digits in the Persian text, Latin in the English. */
export const fillMessage = (code: MessageCode, values: Record<string, string | number>): Message => {
  const fill = (template: string, persian: boolean) =>
    template.replace(/\{(\w+)\}/g, (_m, key: string) => {
      const value = values[key];
      if (value === undefined) return '';
      return persian ? String(value).replace(/[0-9]/g, (d) => String.fromCharCode(0x06f0 + Number(d))) : String(value);
    });
  return { fa: fill(MESSAGES[code].fa, true), en: fill(MESSAGES[code].en, false) };
};

