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

export const FIXTURES_DIR = resolve(root, 'test/fixtures');

export function fixtureFiles(folder: string, extension = '.md'): CorpusFile[] {
  const dir = join(FIXTURES_DIR, folder);
  return readdirSync(dir)
    .filter((f) => f.endsWith(extension))
    .sort()
    .map((name) => ({ name, text: readFileSync(join(dir, name), 'utf8') }));
}
