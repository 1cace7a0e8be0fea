import { badgeForQueue, BADGE_COLORS } from '../core/badge.ts';
import { checkCapturableUrl, REFUSAL_MESSAGE, type UrlRefusal } from '../core/capturable-url.ts';
import { cleanTitle, newQueuedItem } from '../core/capture.ts';
import { planNextIssue } from '../core/draft-issue.ts';
import type { Item } from '../core/item.ts';
import type { Translate } from '../core/message-keys.ts';
import { suggestGroups } from '../core/project-suggestion.ts';
import type { Badge } from '../platform/action.ts';
import { COMMAND_ADD_PAGE, MENU_ADD_LINK, MENU_ADD_PAGE } from '../core/command-ids.ts';
import type { MenuClick, MenuTab } from '../platform/context-menus.ts';
import type { Repos } from '../storage/repos.ts';
import { StorageFailure } from '../storage/storage-failure.ts';

/** What the background needs from the browser, so tests can hand it fakes that hold state. */
export interface BackgroundDeps {
  repos: Repos;
  t: Translate;
  setBadge: (badge: Badge) => Promise<void>;
  createMenus: (titles: { addPage: string; addLink: string }) => Promise<void>;
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

  const syncBadge = async (): Promise<void> => {
    const [count, latest, settings] = await Promise.all([repos.items.queueCount(), repos.issues.latest(), repos.meta.settings()]);
    const number = planNextIssue(latest ? [latest] : [], '1970-01-01', settings.openIssue).number;
    const badge = badgeForQueue(count);
    await deps.setBadge({ text: badge.text, color: BADGE_COLORS[badge.tone], title: t('actionTitleCount', [count, number]) });
  };

  const refuse = async (title: string): Promise<void> => {
    await deps.setBadge({ text: '!', color: BADGE_COLORS.error, title });
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
        await deps.setBadge({ ...badgeOf(await repos.items.queueCount()), title: `${t('noticeQueued')}: ${queued.links[0]?.title || check.url}` });
        return { outcome: 'already-queued', item: queued };
      }
      const title = cleanTitle(page.title ?? '') || check.url;
      const [template, model] = await Promise.all([repos.meta.template(), repos.meta.suggestionModel()]);
      const best = suggestGroups({ url: check.url, title }, template, model)[0];
      const group = { section: best?.section ?? template.sections[0]?.name ?? null, project: best?.project ?? null };
      const item = await repos.items.addToQueue(newQueuedItem({ url: check.url, title, ...group }, deps.newId(), deps.now()));
      const count = await repos.items.queueCount();
      await deps.setBadge({ ...badgeOf(count), title: t('actionTitleAdded', [title, count]) });
      await deps.broadcastQueueChanged();
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
    async installed(): Promise<void> {
      await deps.createMenus({ addPage: t('menuAddPage'), addLink: t('menuAddLink') });
      await Promise.all([syncBadge(), deps.persistStorage()]);
    },
    startup: syncBadge,
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

function badgeOf(count: number): { text: string; color: string } {
  const badge = badgeForQueue(count);
  return { text: badge.text, color: BADGE_COLORS[badge.tone] };
}
