import { decodeIssueBytes } from '../core/issue/decode-issue.ts';
import { leaveOutIssue, planImport, resolveConflict, type ImportFile, type ImportPlan } from '../core/issue/issue-import.ts';
import type { DigestContent } from '../core/model/digest-state.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { relearnSuggestions } from './derived-data.ts';
import type { Item } from '../core/model/item.ts';

/** A file the editor picked: its name and its bytes. */
export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

/** Reads the picked files against what is stored and works out the import; nothing changes yet. */
export async function planIssueImport(store: DigestStore, files: readonly PickedFile[], today: string): Promise<ImportPlan> {
  const decoded = files.map((f) => ({ name: f.name, text: decodeIssueBytes(f.bytes) }));
  const readable: ImportFile[] = decoded.flatMap((f) => (f.text.ok ? [{ name: f.name, text: f.text.value }] : []));
  const undecodable = decoded.flatMap((f) => (f.text.ok ? [] : [{ file: f.name, problem: f.text.error }]));
  const content = await heldContent(store);
  const plan = planImport(readable, content, today);
  return { ...plan, failures: [...undecodable, ...plan.failures] };
}

/** What the store holds that an import is worked out against: the template, the issues and their items. */
function heldContent(store: DigestStore): Promise<DigestContent> {
  return store.read(async (tx) => {
    const [template, issues, items] = await Promise.all([tx.meta.template(), tx.issues.list(), tx.items.all()]);
    return { template, issues, items };
  });
}

/** The plan once the editor has picked which of several files is the issue. */
export async function resolveImportConflict(store: DigestStore, plan: ImportPlan, key: string, fileName: string): Promise<ImportPlan> {
  const content = await heldContent(store);
  return resolveConflict(plan, key, fileName, content);
}

/** The plan once the editor has left an issue out of the import (`leave`), or taken it back. */
export async function leaveOutImportIssue(store: DigestStore, plan: ImportPlan, key: string, leave: boolean): Promise<ImportPlan> {
  return leaveOutIssue(plan, key, await heldContent(store), leave);
}

/**
 * Applies a previewed import: a snapshot of what was there, each imported issue replacing any
 * stored issue of its key together with its items, the learned template, and the suggestion
 * model learned again. One transaction; the queue is not touched.
 */
export function applyIssueImport(store: DigestStore, plan: ImportPlan, now: Date): Promise<void> {
  return store.write(async (tx) => {
    // Everything is read once: for the snapshot and for the items the import replaces.
    const state = await tx.state.read();
    await tx.snapshots.take('before-import', now, state);
    const items = state.items;
    const keys = new Set(plan.parsed.map((p) => p.issue.key));
    const replaced = (item: Item): boolean => item.issue !== null && keys.has(item.issue);
    const added = plan.parsed.flatMap((p) => p.items);
    // An item id the import adds again is replaced by its put; the others go, all issued together
    // (one after another, a re-imported archive's tens of thousands took seconds more).
    const ids = new Set(added.map((item) => item.id));
    await Promise.all(items.filter((item) => replaced(item) && !ids.has(item.id)).map((item) => tx.items.delete(item.id)));
    await Promise.all(added.map((item) => tx.items.put(item)));
    await Promise.all(plan.parsed.map((p) => tx.issues.put(p.issue)));
    await tx.meta.setTemplate(plan.template);
    // Every item now stored: those kept and those added.
    await relearnSuggestions(tx, undefined, [...items.filter((item) => !replaced(item) && !ids.has(item.id)), ...added]);
  });
}
