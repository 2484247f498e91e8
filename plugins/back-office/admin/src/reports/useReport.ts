/**
 * Loading one quarter's report (GET /back-office/reports/quarter) for the page and the home
 * widget, and the page's strings in the staff member's language.
 */
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useFetchClient } from '@strapi/strapi/admin';
import { errorText } from '../lib/text';
import { displayLanguage } from '../readable/vocabulary';
import { REPORT_URL, reportQuery, type QuarterReport } from './api';
import type { Quarter } from './quarters';
import { t, type ReportKey } from './translations';

export const useSay = () => {
  const { formatMessage, locale } = useIntl();
  const language = displayLanguage(locale);
  const say = React.useCallback((key: ReportKey, values?: Record<string, string | number>) => formatMessage(t(key), values) as string, [formatMessage]);
  return { say, language, dir: (language === 'fa' ? 'rtl' : 'ltr') as 'rtl' | 'ltr' };
};

export type ReportState = { report: QuarterReport | null; error: string | null; loading: boolean; reload: () => void };

export const useQuarterReport = (quarter: Quarter): ReportState => {
  const { get } = useFetchClient();
  const [state, setState] = React.useState<{ report: QuarterReport | null; error: string | null; loading: boolean }>({ report: null, error: null, loading: true });
  const [attempt, setAttempt] = React.useState(0);
  const query = reportQuery(quarter.year, quarter.quarter);

  React.useEffect(() => {
    const controller = new AbortController();
    setState((prev) => ({ ...prev, loading: true, error: null }));
    get<{ data: QuarterReport }>(`${REPORT_URL}?${query}`, { signal: controller.signal })
      .then(({ data }) => {
        if (!controller.signal.aborted) setState({ report: data.data, error: null, loading: false });
      })
      .catch((e: any) => {
        if (controller.signal.aborted || e?.name === 'AbortError' || e?.name === 'CanceledError') return;
        setState({ report: null, error: errorText(e), loading: false });
      });
    return () => controller.abort();
  }, [get, query, attempt]);

  return { ...state, reload: React.useCallback(() => setAttempt((n) => n + 1), []) };
};
