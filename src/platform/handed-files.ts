import { entersFolder, type HandedFile } from '../core/issue/issue-files.ts';
import { Failure } from '../core/model/failure.ts';

/** Files picked in a file chooser: each by its path in the folder picked (`webkitdirectory`), or its name. */
export function pickedFiles(files: readonly File[]): HandedFile[] {
  return files.map((file) => handed(file, file.webkitRelativePath || file.name));
}

/**
 * The files of a drop: each file dropped, and every file inside each folder dropped, at any
 * depth (not inside the folders an import never looks in, so a repository's `.git` is not even
 * listed). The entries are taken while the drop event runs, as the browser requires.
 */
export function droppedFiles(data: DataTransfer): Promise<HandedFile[]> {
  const entries = [...data.items].flatMap((item) => {
    const entry = item.kind === 'file' ? item.webkitGetAsEntry() : null;
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return Promise.resolve(pickedFiles([...data.files]));
  return Promise.all(entries.map((entry) => filesIn(entry, ''))).then((all) => all.flat());
}

async function filesIn(entry: FileSystemEntry, folder: string): Promise<HandedFile[]> {
  const path = folder + entry.name;
  if (isFile(entry)) return [handed(await new Promise<File>((resolve, reject) => entry.file(resolve, reject)), path)];
  if (!isDirectory(entry) || (folder !== '' && !entersFolder(entry.name))) return [];
  const reader = entry.createReader();
  const inside: FileSystemEntry[] = [];
  // The browser lists a folder in batches, an empty one saying it is done.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    inside.push(...batch);
  }
  return (await Promise.all(inside.map((e) => filesIn(e, `${path}/`)))).flat();
}

function handed(file: File, path: string): HandedFile {
  return {
    path,
    bytes: async () => {
      try {
        return new Uint8Array(await file.arrayBuffer());
      } catch (e) {
        // Moved or deleted since it was picked, or a folder a browser without folder drops handed over as a file.
        throw new Failure('file-unreadable', path, { cause: e });
      }
    },
  };
}

function isFile(entry: FileSystemEntry): entry is FileSystemFileEntry {
  return entry.isFile;
}

function isDirectory(entry: FileSystemEntry): entry is FileSystemDirectoryEntry {
  return entry.isDirectory;
}
