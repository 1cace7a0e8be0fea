import { compareIssueKeys, type IssueKey } from '../core/model/issue-key.ts';
import { itemHeadline, type Item } from '../core/model/item.ts';
import type { UrlRefusal } from '../core/url/capturable-url.ts';

/** What the capture form says above its fields, as codes its view words. */
export type CaptureNotice =
  | { kind: 'saved'; count: number }
  | { kind: 'updated' }
  | { kind: 'queued' }
  | { kind: 'in-queue'; title: string }
  | { kind: 'published'; issue: IssueKey }
  | { kind: 'restricted'; reason: UrlRefusal }
  | { kind: 'no-title' }
  | { kind: 'draft-restored' };

/** What the form knows of its page when nothing has been saved from it yet. */
export interface PageState {
  refusal?: UrlRefusal | undefined;
  noTitle?: boolean | undefined;
  /** The queued item the form edits. */
  editingId: string | undefined;
  /** Items holding the page's address, queued or published. */
  duplicates: readonly Item[];
  /** The form opened on the page's kept draft, and still holds unsaved typing. */
  draftShown: boolean;
  hasDraft: boolean;
}

/**
 * The notices for a page, in the order they show: the same in the early form and the
 * application's, so the form does not change when one takes over from the other.
 */
export function pageNotices(page: PageState): CaptureNotice[] {
  const notices: CaptureNotice[] = [];
  if (page.refusal) notices.push({ kind: 'restricted', reason: page.refusal });
  const queuedElsewhere = page.duplicates.find((i) => i.issue === null && i.id !== page.editingId);
  if (page.editingId !== undefined) notices.push({ kind: 'queued' });
  else if (queuedElsewhere) notices.push({ kind: 'in-queue', title: itemHeadline(queuedElsewhere) });
  const published = page.duplicates.flatMap((i) => (i.issue === null ? [] : [i.issue]));
  if (page.editingId === undefined && published.length > 0) notices.push({ kind: 'published', issue: published.reduce((a, b) => (compareIssueKeys(a, b) >= 0 ? a : b)) });
  if (page.noTitle && !page.hasDraft) notices.push({ kind: 'no-title' });
  if (page.draftShown && page.hasDraft) notices.push({ kind: 'draft-restored' });
  return notices;
}
