/**
 * A printable document inside a page (a payment receipt, a repair receipt): on paper only the
 * sheet is printed (see `.print-sheet` in global.css — everything else on the page, the header and
 * navigation included, is hidden), A5, no browser header or footer. `PrintButton` opens the
 * browser's print dialog.
 */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { Icon } from './Icon';

export function PrintSheet({ children, testId, lang }: { children: ReactNode; testId?: string; lang?: 'fa' }) {
  return (
    <article className="print-sheet" data-testid={testId} {...(lang ? { lang, dir: 'rtl' } : {})}>
      {children}
    </article>
  );
}

export function PrintButton({ label }: { label?: string }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button button--primary" onClick={() => window.print()} data-testid="print">
      <Icon name="printer" size={20} />
      {label ?? t('print.print')}
    </button>
  );
}
