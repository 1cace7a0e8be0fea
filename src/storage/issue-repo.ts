import type { DigestDatabase } from './schema.ts';
import { guard } from './storage-failure.ts';

export type IssueRepo = ReturnType<typeof createIssueRepo>;

export function createIssueRepo(db: Promise<DigestDatabase>) {
  return {
    /** Published issues by number. */
    list: () => guard(async () => (await db).getAll('issues')),
    get: (number: number) => guard(async () => (await db).get('issues', number)),
  };
}
