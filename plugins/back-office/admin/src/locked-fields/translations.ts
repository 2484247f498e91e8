/** The hints of locked-fields/ (react-intl ids prefixed `back-office.locked-fields.`), Persian and English. */
export const lockedFieldsTranslations: Record<'fa' | 'en', Record<string, string>> = {
  fa: {
    'back-office.locked-fields.device-owner': 'مالک هنگام ثبت دستگاه تعیین می‌شود؛ پس از آن فقط با تأیید درخواست انتقال مالکیت (پنل «بررسی انتقال») تغییر می‌کند.',
    'back-office.locked-fields.subscriber-devices': 'دستگاه‌ها از این‌جا جابه‌جا نمی‌شوند: مالک هر دستگاه هنگام ثبت آن تعیین می‌شود و پس از آن فقط با تأیید انتقال مالکیت تغییر می‌کند.',
    'back-office.locked-fields.installation-confirmed-at': 'فقط فرم تأییدیهٔ نصب خریدار در سایت این زمان را ثبت می‌کند.',
    'back-office.locked-fields.contract-status': 'سامانه تعیین می‌کند: پرداخت تمدید، تمدید، خدمات موردی یا انصراف خریدار. قرارداد جدید «فعال» آغاز می‌شود.',
    'back-office.locked-fields.transfer-decision': 'فقط با «تأیید» یا «رد» در پنل «بررسی انتقال» همین صفحه تعیین می‌شود.',
    'back-office.locked-fields.payment-status': 'فقط پاسخ درگاه پرداخت (بازگشت از درگاه یا تطبیق خودکار) آن را تغییر می‌دهد.',
    'back-office.locked-fields.complaint-portal': 'سامانه تعیین می‌کند: کد پیگیری و مهلت ۴۸ ساعت کاری هنگام ثبت، زمان اولین پاسخ و بستن با تغییر وضعیت، و ارجاع با گذشتن از مهلت.',
    'back-office.locked-fields.follow-up-closed-at': 'با انتخاب وضعیت «بسته‌شده» و نوشتن اقدام انجام‌شده ثبت می‌شود.',
  },
  en: {
    'back-office.locked-fields.device-owner': 'Set when the device is registered; afterwards only an approved ownership transfer (the "Transfer review" panel) changes it.',
    'back-office.locked-fields.subscriber-devices': 'Devices are not moved from here: each device’s owner is set when it is registered and afterwards changes only with an approved ownership transfer.',
    'back-office.locked-fields.installation-confirmed-at': 'Only the buyer’s installation confirmation form on the site sets this time.',
    'back-office.locked-fields.contract-status': 'Set by the portal: a renewal payment, or the buyer’s renewal, pay-per-case or cancellation. A new contract starts active.',
    'back-office.locked-fields.transfer-decision': 'Set only with Approve or Reject in the "Transfer review" panel on this page.',
    'back-office.locked-fields.payment-status': 'Only the payment gateway’s answer (the return from the gateway or the automatic reconciliation) changes it.',
    'back-office.locked-fields.complaint-portal': 'Set by the portal: the tracking code and the 48-working-hour deadline when recorded, the first answer and closing times when the status changes, escalation when the deadline passes.',
    'back-office.locked-fields.follow-up-closed-at': 'Set when the follow-up is closed with what was done.',
  },
};
