import { attachmentDownloadName, contentDisposition, isTicketAttachmentPath, judgeAttachment, MAX_ATTACHMENT_BYTES, sniffAttachmentType } from '../../src/domain/ticket-attachments';
import { parseDay, readVisitDay } from '../../src/domain/visit-day';
import { readResolve } from '../../src/api/ticket/validation';
import { FieldErrors } from '../../src/validation/errors';

const bytes = (...values: Array<number | string>) =>
  Uint8Array.from(values.flatMap((v) => (typeof v === 'string' ? [...Buffer.from(v, 'latin1')] : [v])));

test('the type is read from the first bytes, not the name', () => {
  expect(sniffAttachmentType(bytes(0xff, 0xd8, 0xff, 0xe0, 0, 0x10))).toBe('image/jpeg');
  expect(sniffAttachmentType(bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d))).toBe('image/png');
  expect(sniffAttachmentType(bytes('RIFF', 0x24, 0, 0, 0, 'WEBPVP8 '))).toBe('image/webp');
  expect(sniffAttachmentType(bytes('%PDF-1.7\n'))).toBe('application/pdf');
  // RIFF that is not WebP (a WAV), an executable, HTML, SVG, a truncated PNG signature
  expect(sniffAttachmentType(bytes('RIFF', 0x24, 0, 0, 0, 'WAVEfmt '))).toBeNull();
  expect(sniffAttachmentType(bytes('MZ', 0x90, 0, 3, 0))).toBeNull();
  expect(sniffAttachmentType(bytes('<!doctype html><script>'))).toBeNull();
  expect(sniffAttachmentType(bytes('<svg xmlns="http://www.w3.org/2000/svg">'))).toBeNull();
  expect(sniffAttachmentType(bytes(0x89, 'PNG'))).toBeNull();
  expect(sniffAttachmentType(bytes())).toBeNull();
});

test('size: empty and over 5 MB are refused, 5 MB exactly is fine', () => {
  const pdf = bytes('%PDF-1.4');
  expect(judgeAttachment({ size: 0, head: pdf })).toBe('attachmentEmpty');
  expect(judgeAttachment({ size: MAX_ATTACHMENT_BYTES, head: pdf })).toBeNull();
  expect(judgeAttachment({ size: MAX_ATTACHMENT_BYTES + 1, head: pdf })).toBe('attachmentTooLarge');
  expect(judgeAttachment({ size: 100, head: bytes('GIF89a') })).toBe('attachmentType');
});

test('stored attachments are recognised under /uploads/, in any case or encoding, with their formats', () => {
  expect(isTicketAttachmentPath('/uploads/ticketattachment_0a1b2c3d4e.pdf')).toBe(true);
  expect(isTicketAttachmentPath('/uploads/thumbnail_ticketattachment_0a1b2c3d4e.png')).toBe(true);
  expect(isTicketAttachmentPath('/uploads/%74icketattachment_0a1b2c3d4e.pdf')).toBe(true);
  expect(isTicketAttachmentPath('/UPLOADS/TicketAttachment_0a1b2c3d4e.pdf')).toBe(true);
  expect(isTicketAttachmentPath('/uploads/%E0%A4%A.pdf')).toBe(true); // not decodable: not served
  expect(isTicketAttachmentPath('/uploads/logo_0a1b2c3d4e.png')).toBe(false);
  expect(isTicketAttachmentPath('/uploads/myticketattachment.png')).toBe(false);
});

test('a download is offered under the customer’s name with the real extension', () => {
  expect(attachmentDownloadName('گزارش خرابی.pdf', 'application/pdf')).toBe('گزارش خرابی.pdf');
  expect(attachmentDownloadName('C:\\fakepath\\photo.exe', 'image/png')).toBe('photo.png');
  expect(attachmentDownloadName('"><script>.png', 'image/png')).toBe('script.png');
  expect(attachmentDownloadName('', 'image/jpeg')).toBe('attachment.jpg');
  expect(contentDisposition('گزارش.pdf')).toBe(`attachment; filename="_____.pdf"; filename*=UTF-8''${encodeURIComponent('گزارش')}.pdf`);
});

test('a visit day: ISO or Jalali in any digits, from today to 90 days ahead', () => {
  expect(parseDay('۱۴۰۵/۰۹/۲۹')).toBe('2026-12-20');
  expect(parseDay('1405-9-29')).toBe('2026-12-20');
  expect(parseDay('٢٠٢٦-١٢-٢٠')).toBe('2026-12-20');
  expect(parseDay('1405/12/30')).toBeNull(); // 1405 is not a leap year
  expect(parseDay('2026-02-30')).toBeNull();
  expect(parseDay('20 Dec')).toBeNull();
  expect(readVisitDay('1405/09/29', '2026-12-20')).toEqual({ ok: true, value: '2026-12-20' });
  expect(readVisitDay('1405/09/28', '2026-12-20')).toEqual({ ok: false, problem: 'visitDayOutOfRange' });
  expect(readVisitDay('2027-03-21', '2026-12-20')).toEqual({ ok: false, problem: 'visitDayOutOfRange' });
  expect(readVisitDay('2027-03-20', '2026-12-20')).toEqual({ ok: true, value: '2027-03-20' });
});

test("the desk's resolve reads work hours by the invoices' rule: more than 0, at most 200, two decimals, any digits", () => {
  const hours = (value: unknown) => {
    const errs = new FieldErrors();
    const input = readResolve({ workHours: value }, errs);
    return errs.isEmpty ? input.workHours : null;
  };
  expect(hours('۱٫۵')).toBe(1.5);
  expect(hours(2.25)).toBe(2.25);
  expect(hours('200')).toBe(200);
  for (const bad of ['0', '200.01', '1.255', '-1', '1e2', 'abc', true]) expect(hours(bad)).toBeNull();
});
