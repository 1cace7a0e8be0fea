import { MENU_ADD_LINK, MENU_ADD_PAGE, MENU_ADD_SELECTION, MENU_OPEN_PANEL } from '../core/contracts/command-ids.ts';
import browser, { type Menus, type Tabs } from './browser.ts';

/** (Re)creates the context-menu entries; called on install and update, as MV3 requires. */
export async function createContextMenus(titles: { addPage: string; addLink: string; addSelection: string; openPanel: string }): Promise<void> {
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_ADD_PAGE, title: titles.addPage, contexts: ['page'] });
  browser.contextMenus.create({ id: MENU_ADD_LINK, title: titles.addLink, contexts: ['link'] });
  browser.contextMenus.create({ id: MENU_ADD_SELECTION, title: titles.addSelection, contexts: ['selection'] });
  // On the toolbar button's own menu.
  browser.contextMenus.create({ id: MENU_OPEN_PANEL, title: titles.openPanel, contexts: ['action'] });
}

export type MenuClick = Pick<Menus.OnClickData, 'menuItemId' | 'linkUrl' | 'linkText' | 'pageUrl' | 'selectionText'>;
export type MenuTab = Pick<Tabs.Tab, 'id' | 'url' | 'title' | 'windowId'>;

export function onContextMenuClick(listener: (info: MenuClick, tab: MenuTab | undefined) => void): void {
  browser.contextMenus.onClicked.addListener((info, tab) => listener(info, tab));
}
