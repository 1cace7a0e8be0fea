import browser from './browser.ts';

export function onInstalled(listener: () => void): void {
  browser.runtime.onInstalled.addListener(() => listener());
}

export function onStartup(listener: () => void): void {
  browser.runtime.onStartup.addListener(listener);
}

export function openOptionsPage(): Promise<void> {
  return browser.runtime.openOptionsPage();
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}
