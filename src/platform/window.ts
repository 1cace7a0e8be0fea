/** Closes the page this runs in: the toolbar popup, once its work is done. */
export function closeThisWindow(): void {
  window.close();
}
