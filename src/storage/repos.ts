import { createDraftRepo } from './draft-repo.ts';
import { createIssueRepo } from './issue-repo.ts';
import { createItemRepo } from './item-repo.ts';
import { createMetaRepo } from './meta-repo.ts';
import { createSnapshotRepo } from './snapshot-repo.ts';
import type { DigestDatabase } from './schema.ts';

/** Every repository over one database connection. */
export function createRepos(db: Promise<DigestDatabase>) {
  return {
    db,
    items: createItemRepo(db),
    issues: createIssueRepo(db),
    meta: createMetaRepo(db),
    drafts: createDraftRepo(db),
    snapshots: createSnapshotRepo(db),
  };
}

export type Repos = ReturnType<typeof createRepos>;
