import * as React from 'react';
import { Box, Button, Field, Flex, TextInput, Typography } from '@strapi/design-system';
import { useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin';

const SUBSCRIBER_UID = 'api::subscriber.subscriber';
const PERMISSIONS = {
  read: [{ action: 'plugin::customer-accounts.account.read', subject: null }],
  issue: [{ action: 'plugin::customer-accounts.credentials.issue', subject: null }],
};

type AccountStatus = {
  hasAccount: boolean;
  username: string | null;
  blocked: boolean;
  loginIdentifiers: { subscriberNumber: string; nationalCode: string };
};

type Issued = { username: string; accountCreated: boolean; generatedPassword?: string };

/** The panel description the Content Manager asks for on every edit view. */
export const PortalAccessPanel = ({ model, documentId }: { model: string; documentId?: string }) => {
  if (model !== SUBSCRIBER_UID || !documentId) return null;
  return {
    title: 'دسترسی پورتال (Portal access)',
    content: <PortalAccess documentId={documentId} />,
  };
};

/** Reads the error envelope of our API: Persian message and English beside it. */
const errorText = (error: any): string => {
  const body = error?.response?.data?.error;
  if (!body) return 'خطای ناشناخته (Unknown error)';
  const field = body.details?.errors?.[0];
  const fa = field?.message ?? body.message;
  const en = field?.messageEn ?? body.details?.messageEn;
  return en ? `${fa} (${en})` : fa;
};

const PortalAccess = ({ documentId }: { documentId: string }) => {
  const { get, post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const { allowedActions, isLoading: permissionsLoading } = useRBAC(PERMISSIONS);
  const [status, setStatus] = React.useState<AccountStatus | null>(null);
  const [loadError, setLoadError] = React.useState<string | null>(null);
  const [password, setPassword] = React.useState('');
  const [fieldError, setFieldError] = React.useState<string | null>(null);
  const [issued, setIssued] = React.useState<Issued | null>(null);
  const [busy, setBusy] = React.useState(false);

  const load = React.useCallback(async () => {
    try {
      const { data } = await get<{ data: AccountStatus }>(`/customer-accounts/subscribers/${documentId}/account`);
      setStatus(data.data);
      setLoadError(null);
    } catch (error) {
      setLoadError(errorText(error));
    }
  }, [get, documentId]);

  React.useEffect(() => {
    if (allowedActions.canRead) void load();
  }, [allowedActions.canRead, load]);

  if (permissionsLoading) return <Typography variant="pi">…</Typography>;
  if (!allowedActions.canRead) {
    return <Typography variant="pi" textColor="neutral600">شما اجازهٔ مشاهدهٔ حساب پورتال را ندارید.</Typography>;
  }
  if (loadError) return <Typography variant="pi" textColor="danger600">{loadError}</Typography>;
  if (!status) return <Typography variant="pi">در حال بارگذاری… (Loading…)</Typography>;

  const submit = async () => {
    setBusy(true);
    setFieldError(null);
    setIssued(null);
    try {
      const { data } = await post<{ data: Issued }>(`/customer-accounts/subscribers/${documentId}/credentials`, password ? { password } : {});
      setIssued(data.data);
      setPassword('');
      toggleNotification({
        type: 'success',
        message: data.data.accountCreated ? 'حساب پورتال ساخته شد. (Portal account created.)' : 'رمز عبور تازه شد. (Password reset.)',
      });
      await load();
    } catch (error) {
      setFieldError(errorText(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={3} width="100%">
      <Box>
        <Typography variant="sigma" textColor="neutral600">
          وضعیت (Status)
        </Typography>
        <Box paddingTop={1}>
          {status.hasAccount ? (
            <Typography variant="omega">
              {status.blocked ? 'حساب مسدود است (blocked)' : 'حساب فعال است (active)'} — نام کاربری: <b>{status.username}</b>
            </Typography>
          ) : (
            <Typography variant="omega">این مشترک هنوز حساب پورتال ندارد. (No portal account yet.)</Typography>
          )}
        </Box>
        <Box paddingTop={1}>
          <Typography variant="pi" textColor="neutral600">
            ورود با شماره اشتراک {status.loginIdentifiers.subscriberNumber} یا کد ملی {status.loginIdentifiers.nationalCode}
          </Typography>
        </Box>
      </Box>

      {allowedActions.canIssue && (
        <>
          <Field.Root name="portal-password" error={fieldError ?? undefined} hint="خالی بگذارید تا رمز عبور به‌طور خودکار ساخته شود. (Leave empty to generate one.)">
            <Field.Label>رمز عبور جدید (New password)</Field.Label>
            <TextInput type="password" autoComplete="new-password" value={password} onChange={(e: React.ChangeEvent<HTMLInputElement>) => setPassword(e.target.value)} />
            <Field.Hint />
            <Field.Error />
          </Field.Root>
          <Button onClick={submit} loading={busy} fullWidth variant="secondary">
            {status.hasAccount ? 'تنظیم رمز عبور جدید (Reset password)' : 'صدور نام کاربری و رمز عبور (Issue credentials)'}
          </Button>
        </>
      )}

      {issued?.generatedPassword && (
        <Box background="warning100" padding={3} hasRadius borderColor="warning200">
          <Typography variant="pi" tag="p">
            رمز عبور فقط همین یک بار نمایش داده می‌شود؛ آن را به مشترک بدهید. (Shown only once — hand it to the subscriber.)
          </Typography>
          <Flex gap={2} paddingTop={2} justifyContent="space-between">
            <Typography variant="beta" fontWeight="bold">
              <span dir="ltr" style={{ fontFamily: 'monospace', letterSpacing: '0.08em' }}>{issued.generatedPassword}</span>
            </Typography>
            <Button size="S" variant="tertiary" onClick={() => navigator.clipboard?.writeText(issued.generatedPassword!)}>
              کپی (Copy)
            </Button>
          </Flex>
          <Typography variant="pi" textColor="neutral600">
            نام کاربری (username): {issued.username}
          </Typography>
        </Box>
      )}
    </Flex>
  );
};
