import { useMemo, useRef, useState } from 'preact/hooks';
import { attachToItem, discardDraft, saveCapture } from '../app/save-capture.ts';
import type { CaptureContext } from '../app/capture-context.ts';
import { createDraftWriter } from '../app/draft-writer.ts';
import { writeDraft } from '../app/save-capture.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import type { CaptureDraft, CaptureFields } from '../core/model/capture-draft.ts';
import { compareIssueKeys, type IssueKey } from '../core/model/issue-key.ts';
import { itemHeadline, type GroupKey, type Item } from '../core/model/item.ts';
import { linkIndexOf } from '../core/queue/capture.ts';
import { defaultGroup } from '../core/suggestion/project-suggestion.ts';
import type { UrlRefusal } from '../core/url/capturable-url.ts';
import { refusalWording, say } from '../core/contracts/wording.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { useAction } from '../ui/use-action.ts';

export type CaptureNotice =
  | { kind: 'queued' }
  | { kind: 'published'; issue: IssueKey }
  | { kind: 'restricted'; reason: UrlRefusal }
  | { kind: 'no-title' }
  | { kind: 'draft-restored' };

export interface CaptureDeps {
  store: DigestStore;
  t: Translate;
  now: () => Date;
  newId: () => string;
  onQueueChanged: () => void;
  toast: (text: string) => void;
}

function fieldsOfItem(item: Item, pageKey: string): CaptureFields {
  const link = item.links[linkIndexOf(item, pageKey)];
  return {
    url: link?.url ?? '',
    title: link?.title ?? '',
    section: item.section,
    project: item.project,
    comment: item.comment,
    eventDate: item.eventDate ?? '',
  };
}

function initialState(ctx: CaptureContext): { fields: CaptureFields; editingId: string | undefined; restored: boolean } {
  if (ctx.draft) {
    const { key: _key, updatedAt: _at, editingId, ...fields } = ctx.draft;
    return { fields, editingId, restored: true };
  }
  const queued = ctx.duplicates.find((i) => i.issue === null);
  if (queued) return { fields: fieldsOfItem(queued, ctx.page.key), editingId: queued.id, restored: false };
  return {
    fields: { url: ctx.page.url, title: ctx.page.title, ...defaultGroup(ctx.suggestions, ctx.template), comment: '', eventDate: '' },
    editingId: undefined,
    restored: false,
  };
}

/** The capture form's state: restored drafts, duplicate notices, saving, attaching. */
export function useCapture(ctx: CaptureContext, deps: CaptureDeps) {
  const initial = useMemo(() => initialState(ctx), [ctx]);
  const [fields, setFields] = useState<CaptureFields>(initial.fields);
  const [editingId, setEditingId] = useState<string | undefined>(initial.editingId);
  const [hasDraft, setHasDraft] = useState(initial.restored);
  const action = useAction(deps.t);
  const [justSaved, setJustSaved] = useState(false);
  const fieldsRef = useRef(fields);
  const writer = useMemo(() => createDraftWriter((d) => writeDraft(deps.store, d)), [deps.store]);

  const published = ctx.duplicates.flatMap((i) => (i.issue === null ? [] : [i.issue]));
  const notices: CaptureNotice[] = [];
  if (ctx.page.refusal) notices.push({ kind: 'restricted', reason: ctx.page.refusal });
  if (editingId !== undefined) notices.push({ kind: 'queued' });
  else if (published.length > 0) notices.push({ kind: 'published', issue: published.reduce((a, b) => (compareIssueKeys(a, b) >= 0 ? a : b)) });
  if (ctx.page.noTitle && !hasDraft) notices.push({ kind: 'no-title' });
  if (initial.restored && hasDraft && !justSaved) notices.push({ kind: 'draft-restored' });

  const draftOf = (f: CaptureFields, editing: string | undefined): CaptureDraft => ({
    key: ctx.page.key,
    ...f,
    ...(editing !== undefined ? { editingId: editing } : {}),
    updatedAt: deps.now().toISOString(),
  });

  const change = (patch: Partial<CaptureFields>): void => {
    const next = { ...fieldsRef.current, ...patch };
    fieldsRef.current = next;
    setFields(next);
    setHasDraft(true);
    setJustSaved(false);
    action.setError(undefined);
    writer.write(draftOf(next, editingId));
  };

  /** The save is stored; the form now shows the stored item. */
  const saved = (item: Item, text: string): void => {
    setHasDraft(false);
    setJustSaved(true);
    setEditingId(item.id);
    const f = fieldsOfItem(item, ctx.page.key);
    fieldsRef.current = f;
    setFields(f);
    deps.onQueueChanged();
    deps.toast(text);
  };

  const refused = (reason: UrlRefusal): void => action.setError(deps.t('errorUrlRefused', say(deps.t, refusalWording(reason))));

  /** Waits for the draft write under way, so the save's removal of the draft comes after it. */
  const settleDraft = async (): Promise<void> => {
    writer.cancel();
    await writer.flush();
  };

  const save = () =>
    action.run(async () => {
      await settleDraft();
      const result = await saveCapture(deps.store, draftOf(fieldsRef.current, editingId), deps);
      if (result.outcome === 'refused') return refused(result.reason);
      saved(result.item, result.outcome === 'updated' ? deps.t('toastUpdated') : deps.t('toastSaved', result.count));
    });

  const attach = (id: string) =>
    action.run(async () => {
      await settleDraft();
      const result = await attachToItem(deps.store, draftOf(fieldsRef.current, editingId), id);
      if (result.outcome === 'refused') return refused(result.reason);
      saved(result.item, deps.t('toastAttached', itemHeadline(result.item)));
    });

  const discard = () =>
    action.run(async () => {
      await settleDraft();
      await discardDraft(deps.store, ctx.page.key);
      const fresh = initialState({ ...ctx, draft: undefined });
      fieldsRef.current = fresh.fields;
      setFields(fresh.fields);
      setEditingId(fresh.editingId);
      setHasDraft(false);
      deps.toast(deps.t('toastDiscarded'));
    });

  const alternatives: GroupKey[] = ctx.suggestions
    .slice(0, 4)
    .filter((s) => s.section !== fields.section || s.project !== fields.project)
    .slice(0, 3);

  return { fields, change, save, attach, discard, saving: action.busy, error: action.error, notices, editingId, hasDraft, alternatives };
}
