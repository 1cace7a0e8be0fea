import { openDigestDb } from '../../src/storage/open-db.ts';
import { createRepos, type Repos } from '../../src/storage/repos.ts';

let counter = 0;

/** A fresh database of our schema, under a name no other test uses (idb's own test pattern). */
export function testRepos(): Repos & { name: string } {
  const name = `digest-test-${process.pid}-${++counter}`;
  return { ...createRepos(openDigestDb(name)), name };
}
