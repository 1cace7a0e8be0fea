import { badgeForQueue, BADGE_COLORS } from '../core/badge.ts';
import { isoDateAt } from '../core/calendar-date.ts';
import { checkCapturableUrl, REFUSAL_MESSAGE, type UrlRefusal } from '../core/capturable-url.ts';
import { cleanTitle, newQueuedItem } from '../core/capture.ts';
import { COMMAND_ADD_PAGE, MENU_ADD_LINK, MENU_ADD_PAGE } from '../core/command-ids.ts';
import { planNextIssue } from '../core/draft-issue.ts';
import { dueOf, shouldRemind, type Due } from '../core/due-date.ts';
import type { Item } from '../core/item.ts';
import type { Translate } from '../core/message-keys.ts';
import { suggestGroups } from '../core/project-suggestion.ts';
import type { Badge } from '../platform/action.ts';
import type { MenuClick, MenuTab } from '../platform/context-menus.ts';
import type { Repos } from '../storage/repos.ts';
import { StorageFailure } from '../storage/storage-failure.ts';

export const DAILY_ALARM = 'daily-check';
export const DUE_NOTIFICATION = 'issue-due';
const DAY_MS = 86_400_000;

/** What the background needs from the browser, so tests can hand it fakes that hold state. */
export interface BackgroundDeps {
  repos: Repos;
  t: Translate;
  setBadge: (badge: Badge) => Promise<void>;
  createMenus: (titles: { addPage: string; addLink: string }) => Promise<void>;
  ensureAlarm: (name: string, periodInMinutes: number) => Promise<void>;
  notify: (id: string, title: string, message: string) => Promise<void>;
  openTab: (url: string) => Promise<void>;
  extensionUrl: (path: string) => string;
  persistStorage: () => Promise<boolean>;
  broadcastQueueChanged: () => Promise<void>;
  now: () => Date;
  newId: () => string;
}

export type AddResult =
  | { outcome: 'added'; item: Item; count: number }
  | { outcome: 'already-queued'; item: Item }
  | { outcome: 'refused'; reason: UrlRefusal }
  | { outcome: 'failed'; error: StorageFailure };

/**
 * Everything the service worker does, as functions of their inputs: no state is kept between
 * events, so a worker stopped at any moment starts again where the database says.
 */
