/**
 * THE customer satisfaction survey rules (seed 003 §4): a week (surveyDelayDays in the support
 * settings, 7 by default) after a buyer confirms an installation, one personal, single-use link by
 * SMS; four questions on a 1–5 scale with a comment; an answer with any score of 2 or less is
 * dissatisfied and becomes a follow-up for the managers, closed with what was done.
 *
 * Tokens: 32 random bytes, base64url (43 characters) — in the link only; the database keeps their
 * SHA-256 (src/domain/survey-token.ts makes and hashes them: that part needs Node's crypto). This
 * file is browser-safe (the admin's vocabulary imports the follow-up labels).
 */
export type Label = { fa: string; en: string };

export const SURVEY_QUESTIONS = ['staffConduct', 'salesProcess', 'installationTraining', 'afterSalesSupport'] as const;
export type SurveyQuestion = (typeof SURVEY_QUESTIONS)[number];

export const SURVEY_QUESTION_LABELS: Record<SurveyQuestion, Label> = {
  staffConduct: { fa: 'از نحوهٔ برخورد کارکنان چقدر راضی هستید؟', en: 'How satisfied are you with how our staff treated you?' },
  salesProcess: { fa: 'از شیوهٔ فروش محصول چقدر راضی هستید؟', en: 'How satisfied are you with the sales process?' },
  installationTraining: { fa: 'از مراحل نصب و آموزش چقدر راضی هستید؟', en: 'How satisfied are you with the installation and training?' },
  afterSalesSupport: { fa: 'از خدمات پس از فروش و پشتیبانی چقدر راضی هستید؟', en: 'How satisfied are you with after-sales service and support?' },
};

/** Short names of the questions (report columns, the admin). */
export const SURVEY_QUESTION_SHORT: Record<SurveyQuestion, Label> = {
  staffConduct: { fa: 'برخورد کارکنان', en: 'Staff conduct' },
  salesProcess: { fa: 'شیوهٔ فروش', en: 'Sales process' },
  installationTraining: { fa: 'نصب و آموزش', en: 'Installation and training' },
  afterSalesSupport: { fa: 'خدمات پس از فروش و پشتیبانی', en: 'After-sales support' },
};

export const SCORE_MIN = 1;
export const SCORE_MAX = 5;
export const SCORE_LABELS: Record<1 | 2 | 3 | 4 | 5, Label> = {
  1: { fa: 'خیلی ناراضی', en: 'Very dissatisfied' },
  2: { fa: 'ناراضی', en: 'Dissatisfied' },
  3: { fa: 'متوسط', en: 'Neutral' },
  4: { fa: 'راضی', en: 'Satisfied' },
  5: { fa: 'خیلی راضی', en: 'Very satisfied' },
};

/** A score at or below this is dissatisfied. */
export const DISSATISFIED_AT_OR_BELOW = 2;
export const COMMENT_MAX = 1000;

export type SurveyScores = Record<SurveyQuestion, number>;

export const isScore = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= SCORE_MIN && value <= SCORE_MAX;

/** Dissatisfied: any score of 2 or less. */
export const isDissatisfied = (scores: SurveyScores): boolean => SURVEY_QUESTIONS.some((q) => scores[q] <= DISSATISFIED_AT_OR_BELOW);

/** The link lives this long after it is sent. */
export const SURVEY_LINK_DAYS = 30;
export const DEFAULT_SURVEY_DELAY_DAYS = 7;
/**
 * A confirmation older than delay + this many days gets no survey any more (a job stopped for
 * weeks, or the feature switched on over years of confirmations, must not text old buyers).
 */
export const SURVEY_SEND_WINDOW_DAYS = 14;

/** The confirmations due for a survey at `now`: confirmed in [now − delay − window, now − delay]. */
export const surveyDueWindow = (now: Date, delayDays: number): { from: Date; until: Date } => ({
  from: new Date(now.getTime() - (delayDays + SURVEY_SEND_WINDOW_DAYS) * 86_400_000),
  until: new Date(now.getTime() - delayDays * 86_400_000),
});

/** A survey token as it appears in a link: 43 base64url characters (32 bytes). */
export const SURVEY_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
export const isSurveyTokenShape = (value: unknown): value is string => typeof value === 'string' && SURVEY_TOKEN_PATTERN.test(value);

export const FOLLOW_UP_STATUSES = ['open', 'closed'] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];
export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, Label> = {
  open: { fa: 'باز (در انتظار پیگیری)', en: 'Open' },
  closed: { fa: 'بسته‌شده', en: 'Closed' },
};
