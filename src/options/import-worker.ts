/// <reference lib="webworker" />
import { applyIssueImport, planIssueImport, type PickedFile } from '../app/import-issues.ts';
import type { ImportPlan } from '../core/issue/issue-import.ts';
import { answerCalls } from '../platform/worker-call.ts';
import { createDigestStore } from '../storage/digest-store.ts';
import { openDigestDb } from '../storage/open-db.ts';

/*
 * An import worked out and applied off the options page's thread: reading and learning from
 * hundreds of issues takes seconds, and the page must stay responsive meanwhile. Any failure is
 * answered as one: the page then does the work itself, and words what went wrong.
 */
const store = createDigestStore(openDigestDb());

export const importHandlers = {
  plan: ({ files, today }: { files: PickedFile[]; today: string }): Promise<ImportPlan> => planIssueImport(store, files, today),
  apply: ({ plan, now }: { plan: ImportPlan; now: string }): Promise<void> => applyIssueImport(store, plan, new Date(now)),
};

answerCalls(self, importHandlers);
