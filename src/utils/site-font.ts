/**
 * Vazirmatn for the pages the server writes itself (not built by Vite): the printed repair
 * receipt and the sandbox payment gateway. The site build puts the font at this fixed address
 * (site/vite.config.ts `fixedAddressFont`); the site's own pages use its hashed copy.
 */
export const VAZIRMATN_URL = '/fonts/vazirmatn-variable.woff2';

/** The @font-face rule for a server-written page; `display: block` so a printout never falls back. */
export const vazirmatnFontFace = (display: 'block' | 'swap' = 'swap') =>
  `@font-face{font-family:Vazirmatn;src:url(${VAZIRMATN_URL}) format('woff2');font-weight:100 900;font-display:${display}}`;
