/**
 * /courses/:id — one course: its cover, summary and description (as text, with its line breaks),
 * the price in tomans and «خرید و پرداخت» — or «خریداری شده» with the way to «ویدیوهای من».
 * A draft or unknown course is not found.
 */
import { Link, useParams } from 'react-router-dom';
import { getCourse } from '../api/learning';
import { useResource } from '../api/useResource';
import type { CourseDetail } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Icon } from '../components/Icon';
import { imageSource } from '../components/BlocksRenderer';
import { BuyButton, BuyError, OwnedCourse, useBuyCourse } from '../components/CourseParts';

function BackLink() {
  const { t } = useI18n();
  return (
    <Link to="/courses" className="back-link">
      <Icon name="chevron" size={16} className="icon--flip-ltr" />
      {t('courses.back')}
    </Link>
  );
}

export function CoursePage() {
  const { t, lang } = useI18n();
  const { id = '' } = useParams();
  const course = useResource((signal) => getCourse(id, lang, signal), `course:${id}:${lang}`);

  if (course.status === 'ready') return <CourseView course={course.data} onStale={course.reload} />;
  if (course.status === 'error' && course.error.status === 404) {
    return (
      <>
        <PageHeader title={t('courses.notFoundTitle')} before={<BackLink />} />
        <EmptyState icon={<Icon name="video" size={36} />}>
          <p>{t('courses.notFoundText')}</p>
        </EmptyState>
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('courses.title')} before={<BackLink />} />
      {course.status === 'loading' ? <LoadingState /> : <ErrorState error={course.error} onRetry={course.reload} />}
    </>
  );
}

function CourseView({ course, onStale }: { course: CourseDetail; onStale: () => void }) {
  const { t, tomans } = useI18n();
  const { buy, busyId, error } = useBuyCourse(onStale);
  const cover = course.cover ? imageSource(course.cover.url) : null;
  return (
    <>
      <PageHeader title={course.title} subtitle={course.summary ?? undefined} before={<BackLink />} />
      <section className={`card course course--detail${course.owned ? ' course--owned' : ''}`} aria-labelledby="course-buy-title" data-testid="course" data-id={course.id} data-owned={course.owned}>
        {cover && (
          <div className="course__media">
            <img src={cover} alt="" decoding="async" />
          </div>
        )}
        <div className="course__body">
          <h2 id="course-buy-title" className="visually-hidden">
            {t('courses.details')}
          </h2>
          {course.description && (
            <p className="course__description" dir="auto" data-testid="course-description">
              {course.description}
            </p>
          )}
          <div className="course__foot">
            <p className="course__price" id="course-price">
              <span className="muted">{t('courses.price')}: </span>
              <strong data-testid="course-price">{tomans(course.priceRials)}</strong>
            </p>
            {course.owned ? (
              <OwnedCourse course={course} />
            ) : (
              <BuyButton busy={busyId === course.id} disabled={busyId !== null} onBuy={() => void buy(course.id)} describedBy="course-price" />
            )}
          </div>
          {error && <BuyError error={error.error} />}
          {!course.owned && <p className="muted course-grid__note">{t('courses.gatewayNote')}</p>}
        </div>
      </section>
    </>
  );
}
