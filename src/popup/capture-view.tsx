import { useMemo, useState } from 'preact/hooks';
import type { CaptureContext } from '../app/capture-context.ts';
import type { EarlyEdits } from '../app/early-capture.ts';
import { groupKeyOf, itemHeadline, type Item } from '../core/model/item.ts';
import { unsavedItem } from '../core/queue/saved-item.ts';
import { CaptureForm } from '../ui/capture-form.tsx';
import { Notice } from '../ui/notice.tsx';
import { say, suggestionReasonWording } from '../core/contracts/wording.ts';
import { asksAuthor } from '../core/template/asks-author.ts';
import { asksPicture } from '../core/template/asks-picture.ts';
import { asksReadingTime } from '../core/template/asks-reading-time.ts';
import { datesEntries } from '../core/suggestion/dates-entries.ts';
import type { RetiredHeadings } from '../core/suggestion/retired-headings.ts';
import { useCapture, type CaptureDeps } from './use-capture.ts';
import { CaptureNoticeView } from '../ui/capture-notice.tsx';
import { LazyEntryPreview } from '../ui/lazy-entry-preview.ts';

interface CaptureViewProps {
  ctx: CaptureContext;
  deps: CaptureDeps;
  queue: readonly Item[] | undefined;
  early?: EarlyEdits | undefined;
  /** Headings the digest stopped using, offered apart in the pickers. */
  retired?: RetiredHeadings | undefined;
}

export function CaptureView({ ctx, deps, queue, early, retired }: CaptureViewProps) {
  const capture = useCapture(ctx, deps, early);
  const { t } = deps;
  // The item this form edits is not a place to attach it to. Drawn again only when the queue or
  // that item in it changes, not when a save gives the form an item the list does not show yet.
  const editingInQueue = queue?.some((i) => i.id === capture.editingId) ? capture.editingId : undefined;
  // The entry as a save would store it, numbered among its heading's entries in the queue.
  const { fields } = capture;
  const [shownAtOpen] = useState(() => deps.entryShown?.() === true);
  const entry = useMemo(() => {
    const editing = queue?.find((i) => i.id === capture.editingId);
    const item = unsavedItem({ ...fields, key: ctx.page.key, updatedAt: '' }, editing, deps.now());
    const group = groupKeyOf(item);
    const beside = (queue ?? []).filter((i) => groupKeyOf(i) === group);
    const at = editing ? beside.indexOf(editing) : -1;
    return { item, position: (at === -1 ? beside.length : at) + 1 };
  }, [fields, queue, capture.editingId]);
  const targets = useMemo(() => (queue ?? []).filter((i) => i.id !== editingInQueue).map((i) => ({ id: i.id, label: itemHeadline(i) })), [queue, editingInQueue]);
  return (
    <CaptureForm
      fields={capture.fields}
      taxonomy={ctx.template}
      retired={retired}
      authorField={asksAuthor(ctx.template)}
      pictureField={asksPicture(ctx.template)}
      readingTimeField={asksReadingTime(ctx.template)}
      kinds={ctx.template.items.kinds}
      datesEntries={datesEntries(ctx.model, capture.fields)}
      alternatives={capture.alternatives}
      notices={capture.notices.map((n) => (
        <CaptureNoticeView key={n.kind} notice={n} />
      ))}
      error={capture.error ? <Notice tone="error">{capture.error}</Notice> : undefined}
      saving={capture.saving}
      focusUrl={ctx.page.refusal !== undefined}
      hasDraft={capture.hasDraft}
      commandKey={deps.commandKey}
      closingSoon={capture.closingSoon}
      description={capture.description}
      why={capture.reason ? t('suggestedBecause', say(t, suggestionReasonWording(capture.reason))) : undefined}
      attachTargets={targets}
      entry={<LazyEntryPreview template={ctx.template} item={entry.item} position={entry.position} />}
      entryShown={shownAtOpen}
      {...(deps.keepEntryShown ? { onEntryShown: deps.keepEntryShown } : {})}
      onChange={capture.change}
      onSave={() => void capture.save()}
      onDiscard={() => void capture.discard()}
      onAttach={(id) => void capture.attach(id)}
    />
  );
}
