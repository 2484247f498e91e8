/**
 * A ticket's attachments: the picker of a new ticket and of a reply (images and PDF, at most
 * MAX_FILES files of MAX_MEGABYTES each, checked here before anything is sent — the server checks
 * the content again), and a message's attachments as download buttons: the file route needs the
 * Bearer token, so the file is fetched through the api client and handed to the browser as a Blob.
 */
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { ApiError, apiDownload, isApiError, saveBlob } from '../api/client';
import type { TicketAttachment } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { Icon } from './Icon';
import { useErrorText } from './States';

/** the server's limits (docs/api.md, POST /api/me/tickets) */
export const MAX_FILES = 5;
export const MAX_MEGABYTES = 5;
const MAX_BYTES = MAX_MEGABYTES * 1024 * 1024;
const ACCEPTED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'application/pdf'];
const ACCEPTED_EXTENSIONS = /\.(jpe?g|png|webp|pdf)$/i;
export const ACCEPT = [...ACCEPTED_TYPES, '.jpg', '.jpeg', '.png', '.webp', '.pdf'].join(',');

/** An image or a PDF by its type, or (a browser that gives no type) by its name. */
const acceptable = (file: File) => (file.type ? ACCEPTED_TYPES.includes(file.type) : ACCEPTED_EXTENSIONS.test(file.name));

/** A file size in the page's language: kilobytes under a megabyte, else megabytes. */
export const useFileSize = () => {
  const { t } = useI18n();
  return (bytes: number) =>
    bytes < 1024 * 1024 ? t('attachments.sizeKb', { size: Math.max(1, Math.round(bytes / 1024)) }) : t('attachments.sizeMb', { size: Math.round((bytes / (1024 * 1024)) * 10) / 10 });
};

type PickerProps = {
  files: File[];
  onChange: (files: File[]) => void;
  /** the server's message for the attachments */
  error?: string;
  disabled?: boolean;
  testId: string;
};

/**
 * «پیوست‌ها»: choose files (several at once, or in turns), each listed with its size and a remove
 * button. A file that is too large, not an image or PDF, or one too many is left out with a
 * message naming it; the others are kept.
 */
export function AttachmentPicker({ files, onChange, error, disabled, testId }: PickerProps) {
  const { t } = useI18n();
  const size = useFileSize();
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [problems, setProblems] = useState<string[]>([]);

  const add = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = Array.from(event.target.files ?? []);
    // the same file may be chosen again after it was removed
    event.target.value = '';
    const kept = [...files];
    const found: string[] = [];
    for (const file of chosen) {
      if (!acceptable(file)) found.push(t('attachments.badType', { name: file.name }));
      else if (file.size === 0) found.push(t('attachments.empty', { name: file.name }));
      else if (file.size > MAX_BYTES) found.push(t('attachments.tooLarge', { name: file.name, size: MAX_MEGABYTES }));
      else if (kept.length >= MAX_FILES) {
        if (!found.includes(t('attachments.tooMany', { count: MAX_FILES }))) found.push(t('attachments.tooMany', { count: MAX_FILES }));
      } else if (!kept.some((k) => k.name === file.name && k.size === file.size && k.lastModified === file.lastModified)) kept.push(file);
    }
    setProblems(found);
    onChange(kept);
  };

  const remove = (index: number) => {
    setProblems([]);
    onChange(files.filter((_, i) => i !== index));
    inputRef.current?.focus();
  };

  const shown = [...problems, ...(error ? [error] : [])];
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  return (
    <div className={`field attachments${shown.length > 0 ? ' field--invalid' : ''}`} data-testid={testId}>
      <span className="field__label" id={`${id}-label`}>
        {t('attachments.label')}
      </span>
      <label className={`button button--secondary button--small attachments__choose${disabled || files.length >= MAX_FILES ? ' attachments__choose--off' : ''}`}>
        <Icon name="paperclip" size={18} />
        {t('attachments.choose')}
        <input
          ref={inputRef}
          type="file"
          multiple
          accept={ACCEPT}
          className="attachments__input"
          onChange={add}
          disabled={disabled || files.length >= MAX_FILES}
          aria-labelledby={`${id}-label`}
          aria-describedby={[shown.length > 0 ? errorId : null, hintId].filter(Boolean).join(' ')}
          aria-invalid={shown.length > 0 ? true : undefined}
          data-testid={`${testId}-input`}
        />
      </label>
      {files.length > 0 && (
        <ul className="attachments__list" data-testid={`${testId}-list`}>
          {files.map((file, i) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}`} className="attachments__item">
              <Icon name={file.type === 'application/pdf' ? 'file' : 'image'} size={18} />
              <span className="attachments__name" dir="auto">
                {file.name}
              </span>
              <span className="attachments__size">{size(file.size)}</span>
              <button type="button" className="attachments__remove" onClick={() => remove(i)} aria-label={t('attachments.remove', { name: file.name })} disabled={disabled}>
                <Icon name="close" size={16} />
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown.length > 0 && (
        <div className="field__error" id={errorId} role="alert" data-testid={`${testId}-error`}>
          {shown.map((p) => (
            <p key={p}>{p}</p>
          ))}
        </div>
      )}
      <p className="field__hint" id={hintId}>
        {t('attachments.hint', { count: MAX_FILES, size: MAX_MEGABYTES })}
      </p>
    </div>
  );
}

/** Only the API's own file routes are fetched; otherwise the ticket's route for this file. */
const downloadPath = (ticketId: string, a: TicketAttachment) =>
  typeof a.url === 'string' && /^\/api\/me\/tickets\/[^/]+\/attachments\/[^/?#]+$/.test(a.url)
    ? a.url
    : `/api/me/tickets/${encodeURIComponent(ticketId)}/attachments/${encodeURIComponent(String(a.id))}`;

/** A message's attachments: each a button that downloads the file (with the login) and saves it. */
export function AttachmentLinks({ ticketId, attachments }: { ticketId: string; attachments: TicketAttachment[] }) {
  const { t } = useI18n();
  const size = useFileSize();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  if (attachments.length === 0) return null;

  const download = async (a: TicketAttachment) => {
    const key = String(a.id);
    if (busy) return;
    setBusy(key);
    setError(null);
    try {
      const { blob, fileName } = await apiDownload(downloadPath(ticketId, a));
      saveBlob(blob, fileName ?? a.name);
    } catch (e) {
      setError(isApiError(e) ? e : new ApiError({ status: -1, code: 'unexpected', label: null }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="message__attachments">
      <ul className="attachment-links" aria-label={t('attachments.list')}>
        {attachments.map((a) => (
          <li key={String(a.id)}>
            <button
              type="button"
              className="attachment-link"
              onClick={() => void download(a)}
              disabled={busy !== null}
              aria-label={t('attachments.download', { name: a.name })}
              data-testid="attachment-download"
            >
              <Icon name={a.mime === 'application/pdf' ? 'file' : 'image'} size={18} />
              <span className="attachment-link__name" dir="auto">
                {a.name}
              </span>
              <span className="attachment-link__size">{busy === String(a.id) ? t('attachments.downloading') : size(a.size)}</span>
              <Icon name="download" size={16} />
            </button>
          </li>
        ))}
      </ul>
      {error && (
        <p className="field__error" role="alert">
          {errorText(error)}
        </p>
      )}
    </div>
  );
}
