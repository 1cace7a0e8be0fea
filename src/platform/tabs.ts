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
