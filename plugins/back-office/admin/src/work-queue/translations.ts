/** The work queue widget's strings (keys prefixed `back-office.work-queue.`). */
const fa = {
  'back-office.work-queue.title': 'کارهای امروز',
  'back-office.work-queue.empty': 'امروز کاری در انتظار شما نیست.',
  'back-office.work-queue.error': 'فهرست کارهای امروز بارگذاری نشد.',
  'back-office.work-queue.loading': 'در حال شمردن کارهای امروز…',
  'back-office.work-queue.count-failed': 'شمرده نشد',
  'back-office.work-queue.open': '{title}: {count} مورد — باز کردن فهرست',
  'back-office.work-queue.nothing': '{title}: موردی نیست',
};

const en: typeof fa = {
  'back-office.work-queue.title': "Today's work",
  'back-office.work-queue.empty': 'Nothing waits for you today.',
  'back-office.work-queue.error': "Today's work could not be loaded.",
  'back-office.work-queue.loading': "Counting today's work…",
  'back-office.work-queue.count-failed': 'not counted',
  'back-office.work-queue.open': '{title}: {count} — open the list',
  'back-office.work-queue.nothing': '{title}: none',
};

export const workQueueTranslations = { fa, en };
