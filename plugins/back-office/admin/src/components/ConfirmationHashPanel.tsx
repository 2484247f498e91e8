import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient } from '@strapi/strapi/admin';

const UID = 'api::installation-confirmation.installation-confirmation';

type Result = { valid: boolean; storedHash: string; computedHash: string };

export const ConfirmationHashPanel = ({ model, documentId }: { model: string; documentId?: string }) => {
  if (model !== UID || !documentId) return null;
  return { title: 'اعتبار فرم (Signature check)', content: <HashCheck documentId={documentId} /> };
};

const HashCheck = ({ documentId }: { documentId: string }) => {
  const { get } = useFetchClient();
  const [result, setResult] = React.useState<Result | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);

  const check = async () => {
    setBusy(true);
    setError(null);
    try {
      const res = await get<{ data: Result }>(`/back-office/installation-confirmations/${documentId}/verify`);
      setResult(res.data.data);
    } catch (e: any) {
      setError(e?.response?.data?.error?.message ?? 'بررسی ممکن نشد (check failed)');
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} width="100%">
      <Typography variant="pi" textColor="neutral600">
        این فرم پس از تأیید خریدار قابل تغییر نیست. درهم‌سازی SHA-256 محتوای آن دوباره محاسبه و با مقدار ثبت‌شده مقایسه می‌شود.
        (Read-only; recomputes the form’s SHA-256 and compares it with the stored one.)
      </Typography>
      <Button onClick={check} loading={busy} variant="secondary" fullWidth>
        بررسی اعتبار (Verify)
      </Button>
      {error && <Typography textColor="danger600">{error}</Typography>}
      {result && (
        <Box padding={3} hasRadius background={result.valid ? 'success100' : 'danger100'}>
          <Typography fontWeight="bold" textColor={result.valid ? 'success700' : 'danger700'}>
            {result.valid ? 'معتبر: محتوا با امضا یکی است (valid)' : 'نامعتبر: محتوا تغییر کرده است (MISMATCH)'}
          </Typography>
          <Typography variant="pi" tag="p" style={{ wordBreak: 'break-all', direction: 'ltr' }}>
            {result.storedHash}
          </Typography>
        </Box>
      )}
    </Flex>
  );
};
