import * as React from 'react';
import { useFetchClient, useNotification } from '@strapi/strapi/admin';
import { errorText } from './api';
import { bi, SECRET_WIPED, statusText } from './labels';
import type { OutboxMessage, ResendResult } from './types';

/** POST /messaging/outbox/:id/resend with a notification for every outcome. */
export const useResend = (onDone: () => void) => {
  const { post } = useFetchClient();
  const { toggleNotification } = useNotification();
  const [busyId, setBusyId] = React.useState<number | null>(null);

  const resend = React.useCallback(
    async (message: Pick<OutboxMessage, 'id'>) => {
      setBusyId(message.id);
      try {
        const { data } = await post<{ data: ResendResult }>(`/messaging/outbox/${message.id}/resend`, {});
        const result = data.data;
        if (result.resent) {
          toggleNotification({
            type: 'success',
            message: bi(`پیام ${result.id} دوباره در صف ارسال قرار گرفت.`, `Message #${result.id} queued again.`),
          });
        } else if (result.reason === 'secretWiped') {
          toggleNotification({ type: 'warning', title: bi(`پیام ${result.id} دوباره ارسال نشد.`, `Message #${result.id} not resent.`), message: SECRET_WIPED, timeout: 12000 });
        } else {
          toggleNotification({
            type: 'info',
            message: bi(
              `پیام ${result.id} ناموفق نیست و ارسال دوباره لازم ندارد؛ وضعیت: ${statusText(result.status)}.`,
              'Only failed or dead messages can be resent.',
            ),
          });
        }
      } catch (error) {
        toggleNotification({ type: 'danger', message: errorText(error) });
      } finally {
        setBusyId(null);
        onDone();
      }
    },
    [post, toggleNotification, onDone],
  );

  return { resend, busyId };
};
