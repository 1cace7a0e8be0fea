import browser from './browser.ts';

export interface Badge {
  text: string;
  color: string;
  title: string;
}

/** The toolbar button's badge and tooltip. */
export async function setBadge(badge: Badge): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ text: badge.text }),
    browser.action.setBadgeBackgroundColor({ color: badge.color }),
    browser.action.setTitle({ title: badge.title }),
  ]);
}

export type SetBadge = typeof setBadge;
