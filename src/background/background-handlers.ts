import { addPage, type AddPageOutcome, type PageToAdd } from '../app/add-page.ts';
import { relearnStaleSuggestions } from '../app/derived-data.ts';
import { markEveryIssueHeld } from '../app/mark-every-issue.ts';
import { openIssueStatus, type OpenIssueStatus } from '../app/open-issue-status.ts';
import { readTeamStatus } from '../app/team/read-team-status.ts';
import { dailySnapshotDue, takeDailySnapshot } from '../app/snapshots.ts';
import { COMMAND_ADD_PAGE, COMMAND_OPEN_PANEL, MENU_ADD_LINK, MENU_ADD_PAGE, MENU_ADD_SELECTION, MENU_OPEN_PANEL } from '../core/contracts/command-ids.ts';
import { pageFactsFrom, type FactsAsked, type RawPageFacts } from '../core/page/page-facts.ts';
import { asksReadingTime } from '../core/template/asks-reading-time.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import { isoDateAt } from '../core/dates/calendar-date.ts';
import { itemHeadline } from '../core/model/item.ts';
import { BADGE_COLORS, badgeForQueue } from '../core/schedule/badge.ts';
import { shouldRemind } from '../core/schedule/due-date.ts';
import type { Badge } from '../platform/action.ts';
import type { MenuClick, MenuTab } from '../platform/context-menus.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { sayFailure } from '../core/contracts/wording.ts';
import { dueWording, refusalWording, say } from '../core/contracts/wording.ts';

export const DAILY_ALARM = 'daily-check';
/**
 * Rings a minute after the last change of a run of them: the day's snapshot is taken then, not
 * right after a save, as it reads and writes everything in one transaction (seconds, for a long
 * archive) and the database serves nothing else meanwhile, the next popup included.
 */
export const SNAPSHOT_ALARM = 'snapshot-soon';
const SNAPSHOT_AFTER_MINUTES = 1;
export const DUE_NOTIFICATION = 'issue-due';

/** What the background needs from the browser, so tests can hand it fakes that hold state. */
export interface BackgroundDeps {
  store: DigestStore;
  t: Translate;
  setBadge: (badge: Badge) => Promise<void>;
  createMenus: (titles: { addPage: string; addLink: string; addSelection: string; openPanel: string }) => Promise<void>;
  /** Opens the side panel for a window; called in answer to the editor's click or key. */
  openSidePanel?: (windowId?: number) => Promise<boolean>;
  /** What the page in a tab says about itself, at the editor's click; undefined where it cannot be read. */
  readPageFacts?: (tabId: number, asked: FactsAsked) => Promise<RawPageFacts | undefined>;
  ensureAlarm: (name: string, periodInMinutes: number) => Promise<void>;
  /** A one-off alarm; set again before it rings, it is put off. */
  alarmIn: (name: string, delayInMinutes: number) => Promise<void>;
  notify: (id: string, title: string, message: string) => Promise<void>;
  openTab: (url: string) => Promise<void>;
  extensionUrl: (path: string) => string;
  persistStorage: () => Promise<boolean>;
  broadcastQueueChanged: () => Promise<void>;
  now: () => Date;
  newId: () => string;
}

export type AddResult = AddPageOutcome | { outcome: 'failed'; error: unknown };

/**
 * Everything the service worker does, as functions of their inputs: no state is kept between
 * events, so a worker stopped at any moment starts again where the database says.
 */
