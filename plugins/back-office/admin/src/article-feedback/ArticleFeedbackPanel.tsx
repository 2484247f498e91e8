/**
 * «بازخورد خوانندگان» on an article's page in the Content Manager: how many buyers found it helpful
 * or not, per locale they read it in (GET /back-office/articles/:documentId/feedback, which staff
 * with read permission on articles may call). Counts in Persian digits while the admin is Persian.
 */
import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { errorText, persianDigits } from '../lib/text';
import { isLocaleKey, t } from './translations';

const UID = 'api::article.article';

type Counts = { locale: string; helpful: number; notHelpful: number };

/** The panel description the Content Manager asks for on every edit view. */
export const ArticleFeedbackPanel = ({ model, documentId }: { model: string; documentId?: string }) => {
  const { formatMessage } = useIntl();
  if (model !== UID || !documentId) return null;
  return { title: formatMessage(t('title')), content: <FeedbackCounts documentId={documentId} /> };
};

const FeedbackCounts = ({ documentId }: { documentId: string }) => {
  const { formatMessage, locale: language } = useIntl();
  const { get } = useFetchClient();
  const [counts, setCounts] = React.useState<Counts[] | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const number = (n: number) => (language.startsWith('fa') ? persianDigits(n) : String(n));

  const load = React.useCallback(async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await get<{ data: { locales: Counts[] } }>(`/back-office/articles/${documentId}/feedback`);
      setCounts(res.data.data.locales);
    } catch (e) {
      setError(errorText(e));
    } finally {
      setBusy(false);
    }
  }, [documentId, get]);

  React.useEffect(() => {
    void load();
  }, [load]);

  const total = (counts ?? []).reduce((sum, c) => ({ helpful: sum.helpful + c.helpful, notHelpful: sum.notHelpful + c.notHelpful }), { helpful: 0, notHelpful: 0 });
  const rows = counts && counts.length > 1 ? [...counts, { locale: 'total', ...total }] : (counts ?? []);
  const labelOf = (locale: string) => (locale === 'total' ? formatMessage(t('total')) : isLocaleKey(locale) ? formatMessage(t(`locale.${locale}`)) : locale);

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%" data-testid="article-feedback-panel">
      <Typography variant="pi" textColor="neutral600" tag="p">
        {formatMessage(t('hint'))}
      </Typography>
      {error && <Typography textColor="danger600">{error}</Typography>}
      {!counts && !error && <Typography textColor="neutral600">{formatMessage(t('loading'))}</Typography>}
      {counts && counts.length === 0 && <Typography textColor="neutral600">{formatMessage(t('none'))}</Typography>}
      {rows.map((row) => (
        <Box key={row.locale} padding={2} hasRadius background={row.locale === 'total' ? 'neutral100' : 'neutral0'} borderColor="neutral200">
          <Typography fontWeight="bold" tag="p">
            {labelOf(row.locale)}
          </Typography>
          <Flex gap={3} wrap="wrap">
            <Typography textColor="success700" data-testid={`helpful-${row.locale}`}>
              {formatMessage(t('helpful'))}: {number(row.helpful)}
            </Typography>
            <Typography textColor="danger700" data-testid={`not-helpful-${row.locale}`}>
              {formatMessage(t('notHelpful'))}: {number(row.notHelpful)}
            </Typography>
          </Flex>
        </Box>
      ))}
      <Button variant="tertiary" size="S" onClick={() => void load()} loading={busy}>
        {formatMessage(t('refresh'))}
      </Button>
    </Flex>
  );
};
