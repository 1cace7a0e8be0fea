import type { TabInfo } from '../core/model/tab-info.ts';
import { nativeBrowser as browser } from './native-browser.ts';


export async function activeTab(): Promise<TabInfo | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ? { id: tab.id, url: tab.url, title: tab.title } : undefined;
}

/** A tab by id, for the popup opened as a page for a given tab (tests, the options page). */
export async function tabById(id: number): Promise<TabInfo | undefined> {
  try {
    const tab = await browser.tabs.get(id);
    return { id: tab.id, url: tab.url, title: tab.title };
  } catch {
    return undefined;
  }
}

/** Opens an extension page or a web page in a new tab. */
export async function openTab(url: string): Promise<void> {
  await browser.tabs.create({ url });
}

/**
 * Calls back when the page being read may have changed: another tab chosen, or the active tab
 * navigated or retitled. Stops on abort.
 */
export function onActiveTabChanged(onChange: () => void, signal: AbortSignal): void {
  const activated = (): void => onChange();
  const updated = (_id: number, change: { url?: string; title?: string; status?: string }, tab: { active?: boolean }): void => {
    if (tab.active && (change.url !== undefined || change.title !== undefined || change.status === 'complete')) onChange();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  signal.addEventListener('abort', () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  });
}

/** Whether the editor let the extension see every tab's address and title (the optional `tabs`). */
export function canSeeTabs(): Promise<boolean> {
  return browser.permissions.contains({ permissions: ['tabs'] });
}

/** Asks for the optional `tabs` permission; must run in answer to the editor's click. */
export function askToSeeTabs(): Promise<boolean> {
  return browser.permissions.request({ permissions: ['tabs'] });
}
