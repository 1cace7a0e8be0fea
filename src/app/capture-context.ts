import type { CaptureDraft } from '../core/model/capture-draft.ts';
import { checkCapturableUrl, draftKeyOf, type UrlRefusal } from '../core/url/capturable-url.ts';
import { cleanTitle } from '../core/queue/capture.ts';
import { planNextIssue } from '../core/schedule/next-issue.ts';
import { learnedCadenceDays, reminderDue, type Due } from '../core/schedule/due-date.ts';
import type { IssueKey } from '../core/model/issue-key.ts';
import type { Item } from '../core/model/item.ts';
import { suggestGroups, type Suggestion, type SuggestionModel } from '../core/suggestion/project-suggestion.ts';
import type { Settings } from '../core/model/settings.ts';
import type { TabInfo } from '../core/model/tab-info.ts';
import type { Template } from '../core/model/template.ts';
import type { DigestStore, ReadTx } from '../storage/digest-store.ts';
import { readSuggestionModel } from './derived-data.ts';


/** The page the popup was opened on. */
export interface CapturedPage {
  /** The draft key: the canonical URL, or `manual:` where the page could not be read. */
  key: string;
  url: string;
  title: string;
  refusal?: UrlRefusal;
  noTitle: boolean;
  /** The tab it is in, to read the page's own facts from at the editor's click. */
  tabId?: number;
}

/** Everything the capture form needs before it is usable, and nothing more. */
export interface CaptureContext {
  page: CapturedPage;
  template: Template;
  settings: Settings;
  suggestions: Suggestion[];
  /** Items that already hold this page, queued or published. */
  duplicates: Item[];
  draft: CaptureDraft | undefined;
  /** What past issues taught the suggestions, for an address typed by hand. */
  model: SuggestionModel | undefined;
  /** The issue now open, as its key (`18`, `2024-W44`). */
  openIssue: IssueKey;
  /** When the open issue is due; state `none` when reminders are off or no rhythm is known. */
  due: Due;
  /**
   * Nothing is known about the digest yet (no issue, no preset, no headings) and the editor has
   * not set the offer aside: past issues would teach it everything.
   */
  firstRun: boolean;
  today: string;
}

export function pageOf(tab: TabInfo | undefined): CapturedPage {
  const check = checkCapturableUrl(tab?.url);
  if (!check.ok) {
    // No address at all: the browser keeps it to itself (its own pages, the web store), as it
    // does without the `tabs` permission.
    const reason = check.reason === 'missing' ? 'unshared' : check.reason;
    return { key: `manual:${tab?.id ?? 'none'}`, url: '', title: cleanTitle(tab?.title ?? ''), refusal: reason, noTitle: false };
  }
  const tabId = tab?.id === undefined ? {} : { tabId: tab.id };
  const title = cleanTitle(tab?.title ?? '');
  // A page without a <title> shows its address as the tab's title, scheme dropped.
  const untitled = title === '' || title === check.url || check.url.replace(/^https?:\/\//, '') === title;
  return { key: draftKeyOf(check.url), url: check.url, title: untitled ? check.url : title, noTitle: untitled, ...tabId };
}

/**
 * What is known about an address typed or changed in the form: the items that already hold it,
 * and the headings it suggests; as for a page the browser gave.
 */
export async function lookupPage(
  store: DigestStore,
  page: { url: string; title: string },
  template: Template,
  model: SuggestionModel | undefined,
): Promise<Pick<CaptureContext, 'duplicates' | 'suggestions'>> {
  const check = checkCapturableUrl(page.url);
  const duplicates = check.ok ? await store.read((tx) => tx.items.findByUrl(check.url)) : [];
  return { duplicates, suggestions: suggestGroups({ url: check.ok ? check.url : '', title: page.title }, template, model) };
}

/** What the form knows of the digest whatever the page: its headings, what past issues taught, the open issue. */
export type DigestFacts = Pick<CaptureContext, 'template' | 'settings' | 'model' | 'openIssue' | 'due' | 'firstRun'>;

/** The digest's facts in one read: the template, the learned model, the settings and the issues. */
export function readDigestFacts(store: DigestStore, today: string): Promise<DigestFacts> {
  return store.read((tx) => digestFactsIn(tx, today));
}

/** The digest's facts, read in a transaction of the caller's. */
export async function digestFactsIn(tx: ReadTx, today: string): Promise<DigestFacts> {
  const templateRead = tx.meta.template();
  const [template, model, settings, issues] = await Promise.all([templateRead, readSuggestionModel(tx, templateRead), tx.meta.settings(), tx.issues.summaries()]);
  return {
    template,
    settings,
    model,
    openIssue: planNextIssue(issues, today, settings.openIssue, learnedCadenceDays(issues)).key,
    due: reminderDue(issues, settings.reminders, today),
    firstRun: issues.length === 0 && template.preset === undefined && template.learnedFrom === undefined && template.sections.length === 0 && settings.welcomed !== true,
  };
}

/**
 * Reads, while the browser looks up the tab, the digest's facts; then, for the page, the items
 * that hold it and its draft. The queue and the archive are not read here.
 */
export async function loadCaptureContext(store: DigestStore, tab: Promise<TabInfo | undefined>, today: string): Promise<CaptureContext> {
  const [page, digest] = await Promise.all([tab.then(pageOf), readDigestFacts(store, today)]);
  performance.mark('digest-clipper:first-reads');
  const { duplicates, draft } = await store.read(async (tx) => {
    const [duplicates, draft] = await Promise.all([page.refusal ? Promise.resolve([]) : tx.items.findByUrl(page.url), tx.drafts.get(page.key)]);
    return { duplicates, draft };
  });
  return {
    ...digest,
    page,
    suggestions: suggestGroups({ url: page.url, title: page.title }, digest.template, digest.model),
    duplicates,
    draft,
    today,
  };
}
