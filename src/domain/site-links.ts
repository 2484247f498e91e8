/**
 * Where on the customer site a record lives: the path a notification leads to (stored with it,
 * answered as `link`), built in one place so the site's routes (site/src/app/routes.tsx) and the
 * server agree. Paths only — the site resolves them against its own origin.
 */
export const siteLinks = {
  device: (documentId: string, section?: 'installation' | 'service') => `/devices/${encodeURIComponent(documentId)}${section ? `#${section}` : ''}`,
  repair: (documentId: string) => `/repairs/${encodeURIComponent(documentId)}`,
  payment: (documentId: string) => `/payments/${encodeURIComponent(documentId)}`,
  transfers: () => '/transfers',
  // pay-per-case invoices: the list (with the debt) and one invoice
  invoices: () => '/invoices',
  invoice: (documentId: string) => `/invoices/${encodeURIComponent(documentId)}`,
  ticket: (documentId: string) => `/tickets/${encodeURIComponent(documentId)}`,
  // licensed training videos: the courses on sale, and the buyer's own («ویدیوهای من», licence keys)
  courses: () => '/courses',
  myVideos: () => '/my-videos',
};

/**
 * A link a notification may carry: a path on the site itself (one leading slash, no scheme or
 * host, no `//`, `\` or spaces), at most 200 characters. Anything else is not stored or shown.
 */
export const isSiteLink = (value: unknown): value is string =>
  typeof value === 'string' && value.length <= 200 && /^\/(?![/\\])[A-Za-z0-9\-._~/%?=&#]*$/.test(value);
