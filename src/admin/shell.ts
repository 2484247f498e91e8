import vazirmatnUrl from 'vazirmatn/fonts/webfonts/Vazirmatn[wght].woff2?url';

/**
 * How the admin shell behaves for Poshtiban's staff, set up in app.tsx's register() — before the
 * panel first renders, so the first paint is already Persian and right-to-left.
 */

/** Strapi keeps the chosen admin language here (its reducer's LANGUAGE_LOCAL_STORAGE_KEY). */
export const ADMIN_LANGUAGE_KEY = 'strapi-admin-language';
export const DEFAULT_ADMIN_LANGUAGE = 'fa';
const GUIDED_TOUR_KEY = 'STRAPI_GUIDED_TOUR';
/**
 * Strapi's "new Media Library" banner remembers a dismissal per project uuid (`:<uuid>`, `false`
 * when package.json names none, as here; `undefined` until the panel's init answer arrives) and
 * per legacy-library flag.
 */
const MEDIA_LIBRARY_BANNER_KEYS = ['false', 'true'].flatMap((legacy) =>
  ['false', 'undefined'].map((uuid) => `STRAPI_MEDIA_LIBRARY_BANNER_DISMISSED_FOR_${legacy}:${uuid}`)
);

const RTL_LANGUAGES = new Set(['fa', 'ar', 'he']);

const readJson = (key: string): Record<string, unknown> | null => {
  try {
    const value = JSON.parse(window.localStorage.getItem(key) ?? 'null');
    return value && typeof value === 'object' ? value : null;
  } catch {
    return null;
  }
};

/**
 * Persian unless the staff member chose another language (Profile → Interface language; the
 * choice is kept in this browser); no guided tour; no Media Library marketing banner.
 */
export const applyAdminLanguageDefaults = () => {
  const storage = window.localStorage;
  if (!storage.getItem(ADMIN_LANGUAGE_KEY)) storage.setItem(ADMIN_LANGUAGE_KEY, DEFAULT_ADMIN_LANGUAGE);
  storage.setItem(GUIDED_TOUR_KEY, JSON.stringify({ ...(readJson(GUIDED_TOUR_KEY) ?? {}), enabled: false }));
  for (const key of MEDIA_LIBRARY_BANNER_KEYS) storage.setItem(key, 'true');
};

const applyDirection = (lang: string) => {
  const root = document.documentElement;
  const dir = RTL_LANGUAGES.has(lang.split('-')[0]) ? 'rtl' : 'ltr';
  if (root.getAttribute('dir') !== dir) root.setAttribute('dir', dir);
};

/**
 * The page is right-to-left while the admin language is Persian. Strapi writes the language to
 * <html lang> when it starts and whenever staff switch; the direction follows it.
 */
export const followLanguageDirection = () => {
  const root = document.documentElement;
  const initial = window.localStorage.getItem(ADMIN_LANGUAGE_KEY) ?? DEFAULT_ADMIN_LANGUAGE;
  root.setAttribute('lang', initial);
  applyDirection(initial);
  new MutationObserver(() => applyDirection(root.getAttribute('lang') ?? DEFAULT_ADMIN_LANGUAGE)).observe(root, {
    attributes: true,
    attributeFilter: ['lang'],
  });
};

/** Text boxes, and the notifications that may carry a Persian message inside the English admin. */
const TEXT_INPUTS =
  'input:not([type]), input[type="text"], input[type="search"], input[type="email"], input[type="url"], textarea, [contenteditable="true"], [role="alert"], [role="status"]';

const giveAutoDirection = (root: ParentNode) => {
  for (const element of Array.from(root.querySelectorAll<HTMLElement>(TEXT_INPUTS))) {
    if (!element.hasAttribute('dir')) element.setAttribute('dir', 'auto');
  }
};

/**
 * Each text box takes the direction of what is typed in it: Persian right-to-left with its
 * punctuation at the right end, a Latin serial or email left-to-right — in either admin language.
 */
