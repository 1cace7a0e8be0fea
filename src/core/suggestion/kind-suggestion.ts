import type { Template } from '../model/template.ts';
import { groupKeyOf, type GroupKey } from '../model/item.ts';
import { defaultGroup, kindFeaturesOf, wordsLikelihood, type Suggestion, type SuggestionInput, type SuggestionModel } from './project-suggestion.ts';

/** Where a new entry for a page starts: the first suggestion's headings, and the kind it starts with under them. */
export function startingPlace(input: SuggestionInput, suggestions: readonly Suggestion[], template: Template, model: SuggestionModel | undefined): GroupKey & { kind?: string } {
  const group = defaultGroup(suggestions, template);
  return { ...group, ...startingKind(input, template, model, group) };
}

/**
 * The kind field a new entry for a page starts with: absent where the digest marks no kinds, else
 * the likeliest kind ('' where none is known yet); none under a heading (`group`) whose past
 * entries, two or more, carried none (a digest marking its articles' kinds but not its news').
 */
export function startingKind(input: SuggestionInput, template: Pick<Template, 'items'>, model: SuggestionModel | undefined, group?: GroupKey): { kind?: string } {
  if (!template.items.kinds) return {};
  const learned = group === undefined ? undefined : model?.groups[groupKeyOf(group)];
  if (learned !== undefined && learned.items >= 2 && (learned.kinded ?? 0) === 0) return { kind: '' };
  return { kind: suggestKind(input, model) ?? '' };
}

/**
 * The kind of page a page most likely is, where the digest marks its entries so (see
 * `ItemStyle.kinds`): the titles and addresses the entries of each kind linked, naive Bayes over
 * `kindFeaturesOf`. Undefined where the
 * model learned no entry of any kind.
 */
export function suggestKind(input: SuggestionInput, model: SuggestionModel | undefined): string | undefined {
  const kinds = Object.entries(model?.kinds ?? {}).filter(([, k]) => k.items > 0);
  if (!model || kinds.length === 0) return undefined;
  const features = kindFeaturesOf(input, new Map(model.names));
  const total = kinds.reduce((n, [, k]) => n + k.items, 0);
  const v = model.vocabulary + 1;
  let best: string | undefined;
  let bestScore = -Infinity;
  for (const [kind, counts] of kinds) {
    const score = Math.log(counts.items / total) + wordsLikelihood(counts, features, v);
    if (score > bestScore) {
      bestScore = score;
      best = kind;
    }
  }
  return best;
}
