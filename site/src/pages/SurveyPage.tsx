/**
 * /survey/:token — «نظرسنجی رضایت مشتری» (issue 14, seed 003): the personal, single-use link a
 * buyer receives by SMS a week after the installation is confirmed. No login. Four questions
 * (staff conduct, the sales process, installation and training, after-sales support), each a
 * radio group of the five answers خیلی ناراضی … خیلی راضی (1–5), and a comment. Then thanks — and
 * when a score is 2 or less, that managers will follow it up. An unknown or expired link (404) and
 * an answered one (409, also when a second answer loses the race) have their own pages.
 */
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError, isApiError } from '../api/client';
import { answerSurvey, getSurvey } from '../api/voc';
import { useResource } from '../api/useResource';
import { SURVEY_QUESTIONS, type Label, type Survey, type SurveyQuestionKey } from '../api/types';
import { useI18n } from '../i18n/I18nContext';
import type { MessageKey } from '../i18n/fa';
import { PageHeader } from '../components/PageHeader';
import { ErrorState, LoadingState, useErrorText } from '../components/States';
import { TextArea } from '../components/TextField';
import { Icon } from '../components/Icon';

const SCORES = [1, 2, 3, 4, 5] as const;
const scoreKey = (score: number): MessageKey => `survey.scale.${score}` as MessageKey;
const COMMENT_MAX = 1000;

const asApiError = (error: unknown): ApiError => (isApiError(error) ? error : new ApiError({ status: -1, code: 'unexpected', label: null }));
const isAnswered = (error: ApiError) => error.status === 409;
const isUnknown = (error: ApiError) => error.status === 404 || error.status === 410;

export function SurveyPage() {
  const { t } = useI18n();
  const { token = '' } = useParams();
  const survey = useResource((signal) => getSurvey(token, signal), `survey-${token}`);
  const [done, setDone] = useState<{ dissatisfied: boolean } | 'already' | 'unknown' | null>(null);

  let body;
  if (done === 'already') body = <SurveyAnswered />;
  else if (done === 'unknown') body = <SurveyUnknown />;
  else if (done) body = <SurveyThanks dissatisfied={done.dissatisfied} />;
  else if (survey.status === 'loading') body = <LoadingState />;
  else if (survey.status === 'error')
    body = isAnswered(survey.error) ? <SurveyAnswered /> : isUnknown(survey.error) ? <SurveyUnknown /> : <ErrorState error={survey.error} onRetry={survey.reload} />;
  else body = <SurveyForm token={token} survey={survey.data} onDone={setDone} />;

  return (
    <div className="page-narrow">
      <PageHeader title={t('survey.title')} />
      {body}
    </div>
  );
}

