/** Saves text as a file through an ordinary download link: no `downloads` permission needed. */
export function downloadText(fileName: string, text: string, type = 'text/markdown;charset=utf-8'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  // A download link makes no folders: a page bundle's `008/index.md` is saved as `008-index.md`
  // (browsers would each mangle the slash their own way).
  a.download = fileName.replace(/[\\/]+/g, '-');
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The download has started from the object URL; let it go once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
