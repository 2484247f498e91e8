import { Badge, Tooltip } from '@strapi/design-system';
import { STATUS_LABEL, STATUS_VARIANT, statusText } from '../lib/labels';
import type { OutboxStatus } from '../lib/types';

/** The one badge for a message's status, coloured by status, with what it means on hover. */
export const StatusBadge = ({ status }: { status: OutboxStatus }) => (
  <Tooltip label={STATUS_LABEL[status]?.hint ?? status}>
    <span style={{ display: 'inline-flex' }}>
      <Badge variant={STATUS_VARIANT[status] ?? 'neutral'} size="S" data-status={status} style={{ textTransform: 'none', whiteSpace: 'nowrap' }}>
        {STATUS_LABEL[status] ? statusText(status) : status}
      </Badge>
    </span>
  </Tooltip>
);
