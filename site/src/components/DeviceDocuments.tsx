/**
 * «مستندات دستگاه» on a device's page: its model's documents (user manual, warranty card…) as
 * download buttons — the file route answers only the device's owner, so each file is fetched with
 * the login (apiDownload) and handed to the browser — and the way to the knowledge base's articles
 * and videos for the device's type. Nothing from a server that sends no `documents`.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, apiDownload, isApiError, saveBlob } from '../api/client';
import type { DeviceDetail, DeviceDocument } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { Icon } from './Icon';
import { useErrorText } from './States';
import { useFileSize } from './Attachments';
import { kbTypePath } from './LearningParts';

/** Only this device's own document route is fetched; otherwise the route built from the file's id. */
const downloadPath = (deviceId: string, d: DeviceDocument) =>
  typeof d.url === 'string' && d.url.startsWith(`/api/me/devices/${encodeURIComponent(deviceId)}/documents/`) && /^\/api\/me\/devices\/[^/]+\/documents\/[^/?#]+$/.test(d.url)
    ? d.url
    : `/api/me/devices/${encodeURIComponent(deviceId)}/documents/${encodeURIComponent(String(d.id))}`;

export function DeviceDocuments({ device }: { device: DeviceDetail }) {
  const { t } = useI18n();
  const size = useFileSize();
  const errorText = useErrorText();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const documents = device.documents;
  if (!Array.isArray(documents)) return null;

  const download = async (d: DeviceDocument) => {
    if (busy) return;
    setBusy(String(d.id));
    setError(null);
    try {
      const { blob, fileName } = await apiDownload(downloadPath(device.id, d));
      saveBlob(blob, fileName ?? d.name);
    } catch (e) {
      setError(isApiError(e) ? e : new ApiError({ status: -1, code: 'unexpected', label: null }));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="card" aria-labelledby="device-documents-title" data-testid="device-documents">
      <div className="card__head card__head--wrap">
        <h2 id="device-documents-title" className="card__title">
          {t('documents.title')}
        </h2>
        {device.deviceType && (
          <Link to={kbTypePath(device.deviceType.code)} className="button button--secondary button--small" data-testid="device-kb-link">
            <Icon name="book" size={18} />
            {t('documents.kbLink')}
          </Link>
        )}
      </div>
      {documents.length === 0 ? (
        <p className="muted">{t('documents.empty')}</p>
      ) : (
        <>
          <p className="card__intro muted">{t('documents.intro')}</p>
          <ul className="attachment-links device-documents" aria-labelledby="device-documents-title">
            {documents.map((d) => (
              <li key={String(d.id)}>
                <button
                  type="button"
                  className="attachment-link"
                  onClick={() => void download(d)}
                  disabled={busy !== null}
                  aria-label={t('documents.download', { name: d.name })}
                  data-testid="device-document"
                >
                  <Icon name={d.mime === 'application/pdf' ? 'file' : 'image'} size={18} />
                  <span className="attachment-link__name" dir="auto">
                    {d.name}
                  </span>
                  <span className="attachment-link__size">{busy === String(d.id) ? t('attachments.downloading') : size(d.size)}</span>
                  <Icon name="download" size={16} />
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {error && (
        <p className="field__error" role="alert">
          {errorText(error)}
        </p>
      )}
    </section>
  );
}
