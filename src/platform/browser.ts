// The one import of the polyfill; everything else reaches the browser through this folder.
import browser from 'webextension-polyfill';

export default browser;
export type { Browser, Menus, Runtime, Tabs } from 'webextension-polyfill';
