import { learnItems, SUGGESTION_MODEL_VERSION, trainSuggestionModel, type LearnedItem, type SuggestionModel } from '../core/suggestion/project-suggestion.ts';
import type { DigestStore, ReadTx, WriteTx } from '../storage/digest-store.ts';
import type { Issue } from '../core/model/issue.ts';
import type { Item } from '../core/model/item.ts';
import type { Template } from '../core/model/template.ts';

/**
 * The one rule for derived data: a use case that changes what the suggestion model is learned
 * from (the items, the template's headings) learns it again in the same transaction, so the
 * stored model never describes an archive that is not there; and the snapshot a use case promises (before an import
 * or a restore, after a publish) is taken in that transaction too. Either all of it is stored or,
 * on any failure, none of it.
 */
export async function relearnSuggestions(tx: WriteTx, known?: readonly Pick<Issue, 'key' | 'published'>[], knownItems?: readonly Item[]): Promise<void> {
  // Every item the editor filed teaches: the published ones and those waiting in the queue; the
  // issues' days say which headings the digest stopped using (`known`, `knownItems`: as the use
  // case has them already, every issue or item stored, not read again: an import of years of
  // issues would read back every item it just wrote).
  const [items, template, issues] = await Promise.all([knownItems ?? tx.items.all(), tx.meta.template(), known ?? tx.issues.summaries()]);
  await tx.meta.setSuggestionModel(trainSuggestionModel(items, template, issues));
  await tx.meta.setLearnedSince([]);
}

/**
 * A save teaches the model at once, in the save's transaction: the next page from the same host
 * or on the same subject is suggested where the editor put this one. (Edits and deletes are
 * learned when the model is next learned whole, at an import, a publish or a restore.)
 */
export async function learnFromSave(tx: WriteTx, item: LearnedItem): Promise<void> {
  // Kept beside the model, not folded into it: rewriting a model of years of items on every
  // save would cost the save its speed.
  const learned = await tx.meta.learnedSince();
  const record: LearnedItem = { section: item.section, project: item.project, comment: item.comment, links: item.links.slice(0, 1), ...(item.eventDate ? { eventDate: item.eventDate } : {}), ...(item.kind ? { kind: item.kind } : {}) };
  await tx.meta.setLearnedSince([...learned, record]);
}

/**
 * A model stored by an older version, learned from other features, is learned again (the
 * extension calls this when it is updated); true when it was.
 */
export function relearnStaleSuggestions(store: DigestStore): Promise<boolean> {
  return store.write(async (tx) => {
    const model = await tx.meta.suggestionModel();
    if (model === undefined || model.version === SUGGESTION_MODEL_VERSION) return false;
    await relearnSuggestions(tx);
    return true;
  });
}

/**
 * The model as suggestions use it: learned whole, plus what saves taught since (with the
 * template, `template` where the caller reads it too, to read it once).
 */
export async function readSuggestionModel(tx: Pick<ReadTx, 'meta'>, template?: Promise<Template>): Promise<SuggestionModel | undefined> {
  const [stored, learned] = await Promise.all([tx.meta.suggestionModel(), tx.meta.learnedSince()]);
  // Until it is learned again, a model of other features would only mislead.
  const model = stored?.version === SUGGESTION_MODEL_VERSION ? stored : undefined;
  if (learned.length === 0) return model;
  const read = await (template ?? tx.meta.template());
  return learnItems(model ?? trainSuggestionModel([], read), learned, read);
}
