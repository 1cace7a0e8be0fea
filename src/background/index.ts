import { setBadge } from '../platform/action.ts';
import { alarmIn, clearAlarm, ensureAlarm, onAlarm } from '../platform/alarms.ts';
import { onCommand } from '../platform/commands.ts';
import { createContextMenus, onContextMenuClick } from '../platform/context-menus.ts';
import { uiText } from '../platform/i18n.ts';
import { listenToMessages, sendMessage } from '../platform/messaging.ts';
import { onNotificationClicked, showNotification } from '../platform/notifications.ts';
import { requestPersistentStorage } from '../platform/persistent-storage.ts';
import { extensionUrl, onInstalled, onStartup } from '../platform/runtime.ts';
import { openTab } from '../platform/tabs.ts';
import { readPageFacts } from '../platform/page-facts.ts';
import { openSidePanel } from '../platform/side-panel.ts';
import { openDigestDb } from '../storage/open-db.ts';
import { createDigestStore } from '../storage/digest-store.ts';
import { createBackgroundHandlers } from './background-handlers.ts';
import { browserRemotes } from '../git/browser-remotes.ts';
import { createTeamHandlers, TEAM_ALARM } from './team-handlers.ts';

// The service worker wires browser events to handlers and holds nothing else: every listener is
// registered here, at the top level, in the first turn, as MV3 requires.
const store = createDigestStore(openDigestDb());
const now = () => new Date();
const broadcastQueueChanged = async () => void (await sendMessage('queueChanged', { source: 'background' }));
const handlers = createBackgroundHandlers({
  store,
  t: uiText,
  setBadge,
  createMenus: createContextMenus,
  readPageFacts,
  openSidePanel,
  ensureAlarm,
  alarmIn,
  notify: showNotification,
  openTab,
  extensionUrl,
  persistStorage: requestPersistentStorage,
  broadcastQueueChanged,
  now,
  newId: () => crypto.randomUUID(),
});
const team = createTeamHandlers({
  store,
  team: {
    remoteFor: browserRemotes(now),
    now,
    // Another editor pushed first: wait a moment, less alike each time, and replay.
    wait: (attempt) => new Promise((resolve) => setTimeout(resolve, 50 + Math.random() * 150 * attempt)),
  },
  ensureAlarm,
  clearAlarm,
  broadcastQueueChanged,
  syncBadge: () => handlers.syncBadge(),
});

onInstalled(() => void Promise.all([handlers.installed(), team.startup()]));
onStartup(() => void Promise.all([handlers.startup(), team.startup()]));
onContextMenuClick((info, tab) => void handlers.menuClicked(info, tab));
onCommand((command, tab) => void handlers.command(command, tab));
// A sync that fails for a reason of its own leaves its changes in the outbox for the next one.
const quietly = (work: Promise<unknown>): void => void work.catch(() => undefined);
onAlarm((name) => quietly(name === TEAM_ALARM ? team.sync() : handlers.alarm(name)));
onNotificationClicked((id) => void handlers.notificationClicked(id));
listenToMessages({
  queueChanged: async () => {
    await handlers.queueChanged();
    quietly(team.changed());
  },
  dataChanged: async () => {
    await handlers.syncBadge();
    quietly(team.changed());
  },
  teamConnect: (request) => team.connect(request),
  teamSync: () => team.syncNow(),
  teamDisconnect: () => team.disconnect(),
  teamPushPost: (request) => team.pushPost(request),
});
