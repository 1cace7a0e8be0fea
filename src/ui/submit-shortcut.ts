/**
 * Ctrl+Enter or Cmd+Enter, and never the Enter that confirms an input-method candidate
 * (Chinese, Japanese, Korean input): that one arrives while composing, or as key code 229.
 */
export function isSubmitShortcut(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'isComposing' | 'keyCode'>): boolean {
  return e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.isComposing && e.keyCode !== 229;
}
