import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The shared corpus of published issues, beside the repository (read-only, never copied in). */
export const CORPUS_DIR = resolve(root, '../shared/corpus/openstack-digest');

export const corpusAvailable = existsSync(CORPUS_DIR);

if (!corpusAvailable) {
  console.warn(`\n⚠ The shared corpus is absent (${CORPUS_DIR}): tests that read it are skipped.\n`);
}

export interface CorpusFile {
  name: string;
  text: string;
}

export function corpusFiles(): CorpusFile[] {
  if (!corpusAvailable) return [];
  return readdirSync(CORPUS_DIR)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(CORPUS_DIR, name), 'utf8') }));
}

/** The digests of the shared corpus: OpenStack's, and four that are written today (its README). */
export const DIGESTS = ['openstack-digest', 'this-week-in-rust', 'ruanyf-weekly', 'r-weekly', 'this-week-in-react'] as const;
export type DigestName = (typeof DIGESTS)[number];

export function digestDir(name: DigestName): string {
  return name === 'openstack-digest' ? CORPUS_DIR : resolve(root, '../shared/corpus/other-digests', name);
}

export const otherDigestsAvailable = existsSync(resolve(root, '../shared/corpus/other-digests'));

if (!otherDigestsAvailable) {
  console.warn(`\n⚠ The shared corpus of other digests is absent: tests that read it are skipped.\n`);
}

/** A digest's published issues as the corpus holds them: `.md`, `.markdown` and `.mdx` files. */
export function digestFiles(name: DigestName): CorpusFile[] {
  const dir = digestDir(name);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(md|markdown|mdx)$/.test(f))
    .sort()
    .map((file) => ({ name: file, text: readFileSync(join(dir, file), 'utf8') }));
}

export const FIXTURES_DIR = resolve(root, 'test/fixtures');

export function fixtureFiles(folder: string, extension: string | RegExp = '.md'): CorpusFile[] {
  const dir = join(FIXTURES_DIR, folder);
  return readdirSync(dir)
    .filter((f) => (typeof extension === 'string' ? f.endsWith(extension) : extension.test(f)))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
