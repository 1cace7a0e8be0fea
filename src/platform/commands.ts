import browser, { type Tabs } from './browser.ts';

export function onCommand(listener: (command: string, tab: Pick<Tabs.Tab, 'id' | 'url' | 'title'> | undefined) => void): void {
  browser.commands.onCommand.addListener((command, tab) => listener(command, tab));
}
