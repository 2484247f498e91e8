/**
 * "Receipt" panel on a repair order's page in the Content Manager: the tracking code, the date the
 * result is promised by (7 working days after intake), and «چاپ رسید» — the printable Persian
 * receipt (GET /back-office/repair-orders/:documentId/receipt, HTML) in a new window.
 */
import * as React from 'react';
import { Box, Button, Flex, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { bi, errorText, jalaliDate, jalaliDateTime, persianDigits } from '../lib/text';
import { Code, En, Fa, FaValue, Fact } from './Facts';

const REPAIR_UID = 'api::repair-order.repair-order';
/** domain/repairs.ts REPAIR_PROMISE_WORKING_DAYS */
const PROMISE_WORKING_DAYS = 7;

type PanelProps = { model: string; documentId?: string; document?: Record<string, any> };

/** The panel description the Content Manager asks for on every edit view. */
export const RepairReceiptPanel = ({ model, documentId, document }: PanelProps) => {
  if (model !== REPAIR_UID || !documentId) return null;
  return {
    title: 'رسید پذیرش (Receipt)',
    content: <RepairReceipt documentId={documentId} document={document} />,
  };
};

const PLACEHOLDER = `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><title>رسید پذیرش تعمیر</title></head>
<body style="font-family:Vazirmatn,Tahoma,sans-serif;padding:24px;color:#444">در حال آماده‌سازی رسید… (Preparing the receipt…)</body></html>`;

/**
 * Writes the receipt into the window opened on click. The window is an about:blank child of the
 * admin, so it inherits the admin's Content-Security-Policy (script-src-attr 'none'), which
 * forbids the receipt's inline onclick: the handler is taken out and its print button is wired
 * from here instead.
 */
const showReceipt = (w: Window, html: string) => {
  w.document.open();
  w.document.write(html.replace(/(<button\b[^>]*?)\s+on[a-z]+="[^"]*"/gi, '$1'));
  w.document.close();
  w.document.querySelectorAll('button').forEach((button) => button.addEventListener('click', () => w.print()));
  w.focus();
};

const RepairReceipt = ({ documentId, document }: { documentId: string; document?: Record<string, any> }) => {
  const { get } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);

  const trackingCode: string | undefined = document?.trackingCode || undefined;
  const promisedIso: string | undefined = document?.promisedBy || undefined;
  const promised = jalaliDate(promisedIso);
  const received = jalaliDateTime(document?.receivedAt);

  const print = async () => {
    setError(null);
    // opened synchronously inside the click, or popup blockers stop it
    const w = window.open('', '_blank');
    if (!w) {
      const message = bi('مرورگر پنجرهٔ رسید را مسدود کرد؛ پنجره‌های بازشو را برای این نشانی مجاز کنید.', 'The browser blocked the receipt window; allow pop-ups for this site.');
      setError(message);
      toggleNotification({ type: 'warning', message });
      return;
    }
    w.document.write(PLACEHOLDER);
    setBusy(true);
    try {
      const { data } = await get<string>(`/back-office/repair-orders/${encodeURIComponent(documentId)}/receipt`, { responseType: 'text' });
      if (w.closed) return;
      showReceipt(w, data);
      // the print dialog, once the receipt has been laid out
      w.setTimeout(() => w.print(), 250);
    } catch (e) {
      w.close();
      const message = errorText(e);
      setError(message);
      toggleNotification({ type: 'danger', message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="repair-receipt">
      {trackingCode && (
        <Fact label="کد پیگیری (Tracking code)">
          <Typography variant="delta" tag="span">
            <Code data-testid="tracking-code">{trackingCode}</Code>
          </Typography>
        </Fact>
      )}
      {received && (
        <Fact label="پذیرش (Received)">
          <FaValue>{received}</FaValue>
        </Fact>
      )}
      {promised && (
        <Fact label="موعد اعلام نتیجه (Result due)" data-testid="promised-by">
          <FaValue>{promised}</FaValue>{' '}
          <Typography variant="pi" textColor="neutral600" style={{ whiteSpace: 'nowrap' }}>
            ({promisedIso})
          </Typography>
        </Fact>
      )}
      <Box padding={3} hasRadius background="primary100" borderColor="primary200">
        <Flex direction="column" alignItems="stretch" gap={1} data-testid="promise-hint">
          <Fa variant="pi">{`نتیجهٔ تعمیر حداکثر ${persianDigits(PROMISE_WORKING_DAYS)} روز کاری پس از پذیرش به خریدار اعلام می‌شود.`}</Fa>
          <En>The result is promised within {PROMISE_WORKING_DAYS} working days of intake.</En>
        </Flex>
      </Box>
      <Button onClick={() => void print()} loading={busy} variant="secondary" fullWidth data-testid="print-receipt">
        چاپ رسید (Print receipt)
      </Button>
      <Flex direction="column" alignItems="stretch" gap={0}>
        <Fa variant="pi" textColor="neutral500">رسید از آخرین نسخهٔ ذخیره‌شده ساخته می‌شود.</Fa>
        <En textColor="neutral500">Printed from the last saved version.</En>
      </Flex>
      {error && (
        <Typography variant="pi" textColor="danger600" tag="p" role="alert">
          {error}
        </Typography>
      )}
    </Flex>
  );
};