export const giveTextInputsAutoDirection = () => {
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      for (const node of Array.from(mutation.addedNodes)) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.matches(TEXT_INPUTS) && !node.hasAttribute('dir')) node.setAttribute('dir', 'auto');
        giveAutoDirection(node);
      }
    }
  });
  const start = () => {
    giveAutoDirection(document);
    observer.observe(document.body, { childList: true, subtree: true });
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
};

/**
 * Vazirmatn for every text of the Persian admin. Strapi's design system sets a Latin system-font
 * stack on <body> and form controls do not inherit fonts by default. (Strapi renders the admin's
 * HTML page itself, so a stylesheet imported by app.tsx never gets a <link>: the rules and the
 * font are added from here.)
 */
export const setPersianInVazirmatn = () => {
  document.fonts.add(new FontFace('Vazirmatn', `url(${vazirmatnUrl}) format('woff2')`, { weight: '100 900', display: 'swap' }));
  const style = document.createElement('style');
  style.dataset.poshtiban = 'persian-font';
  style.textContent = [
    "html[lang='fa'] body { font-family: Vazirmatn, -apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif; }",
    "html[lang='fa'] :is(input, textarea, button, select) { font-family: inherit; }",
  ].join('\n');
  document.head.appendChild(style);
};

const FLIPPED = 'data-poshtiban-direction';

/**
 * Strapi's design system is built on Radix primitives (tabs, scroll areas, selects, popovers),
 * which write `dir="ltr"` on their own <div>s unless a Radix direction provider says otherwise —
 * and Strapi's admin has none. So the Content Manager's edit form, laid out inside the
 * draft/published tabs, would stay left-to-right in the Persian admin. Those <div>s follow the
 * page's direction instead. (Text the portal marks left-to-right on purpose — a serial, a hash —
 * is a <span> or <p>, and keeps its direction.)
 */
export const alignPrimitivesWithPageDirection = () => {
  const root = document.documentElement;
  const align = (element: Element) => {
    const pageDir = root.getAttribute('dir') === 'rtl' ? 'rtl' : 'ltr';
    if (element.tagName !== 'DIV') return;
    const dir = element.getAttribute('dir');
    if (dir === 'ltr' && pageDir === 'rtl') {
      element.setAttribute(FLIPPED, 'ltr');
      element.setAttribute('dir', 'rtl');
    } else if (dir === 'rtl' && pageDir === 'ltr' && element.getAttribute(FLIPPED) === 'ltr') {
      element.setAttribute('dir', 'ltr');
    }
  };
  const alignAll = () => {
    for (const element of Array.from(document.querySelectorAll('div[dir]'))) align(element);
  };
  const observer = new MutationObserver((mutations) => {
    for (const mutation of mutations) {
      if (mutation.type === 'attributes') {
        if (mutation.target === root) alignAll();
        else align(mutation.target as Element);
        continue;
      }
      for (const node of Array.from(mutation.addedNodes)) {
        if (!(node instanceof Element)) continue;
        align(node);
        for (const element of Array.from(node.querySelectorAll('div[dir]'))) align(element);
      }
    }
  });
  const start = () => {
    alignAll();
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['dir'] });
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
};

const TEXT_BOX = 'input:not([type=checkbox]):not([type=radio]):not([type=hidden])';

/**
 * The design system's text box places its end button (clear, show password…) with a physical
 * `right` offset and pads the input on the right to make room; in a right-to-left page the start
 * button is on the right too, and the two overlap. In right-to-left, the end button takes its
 * place in the row (at the left end) and the input keeps only the padding its start side needs.
 */
export const mirrorTextBoxButtons = () => {
  const style = document.createElement('style');
  style.dataset.poshtiban = 'rtl-text-box-buttons';
  style.textContent = [
    `html[dir='rtl'] div:has(> ${TEXT_BOX} + div) > input + div { position: static !important; transform: none !important; margin-inline-end: 1.2rem; }`,
    `html[dir='rtl'] div:has(> ${TEXT_BOX} + div) > input { padding-right: 1.6rem !important; }`,
    `html[dir='rtl'] div:has(> :not(input) + ${TEXT_BOX} + div) > input { padding-right: 0 !important; }`,
  ].join('\n');
  document.head.appendChild(style);
};
