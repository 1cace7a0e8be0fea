import browser from './browser.ts';

/**
 * Asks for the host permission of one site (a team's repository) at the editor's click; the
 * manifest lists it as optional, so nothing is granted at install. Resolves false if refused or
 * if the browser cannot ask (no user gesture).
 */
export async function requestHostAccess(origins: string): Promise<boolean> {
  try {
    return await browser.permissions.request({ origins: [origins] });
  } catch {
    return false;
  }
}