export function createBackgroundHandlers(deps: BackgroundDeps) {
  const { repos, t } = deps;
  const today = (): string => isoDateAt(deps.now());

  const openIssue = async (): Promise<{ count: number; number: number; due: Due; reminders: boolean }> => {
    const [count, issues, settings] = await Promise.all([repos.items.queueCount(), repos.issues.list(), repos.meta.settings()]);
    const number = planNextIssue(issues, today(), settings.openIssue).number;
    const due = dueOf(issues, settings.reminders.cadenceDays, today());
    return { count, number, due, reminders: settings.reminders.enabled };
  };

  const badgeFor = (count: number, due: Due, reminders: boolean) => {
    const badge = badgeForQueue(count, reminders ? due.state : 'none');
    return { text: badge.text, color: BADGE_COLORS[badge.tone] };
  };

  const syncBadge = async (): Promise<void> => {
    const { count, number, due, reminders } = await openIssue();
    const title = t('actionTitleCount', [count, number]) + (reminders && due.date ? ` · ${t('dueOn', due.date)}` : '');
    await deps.setBadge({ ...badgeFor(count, due, reminders), title });
  };

  const refuse = async (title: string): Promise<void> => {
    await deps.setBadge({ text: '!', color: BADGE_COLORS.error, title });
  };

  /** A backup inside the extension at least once a day while items change. */
  const dailySnapshot = async (): Promise<void> => {
    const latest = await repos.snapshots.latest();
    if (latest && deps.now().getTime() - Date.parse(latest.takenAt) < DAY_MS) return;
    await repos.snapshots.take('daily', deps.now());
  };

  /** On the day the issue is due (or after), one notification a day offering the export. */
  const remind = async (): Promise<boolean> => {
    const [{ due, number, reminders }, state] = await Promise.all([openIssue(), repos.meta.reminders()]);
    if (!shouldRemind(due, reminders, state.lastNotified, today())) return false;
    await deps.notify(DUE_NOTIFICATION, t('notifyDueTitle', number), t(due.state === 'today' ? 'notifyDueToday' : 'notifyOverdue', due.date ?? ''));
    await repos.meta.setReminders({ lastNotified: today() });
    return true;
  };

  /** Adds a page with the suggested section and project; one transaction per page. */
  const addPage = async (page: { url: string | undefined; title: string | undefined }): Promise<AddResult> => {
    const check = checkCapturableUrl(page.url);
    if (!check.ok) {
      await refuse(t('actionTitleRefused', t(REFUSAL_MESSAGE[check.reason])));
      return { outcome: 'refused', reason: check.reason };
    }
    try {
      const queued = (await repos.items.findByUrl(check.url)).find((i) => i.issue === null);
      if (queued) {
        const { count, due, reminders } = await openIssue();
        await deps.setBadge({ ...badgeFor(count, due, reminders), title: `${t('noticeQueued')}: ${queued.links[0]?.title || check.url}` });
        return { outcome: 'already-queued', item: queued };
      }
      const title = cleanTitle(page.title ?? '') || check.url;
      const [template, model] = await Promise.all([repos.meta.template(), repos.meta.suggestionModel()]);
      const best = suggestGroups({ url: check.url, title }, template, model)[0];
      const group = { section: best?.section ?? template.sections[0]?.name ?? null, project: best?.project ?? null };
      const item = await repos.items.addToQueue(newQueuedItem({ url: check.url, title, ...group }, deps.newId(), deps.now()));
      const { count, due, reminders } = await openIssue();
      await deps.setBadge({ ...badgeFor(count, due, reminders), title: t('actionTitleAdded', [title, count]) });
      await deps.broadcastQueueChanged();
      await dailySnapshot().catch(() => undefined);
      return { outcome: 'added', item, count };
    } catch (e) {
      const error = StorageFailure.from(e);
      await refuse(t('actionTitleFailed', error.message)).catch(() => undefined);
      return { outcome: 'failed', error };
    }
  };

  return {
    syncBadge,
    addPage,
    remind,
    dailySnapshot,
    async installed(): Promise<void> {
      await deps.createMenus({ addPage: t('menuAddPage'), addLink: t('menuAddLink') });
      await Promise.all([syncBadge(), deps.persistStorage(), deps.ensureAlarm(DAILY_ALARM, 60)]);
    },
    async startup(): Promise<void> {
      await Promise.all([syncBadge(), deps.ensureAlarm(DAILY_ALARM, 60)]);
    },
    async queueChanged(): Promise<void> {
      await syncBadge();
      await dailySnapshot();
    },
    async alarm(name: string): Promise<void> {
      if (name !== DAILY_ALARM) return;
      await syncBadge();
      await remind();
      await dailySnapshot();
    },
    async notificationClicked(id: string): Promise<void> {
      if (id === DUE_NOTIFICATION) await deps.openTab(deps.extensionUrl('src/popup/index.html?view=export'));
    },
    menuClicked(info: MenuClick, tab: MenuTab | undefined): Promise<AddResult> | undefined {
      if (info.menuItemId === MENU_ADD_LINK) return addPage({ url: info.linkUrl, title: info.linkText ?? info.linkUrl });
      if (info.menuItemId === MENU_ADD_PAGE) return addPage({ url: tab?.url ?? info.pageUrl, title: tab?.title });
      return undefined;
    },
    command(name: string, tab: MenuTab | undefined): Promise<AddResult> | undefined {
      return name === COMMAND_ADD_PAGE ? addPage({ url: tab?.url, title: tab?.title }) : undefined;
    },
  };
}

export type BackgroundHandlers = ReturnType<typeof createBackgroundHandlers>;
