/**
 * The company's contact details (staff keep them in the admin, «اطلاعات تماس»): a phone as a
 * tel: link in the language's digits, the box shown wherever a page sends the visitor to support,
 * and the footer's block. Each renders nothing until the details have arrived.
 */
import type { ContactPhone } from '../api/types';
import { useContactDetails } from '../contact/ContactContext';
import { useI18n } from '../i18n/I18nContext';
import { Icon } from './Icon';
import { LocalizedText } from './LocalizedText';
import { Link } from 'react-router-dom';
import { useAuth } from '../auth/AuthContext';

/** A phone number to call: Persian digits in Persian, grouped, always left-to-right. */
export function PhoneLink({ phone, className }: { phone: ContactPhone; className?: string }) {
  const { digits } = useI18n();
  return (
    <a href={phone.href} className={`phone-link${className ? ` ${className}` : ''}`} dir="ltr" data-testid="support-phone">
      {digits(phone.display)}
    </a>
  );
}

/**
 * «تماس با پشتیبانی»: the support phones and working hours, where a page tells the visitor to
 * contact support (login, empty device list, unknown payment, an unregistered serial); a logged-in
 * buyer is offered «ثبت تیکت پشتیبانی» there too.
 */
export function SupportContact({ className }: { className?: string }) {
  const { t } = useI18n();
  const details = useContactDetails();
  const { status } = useAuth();
  const ticket = status === 'authenticated';
  if (!details || (details.phones.length === 0 && !details.email)) return null;
  return (
    <div className={`support-contact${className ? ` ${className}` : ''}`} data-testid="support-contact">
      <span className="support-contact__icon" aria-hidden="true">
        <Icon name="phone" size={18} />
      </span>
      <div className="support-contact__body">
        <p className="support-contact__title">{t('contact.supportTitle')}</p>
        {details.phones.length > 0 && (
          <p className="support-contact__phones">
            {details.phones.map((phone, i) => (
              <span key={phone.number}>
                {i > 0 && <span className="support-contact__sep">{t('contact.or')}</span>}
                <PhoneLink phone={phone} />
              </span>
            ))}
          </p>
        )}
        {details.workingHours && <LocalizedText text={details.workingHours} as="p" className="support-contact__hours" />}
        {details.phones.length === 0 && details.email && (
          <a href={`mailto:${details.email}`} dir="ltr">
            {details.email}
          </a>
        )}
        {ticket && <OpenTicketLink />}
      </div>
    </div>
  );
}

function OpenTicketLink() {
  const { t } = useI18n();
  return (
    <Link to="/tickets/new" className="support-contact__ticket" data-testid="support-open-ticket">
      <Icon name="ticket" size={16} />
      {t('contact.openTicket')}
    </Link>
  );
}

/** The footer's contact block: phones, hours, e-mail and address. */
export function FooterContact() {
  const { t } = useI18n();
  const details = useContactDetails();
  if (!details || (details.phones.length === 0 && !details.email && !details.address)) return null;
  return (
    <section className="footer-contact" aria-labelledby="footer-contact-title" data-testid="footer-contact">
      <h2 id="footer-contact-title" className="footer-contact__title">
        {t('contact.footerTitle')}
      </h2>
      <ul className="footer-contact__list">
        {details.phones.length > 0 && (
          <li>
            <Icon name="phone" size={18} />
            <span className="visually-hidden">{t('contact.phone')}</span>
            <span className="footer-contact__phones">
              {details.phones.map((phone) => (
                <PhoneLink key={phone.number} phone={phone} />
              ))}
            </span>
          </li>
        )}
        {details.workingHours && (
          <li>
            <Icon name="clock" size={18} />
            <span className="visually-hidden">{t('contact.hours')}</span>
            <LocalizedText text={details.workingHours} />
          </li>
        )}
        {details.email && (
          <li>
            <Icon name="mail" size={18} />
            <span className="visually-hidden">{t('contact.email')}</span>
            <a href={`mailto:${details.email}`} dir="ltr">
              {details.email}
            </a>
          </li>
        )}
        {details.address && (
          <li>
            <Icon name="pin" size={18} />
            <span className="visually-hidden">{t('contact.address')}</span>
            <LocalizedText text={details.address} />
          </li>
        )}
      </ul>
    </section>
  );
}
