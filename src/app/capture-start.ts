import type { CaptureFields } from '../core/model/capture-draft.ts';
import type { Item } from '../core/model/item.ts';
import type { Template } from '../core/model/template.ts';
import { linkIndexOf } from '../core/queue/capture.ts';
import { type Suggestion, type SuggestionModel } from '../core/suggestion/project-suggestion.ts';
import { startingPlace } from '../core/suggestion/kind-suggestion.ts';
import type { PageRecords } from '../storage/page-records.ts';
import type { CapturedPage } from './capture-context.ts';

/** The form's first state for a page. */
export interface CaptureStart {
  fields: CaptureFields;
  /** The queued item the form edits (the page's own, or its draft's). */
  editingId: string | undefined;
  /** The fields are the page's kept draft. */
  restored: boolean;
}

/**
 * The form a page opens with: its kept draft; else its queued item, to edit; else the page with
 * the suggested headings. The early form and the application's start from this one rule.
 */
export function captureStart(
  page: Pick<CapturedPage, 'key' | 'url' | 'title'>,
  records: PageRecords,
  suggestions: readonly Suggestion[],
  template: Template,
  model: SuggestionModel | undefined,
): CaptureStart {
  if (records.draft) {
    const { key: _key, updatedAt: _at, editingId, ...fields } = records.draft;
    return { fields, editingId, restored: true };
  }
  const queued = records.duplicates.find((i) => i.issue === null);
  if (queued) return { fields: fieldsOfItem(queued, page.key), editingId: queued.id, restored: false };
  return {
    fields: { url: page.url, title: page.title, comment: '', eventDate: '', ...startingPlace(page, suggestions, template, model) },
    editingId: undefined,
    restored: false,
  };
}

/** A queued item's fields as the form edits them, for the link the page is. */
export function fieldsOfItem(item: Item, pageKey: string): CaptureFields {
  const link = item.links[linkIndexOf(item, pageKey)];
  return {
    url: link?.url ?? '',
    title: link?.title ?? '',
    section: item.section,
    project: item.project,
    comment: item.comment,
    eventDate: item.eventDate ?? '',
    ...(item.kind !== undefined ? { kind: item.kind } : {}),
    ...(link?.author !== undefined ? { author: link.author } : {}),
    ...(link?.image !== undefined ? { image: link.image } : {}),
    ...(link?.minutes !== undefined ? { minutes: link.minutes } : {}),
  };
}
