/**
 * /my-videos — «ویدیوهای من»: the buyer's paid course orders. A licensed one shows its SpotPlayer
 * licence key (selectable, with a copy button that says when it copied), the licence's page on
 * SpotPlayer and a test licence's mark; one paid but not yet licensed says the key is being issued
 * and the page asks again every few seconds (for a few minutes, then a button) until it is; one
 * whose payment could not count (refund_due) says the amount is refunded. Below, how to watch in
 * SpotPlayer: install the app, enter the key. The notification «لایسنس دورهٔ … آماده است» leads here.
 */
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { usePolledResource } from '../api/usePolledResource';
import { getCourseOrders } from '../api/learning';
import type { CourseLicence, CourseOrder, CourseOrderPage } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Pager, pageOf } from '../components/Pager';
import { Facts, Ltr } from '../components/Facts';
import { Icon } from '../components/Icon';
import { LearningNav } from '../components/LearningParts';
import { linkTarget } from '../components/BlocksRenderer';

/** SpotPlayer's own site, where its apps are downloaded */
export const SPOTPLAYER_SITE = 'https://spotplayer.ir/';
/** how often, and for how long, a licence still being issued is asked about again */
const POLL_EVERY_MS = 5_000;
const POLL_FOR_MS = 3 * 60_000;

const issuing = (o: CourseOrder) => o.status === 'paid';

export function MyVideosPage() {
  const { t, lang } = useI18n();
  const [params] = useSearchParams();
  const page = pageOf(params.get('page'));
  // while a licence is awaited, a failed check keeps what is shown and tries again
  const { state, gaveUp, checkAgain } = usePolledResource<CourseOrderPage>((signal) => getCourseOrders(lang, { page }, signal), `${page}:${lang}`, {
    awaiting: (answer) => answer.data.some(issuing),
    everyMs: POLL_EVERY_MS,
    forMs: POLL_FOR_MS,
  });

  return (
    <>
      <PageHeader title={t('myVideos.title')} subtitle={t('myVideos.subtitle')} />
      <LearningNav />
      {state.status === 'loading' && <LoadingState />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={checkAgain} />}
      {state.status === 'ready' &&
        (state.data.data.length === 0 ? (
          <EmptyState title={t('myVideos.empty')} icon={<Icon name="video" size={36} />}>
            <Link to="/courses" className="button button--primary button--small" data-testid="my-videos-browse">
              <Icon name="video" size={18} />
              {t('myVideos.browse')}
            </Link>
          </EmptyState>
        ) : (
          <>
            <ul className="orders" data-testid="course-orders">
              {state.data.data.map((order) => (
                <li key={order.id}>
                  <OrderCard order={order} gaveUp={gaveUp} onCheckAgain={checkAgain} />
                </li>
              ))}
            </ul>
            <Pager pagination={state.data.meta.pagination} label={t('myVideos.listLabel')} searchFor={(p) => (p > 1 ? `page=${p}` : '')} />
            <HowToWatch />
          </>
        ))}
    </>
  );
}

function OrderCard({ order, gaveUp, onCheckAgain }: { order: CourseOrder; gaveUp: boolean; onCheckAgain: () => void }) {
  const { t, label, moment, tomans, digits } = useI18n();
  const titleId = `order-${order.id}-title`;
  return (
    <article className={`card order order--${order.status}`} aria-labelledby={titleId} data-testid="course-order" data-status={order.status} data-id={order.id}>
      <div className="order__head">
        <h2 id={titleId} className="card__title" dir="auto">
          {order.course.title}
        </h2>
        <span className={`pill pill--order-${order.status}`} data-testid="course-order-status">
          {order.statusLabel ? label(order.statusLabel) : t(`myVideos.status.${order.status}` as MessageKey)}
        </span>
      </div>
      <Facts
        columns={2}
        items={[
          { label: t('myVideos.orderNumber'), value: <Ltr>{digits(order.number)}</Ltr>, testId: 'course-order-number' },
          { label: t('myVideos.price'), value: tomans(order.priceRials) },
          { label: t('myVideos.paidAt'), value: moment(order.paidAt) },
          ...(order.licensedAt ? [{ label: t('myVideos.licensedAt'), value: moment(order.licensedAt) }] : []),
        ]}
      />
      {order.status === 'licensed' && order.licence && <Licence licence={order.licence} />}
      {issuing(order) && (
        <div className="order__issuing" role="status" data-testid="licence-issuing">
          <p className="order__issuing-title">
            {!gaveUp && <span className="spinner" aria-hidden="true" />}
            <strong>{t('myVideos.issuing')}</strong>
          </p>
          <p>{t(gaveUp ? 'myVideos.issuingStill' : 'myVideos.issuingText')}</p>
          {gaveUp && (
            <button type="button" className="button button--secondary button--small" onClick={onCheckAgain} data-testid="licence-check-again">
              <Icon name="refresh" size={18} />
              {t('payment.checkAgain')}
            </button>
          )}
        </div>
      )}
      {order.status === 'refund_due' && (
        <p className="alert alert--info" data-testid="order-refund-due">
          <Icon name="info" size={20} />
          <span>{t('myVideos.refundDue')}</span>
        </p>
      )}
    </article>
  );
}

