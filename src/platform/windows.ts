import { nativeBrowser as browser } from './native-browser.ts';

/** The id of the window this page belongs to (no permission needed). */
export async function currentWindowId(): Promise<number | undefined> {
  return (await browser.windows.getCurrent()).id;
}
