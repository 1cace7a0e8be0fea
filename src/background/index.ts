import { setBadge } from '../platform/action.ts';
import { ensureAlarm, onAlarm } from '../platform/alarms.ts';
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

// The service worker wires browser events to handlers and holds nothing else: every listener is
// registered here, at the top level, in the first turn, as MV3 requires.
const handlers = createBackgroundHandlers({
  store: createDigestStore(openDigestDb()),
  t: uiText,
  setBadge,
  createMenus: createContextMenus,
  readPageFacts,
  openSidePanel,
  ensureAlarm,
  notify: showNotification,
  openTab,
  extensionUrl,
  persistStorage: requestPersistentStorage,
  broadcastQueueChanged: async () => void (await sendMessage('queueChanged', { source: 'background' })),
  now: () => new Date(),
  newId: () => crypto.randomUUID(),
});

onInstalled(() => void handlers.installed());
onStartup(() => void handlers.startup());
onContextMenuClick((info, tab) => void handlers.menuClicked(info, tab));
onCommand((command, tab) => void handlers.command(command, tab));
onAlarm((name) => void handlers.alarm(name));
onNotificationClicked((id) => void handlers.notificationClicked(id));
listenToMessages({
  queueChanged: () => handlers.queueChanged(),
  dataChanged: () => handlers.syncBadge(),
});
