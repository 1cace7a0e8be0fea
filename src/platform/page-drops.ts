/**
 * Files dropped anywhere on the page but on a drop target of its own (one that takes the drop
 * itself): handed to `onDrop` while the drop runs, rather than the browser opening the file in
 * the page's place and losing what is typed in it. Returns what stops listening.
 */
export function catchPageDrops(onDrop: (data: DataTransfer) => void): () => void {
  const carriesFiles = (e: DragEvent): e is DragEvent & { dataTransfer: DataTransfer } => e.dataTransfer?.types.includes('Files') === true;
  const over = (e: DragEvent): void => {
    if (!carriesFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  };
  const drop = (e: DragEvent): void => {
    if (!carriesFiles(e) || e.defaultPrevented) return;
    e.preventDefault();
    onDrop(e.dataTransfer);
  };
  window.addEventListener('dragover', over);
  window.addEventListener('drop', drop);
  return () => {
    window.removeEventListener('dragover', over);
    window.removeEventListener('drop', drop);
  };
}
