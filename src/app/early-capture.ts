import type { CaptureFields } from '../core/model/capture-draft.ts';
import type { TabInfo } from '../core/model/tab-info.ts';
import { suggestGroups, type Suggestion } from '../core/suggestion/project-suggestion.ts';
import { captureStart } from './capture-start.ts';
import type { CaptureCache } from './capture-cache.ts';
import { pageOf, type CapturedPage } from './capture-context.ts';

export interface EarlyCapture {
  page: CapturedPage;
  fields: CaptureFields;
  suggestions: Suggestion[];
}

/**
 * The form for a page from the cache alone: its title and address, and the headings suggested.
 * None for a page the browser did not share or that cannot be captured: the application says
 * why, with the database at hand.
 */
export function earlyCapture(cache: CaptureCache, tab: TabInfo | undefined): EarlyCapture | undefined {
  const page = pageOf(tab);
  if (page.refusal || page.noTitle) return undefined;
  const suggestions = suggestGroups({ url: page.url, title: page.title }, cache.template, cache.model);
  // A page the database holds nothing for, as the application's form would start it.
  return { page, suggestions, fields: captureStart(page, { duplicates: [], draft: undefined }, suggestions, cache.template, cache.model).fields };
}

/** What the editor did in the early form, handed to the application's form. */
export interface EarlyEdits {
  fields: CaptureFields;
  /** The fields the editor typed in or picked. */
  touched: readonly (keyof CaptureFields)[];
  /** The editor asked to save before the application took over. */
  saveRequested: boolean;
}

/**
 * The form's first fields once the database is read: the page's draft, queued item or fresh
 * fields, with what the editor typed or picked in the early form on top. A comment typed there
 * joins a draft's or queued item's own comment instead of replacing it: neither is lost.
 */
export function withEarlyEdits(fields: CaptureFields, edits: EarlyEdits | undefined): CaptureFields {
  if (!edits || edits.touched.length === 0) return fields;
  const next = { ...fields };
  for (const key of edits.touched) (next as Record<keyof CaptureFields, unknown>)[key] = edits.fields[key];
  const kept = fields.comment.trim();
  const typed = edits.fields.comment.trim();
  if (edits.touched.includes('comment') && kept !== '' && typed !== '' && !typed.includes(kept)) next.comment = `${fields.comment.trimEnd()}\n\n${edits.fields.comment}`;
  else if (edits.touched.includes('comment') && typed === '') next.comment = fields.comment;
  return next;
}