function SurveyForm({ token, survey, onDone }: { token: string; survey: Survey; onDone: (result: { dissatisfied: boolean } | 'already' | 'unknown') => void }) {
  const { t, label, num } = useI18n();
  const errorText = useErrorText();
  const ids = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const [scores, setScores] = useState<Partial<Record<SurveyQuestionKey, number>>>({});
  const [comment, setComment] = useState('');
  const [errors, setErrors] = useState<Partial<Record<SurveyQuestionKey | 'comment', Label | 'required'>>>({});
  const [formError, setFormError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  // the server's questions (its wording), in its order; the site's wording for any it leaves out
  const questions: Array<{ key: SurveyQuestionKey; text: string }> = (survey.questions?.length ? survey.questions : SURVEY_QUESTIONS.map((key) => ({ key, fa: '', en: '' })))
    .filter((q) => (SURVEY_QUESTIONS as readonly string[]).includes(q.key))
    .map((q) => ({ key: q.key, text: (q.fa || q.en ? label({ fa: q.fa, en: q.en }) : '') || t(`survey.q.${q.key}` as MessageKey) }));

  const deviceName = survey.device ? [survey.device.brand, survey.device.model].filter(Boolean).join(' ') : '';
  const message = (m: Label | 'required' | undefined) => (m === undefined ? undefined : m === 'required' ? t('survey.chooseScore') : label(m));
  const focusFirstInvalid = () => requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[data-invalid="true"] input, [aria-invalid="true"]')?.focus());

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setFormError(null);
    const missing: typeof errors = {};
    for (const q of questions) if (!scores[q.key]) missing[q.key] = 'required';
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      const answer = {
        staffConduct: scores.staffConduct ?? 0,
        salesProcess: scores.salesProcess ?? 0,
        installationTraining: scores.installationTraining ?? 0,
        afterSalesSupport: scores.afterSalesSupport ?? 0,
        ...(comment.trim() ? { comment: comment.trim() } : {}),
      };
      const result = await answerSurvey(token, answer);
      onDone({ dissatisfied: Boolean(result.dissatisfied) });
    } catch (e) {
      const error = asApiError(e);
      setBusy(false);
      // a second answer lost the race, or the link ran out while the form was open
      if (isAnswered(error)) return onDone('already');
      if (isUnknown(error)) return onDone('unknown');
      const mine: typeof errors = {};
      for (const [path, value] of Object.entries(error.fieldErrors)) {
        const field = path.split('.')[0];
        if (field === 'comment' || (SURVEY_QUESTIONS as readonly string[]).includes(field)) mine[field as SurveyQuestionKey | 'comment'] ??= value;
      }
      setErrors(mine);
      if (Object.keys(mine).length === 0) {
        setFormError(error);
        requestAnimationFrame(() => errorRef.current?.focus());
      } else focusFirstInvalid();
    }
  };

  return (
    <section className="card survey" aria-labelledby="survey-intro" data-testid="survey-form-card">
      <div className="survey__intro" id="survey-intro">
        <p className="survey__greeting">{survey.firstName ? t('survey.greetingName', { name: survey.firstName }) : t('survey.greeting')}</p>
        {deviceName && (
          <p className="survey__device" data-testid="survey-device">
            <Icon name="device" size={18} />
            <span>{t('survey.about', { device: deviceName })}</span>
          </p>
        )}
        <p className="muted">{t('survey.intro')}</p>
      </div>

      <form ref={formRef} className="form" noValidate onSubmit={submit} data-testid="survey-form">
        {questions.map((q, index) => {
          const error = message(errors[q.key]);
          const errorId = `${ids}-${q.key}-error`;
          return (
            <fieldset
              key={q.key}
              className={`fieldset survey-question${error ? ' fieldset--invalid' : ''}`}
              data-testid={`survey-q-${q.key}`}
              data-invalid={error ? 'true' : undefined}
              aria-describedby={error ? errorId : undefined}
            >
              <legend className="fieldset__legend survey-question__legend">
                <span className="survey-question__number" aria-hidden="true">
                  {num(index + 1)}
                </span>
                {q.text}
              </legend>
              <div className="scale" role="radiogroup" aria-label={q.text}>
                {SCORES.map((score) => (
                  <label key={score} className={`scale__option scale__option--${score}`}>
                    <input
                      type="radio"
                      name={q.key}
                      value={score}
                      className="scale__input"
                      checked={scores[q.key] === score}
                      onChange={() => {
                        setScores((prev) => ({ ...prev, [q.key]: score }));
                        setErrors((prev) => ({ ...prev, [q.key]: undefined }));
                      }}
                      aria-invalid={error && score === 1 ? true : undefined}
                      data-testid={`survey-${q.key}-${score}`}
                    />
                    <span className="scale__box">
                      <span className="scale__score" aria-hidden="true">
                        {num(score)}
                      </span>
                      <span className="scale__label">{t(scoreKey(score))}</span>
                    </span>
                  </label>
                ))}
              </div>
              {error && (
                <p className="field__error" id={errorId}>
                  {error}
                </p>
              )}
            </fieldset>
          );
        })}

        <TextArea
          label={t('survey.comment')}
          hint={t('survey.commentHint')}
          error={message(errors.comment)}
          name="comment"
          rows={4}
          maxLength={COMMENT_MAX}
          value={comment}
          onChange={(value) => {
            setComment(value);
            setErrors((prev) => ({ ...prev, comment: undefined }));
          }}
          testId="survey-comment"
        />

        {formError && (
          <div ref={errorRef} tabIndex={-1} className="alert alert--error" role="alert" data-testid="survey-error">
            <Icon name="alert" size={20} />
            <span>{errorText(formError)}</span>
          </div>
        )}

        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={busy} data-testid="survey-submit">
            <Icon name="check" size={20} />
            {busy ? t('survey.submitting') : t('survey.submit')}
          </button>
        </div>
      </form>
    </section>
  );
}

/** A result card: an icon, a title that takes the focus, a text, what else to say. */
function SurveyResult({ tone, icon, title, text, testId, children }: { tone: 'success' | 'neutral' | 'failure'; icon: 'check' | 'info' | 'alert'; title: string; text: string; testId: string; children?: ReactNode }) {
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  return (
    <section className={`card result result--${tone}`} aria-labelledby={`${testId}-title`} data-testid={testId}>
      <div className="result__head">
        <span className="result__icon" aria-hidden="true">
          <Icon name={icon} size={32} />
        </span>
        <h2 id={`${testId}-title`} ref={titleRef} tabIndex={-1} className="result__title">
          {title}
        </h2>
        <p className="result__text">{text}</p>
      </div>
      {children}
    </section>
  );
}

function SurveyThanks({ dissatisfied }: { dissatisfied: boolean }) {
  const { t } = useI18n();
  return (
    <SurveyResult tone="success" icon="check" title={t('survey.thanksTitle')} text={t('survey.thanksText')} testId="survey-thanks">
      {dissatisfied && (
        <p className="alert alert--info survey__follow-up" data-testid="survey-follow-up">
          <Icon name="message" size={20} />
          <span>{t('survey.followUp')}</span>
        </p>
      )}
      <ComplaintLink />
    </SurveyResult>
  );
}

function SurveyAnswered() {
  const { t } = useI18n();
  return (
    <SurveyResult tone="neutral" icon="info" title={t('survey.usedTitle')} text={t('survey.usedText')} testId="survey-used">
      <ComplaintLink />
    </SurveyResult>
  );
}

function SurveyUnknown() {
  const { t } = useI18n();
  return (
    <SurveyResult tone="failure" icon="alert" title={t('survey.unknownTitle')} text={t('survey.unknownText')} testId="survey-unknown">
      <ComplaintLink />
    </SurveyResult>
  );
}

function ComplaintLink() {
  const { t } = useI18n();
  return (
    <p className="result__note survey__complaint">
      <Link to="/complaints/new" data-testid="survey-complaint-link">
        {t('survey.complaintLink')}
      </Link>
    </p>
  );
}
