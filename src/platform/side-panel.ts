import { nativeBrowser as browser } from './native-browser.ts';

interface ChromeSidePanel {
  open: (options: { windowId: number }) => Promise<void>;
}
interface FirefoxSidebar {
  open: () => Promise<void>;
}

/**
 * Opens the panel that stays while the editor reads: Chrome's side panel for the window, or
 * Firefox's sidebar. Both must be asked in answer to the editor's click or key; false where the
 * browser has neither.
 */
export async function openSidePanel(windowId?: number): Promise<boolean> {
  const scope = globalThis as unknown as { chrome?: { sidePanel?: ChromeSidePanel }; browser?: { sidebarAction?: FirefoxSidebar } };
  const sidePanel = scope.chrome?.sidePanel;
  if (sidePanel?.open) {
    const id = windowId ?? (await browser.windows.getCurrent()).id;
    if (id === undefined) return false;
    await sidePanel.open({ windowId: id });
    return true;
  }
  const sidebar = scope.browser?.sidebarAction;
  if (sidebar?.open) {
    await sidebar.open();
    return true;
  }
  return false;
}
