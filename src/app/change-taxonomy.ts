import { editTaxonomy, itemsFollowingRename, type TaxonomyChange, type TaxonomyProblem } from '../core/template/taxonomy-edit.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { relearnSuggestions } from './derived-data.ts';

export type TaxonomyOutcome = { outcome: 'refused'; problem: TaxonomyProblem } | { outcome: 'changed'; moved: number };

/**
 * Adds, renames, moves or hides a section or project. A rename moves the queued items filed
 * under the old name with it (published ones keep theirs, kept as an alias), in the same
 * transaction as the template.
 */
export function changeTaxonomy(store: DigestStore, change: TaxonomyChange): Promise<TaxonomyOutcome> {
  return store.write(async (tx) => {
    const next = editTaxonomy(await tx.meta.template(), change);
    if (typeof next === 'string') return { outcome: 'refused', problem: next };
    const moved = itemsFollowingRename(await tx.items.queue(), change);
    await tx.meta.setTemplate(next);
    await Promise.all(moved.map((item) => tx.items.put(item)));
    await relearnSuggestions(tx);
    return { outcome: 'changed', moved: moved.length };
  });
}
