/**
 * Courses (the «گروه زیگ» training videos staff sell): what a course needs before buyers can buy it
 * — a price in whole rials above zero, the SpotPlayer course ids (a non-empty list of 24-hex ids,
 * stored as a JSON list in lower case; pasted text with commas or new lines is accepted) and, if
 * given, SpotPlayer's episodes limit ("0-", "1,4-6,10-"). Checked on every write and again when a
 * draft is published, so no published course lacks what a licence needs. Rules in
 * src/domain/courses.ts.
 */
import type { Core } from '@strapi/strapi';
import { isEpisodesLimit, readCoursePrice, readSpotPlayerCourseIds } from '../../domain/courses';
import { FieldErrors } from '../errors';

export const COURSE_UID = 'api::course.course';

const isBlank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/** Checks (and normalises) the fields of a course being written; `complete`: every required one must be there. */
const checkCourse = (data: Record<string, any>, errs: FieldErrors, complete: boolean) => {
  if ((complete || 'title' in data) && isBlank(data.title)) errs.add('title', 'required');
  if (complete || 'priceRials' in data) {
    const price = readCoursePrice(data.priceRials);
    if (isBlank(data.priceRials)) errs.add('priceRials', 'required');
    else if (price === null) errs.add('priceRials', 'coursePriceInvalid');
    else data.priceRials = price;
  }
  if (complete || 'spotPlayerCourseIds' in data) {
    const ids = readSpotPlayerCourseIds(data.spotPlayerCourseIds);
    if (ids === null) errs.add('spotPlayerCourseIds', 'spotPlayerCourseIdsInvalid');
    else data.spotPlayerCourseIds = ids;
  }
  if ('episodesLimit' in data) {
    if (isBlank(data.episodesLimit)) data.episodesLimit = null;
    else if (!isEpisodesLimit(data.episodesLimit)) errs.add('episodesLimit', 'episodesLimitInvalid');
    else data.episodesLimit = String(data.episodesLimit).replace(/\s+/g, '');
  }
};

export const courseDocumentRules = (strapi: Core.Strapi) => async (ctx: any, next: () => Promise<any>) => {
  if (ctx.uid !== COURSE_UID) return next();
  if (ctx.action === 'create' || ctx.action === 'update') {
    const errs = new FieldErrors();
    checkCourse((ctx.params.data ??= {}), errs, ctx.action === 'create');
    errs.throwIfAny();
  } else if (ctx.action === 'publish' && ctx.params?.documentId) {
    // the draft being published must be complete
    const draft = await strapi.db.query(COURSE_UID).findOne({ where: { documentId: ctx.params.documentId, publishedAt: null }, select: ['title', 'priceRials', 'spotPlayerCourseIds'] });
    if (draft) {
      const errs = new FieldErrors();
      checkCourse({ ...draft, spotPlayerCourseIds: typeof draft.spotPlayerCourseIds === 'string' ? safeJson(draft.spotPlayerCourseIds) : draft.spotPlayerCourseIds }, errs, true);
      errs.throwIfAny();
    }
  }
  return next();
};

const safeJson = (text: string) => {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
};
