/**
 * The customer's view of a device: what the API returns under /api/me/devices.
 * Dates as ISO and Jalali; statuses computed by domain/service-status (the one rule).
 */
import { presentDate, presentDateTime, type IsoDate } from '../../domain/jalali';
import {
  computeServiceStatus,
  computeWarrantyStatus,
  daysUntil,
  SERVICE_STATUS_LABELS,
  WARRANTY_STATUS_LABELS,
  type ServiceMode,
} from '../../domain/service-status';
import { deviceAttention } from '../../domain/device-attention';
import { toRials } from '../../domain/money';
import { CONTRACT_KIND_LABELS, CONTRACT_VIEW_STATUS_LABELS, contractStatusNow, type ContractKind, type ContractStatus } from '../../domain/contracts';

export type DeviceRow = {
  id: number;
  documentId: string;
  serial: string;
  dongleOrUserId?: string | null;
  installationDate?: IsoDate | null;
  warrantyEnd?: IsoDate | null;
  serviceEnd?: IsoDate | null;
  serviceMode?: ServiceMode | null;
  installationConfirmedAt?: Date | string | null;
  model?: { brand: string; model: string; deviceType?: { name: string; nameEn?: string | null; code: string } | null } | null;
};

export type ContractRow = {
  documentId: string;
  kind: ContractKind;
  years?: number | null;
  startDate: IsoDate;
  endDate?: IsoDate | null;
  priceRials: string | number;
  contractStatus: ContractStatus;
  createdAt: Date | string;
};

/** Columns read for the device list; the list and the dashboard read exactly these. */
export const DEVICE_FIELDS = [
  'id',
  'documentId',
  'serial',
  'dongleOrUserId',
  'installationDate',
  'warrantyEnd',
  'serviceEnd',
  'serviceMode',
  'installationConfirmedAt',
];

export const DEVICE_POPULATE = {
  model: {
    select: ['brand', 'model'],
    populate: { deviceType: { select: ['name', 'nameEn', 'code'] } },
  },
};

export const presentDevice = (d: DeviceRow, today: IsoDate) => {
  const serviceStatus = computeServiceStatus(d, today);
  const warrantyStatus = computeWarrantyStatus(d, today);
  // no countdown before the installation is confirmed: the services have not started
  const daysToServiceEnd = serviceStatus === 'awaiting_installation' ? null : daysUntil(d.serviceEnd, today);
  const daysToWarrantyEnd = daysUntil(d.warrantyEnd, today);
  return {
    id: d.documentId,
    serial: d.serial,
    dongleOrUserId: d.dongleOrUserId ?? null,
    brand: d.model?.brand ?? null,
    model: d.model?.model ?? null,
    deviceType: d.model?.deviceType
      ? { code: d.model.deviceType.code, name: d.model.deviceType.name, nameEn: d.model.deviceType.nameEn ?? null }
      : null,
    installationDate: presentDate(d.installationDate),
    warrantyEnd: presentDate(d.warrantyEnd),
    serviceEnd: presentDate(d.serviceEnd),
    installationConfirmedAt: presentDateTime(d.installationConfirmedAt),
    serviceStatus,
    serviceStatusLabel: SERVICE_STATUS_LABELS[serviceStatus],
    warrantyStatus,
    warrantyStatusLabel: WARRANTY_STATUS_LABELS[warrantyStatus],
    daysToServiceEnd,
    daysToWarrantyEnd,
    attention: deviceAttention({ serviceStatus, warrantyStatus, daysToServiceEnd, daysToWarrantyEnd }),
  };
};

export type PresentedDevice = ReturnType<typeof presentDevice>;

/**
 * A contract as the buyer sees it: its status now (domain/contracts.ts contractStatusNow), read
 * against the device it belongs to — `device` is that device's row, `today` Tehran's day.
 */
export const presentContract = (c: ContractRow, device: Pick<DeviceRow, 'installationConfirmedAt'>, today: IsoDate) => {
  const status = contractStatusNow(c, device, today);
  return {
    id: c.documentId,
    kind: c.kind,
    kindLabel: CONTRACT_KIND_LABELS[c.kind],
    years: c.years ?? null,
    startDate: presentDate(c.startDate),
    endDate: presentDate(c.endDate),
    priceRials: toRials(c.priceRials),
    status,
    statusLabel: CONTRACT_VIEW_STATUS_LABELS[status],
    createdAt: presentDateTime(c.createdAt),
  };
};

/** A model's document (user manual, warranty card) as stored: the upload file's columns read. */
export type DocumentRow = { documentId: string; name: string; ext?: string | null; mime: string; size: number | string };
export const DOCUMENT_FIELDS = ['documentId', 'name', 'ext', 'mime', 'size'];

/**
 * A document of the device's model as its buyer sees it: downloaded only through the device's own
 * route (GET /api/me/devices/:id/documents/:fileId, owner only); size in bytes (the upload plugin
 * stores kilobytes of 1000 bytes, two decimals: the bytes are within 10).
 */
export const presentDocument = (deviceDocumentId: string, file: DocumentRow) => ({
  id: file.documentId,
  name: file.name,
  mime: file.mime,
  size: Math.round(Number(file.size) * 1000),
  url: `/api/me/devices/${deviceDocumentId}/documents/${file.documentId}`,
});
