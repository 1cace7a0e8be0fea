import type { CaptureDraft, CaptureFields } from '../core/model/capture-draft.ts';
import type { IssueKey } from '../core/model/issue-key.ts';
import type { TabInfo } from '../core/model/tab-info.ts';
import type { Template } from '../core/model/template.ts';
import type { Due } from '../core/schedule/due-date.ts';
import { defaultGroup, suggestGroups, SUGGESTION_MODEL_VERSION, type Suggestion, type SuggestionModel } from '../core/suggestion/project-suggestion.ts';
import { digestFactsIn, pageOf, type CapturedPage, type DigestFacts } from './capture-context.ts';
import type { DigestStore } from '../storage/digest-store.ts';

/** Where pages keep the `CaptureCache` in the extension's local storage. */
export const CAPTURE_CACHE_KEY = 'digest-clipper:capture-cache';
/**
 * Where early forms keep what is typed in them (a list of `KeptEarlyEdits`, one per form) until
 * an application has it.
 */
export const EARLY_EDITS_KEY = 'digest-clipper:early-edits';

/**
 * What the popup's early script needs to show the form before the database is open: the
 * digest's headings, what past issues taught, the header's issue and the queue's size, as the
 * application last read them. Kept by the page (see `platform/local-cache.ts`), in one read.
 */
export interface CaptureCache {
  version: 1;
  /** The UI language it was made for: headings' labels and the reason's words follow it. */
  lang: string;
  template: Template;
  model: SuggestionModel | undefined;
  status: { key: IssueKey; due: Due };
  queueCount: number | undefined;
}

/** The cache for a context the application read; none before the digest is known (the first run's offer shows then). */
export function captureCacheOf(facts: DigestFacts, lang: string, queueCount: number | undefined): CaptureCache | undefined {
  if (facts.firstRun) return undefined;
  return { version: 1, lang, template: facts.template, model: facts.model, status: { key: facts.openIssue, due: facts.due }, queueCount };
}

/** The cache as the database has it now (after a save taught the model, for the next popup), in one read. */
export function readCaptureCache(store: DigestStore, lang: string, today: string): Promise<CaptureCache | undefined> {
  return store.read(async (tx) => {
    const [facts, queueCount] = await Promise.all([digestFactsIn(tx, today), tx.items.queueCount()]);
    return captureCacheOf(facts, lang, queueCount);
  });
}

/** A cache read back, if it is one for this language; anything else is no cache. */
export function checkCaptureCache(value: unknown, lang: string): CaptureCache | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const cache = value as Partial<CaptureCache>;
  if (cache.version !== 1 || cache.lang !== lang || !cache.template || !Array.isArray(cache.template.sections) || !cache.status) return undefined;
  if (cache.model !== undefined && cache.model?.version !== SUGGESTION_MODEL_VERSION) return undefined;
  return cache as CaptureCache;
}

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
  return { page, suggestions, fields: { url: page.url, title: page.title, ...defaultGroup(suggestions, cache.template), comment: '', eventDate: '' } };
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

/**
 * What the early form keeps as the editor types, synchronously, in case the popup closes before
 * the application takes over: the next popup makes it the page's draft.
 */
export interface KeptEarlyEdits extends EarlyEdits {
  /** The page's draft key. */
  page: string;
  /** The early form it came from (one per popup), to tell its own from a closed popup's. */
  form: string;
}

const FIELD_NAMES: readonly (keyof CaptureFields)[] = ['url', 'title', 'section', 'project', 'comment', 'eventDate'];

/** Kept edits read back, if they are some; anything else is none. */
export function checkKeptEarlyEdits(value: unknown): KeptEarlyEdits | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const kept = value as Partial<KeptEarlyEdits>;
  if (typeof kept.page !== 'string' || typeof kept.form !== 'string' || typeof kept.fields !== 'object' || kept.fields === null || !Array.isArray(kept.touched)) return undefined;
  const fields = kept.fields as Partial<CaptureFields>;
  if (typeof fields.url !== 'string' || typeof fields.title !== 'string' || typeof fields.comment !== 'string' || typeof fields.eventDate !== 'string') return undefined;
  const touched = kept.touched.filter((f): f is keyof CaptureFields => FIELD_NAMES.includes(f as keyof CaptureFields));
  return { page: kept.page, form: kept.form, fields: fields as CaptureFields, touched, saveRequested: kept.saveRequested === true };
}

/** The list kept under `EARLY_EDITS_KEY`, read back: each form's edits that are some. */
export function keptEarlyEditsOf(value: unknown): KeptEarlyEdits[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => checkKeptEarlyEdits(entry) ?? []);
}

/** The list with one form's edits put in (in its place, or added) or, with `undefined`, taken out. */
export function withFormEdits(list: readonly KeptEarlyEdits[], form: string, edits: KeptEarlyEdits | undefined): KeptEarlyEdits[] {
  const others = list.filter((k) => k.form !== form);
  return edits ? [...others, edits] : others;
}

/**
 * The typing of early forms whose popups closed before the application took over, each made
 * its page's draft: joined to the draft the page had (see `withEarlyEdits`), or the form as it
 * was. One write for all of them.
 */
export async function keepEarlyEdits(store: DigestStore, kept: readonly KeptEarlyEdits[], now: Date): Promise<void> {
  const typed = kept.filter((k) => k.touched.length > 0);
  if (typed.length === 0) return;
  await store.write(async (tx) => {
    for (const edits of typed) {
      const draft = await tx.drafts.get(edits.page);
      const fields = withEarlyEdits(draft ?? edits.fields, edits);
      const next: CaptureDraft = {
        key: edits.page,
        ...pickFields(fields),
        ...(draft?.editingId !== undefined ? { editingId: draft.editingId } : {}),
        updatedAt: now.toISOString(),
      };
      await tx.drafts.put(next);
    }
  });
}

function pickFields(f: CaptureFields): CaptureFields {
  return { url: f.url, title: f.title, section: f.section, project: f.project, comment: f.comment, eventDate: f.eventDate };
}
