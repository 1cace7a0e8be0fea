import type { IssueKey } from '../core/model/issue-key.ts';
import type { Template } from '../core/model/template.ts';
import type { Due } from '../core/schedule/due-date.ts';
import { SUGGESTION_MODEL_VERSION, type SuggestionModel } from '../core/suggestion/project-suggestion.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { digestFactsIn, type DigestFacts } from './capture-context.ts';

/** Where pages keep the `CaptureCache` in the extension's local storage. */
export const CAPTURE_CACHE_KEY = 'digest-clipper:capture-cache';

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

/**
 * Draws the cache again from the database and hands it to `keep` (the page's local storage):
 * after a save taught the model, or a change in the options page. A failed read keeps nothing;
 * the next popup then opens the slower way.
 */
export async function redrawCaptureCache(store: DigestStore, lang: string, today: string, keep: (cache: CaptureCache | undefined) => void): Promise<void> {
  try {
    keep(await readCaptureCache(store, lang, today));
  } catch {
    // No cache drawn: the one there stays, or none.
  }
}

/** A cache read back, if it is one for this language; anything else is no cache. */
export function checkCaptureCache(value: unknown, lang: string): CaptureCache | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const cache = value as Partial<CaptureCache>;
  if (cache.version !== 1 || cache.lang !== lang || !cache.template || !Array.isArray(cache.template.sections) || !cache.status) return undefined;
  if (cache.model !== undefined && cache.model?.version !== SUGGESTION_MODEL_VERSION) return undefined;
  return cache as CaptureCache;
}
