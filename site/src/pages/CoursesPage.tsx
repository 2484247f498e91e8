/**
 * /courses — «ویدیوهای آموزشی حرفه‌ای (گروه زیگ)» (seed 001 §9): the courses on sale, each with
 * its cover, summary and price in tomans, and «خرید و پرداخت» (POST purchase → the bank's gateway;
 * back at /payments/:id, whose page leads to «ویدیوهای من»). A course bought already shows
 * «خریداری شده» (and that its licence is on its way) instead of the button.
 */
import { Link } from 'react-router-dom';
import { getCourses } from '../api/learning';
import { useResource } from '../api/useResource';
import type { CourseSummary } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import { PageHeader } from '../components/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../components/States';
import { Icon } from '../components/Icon';
import { LearningNav, coursePath } from '../components/LearningParts';
import { imageSource } from '../components/BlocksRenderer';
import { BuyButton, BuyError, OwnedCourse, useBuyCourse } from '../components/CourseParts';

export function CoursesPage() {
  const { t, lang } = useI18n();
  const courses = useResource((signal) => getCourses(lang, signal), `courses:${lang}`);
  const { buy, busyId, error } = useBuyCourse(courses.reload);

  return (
    <>
      <PageHeader title={t('courses.title')} subtitle={t('courses.subtitle')} />
      <LearningNav />
      {courses.status === 'loading' && <LoadingState />}
      {courses.status === 'error' && <ErrorState error={courses.error} onRetry={courses.reload} />}
      {courses.status === 'ready' &&
        (courses.data.length === 0 ? (
          <EmptyState title={t('courses.empty')} icon={<Icon name="video" size={36} />} />
        ) : (
          <>
            <ul className="course-grid" data-testid="courses">
              {courses.data.map((course) => (
                <li key={course.id}>
                  <CourseCard course={course} busy={busyId === course.id} disabled={busyId !== null} onBuy={() => void buy(course.id)} />
                  {error?.courseId === course.id && <BuyError error={error.error} />}
                </li>
              ))}
            </ul>
            <p className="muted course-grid__note">{t('courses.gatewayNote')}</p>
          </>
        ))}
    </>
  );
}

function CourseCard({ course, busy, disabled, onBuy }: { course: CourseSummary; busy: boolean; disabled: boolean; onBuy: () => void }) {
  const { t, tomans } = useI18n();
  const cover = course.cover ? imageSource(course.cover.url) : null;
  const titleId = `course-${course.id}-title`;
  const priceId = `course-${course.id}-price`;
  return (
    <article className={`card course${course.owned ? ' course--owned' : ''}`} aria-labelledby={titleId} data-testid="course" data-id={course.id} data-owned={course.owned}>
      <div className={`course__media${cover ? '' : ' course__media--empty'}`}>
        {cover ? <img src={cover} alt="" loading="lazy" decoding="async" /> : <Icon name="video" size={40} />}
      </div>
      <div className="course__body">
        <h2 id={titleId} className="course__title">
          <Link to={coursePath(course.id)}>{course.title}</Link>
        </h2>
        {course.summary && <p className="course__summary">{course.summary}</p>}
        <div className="course__foot">
          <p className="course__price" id={priceId}>
            <span className="visually-hidden">{t('courses.price')}: </span>
            <strong data-testid="course-price">{tomans(course.priceRials)}</strong>
          </p>
          {course.owned ? <OwnedCourse course={course} /> : <BuyButton busy={busy} disabled={disabled} onBuy={onBuy} describedBy={`${titleId} ${priceId}`} />}
        </div>
      </div>
    </article>
  );
}