export function createBackgroundHandlers(deps: BackgroundDeps) {
  const { store, t } = deps;
  const today = (): string => isoDateAt(deps.now());

  const badgeOf = (status: OpenIssueStatus, title: string): Badge => {
    const badge = badgeForQueue(status.count, status.due.state);
    return { text: badge.text, color: BADGE_COLORS[badge.tone], title };
  };
  const statusTitle = (status: OpenIssueStatus): string => {
    const due = dueWording(status.due);
    return t('actionTitleCount', [status.count, status.key]) + (due ? ` · ${say(t, due)}` : '');
  };

  /** The open issue's count and due date; while team changes wait for the network, that too. */
  const syncBadge = async (): Promise<void> => {
    const [status, team] = await Promise.all([openIssueStatus(store, today()), readTeamStatus(store)]);
    const badge = badgeOf(status, statusTitle(status));
    if (!team.connected || team.waiting === 0 || team.lastError === null) return deps.setBadge(badge);
    await deps.setBadge({ text: `${badge.text}↑`, color: BADGE_COLORS.error, title: `${badge.title} · ${t('badgeTeamWaiting', team.waiting)}` });
  };

  const refuse = async (title: string): Promise<void> => {
    await deps.setBadge({ text: '!', color: BADGE_COLORS.error, title });
  };

  const dailySnapshot = async (): Promise<void> => {
    await takeDailySnapshot(store, deps.now());
  };

  /** After a change: the day's snapshot, where one is due, a minute after the last change. */
  const snapshotSoon = async (): Promise<void> => {
    if (await dailySnapshotDue(store, deps.now())) await deps.alarmIn(SNAPSHOT_ALARM, SNAPSHOT_AFTER_MINUTES);
  };

  /** On the day the issue is due (or after), one notification a day offering the export. */
  const remind = async (): Promise<boolean> => {
    const status = await openIssueStatus(store, today());
    const { lastNotified } = await store.read((tx) => tx.meta.reminders());
    if (!shouldRemind(status.due, lastNotified, today())) return false;
    const { due, key } = status;
    await deps.notify(DUE_NOTIFICATION, t('notifyDueTitle', key), t(due.state === 'today' ? 'notifyDueToday' : 'notifyOverdue', due.date ?? ''));
    await store.write((tx) => tx.meta.setReminders({ lastNotified: today() }));
    return true;
  };

  /** Adds a page with the suggested section and project; the badge says what happened. */
  const add = async (page: PageToAdd): Promise<AddResult> => {
    try {
      const result = await addPage(store, page, { now: deps.now, newId: deps.newId, today });
      if (result.outcome === 'refused') {
        await refuse(t('actionTitleRefused', say(t, refusalWording(result.reason))));
      } else if (result.outcome === 'already-queued') {
        await deps.setBadge(badgeOf(result.status, `${t('noticeQueued')}: ${itemHeadline(result.item)}`));
      } else {
        await deps.setBadge(badgeOf(result.status, t('actionTitleAdded', [itemHeadline(result.item), result.status.count])));
        await deps.broadcastQueueChanged();
        await snapshotSoon().catch(() => undefined);
      }
      return result;
    } catch (error) {
      await refuse(t('actionTitleFailed', sayFailure(t, error))).catch(() => undefined);
      return { outcome: 'failed', error };
    }
  };

  /**
   * A page added without the popup, with what the page says about itself where it can be read:
   * the selection as its comment, its own canonical address, the day it was published, its author,
   * its picture.
   */
  const addWithFacts = async (page: { url: string | undefined; title: string | undefined; selection?: string | undefined }, tab: MenuTab | undefined): Promise<AddResult> => {
    // (The page's words are counted only where the digest gives reading times.)
    const asked = { words: deps.readPageFacts ? asksReadingTime(await deps.store.read((tx) => tx.meta.template())) : false };
    const raw = (tab?.id !== undefined && deps.readPageFacts ? await deps.readPageFacts(tab.id, asked) : undefined) ?? {};
    const facts = page.url ? pageFactsFrom({ ...raw, ...(page.selection ? { selection: page.selection } : {}) }, page.url) : {};
    return add({
      url: facts.canonical ?? page.url,
      // (The tab's title is the document's: without the site's name where the page says which part that is.)
      title: facts.title !== undefined && page.title === raw.title ? facts.title : page.title,
      ...(facts.selection ? { comment: facts.selection } : {}),
      ...(facts.published ? { eventDate: facts.published } : {}),
      ...(facts.author ? { author: facts.author } : {}),
      ...(facts.image ? { image: facts.image } : {}),
      ...(facts.minutes ? { minutes: facts.minutes } : {}),
    });
  };

  return {
    syncBadge,
    addPage: add,
    remind,
    dailySnapshot,
    async installed(): Promise<void> {
      // An update may change what the suggestion model learns from.
      await relearnStaleSuggestions(store).catch(() => false);
      // A digest learned before the headings every issue writes were marked gets them from its issues.
      await markEveryIssueHeld(store).catch(() => false);
      await deps.createMenus({ addPage: t('menuAddPage'), addLink: t('menuAddLink'), addSelection: t('menuAddSelection'), openPanel: t('menuOpenPanel') });
      await Promise.all([syncBadge(), deps.persistStorage(), deps.ensureAlarm(DAILY_ALARM, 60)]);
    },
    async startup(): Promise<void> {
      await Promise.all([syncBadge(), deps.ensureAlarm(DAILY_ALARM, 60)]);
    },
    async queueChanged(): Promise<void> {
      await syncBadge();
      await snapshotSoon();
    },
    async alarm(name: string): Promise<void> {
      if (name === SNAPSHOT_ALARM) return dailySnapshot();
      if (name !== DAILY_ALARM) return;
      await syncBadge();
      await remind();
      await dailySnapshot();
    },
    async notificationClicked(id: string): Promise<void> {
      if (id === DUE_NOTIFICATION) await deps.openTab(deps.extensionUrl('src/popup/index.html?view=export'));
    },
    menuClicked(info: MenuClick, tab: MenuTab | undefined): Promise<AddResult> | undefined {
      if (info.menuItemId === MENU_OPEN_PANEL) {
        void deps.openSidePanel?.(tab?.windowId).catch(() => undefined);
        return undefined;
      }
      if (info.menuItemId === MENU_ADD_LINK) return add({ url: info.linkUrl, title: info.linkText ?? info.linkUrl });
      if (info.menuItemId === MENU_ADD_PAGE) return addWithFacts({ url: tab?.url ?? info.pageUrl, title: tab?.title }, tab);
      // The selection is the editor's choice of words: the item's comment.
      if (info.menuItemId === MENU_ADD_SELECTION) return addWithFacts({ url: tab?.url ?? info.pageUrl, title: tab?.title, selection: info.selectionText }, tab);
      return undefined;
    },
    command(name: string, tab: MenuTab | undefined): Promise<AddResult> | undefined {
      if (name === COMMAND_OPEN_PANEL) {
        void deps.openSidePanel?.(tab?.windowId).catch(() => undefined);
        return undefined;
      }
      return name === COMMAND_ADD_PAGE ? addWithFacts({ url: tab?.url, title: tab?.title }, tab) : undefined;
    },
  };
}

export type BackgroundHandlers = ReturnType<typeof createBackgroundHandlers>;
