import type { IssueSummary } from '../core/model/issue.ts';
import type { Item } from '../core/model/item.ts';
import type { Settings } from '../core/model/settings.ts';
import type { Template } from '../core/model/template.ts';
import type { DigestStore, SnapshotSummary } from '../storage/digest-store.ts';
import { teamStatusIn, type TeamStatus } from './team/read-team-status.ts';
import { retiredHeadings, type RetiredHeadings } from '../core/suggestion/retired-headings.ts';
import type { SuggestionModel } from '../core/suggestion/project-suggestion.ts';
import { readSuggestionModel } from './derived-data.ts';

export interface OptionsData {
  template: Template;
  settings: Settings;
  /** The published issues, without their text: a long archive's bodies are megabytes no panel shows. */
  issues: IssueSummary[];
  queue: Item[];
  /** All items, queued and published. */
  itemCount: number;
  snapshots: SnapshotSummary[];
  team: TeamStatus;
  /** The headings the digest stopped using (see `retiredHeadings`). */
  retired: RetiredHeadings;
  /** What past issues taught (the format's preview dates its sample where the digest dates entries). */
  model: SuggestionModel | undefined;
}

/** What the options page shows. */
export function readOptionsData(store: DigestStore): Promise<OptionsData> {
  return store.read(async (tx) => {
    const templateRead = tx.meta.template();
    const [template, settings, issues, queue, itemCount, snapshots, team, model] = await Promise.all([
      templateRead,
      tx.meta.settings(),
      tx.issues.summaries(),
      tx.items.queue(),
      tx.items.count(),
      tx.snapshots.list(),
      teamStatusIn(tx),
      readSuggestionModel(tx, templateRead),
    ]);
    return { template, settings, issues, queue, itemCount, snapshots, team, retired: retiredHeadings(model), model };
  });
}
