import type { CaptureDraft, CaptureFields } from '../core/model/capture-draft.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { withEarlyEdits, type EarlyEdits } from './early-capture.ts';

/**
 * Where early forms keep what is typed in them (a list of `KeptEarlyEdits`, one per form) until
 * an application has it.
 */
export const EARLY_EDITS_KEY = 'digest-clipper:early-edits';

/**
 * What the early form keeps as the editor types, synchronously, in case the popup closes before
 * the application takes over: the next popup makes it the page's draft.
 */
export interface KeptEarlyEdits extends EarlyEdits {
  /** The page's draft key. */
  page: string;
  /** The early form it came from (one per popup), to tell its own from a closed popup's. */
  form: string;
}

const FIELD_NAMES: readonly (keyof CaptureFields)[] = ['url', 'title', 'section', 'project', 'comment', 'eventDate', 'author', 'kind', 'image', 'minutes'];

/** Kept edits read back, if they are some; anything else is none. */
export function checkKeptEarlyEdits(value: unknown): KeptEarlyEdits | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const kept = value as Partial<KeptEarlyEdits>;
  if (typeof kept.page !== 'string' || typeof kept.form !== 'string' || typeof kept.fields !== 'object' || kept.fields === null || !Array.isArray(kept.touched)) return undefined;
  const fields = kept.fields as Partial<CaptureFields>;
  if (typeof fields.url !== 'string' || typeof fields.title !== 'string' || typeof fields.comment !== 'string' || typeof fields.eventDate !== 'string') return undefined;
  if (fields.author !== undefined && typeof fields.author !== 'string') return undefined;
  if (fields.kind !== undefined && typeof fields.kind !== 'string') return undefined;
  if (fields.image !== undefined && typeof fields.image !== 'string') return undefined;
  if (fields.minutes !== undefined && typeof fields.minutes !== 'number') return undefined;
  const touched = kept.touched.filter((f): f is keyof CaptureFields => FIELD_NAMES.includes(f as keyof CaptureFields));
  return { page: kept.page, form: kept.form, fields: fields as CaptureFields, touched, saveRequested: kept.saveRequested === true };
}

/** The list kept under `EARLY_EDITS_KEY`, read back: each form's edits that are some. */
export function keptEarlyEditsOf(value: unknown): KeptEarlyEdits[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry) => checkKeptEarlyEdits(entry) ?? []);
}

/** The list with one form's edits put in (in its place, or added) or, with `undefined`, taken out. */
export function withFormEdits(list: readonly KeptEarlyEdits[], form: string, edits: KeptEarlyEdits | undefined): KeptEarlyEdits[] {
  const others = list.filter((k) => k.form !== form);
  return edits ? [...others, edits] : others;
}

/**
 * The typing of early forms whose popups closed before the application took over, each made
 * its page's draft: joined to the draft the page had (see `withEarlyEdits`), or the form as it
 * was. One write for all of them.
 */
export async function keepEarlyEdits(store: DigestStore, kept: readonly KeptEarlyEdits[], now: Date): Promise<void> {
  const typed = kept.filter((k) => k.touched.length > 0);
  if (typed.length === 0) return;
  await store.write(async (tx) => {
    for (const edits of typed) {
      const draft = await tx.drafts.get(edits.page);
      const fields = withEarlyEdits(draft ?? edits.fields, edits);
      const next: CaptureDraft = {
        key: edits.page,
        ...pickFields(fields),
        ...(draft?.editingId !== undefined ? { editingId: draft.editingId } : {}),
        updatedAt: now.toISOString(),
      };
      await tx.drafts.put(next);
    }
  });
}

function pickFields(f: CaptureFields): CaptureFields {
  return { url: f.url, title: f.title, section: f.section, project: f.project, comment: f.comment, eventDate: f.eventDate, ...(f.author !== undefined ? { author: f.author } : {}), ...(f.kind !== undefined ? { kind: f.kind } : {}), ...(f.image !== undefined ? { image: f.image } : {}), ...(f.minutes !== undefined ? { minutes: f.minutes } : {}) };
}
