/** Icons of the readable custom fields in the content-type builder. */
export const MoneyIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <rect x="2" y="6" width="20" height="12" rx="2" />
    <circle cx="12" cy="12" r="2.5" />
    <path d="M6 10v4M18 10v4" />
  </svg>
);

export const TimelineIcon = () => (
  <svg width="16" height="16" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" aria-hidden="true">
    <circle cx="6" cy="5" r="2" />
    <circle cx="6" cy="12" r="2" />
    <circle cx="6" cy="19" r="2" />
    <path d="M6 7v3M6 14v3M11 5h9M11 12h9M11 19h9" />
  </svg>
);
