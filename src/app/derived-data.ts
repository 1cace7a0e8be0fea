import { trainSuggestionModel } from '../core/suggestion/project-suggestion.ts';
import type { WriteTx } from '../storage/digest-store.ts';

/**
 * The one rule for derived data: a use case that changes what the suggestion model is learned
 * from (the published items, the template's headings) learns it again in the same transaction, so the stored model never
 * describes an archive that is not there; and the snapshot a use case promises (before an import
 * or a restore, after a publish) is taken in that transaction too. Either all of it is stored or,
 * on any failure, none of it.
 */
export async function relearnSuggestions(tx: WriteTx): Promise<void> {
  const published = (await tx.items.all()).filter((i) => i.issue !== null);
  await tx.meta.setSuggestionModel(trainSuggestionModel(published, await tx.meta.template()));
}
