/**
 * What the courses list and a course's page share: buying a course (POST purchase → the bank's
 * gateway, which brings the buyer back to /payments/:id, as a renewal or an invoice does), and a
 * course's state for this buyer («خریداری شده», the licence on its way) with the way to «ویدیوهای من».
 */
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { ApiError, isApiError } from '../api/client';
import { purchaseCourse } from '../api/learning';
import type { CourseSummary } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { Icon } from './Icon';
import { useErrorText } from './States';

/**
 * Starts a course's purchase and leaves for the gateway. `onStale`: the server refused (owned
 * already — 409 `courseAlreadyOwned` —, withdrawn — 404): the page reads the courses again.
 */
export function useBuyCourse(onStale?: () => void) {
  const [busyId, setBusyId] = useState<string | null>(null);
  const [error, setError] = useState<{ courseId: string; error: ApiError } | null>(null);

  // back from the gateway with the browser's Back button (page restored as it was left): usable again
  useEffect(() => {
    const onShow = (event: PageTransitionEvent) => {
      if (event.persisted) setBusyId(null);
    };
    window.addEventListener('pageshow', onShow);
    return () => window.removeEventListener('pageshow', onShow);
  }, []);

  const buy = async (id: string) => {
    if (busyId) return;
    setBusyId(id);
    setError(null);
    try {
      const { payment } = await purchaseCourse(id);
      window.location.assign(payment.redirectUrl);
    } catch (e) {
      const apiError = isApiError(e) ? e : new ApiError({ status: -1, code: 'unexpected', label: null });
      setError({ courseId: id, error: apiError });
      setBusyId(null);
      if (apiError.status === 409 || apiError.status === 404) onStale?.();
    }
  };
  return { buy, busyId, error };
}

/** A refused purchase, by its course; focused when it appears. */
export function BuyError({ error }: { error: ApiError }) {
  const errorText = useErrorText();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [error]);
  return (
    <div ref={ref} tabIndex={-1} className="alert alert--error course__error" role="alert" data-testid="course-buy-error">
      <Icon name="alert" size={20} />
      <span>{errorText(error)}</span>
    </div>
  );
}

/** Owned: «خریداری شده» (and «لایسنس در حال صدور» until the key is issued) with «ویدیوهای من». */
export function OwnedCourse({ course }: { course: CourseSummary }) {
  const { t } = useI18n();
  const pending = course.order?.status === 'paid';
  return (
    <div className="course__owned" data-testid="course-owned">
      <span className="course__owned-badge">
        <Icon name="check" size={18} />
        {t('courses.owned')}
      </span>
      {pending && (
        <span className="course__pending" data-testid="course-licence-pending">
          <span className="spinner spinner--small" aria-hidden="true" />
          {t('courses.licencePending')}
        </span>
      )}
      <Link to="/my-videos" className="button button--secondary button--small" data-testid="course-my-videos">
        <Icon name="key" size={18} />
        {t('courses.toMyVideos')}
      </Link>
    </div>
  );
}

/** «خرید و پرداخت»; `describedBy`: the course's title and price, read with the button. */
export function BuyButton({ busy, disabled, onBuy, describedBy }: { busy: boolean; disabled: boolean; onBuy: () => void; describedBy?: string }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button button--primary" onClick={onBuy} disabled={disabled} aria-describedby={describedBy} data-testid="course-buy">
      <Icon name="card" size={20} />
      {busy ? t('courses.buying') : t('courses.buy')}
    </button>
  );
}
