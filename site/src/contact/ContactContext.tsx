/**
 * The company's contact details, asked for once when the site opens and shared by the footer and
 * every page that sends the visitor to support (login, empty device list, unknown payment, the
 * warranty lookup). Null until they arrive, and when they cannot be had: the places that show
 * them then show nothing rather than an error.
 */
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { getContactDetails } from '../api/contact';
import type { ContactDetails } from '../api/types';

const ContactContext = createContext<ContactDetails | null>(null);

export function ContactProvider({ children }: { children: ReactNode }) {
  const [details, setDetails] = useState<ContactDetails | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    getContactDetails(controller.signal).then(
      (d) => setDetails(d),
      () => setDetails(null),
    );
    return () => controller.abort();
  }, []);
  return <ContactContext.Provider value={details}>{children}</ContactContext.Provider>;
}

export const useContactDetails = (): ContactDetails | null => useContext(ContactContext);
