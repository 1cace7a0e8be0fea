import browser from './browser.ts';
import { extensionUrl } from './runtime.ts';

export async function showNotification(id: string, title: string, message: string): Promise<void> {
  await browser.notifications.create(id, {
    type: 'basic',
    iconUrl: extensionUrl('icons/icon-128.png'),
    title,
    message,
  });
}

export function onNotificationClicked(listener: (id: string) => void): void {
  browser.notifications.onClicked.addListener(listener);
}