/** The licence key (left to right, selectable as a whole) with its copy button and links. */
function Licence({ licence }: { licence: CourseLicence }) {
  const { t } = useI18n();
  const keyRef = useRef<HTMLElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  const page = linkTarget(licence.url);
  const labelId = `licence-${licence.key.slice(0, 12).replace(/[^A-Za-z0-9]/g, '')}-label`;

  useEffect(() => {
    if (copy !== 'copied') return;
    const timer = window.setTimeout(() => setCopy('idle'), 4000);
    return () => window.clearTimeout(timer);
  }, [copy]);

  const selectKey = () => {
    const node = keyRef.current;
    const selection = window.getSelection();
    if (!node || !selection) return;
    selection.selectAllChildren(node);
  };

  const copyKey = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(licence.key);
      setCopy('copied');
    } catch {
      // no clipboard (an insecure page, a refused permission): the key is selected for the buyer to copy
      selectKey();
      let copied = false;
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
      setCopy(copied ? 'copied' : 'failed');
    }
  };

  return (
    <div className="licence" data-testid="licence">
      <div className="licence__head">
        <span className="licence__label" id={labelId}>
          <Icon name="key" size={18} />
          {t('myVideos.licenceKey')}
        </span>
        {licence.test && (
          <span className="pill pill--test" data-testid="licence-test">
            {t('myVideos.testLicence')}
          </span>
        )}
      </div>
      <div className="licence__row">
        <code ref={keyRef} className="licence__key" dir="ltr" aria-labelledby={labelId} data-testid="licence-key" tabIndex={0} onFocus={selectKey}>
          {licence.key}
        </code>
        <button type="button" className="button button--secondary button--small licence__copy" onClick={() => void copyKey()} aria-describedby={labelId} data-testid="licence-copy">
          <Icon name={copy === 'copied' ? 'check' : 'copy'} size={18} />
          {t('myVideos.copy')}
        </button>
      </div>
      <p className="licence__status" role="status" aria-live="polite" data-testid="licence-copy-status">
        {copy === 'copied' ? t('myVideos.copied') : copy === 'failed' ? t('myVideos.copyFailed') : ''}
      </p>
      <div className="licence__links">
        {page?.kind === 'external' && (
          <a href={page.href} className="button button--primary button--small" target="_blank" rel="noopener noreferrer" data-testid="licence-url">
            <Icon name="play" size={18} />
            {t('myVideos.openLicence')}
            <span className="visually-hidden">{t('video.newTab')}</span>
          </a>
        )}
        <a href={SPOTPLAYER_SITE} className="button button--secondary button--small" target="_blank" rel="noopener noreferrer" data-testid="spotplayer-download">
          <Icon name="download" size={18} />
          {t('myVideos.downloadPlayer')}
          <span className="visually-hidden">{t('video.newTab')}</span>
        </a>
      </div>
    </div>
  );
}

/** «تماشا در اسپات‌پلیر»: install the app, enter the key, watch. */
function HowToWatch() {
  const { t } = useI18n();
  return (
    <section className="card how-to" aria-labelledby="how-to-title" data-testid="how-to-watch">
      <h2 id="how-to-title" className="card__title">
        {t('myVideos.howTitle')}
      </h2>
      <ol className="how-to__steps">
        <li>
          {t('myVideos.how1')}{' '}
          <a href={SPOTPLAYER_SITE} target="_blank" rel="noopener noreferrer">
            <Ltr>spotplayer.ir</Ltr>
            <span className="visually-hidden"> {t('video.newTab')}</span>
          </a>
        </li>
        <li>{t('myVideos.how2')}</li>
        <li>{t('myVideos.how3')}</li>
      </ol>
    </section>
  );
}
