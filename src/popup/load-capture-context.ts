import type { CaptureDraft } from '../core/capture-draft.ts';
import { checkCapturableUrl, draftKeyOf, type UrlRefusal } from '../core/capturable-url.ts';
import { cleanTitle } from '../core/capture.ts';
import { planNextIssue } from '../core/draft-issue.ts';
import { dueOf, type Due } from '../core/due-date.ts';
import type { Item } from '../core/item.ts';
import { suggestGroups, type Suggestion } from '../core/project-suggestion.ts';
import type { Settings } from '../core/settings.ts';
import type { Template } from '../core/template.ts';
import type { TabInfo } from '../platform/tabs.ts';
import type { Repos } from '../storage/repos.ts';

/** The page the popup was opened on. */
export interface CapturedPage {
  /** The draft key: the canonical URL, or `manual:` where the page could not be read. */
  key: string;
  url: string;
  title: string;
  refusal?: UrlRefusal;
  noTitle: boolean;
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
  openIssueNumber: number;
  /** When the open issue is due; state `none` when reminders are off or no rhythm is known. */
  due: Due;
  today: string;
}

export function pageOf(tab: TabInfo | undefined): CapturedPage {
  const check = checkCapturableUrl(tab?.url);
  if (!check.ok) {
    return { key: `manual:${tab?.id ?? 'none'}`, url: '', title: cleanTitle(tab?.title ?? ''), refusal: check.reason, noTitle: false };
  }
  const title = cleanTitle(tab?.title ?? '');
  // A page without a <title> shows its address as the tab's title, scheme dropped.
  const untitled = title === '' || title === check.url || check.url.replace(/^https?:\/\//, '') === title;
  return { key: draftKeyOf(check.url), url: check.url, title: untitled ? check.url : title, noTitle: untitled };
}

/**
 * Reads the tab and, at the same time, the template, the learned model, the settings and the
 * newest issue; then the duplicate lookup (by index) and the page's draft. The queue and the
 * archive are not read here.
 */
export async function loadCaptureContext(tab: Promise<TabInfo | undefined>, repos: Repos, today: string): Promise<CaptureContext> {
  const pagePromise = tab.then(pageOf);
  const [page, template, model, settings, issues] = await Promise.all([
    pagePromise,
    repos.meta.template(),
    repos.meta.suggestionModel(),
    repos.meta.settings(),
    repos.issues.list(),
  ]);
  performance.mark('digest-clipper:first-reads');
  const [duplicates, draft] = await Promise.all([
    page.refusal ? Promise.resolve([]) : repos.items.findByUrl(page.url),
    repos.drafts.get(page.key),
  ]);
  const suggestions = suggestGroups({ url: page.url, title: page.title }, template, model);
  const openIssueNumber = planNextIssue(issues, today, settings.openIssue).number;
  const due = settings.reminders.enabled ? dueOf(issues, settings.reminders.cadenceDays, today) : dueOf([], null, today);
  return { page, template, settings, suggestions, duplicates, draft, openIssueNumber, due, today };
}
