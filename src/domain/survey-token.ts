/**
 * Survey link tokens (src/domain/surveys.ts): 32 random bytes as base64url, and the SHA-256 the
 * database keeps instead — a leaked table gives nobody a working link, and a token is looked up
 * by its hash (UNIQUE index). Node only (crypto): the browser-safe rules stay in surveys.ts.
 */
import { createHash, randomBytes } from 'crypto';

export const SURVEY_TOKEN_BYTES = 32;

export const newSurveyToken = (): string => randomBytes(SURVEY_TOKEN_BYTES).toString('base64url');

/** hex SHA-256 of the token as sent */
export const hashSurveyToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');
