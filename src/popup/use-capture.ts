import { useCallback, useMemo, useRef, useState } from 'preact/hooks';
import { checkCapturableUrl, REFUSAL_MESSAGE, type UrlRefusal } from '../core/capturable-url.ts';
import { applyDraftToItem, attachLink, linkIndexOf, newQueuedItem } from '../core/capture.ts';
import type { GroupKey, Item } from '../core/item.ts';
import type { Translate } from '../core/message-keys.ts';
import type { CaptureDraft, CaptureFields } from '../core/capture-draft.ts';
import type { Repos } from '../storage/repos.ts';
import { useTask } from '../ui/use-task.ts';
import type { CaptureContext } from './load-capture-context.ts';
import { createDraftWriter } from './draft-writer.ts';
import { failureText } from './failure-text.ts';

export type CaptureNotice =
  | { kind: 'queued' }
  | { kind: 'published'; issue: number }
  | { kind: 'restricted'; reason: UrlRefusal }
  | { kind: 'no-title' }
  | { kind: 'draft-restored' };

export interface CaptureDeps {
  repos: Repos;
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
  const best = ctx.suggestions[0];
  return {
    fields: {
      url: ctx.page.url,
      title: ctx.page.title,
      section: best?.section ?? ctx.template.sections[0]?.name ?? null,
      project: best?.project ?? null,
      comment: '',
      eventDate: '',
    },
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
  const { busy: saving, error, setError, run } = useTask(useCallback((e: unknown) => failureText(e, deps.t), [deps.t]));
  const [justSaved, setJustSaved] = useState(false);
  const fieldsRef = useRef(fields);
  const writer = useMemo(() => createDraftWriter((d) => deps.repos.drafts.put(d), () => undefined), [deps.repos]);

  const published = ctx.duplicates.filter((i) => i.issue !== null).map((i) => i.issue as number);
  const notices: CaptureNotice[] = [];
  if (ctx.page.refusal) notices.push({ kind: 'restricted', reason: ctx.page.refusal });
  if (editingId !== undefined) notices.push({ kind: 'queued' });
  else if (published.length > 0) notices.push({ kind: 'published', issue: Math.max(...published) });
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
    setError(undefined);
    writer.write(draftOf(next, editingId));
  };

  const finish = async (item: Item, message: string): Promise<void> => {
    writer.cancel();
    await writer.flush();
    await deps.repos.drafts.remove(ctx.page.key).catch(() => undefined);
    setHasDraft(false);
    setJustSaved(true);
    setEditingId(item.id);
    const f = fieldsOfItem(item, ctx.page.key);
    fieldsRef.current = f;
    setFields(f);
    deps.onQueueChanged();
    deps.toast(message);
  };

  /** The typed URL if it can go into a digest; otherwise says why and gives nothing. */
  const capturableUrl = (url: string): string | undefined => {
    const check = checkCapturableUrl(url);
    if (check.ok) return check.url;
    setError(deps.t('errorUrlRefused', deps.t(REFUSAL_MESSAGE[check.reason])));
    return undefined;
  };

  const save = (): Promise<boolean> =>
    run(async () => {
      const f = fieldsRef.current;
      const url = capturableUrl(f.url);
      if (url === undefined) return;
      const current = editingId ? await deps.repos.items.get(editingId) : undefined;
      if (current && current.issue === null) {
        const updated = await deps.repos.items.put(applyDraftToItem(current, { ...draftOf(f, editingId), url }));
        await finish(updated, deps.t('toastUpdated'));
        return;
      }
      const added = await deps.repos.items.addToQueue(newQueuedItem({ ...f, url }, deps.newId(), deps.now()));
      const count = await deps.repos.items.queueCount();
      await finish(added, deps.t('toastSaved', count));
    });

  const attach = (id: string): Promise<boolean> =>
    run(async () => {
      const f = fieldsRef.current;
      const url = capturableUrl(f.url);
      if (url === undefined) return;
      const target = await deps.repos.items.get(id);
      if (!target) return;
      const updated = await deps.repos.items.put(attachLink(target, { url, title: f.title }));
      await finish(updated, deps.t('toastAttached', target.links[0]?.title || target.links[0]?.url || ''));
    });

  const discard = (): Promise<boolean> =>
    run(async () => {
      writer.cancel();
      await writer.flush();
      await deps.repos.drafts.remove(ctx.page.key);
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

  return { fields, change, save, attach, discard, saving, error, notices, editingId, hasDraft, alternatives };
}
