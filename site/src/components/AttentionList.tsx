/** What needs the buyer's action (the API's attention items), each with its message and link. */
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { AttentionKind, Label } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { Icon } from './Icon';

export type AttentionItem = { key: string; kind: AttentionKind; message: Label; context?: ReactNode; to?: string; linkText?: string };

export function AttentionList({ items }: { items: AttentionItem[] }) {
  const { label } = useI18n();
  return (
    <ul className="attention-list" data-testid="attention-list">
      {items.map((item) => (
        <li key={item.key} className={`attention attention--${item.kind}`}>
          <Icon name="alert" size={20} className="attention__icon" />
          <div className="attention__body">
            <p className="attention__message">{label(item.message)}</p>
            {item.context && <p className="attention__context">{item.context}</p>}
          </div>
          {item.to && (
            <Link to={item.to} className="attention__link">
              {item.linkText}
              <Icon name="chevron" size={16} className="icon--flip-rtl" />
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
}
