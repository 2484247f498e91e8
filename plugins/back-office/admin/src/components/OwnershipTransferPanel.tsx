/**
 * "Review" panel on an ownership transfer's page in the Content Manager: the request's status, the
 * new owner as the buyer gave them, and — while the request is pending, for staff holding
 * plugin::back-office.transfers.review — «تأیید و انتقال» (after a confirmation: the device moves
 * to the new owner at once) and «رد درخواست» with a required reason.
 *   POST /back-office/ownership-transfers/:documentId/approve
 *   POST /back-office/ownership-transfers/:documentId/reject { reason }
 * After a decision the edit view's document is fetched again, so the form and this panel show it.
 *
 * The request's status is its `transferStatus` (not `status`: the Content Manager keeps that name
 * for its draft/published switch).
 */
import * as React from 'react';
import { Box, Button, Dialog, Divider, Field, Flex, Textarea, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';
import { bi, errorText, fieldErrorOf, jalaliDateTime, persianDigits } from '../lib/text';
import { ButtonLabel, Code, En, Fa, FaValue, Fact } from './Facts';
import { useRefreshDocument } from '../lib/useRefreshDocument';

const TRANSFER_UID = 'api::ownership-transfer.ownership-transfer';
const SUBSCRIBER_UID = 'api::subscriber.subscriber';
/** useRBAC names it allowedActions.canReview */
const REVIEW_PERMISSIONS = [{ action: 'plugin::back-office.transfers.review', subject: null }];
const REASON_MIN_LENGTH = 3;

type Status = 'pending' | 'approved' | 'rejected';

/** api::ownership-transfer.transfers TRANSFER_STATUS_LABELS */
const STATUS: Record<Status, { fa: string; en: string; tone: 'warning' | 'success' | 'danger' }> = {
  pending: { fa: 'در انتظار بررسی', en: 'Pending review', tone: 'warning' },
  approved: { fa: 'تأییدشده', en: 'Approved', tone: 'success' },
  rejected: { fa: 'ردشده', en: 'Rejected', tone: 'danger' },
};

const transferStatus = (document: Record<string, any>): Status =>
  typeof document.transferStatus === 'string' && document.transferStatus in STATUS ? (document.transferStatus as Status) : 'pending';

type PanelProps = { model: string; collectionType: string; documentId?: string; document?: Record<string, any> };

type Decision =
  | { kind: 'approved'; newOwner: { subscriberNumber: string; fullName: string } }
  | { kind: 'rejected'; reason: string };

/** The panel description the Content Manager asks for on every edit view. */
export const OwnershipTransferPanel = ({ model, collectionType, documentId, document }: PanelProps) => {
  if (model !== TRANSFER_UID || !documentId || !document) return null;
  return {
    title: 'بررسی انتقال (Transfer review)',
    content: <TransferReview model={model} collectionType={collectionType} documentId={documentId} document={document} />,
  };
};

type Subscriber = { subscriberNumber: string; fullName: string };

/**
 * Who the device will go to: approval gives it to the subscriber who already has the new owner's
 * national code (whatever name the buyer typed), or creates one. Asked of the Content Manager's
 * own subscriber list (reviewers may read subscribers); undefined while unknown or not allowed.
 */
const useSubscriberWithNationalCode = (nationalCode: string | undefined, enabled: boolean) => {
  const { get } = useFetchClient();
  const [found, setFound] = React.useState<Subscriber | null | undefined>(undefined);
  React.useEffect(() => {
    if (!enabled || !nationalCode) return;
    const controller = new AbortController();
    get<{ results: Subscriber[] }>(`/content-manager/collection-types/${SUBSCRIBER_UID}`, {
      params: { page: 1, pageSize: 1, filters: { nationalCode: { $eq: nationalCode } } },
      signal: controller.signal,
    })
      .then(({ data }) => setFound(data.results?.[0] ?? null))
      .catch(() => setFound(undefined));
    return () => controller.abort();
  }, [get, nationalCode, enabled]);
  return found;
};

const TransferReview = ({ model, collectionType, documentId, document }: Required<PanelProps>) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions, isLoading: permissionsLoading } = useRBAC(REVIEW_PERMISSIONS);
  const refresh = useRefreshDocument({ model, collectionType, documentId });
  const [busy, setBusy] = React.useState<'approve' | 'reject' | null>(null);
  const [confirmOpen, setConfirmOpen] = React.useState(false);
  const [reason, setReason] = React.useState('');
  const [reasonError, setReasonError] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [decision, setDecision] = React.useState<Decision | null>(null);

  const status = transferStatus(document);
  const url = (action: 'approve' | 'reject') => `/back-office/ownership-transfers/${encodeURIComponent(documentId)}/${action}`;

  /**
   * A field error on the reason goes under the field; anything else is shown and notified. On 409
   * someone else decided first: the view is fetched again and shows their decision.
   */
  const handleFailure = async (e: any, action: 'approve' | 'reject') => {
    const field = fieldErrorOf(e);
    if (action === 'reject' && field?.field === 'reason') {
      setReasonError(field.text);
      return;
    }
    const message = errorText(e);
    setError(message);
    toggleNotification({ type: e?.status === 409 ? 'warning' : 'danger', message });
    if (e?.status === 409) await refresh();
  };

  const approve = async () => {
    setBusy('approve');
    setError(null);
    try {
      const { data } = await post<{ data: { newOwner: { subscriberNumber: string; fullName: string } } }>(url('approve'), {});
      const newOwner = data.data.newOwner;
      setDecision({ kind: 'approved', newOwner });
      setConfirmOpen(false);
      toggleNotification({
        type: 'success',
        message: bi(`مالکیت منتقل شد؛ شماره اشتراک مالک جدید: ${newOwner.subscriberNumber}`, `Ownership transferred; new owner's subscriber number: ${newOwner.subscriberNumber}`),
      });
      await refresh();
    } catch (e) {
      setConfirmOpen(false);
      await handleFailure(e, 'approve');
    } finally {
      setBusy(null);
    }
  };

  const reject = async () => {
    const text = reason.trim();
    if (text.length < REASON_MIN_LENGTH) {
      setReasonError(bi(`دلیل رد را بنویسید (دست‌کم ${persianDigits(REASON_MIN_LENGTH)} نویسه).`, `Write the reason (at least ${REASON_MIN_LENGTH} characters).`));
      return;
    }
    setBusy('reject');
    setError(null);
    setReasonError(null);
    try {
      await post(url('reject'), { reason: text });
      setDecision({ kind: 'rejected', reason: text });
      setReason('');
      toggleNotification({ type: 'success', message: bi('درخواست رد شد و به خریدار اطلاع داده شد.', 'Request rejected; the buyer has been told.') });
      await refresh();
    } catch (e) {
      await handleFailure(e, 'reject');
    } finally {
      setBusy(null);
    }
  };

  const reviewedAt = jalaliDateTime(document.reviewedAt);
  const requestedAt = jalaliDateTime(document.createdAt);
  const canDecide = status === 'pending' && !decision && !permissionsLoading && allowedActions.canReview;
  const existing = useSubscriberWithNationalCode(document.newOwnerNationalCode, canDecide);
  const nameDiffers = Boolean(existing && existing.fullName.replace(/\s+/g, ' ').trim() !== String(document.newOwnerName ?? '').replace(/\s+/g, ' ').trim());

  const outcome = decision?.kind ?? status;
  const shownReason = decision?.kind === 'rejected' ? decision.reason : document.rejectionReason;

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%" data-testid="transfer-review" data-status={status}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="pi" textColor="neutral600">
          وضعیت (Status)
        </Typography>
        <Box paddingLeft={2} paddingRight={2} paddingTop={1} paddingBottom={1} hasRadius background={`${STATUS[outcome].tone}100`} borderColor={`${STATUS[outcome].tone}200`}>
          <Typography variant="pi" fontWeight="bold" textColor={`${STATUS[outcome].tone}700`} data-testid="transfer-status">
            {bi(STATUS[outcome].fa, STATUS[outcome].en)}
          </Typography>
        </Box>
      </Flex>
      {requestedAt && (
        <Fact label="ثبت درخواست (Requested)">
          <FaValue>{requestedAt}</FaValue>
        </Fact>
      )}

      <Divider />

      <Flex direction="column" alignItems="stretch" gap={2} data-testid="new-owner">
        <Typography variant="sigma" textColor="neutral600">
          مالک جدید (New owner)
        </Typography>
        <Fact label="نام (Name)">
          <FaValue>{document.newOwnerName ?? '—'}</FaValue>
        </Fact>
        <Fact label="کد ملی (National code)">
          <Code>{document.newOwnerNationalCode ?? '—'}</Code>
        </Fact>
        <Fact label="موبایل (Mobile)">
          <Code>{document.newOwnerMobile ?? '—'}</Code>
        </Fact>
        {canDecide && existing !== undefined && (
          <Box padding={2} hasRadius background={nameDiffers ? 'warning100' : 'neutral100'} borderColor={nameDiffers ? 'warning200' : 'neutral200'} data-testid="new-owner-match">
            {existing ? (
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Fa variant="pi">{`این کد ملی متعلق به مشترک ${existing.subscriberNumber} (${existing.fullName}) است؛ دستگاه به همین مشترک منتقل می‌شود.`}</Fa>
                <En>
                  This national code belongs to subscriber {existing.subscriberNumber}; the device goes to them
                  {nameDiffers ? ', under the name on their record, not the one in the request.' : '.'}
                </En>
              </Flex>
            ) : (
              <Flex direction="column" alignItems="stretch" gap={1}>
                <Fa variant="pi">مشترک تازه‌ای با این مشخصات ساخته می‌شود (بدون حساب پورتال).</Fa>
                <En>A new subscriber is created with these details (no portal account yet).</En>
              </Flex>
            )}
          </Box>
        )}
        {document.ownershipEndConfirmed && (
          <Flex direction="column" alignItems="stretch" gap={0}>
            <Fa variant="pi" textColor="neutral600">خریدار فعلی پایان مالکیت خود را تأیید کرده است.</Fa>
            <En>The current owner confirmed that their ownership ends.</En>
          </Flex>
        )}
      </Flex>

      {outcome !== 'pending' && (
        <Box
          padding={3}
          hasRadius
          background={outcome === 'approved' ? 'success100' : 'danger100'}
          borderColor={outcome === 'approved' ? 'success200' : 'danger200'}
          data-testid="transfer-decision"
        >
          <Flex direction="column" alignItems="stretch" gap={2}>
            {outcome === 'approved' ? (
              <Flex direction="column" alignItems="stretch" gap={0}>
                <Fa fontWeight="bold" textColor="success700">
                  {decision ? 'مالکیت دستگاه به مالک جدید منتقل شد.' : 'تأیید شد؛ دستگاه به نام مالک جدید است.'}
                </Fa>
                <En textColor="success700">{decision ? 'Ownership transferred to the new owner.' : 'Approved; the device belongs to the new owner.'}</En>
              </Flex>
            ) : (
              <Flex direction="column" alignItems="stretch" gap={0}>
                <Fa fontWeight="bold" textColor="danger700">درخواست رد شد.</Fa>
                <En textColor="danger700">Request rejected.</En>
              </Flex>
            )}
            {decision?.kind === 'approved' && (
              <Fact label="شماره اشتراک مالک جدید (New owner's subscriber number)">
                <Typography variant="beta" tag="span">
                  <Code data-testid="new-subscriber-number">{decision.newOwner.subscriberNumber}</Code>
                </Typography>{' '}
                <FaValue>{decision.newOwner.fullName}</FaValue>
              </Fact>
            )}
            {outcome === 'rejected' && shownReason && (
              <Fact label="دلیل (Reason)">
                <span dir="auto" style={{ display: 'inline-block', maxWidth: '100%' }} data-testid="rejection-reason">
                  {shownReason}
                </span>
              </Fact>
            )}
            {(document.reviewedByLabel || reviewedAt) && (
              <Fact label="بررسی (Reviewed)">
                <Flex direction="column" alignItems="flex-start" gap={0}>
                  {document.reviewedByLabel && <span dir="auto">{document.reviewedByLabel}</span>}
                  {reviewedAt && (
                    <Typography variant="pi" textColor="neutral700">
                      <FaValue>{reviewedAt}</FaValue>
                    </Typography>
                  )}
                </Flex>
              </Fact>
            )}
          </Flex>
        </Box>
      )}

      {status === 'pending' && !decision && !permissionsLoading && !allowedActions.canReview && (
        <Flex direction="column" alignItems="stretch" gap={0} data-testid="no-review-permission">
          <Fa variant="pi" textColor="neutral600">تأیید یا رد این درخواست با پشتیبانی ارشد یا مدیر است.</Fa>
          <En>Senior support or a manager approves or rejects it.</En>
        </Flex>
      )}

      {canDecide && (
        <>
          <Divider />
          <Dialog.Root open={confirmOpen} onOpenChange={(open) => busy !== 'approve' && setConfirmOpen(open)}>
            <Dialog.Trigger>
              <Button variant="success-light" fullWidth size="L" disabled={busy !== null} data-testid="approve-transfer">
                <ButtonLabel fa="تأیید و انتقال" en="Approve & transfer" />
              </Button>
            </Dialog.Trigger>
            <Dialog.Content>
              <Dialog.Header>تأیید انتقال مالکیت (Approve the transfer)</Dialog.Header>
              <Dialog.Body>
                <Flex direction="column" alignItems="stretch" gap={2} width="100%">
                  <Fa>{`دستگاه همین حالا به نام «${existing?.fullName ?? document.newOwnerName ?? ''}» (${existing ? `مشترک ${existing.subscriberNumber}` : `کد ملی ${document.newOwnerNationalCode ?? ''}`}) منتقل می‌شود و خریدار فعلی دیگر به آن دسترسی ندارد. این کار برگشت‌پذیر نیست.`}</Fa>
                  <En variant="omega">The device moves to the new owner at once and the current owner loses access to it. This cannot be undone.</En>
                </Flex>
              </Dialog.Body>
              <Dialog.Footer>
                <Dialog.Cancel>
                  <Button variant="tertiary" size="L" disabled={busy === 'approve'}>
                    <ButtonLabel fa="انصراف" en="Cancel" />
                  </Button>
                </Dialog.Cancel>
                <Button variant="success" size="L" onClick={() => void approve()} loading={busy === 'approve'} data-testid="confirm-approve">
                  <ButtonLabel fa="تأیید و انتقال" en="Approve & transfer" />
                </Button>
              </Dialog.Footer>
            </Dialog.Content>
          </Dialog.Root>

          <Field.Root name="rejection-reason" required error={reasonError ?? undefined} hint={bi('به خریدار نشان داده و پیامک می‌شود.', 'Shown and texted to the buyer.')}>
            <Field.Label>دلیل رد (Reason for rejecting)</Field.Label>
            <Textarea
              dir="auto"
              value={reason}
              onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => {
                setReason(e.target.value);
                if (reasonError) setReasonError(null);
              }}
              disabled={busy !== null}
              data-testid="rejection-reason-input"
            />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
          <Button variant="danger-light" fullWidth size="L" onClick={() => void reject()} loading={busy === 'reject'} disabled={busy === 'approve'} data-testid="reject-transfer">
            <ButtonLabel fa="رد درخواست" en="Reject" />
          </Button>
        </>
      )}

      {error && (
        <Typography variant="pi" textColor="danger600" tag="p" role="alert">
          {error}
        </Typography>
      )}
    </Flex>
  );
};
