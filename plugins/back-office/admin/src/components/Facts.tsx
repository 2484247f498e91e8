/**
 * Small building blocks of the back-office panels. A Persian sentence that may wrap is its own
 * right-to-left block (its full stop and numbers stay put, lines align right), its English
 * beside it a left-to-right block; short labels use bi() from lib/text (isolated inline).
 */
import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';

type Tone = { variant?: 'omega' | 'pi'; textColor?: string; fontWeight?: 'bold' | 'semiBold' };

/** A Persian paragraph, right to left, inside the English (LTR) admin. */
export const Fa = ({ children, variant = 'omega', textColor, fontWeight, ...rest }: Tone & { children: React.ReactNode } & Record<`data-${string}`, string>) => (
  <Typography variant={variant} textColor={textColor} fontWeight={fontWeight} tag="p" dir="rtl" lang="fa" style={{ textAlign: 'right' }} {...rest}>
    {children}
  </Typography>
);

/** The English of the paragraph above it. */
export const En = ({ children, variant = 'pi', textColor = 'neutral600' }: Tone & { children: React.ReactNode }) => (
  <Typography variant={variant} textColor={textColor} tag="p" dir="ltr" lang="en">
    {children}
  </Typography>
);

/** A label (small, grey) over its value. */
export const Fact = ({ label, children, gap = 0, ...rest }: { label: React.ReactNode; children: React.ReactNode; gap?: number } & Record<`data-${string}`, string>) => (
  <Flex direction="column" alignItems="stretch" gap={gap} {...rest}>
    <Typography variant="pi" textColor="neutral600">
      {label}
    </Typography>
    <Typography variant="omega" fontWeight="semiBold" tag="div" style={{ overflowWrap: 'anywhere' }}>
      {children}
    </Typography>
  </Flex>
);

/** Codes, numbers, serials: left to right, monospaced, never broken, isolated from the text around them. */
export const Code = ({ children, ...rest }: { children: React.ReactNode } & Record<`data-${string}`, string>) => (
  <span dir="ltr" style={{ fontFamily: 'monospace', letterSpacing: '0.03em', whiteSpace: 'nowrap', unicodeBidi: 'isolate' }} {...rest}>
    {children}
  </span>
);

/** A Persian value (a name, a date): right to left inside, placed like the other values. */
export const FaValue = ({ children }: { children: React.ReactNode }) => (
  <span dir="rtl" lang="fa" style={{ display: 'inline-block', maxWidth: '100%' }}>
    {children}
  </span>
);

/**
 * A bilingual button label in a narrow side panel: the Persian over the English, so the label
 * wraps between the two languages rather than inside the English.
 */
export const ButtonLabel = ({ fa, en }: { fa: string; en: string }) => (
  <span style={{ display: 'inline-flex', flexDirection: 'column', alignItems: 'center', lineHeight: 1.3 }}>
    <span dir="rtl" lang="fa">
      {fa}
    </span>
    <span dir="ltr" lang="en">
      ({en})
    </span>
  </span>
);
