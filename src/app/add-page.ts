import { startingPlace } from '../core/suggestion/kind-suggestion.ts';
import type { Item } from '../core/model/item.ts';
import { cleanTitle, newQueuedItem } from '../core/queue/capture.ts';
import { suggestGroups } from '../core/suggestion/project-suggestion.ts';
import { checkCapturableUrl, type UrlRefusal } from '../core/url/capturable-url.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { readSuggestionModel } from './derived-data.ts';
import { openIssueStatusIn, type OpenIssueStatus } from './open-issue-status.ts';
import { asksPicture } from '../core/template/asks-picture.ts';
import { asksReadingTime } from '../core/template/asks-reading-time.ts';

export type AddPageOutcome =
  | { outcome: 'added'; item: Item; status: OpenIssueStatus }
  | { outcome: 'already-queued'; item: Item; status: OpenIssueStatus }
  | { outcome: 'refused'; reason: UrlRefusal };

/**
 * Adds a page without the popup (context menu, shortcut) under the suggested group. The duplicate
 * check, the suggestion's inputs and the add are one transaction, so pages added at the same
 * moment each get a place of their own and a page is never queued twice.
 */
/** A page to add as the browser gives it, with what it says about itself. */
export interface PageToAdd {
  url: string | undefined;
  title: string | undefined;
  comment?: string;
  eventDate?: string;
  author?: string;
  /** The page's picture (see `Link.image`): kept where the digest shows pictures. */
  image?: string;
  /** How long the page takes to read (see `Link.minutes`): kept where the digest gives reading times. */
  minutes?: number;
}

export function addPage(
  store: DigestStore,
  page: PageToAdd,
  deps: { now: () => Date; newId: () => string; today: () => string },
): Promise<AddPageOutcome> {
  const check = checkCapturableUrl(page.url);
  if (!check.ok) return Promise.resolve({ outcome: 'refused', reason: check.reason });
  const title = cleanTitle(page.title ?? '') || check.url;
  const now = deps.now();
  const id = deps.newId();
  const today = deps.today();
  return store.write(async (tx) => {
    const queued = (await tx.items.findByUrl(check.url)).find((i) => i.issue === null);
    if (queued) return { outcome: 'already-queued', item: queued, status: await openIssueStatusIn(tx, today) };
    const templateRead = tx.meta.template();
    const [template, model] = await Promise.all([templateRead, readSuggestionModel(tx, templateRead)]);
    const start = startingPlace({ url: check.url, title }, suggestGroups({ url: check.url, title }, template, model), template, model);
    const item = await tx.items.appendToQueue(
      newQueuedItem({ url: check.url, title, ...start, ...(page.comment ? { comment: page.comment } : {}), ...(page.eventDate ? { eventDate: page.eventDate } : {}), ...(page.author ? { author: page.author } : {}), ...(page.image && asksPicture(template) ? { image: page.image } : {}), ...(page.minutes && asksReadingTime(template) ? { minutes: page.minutes } : {}) }, id, now),
    );
    return { outcome: 'added', item, status: await openIssueStatusIn(tx, today) };
  });
}
