import { contractStatusNow, CONTRACT_HISTORY_STATUSES, CONTRACT_VIEW_STATUS_LABELS, renewalRefusal } from '../../src/domain/contracts';

const today = '2026-12-01';
const confirmed = { installationConfirmedAt: '2026-06-02T06:30:00.000Z' };
const unconfirmed = { installationConfirmedAt: null };

describe('where a contract stands for the buyer (contractStatusNow)', () => {
  test('a term does not run before the installation is confirmed', () => {
    expect(contractStatusNow({ kind: 'initial', contractStatus: 'active', endDate: '2027-06-01' }, unconfirmed, today)).toBe('awaiting_installation');
    expect(contractStatusNow({ kind: 'renewal', contractStatus: 'active', endDate: '2028-06-01' }, unconfirmed, today)).toBe('awaiting_installation');
    expect(contractStatusNow({ kind: 'pay_per_case', contractStatus: 'active' }, unconfirmed, today)).toBe('awaiting_installation');
    expect(CONTRACT_VIEW_STATUS_LABELS.awaiting_installation.fa).toBe('در انتظار تأیید نصب');
  });
  test('once confirmed it is active until its end date, inclusive, then ended', () => {
    expect(contractStatusNow({ kind: 'initial', contractStatus: 'active', endDate: '2027-06-01' }, confirmed, today)).toBe('active');
    expect(contractStatusNow({ kind: 'initial', contractStatus: 'active', endDate: today }, confirmed, today)).toBe('active');
    expect(contractStatusNow({ kind: 'initial', contractStatus: 'active', endDate: '2026-11-30' }, confirmed, today)).toBe('ended');
    expect(contractStatusNow({ kind: 'pay_per_case', contractStatus: 'active', endDate: null }, confirmed, today)).toBe('active');
  });
  test('a cancellation and the statuses the workflow set are taken as stored', () => {
    expect(contractStatusNow({ kind: 'cancellation', contractStatus: 'active' }, unconfirmed, today)).toBe('active');
    expect(contractStatusNow({ kind: 'initial', contractStatus: 'ended', endDate: '2027-06-01' }, confirmed, today)).toBe('ended');
    expect(contractStatusNow({ kind: 'renewal', contractStatus: 'pending_payment', endDate: '2027-06-01' }, confirmed, today)).toBe('pending_payment');
  });
  test('the contract history holds contracts in force or past, not payment attempts', () => {
    expect(CONTRACT_HISTORY_STATUSES).toEqual(['active', 'ended']);
  });
});

describe('whether a paid renewal may still be granted (renewalRefusal)', () => {
  test('only a renewal still awaiting payment, with no later contract for the device', () => {
    expect(renewalRefusal({ contractStatus: 'pending_payment', laterKind: null })).toBeNull();
    expect(renewalRefusal({ contractStatus: 'pending_payment', laterKind: null, previousPaymentStatus: 'pending' })).toBeNull();
  });

  test('a later contract names what replaced it, whatever this one says', () => {
    expect(renewalRefusal({ contractStatus: 'cancelled', laterKind: 'renewal' })).toMatch(/replaced by a newer renewal/);
    expect(renewalRefusal({ contractStatus: 'pending_payment', laterKind: 'renewal' })).toMatch(/replaced/);
    expect(renewalRefusal({ contractStatus: 'pending_payment', laterKind: 'cancellation' })).toMatch(/cancelled the service/);
    expect(renewalRefusal({ contractStatus: 'cancelled', laterKind: 'pay_per_case' })).toMatch(/pay-per-case/);
  });

  test('a cancelled renewal with nothing after it: why its payment ended', () => {
    expect(renewalRefusal({ contractStatus: 'cancelled', laterKind: null, previousPaymentStatus: 'expired' })).toMatch(/expired/);
    expect(renewalRefusal({ contractStatus: 'cancelled', laterKind: null, previousPaymentStatus: 'cancelled' })).toMatch(/payment had been cancelled/);
    expect(renewalRefusal({ contractStatus: 'cancelled', laterKind: null, previousPaymentStatus: 'failed' })).toMatch(/failed/);
    expect(renewalRefusal({ contractStatus: 'cancelled', laterKind: null })).toMatch(/had been cancelled/);
  });

  test('granted or gone already: refused', () => {
    expect(renewalRefusal({ contractStatus: 'active', laterKind: null })).toMatch(/no longer awaiting payment/);
    expect(renewalRefusal({ contractStatus: 'ended', laterKind: null })).not.toBeNull();
    expect(renewalRefusal({ contractStatus: null, laterKind: null })).toMatch(/no longer exists/);
  });

  test('each reason is written in Persian too', () => {
    for (const laterKind of [null, 'renewal', 'cancellation', 'pay_per_case', 'initial'] as const) {
      const reason = renewalRefusal({ contractStatus: 'cancelled', laterKind });
      expect(reason).toMatch(/[\u0600-\u06FF]/);
      expect(reason).not.toMatch(/[يك]/);
    }
  });
});
