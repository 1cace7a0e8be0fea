import { nativeBrowser as browser } from './native-browser.ts';

export function onInstalled(listener: () => void): void {
  browser.runtime.onInstalled.addListener(() => listener());
}

export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

/** The options page at one of its sections (`import`), in a tab of its own. */
export async function openOptionsAt(section: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`src/options/index.html#${encodeURIComponent(section)}`) });
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}
