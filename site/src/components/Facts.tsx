/** A read-only list of labelled values (<dl>); `columns={2}` makes it two columns on wide screens. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/I18nContext';

export type Fact = { label: string; value: ReactNode | null | undefined; testId?: string; wide?: boolean };

export function Facts({ items, className, columns = 1 }: { items: Fact[]; className?: string; columns?: 1 | 2 }) {
  const { t } = useI18n();
  return (
    <dl className={`facts${columns === 2 ? ' facts--two-col' : ''}${className ? ` ${className}` : ''}`}>
      {items.map((item) => {
        const empty = item.value === null || item.value === undefined || item.value === '';
        return (
          <div key={item.label} className={`facts__item${item.wide ? ' facts__item--wide' : ''}`} data-testid={item.testId}>
            <dt>{item.label}</dt>
            <dd className={empty ? 'facts__empty' : undefined}>{empty ? t('common.notRecorded') : item.value}</dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Latin identifiers (serials, User IDs) kept left-to-right inside Persian text. */
export function Ltr({ children }: { children: ReactNode }) {
  return (
    <bdi dir="ltr" className="ltr">
      {children}
    </bdi>
  );
}
