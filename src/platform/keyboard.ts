/** Whether the keyboard's shortcut key is ⌘ (macOS, iPadOS) rather than Ctrl. */
export function usesCommandKey(): boolean {
  return /Mac|iPhone|iPad/.test(navigator.platform);
}
