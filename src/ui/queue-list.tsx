import type { ComponentChildren } from 'preact';
import type { Taxonomy } from './group-fields.tsx';
import { useEffect, useRef, useState } from 'preact/hooks';
import { itemHeadline, type GroupKey, type Item } from '../core/model/item.ts';
import { dayOrder, type QueueGroup } from '../core/queue/queue-groups.ts';
import type { RetiredHeadings } from '../core/suggestion/retired-headings.ts';
import { ItemEditor } from './item-editor.tsx';
import { kindFieldName, kindWords } from './kind-words.ts';
import { useT } from './translate-context.ts';

interface QueueListProps {
  groups: readonly QueueGroup[];
  taxonomy: Taxonomy;
  editingId: string | undefined;
  busy: boolean;
  onEdit: (id: string | undefined) => void;
  onSaveEdit: (item: Item) => void;
  onDelete: (item: Item) => void;
  onMove: (id: string, delta: -1 | 1) => void;
  /** Dropped before another item (or at the end of a group): moves there and joins that group. */
  onDrop: (id: string, beforeId: string | undefined, group: GroupKey) => void;
  /** Puts a group's items in the order of their days; offered where they are not. */
  onSortByDay?: ((group: GroupKey) => void) | undefined;
  /** The row the keyboard goes to once it shows (after an edit, a delete, an undo). */
  focusId?: string | undefined;
  /** A note being written (an item with words first, and links only if it has any). */
  writingNote: boolean;
  /** Where a new note goes at first. */
  noteGroup: GroupKey;
  onWriteNote: (on: boolean) => void;
  onSaveNote: (note: Item) => void;
  /** Whether the digest names or credits each page's author (see ItemEditor). */
  authorField?: boolean;
  /** Whether the digest shows each page's picture with its entry: the editor asks for one. */
  pictureField?: boolean;
  /** Whether the digest gives each page's reading time (see `ItemEditor`). */
  readingTimeField?: boolean;
  /** The label the digest writes before an entry's link (`原文链接:`), shown where a link's label is asked. */
  linkLabel?: string | undefined;
  /** The symbols the digest marks its entries' kinds with (see `ItemStyle.kinds`). */
  kinds?: readonly string[] | undefined;
  /** An edited item's entry as the issue will write it (see `ItemEditor`). */
  preview?: ((item: Item) => ComponentChildren) | undefined;
  /** Headings the digest stopped using, offered apart in the editor's pickers. */
  retired?: RetiredHeadings | undefined;
}

/** Above this many items the list renders only the rows in view. */
export const WINDOW_THRESHOLD = 120;
const ROW = { heading: 32, item: 64 } as const;
const VIEWPORT = 460;
const OVERSCAN = 400;

type Row = { kind: 'heading'; group: QueueGroup; top: number } | { kind: 'item'; group: QueueGroup; item: Item; index: number; top: number };

type DragState = ReturnType<typeof useDrag>;

function useDrag(onDrop: QueueListProps['onDrop']) {
  const [dragging, setDragging] = useState<string | undefined>();
  return {
    dragging,
    start: setDragging,
    target: (beforeId: string | undefined, group: GroupKey) => ({
      onDragOver: (e: DragEvent) => {
        if (dragging) e.preventDefault();
      },
      onDrop: (e: DragEvent) => {
        e.preventDefault();
        e.stopPropagation();
        const id = e.dataTransfer?.getData('text/x-digest-item') || dragging;
        setDragging(undefined);
        if (id && id !== beforeId) onDrop(id, beforeId, group);
      },
    }),
  };
}

const headingOf = (group: QueueGroup, none: string): string => [group.section, group.project].filter((x) => x !== null).join(' › ') || none;

/**
 * The queue grouped by section and project. Items move with Alt+↑/↓, the arrow buttons or by
 * dragging (onto another group to regroup); Enter edits, Delete deletes. A long queue renders only
 * the rows in view, so two thousand items open as fast as twenty.
 */
export function QueueList(props: QueueListProps) {
  const t = useT();
  const drag = useDrag(props.onDrop);
  const root = useRef<HTMLDivElement>(null);
  const total = props.groups.reduce((n, g) => n + g.items.length, 0);
  useEffect(() => {
    if (props.focusId === undefined) return;
    const row = root.current?.querySelector<HTMLElement>(`[data-item-id="${CSS.escape(props.focusId)}"]`);
    row?.focus();
    row?.scrollIntoView({ block: 'nearest' });
  }, [props.focusId, props.groups]);
  const note = props.writingNote ? (
    <div class="item item-editing">
      <ItemEditor
        isNew
        item={{ id: 'new-note', ...props.noteGroup, comment: '', links: [], capturedAt: '', order: 0, issue: null }}
        taxonomy={props.taxonomy}
        retired={props.retired}
        busy={props.busy}
        onSave={props.onSaveNote}
        onCancel={() => props.onWriteNote(false)}
      />
    </div>
  ) : (
    <button type="button" class="secondary small add-note" onClick={() => props.onWriteNote(true)}>
      {t('buttonAddNote')}
    </button>
  );
  if (total === 0) {
    return (
      <div class="queue" ref={root}>
        <p class="empty">{t('queueEmpty')}</p>
        {note}
      </div>
    );
  }
  return (
    <div class="queue" ref={root}>
      <div class="queue-summary">
        <span>
          {t('queueCount', total)} · <span class="hint">{t('reorderHint')}</span>
        </span>
        {props.writingNote ? null : note}
      </div>
      {props.writingNote ? note : null}
      {total > WINDOW_THRESHOLD ? <WindowedQueue {...props} drag={drag} /> : <FullQueue {...props} drag={drag} />}
    </div>
  );
}

function FullQueue(props: QueueListProps & { drag: DragState }) {
  const t = useT();
  return (
    <>
      {props.groups.map((group) => {
        const heading = headingOf(group, t('sectionNone'));
        return (
          <section key={group.key} class="group" aria-label={heading} {...props.drag.target(undefined, group)}>
            <GroupHeading group={group} heading={heading} busy={props.busy} onSortByDay={props.onSortByDay} />
            <ol class="items">
              {group.items.map((item, index) =>
                item.id === props.editingId ? (
                  <li key={item.id} class="item item-editing">
                    <ItemEditor item={item} taxonomy={props.taxonomy} retired={props.retired} authorField={props.authorField} pictureField={props.pictureField} readingTimeField={props.readingTimeField} linkLabel={props.linkLabel} kinds={props.kinds} preview={props.preview} busy={props.busy} onSave={props.onSaveEdit} onCancel={() => props.onEdit(undefined)} />
                  </li>
                ) : (
                  <ItemRow key={item.id} {...props} item={item} group={group} index={index} />
                ),
              )}
            </ol>
          </section>
        );
      })}
    </>
  );
}

function WindowedQueue(props: QueueListProps & { drag: DragState }) {
  const t = useT();
  const [scrollTop, setScrollTop] = useState(0);
  const rows: Row[] = [];
  let top = 0;
  for (const group of props.groups) {
    rows.push({ kind: 'heading', group, top });
    top += ROW.heading;
    group.items.forEach((item, index) => {
      rows.push({ kind: 'item', group, item, index, top });
      top += ROW.item;
    });
  }
  const editing = props.groups.flatMap((g) => g.items).find((i) => i.id === props.editingId);
  const visible = rows.filter((r) => r.top + ROW.item >= scrollTop - OVERSCAN && r.top <= scrollTop + VIEWPORT + OVERSCAN);
  return (
    <>
      {editing ? (
        <div class="item item-editing">
          <ItemEditor item={editing} taxonomy={props.taxonomy} retired={props.retired} authorField={props.authorField} pictureField={props.pictureField} readingTimeField={props.readingTimeField} linkLabel={props.linkLabel} kinds={props.kinds} preview={props.preview} busy={props.busy} onSave={props.onSaveEdit} onCancel={() => props.onEdit(undefined)} />
        </div>
      ) : null}
      <div class="queue-window" style={{ height: `${VIEWPORT}px` }} onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}>
        <ol class="items" style={{ height: `${top}px` }}>
          {visible.map((row) =>
            row.kind === 'heading' ? (
              <li key={`h:${row.group.key}`} class="window-row" style={{ top: `${row.top}px`, height: `${ROW.heading}px` }} {...props.drag.target(undefined, row.group)}>
                <GroupHeading group={row.group} heading={headingOf(row.group, t('sectionNone'))} busy={props.busy} onSortByDay={props.onSortByDay} />
              </li>
            ) : (
              <ItemRow
                key={row.item.id}
                {...props}
                item={row.item}
                group={row.group}
                index={row.index}
                style={{ top: `${row.top}px`, height: `${ROW.item}px` }}
                windowed
              />
            ),
          )}
        </ol>
      </div>
    </>
  );
}

function GroupHeading({ group, heading, busy, onSortByDay }: { group: QueueGroup; heading: string; busy: boolean; onSortByDay: QueueListProps['onSortByDay'] }) {
  const t = useT();
  return (
    <h2 class="group-heading">
      <bdi>{heading}</bdi>
      {onSortByDay && dayOrder(group.items) ? (
        <button type="button" class="link-button sort-by-day" disabled={busy} onClick={() => onSortByDay(group)}>
          {t('buttonSortByDay')}
        </button>
      ) : null}
      <span class="count" aria-label={t('queueCount', group.items.length)}>
        {t('groupCount', group.items.length)}
      </span>
    </h2>
  );
}

interface ItemRowProps extends QueueListProps {
  drag: DragState;
  item: Item;
  group: QueueGroup;
  index: number;
  style?: Record<string, string>;
  windowed?: boolean;
}

function ItemRow({ item, group, index, drag, style, windowed, ...props }: ItemRowProps) {
  const t = useT();
  return (
    <li
      class={`item${drag.dragging === item.id ? ' item-dragging' : ''}${windowed ? ' window-row' : ''}`}
      style={style}
      tabIndex={0}
      draggable
      aria-label={itemHeadline(item)}
      data-item-id={item.id}
      onDragStart={(e) => {
        e.dataTransfer?.setData('text/x-digest-item', item.id);
        drag.start(item.id);
      }}
      onDragEnd={() => drag.start(undefined)}
      onKeyDown={(e) => {
        if (e.target !== e.currentTarget) return;
        if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) {
          e.preventDefault();
          props.onMove(item.id, e.key === 'ArrowUp' ? -1 : 1);
        } else if (e.key === 'Delete') {
          e.preventDefault();
          props.onDelete(item);
        } else if (e.key === 'Enter') {
          e.preventDefault();
          props.onEdit(item.id);
        }
      }}
      {...drag.target(item.id, group)}
    >
      <div class="item-text">
        {/* Text from pages and editors is isolated: a right-to-left override in it stops at its end. */}
        <div class="item-title">
          {/* An event's day, as the entry will open with it: a list of events is read by its days. */}
          {item.eventDate ? (
            <time class="item-date" dateTime={item.eventDate} title={t('fieldEventDate')}>
              {item.eventDate}
            </time>
          ) : null}
          {/* The kind's symbol, as the entry will open with it. */}
          {item.kind ? (
            <span class="item-kind" title={kindFieldName([item.kind], t)}>
              {kindWords(item.kind, t)}
            </span>
          ) : null}
          {item.author ? (
            <span class="item-author" title={t('itemAuthor', item.author)}>
              <bdi>{item.author}</bdi>
            </span>
          ) : null}
          <bdi>{itemHeadline(item)}</bdi>
        </div>
        <div class={`item-comment${item.comment.trim() ? '' : ' missing'}`}>{item.comment.trim() ? <bdi>{item.comment.trim()}</bdi> : t('itemNoComment')}</div>
        {item.links.length > 1 ? <div class="item-links">+{item.links.length - 1} 🔗</div> : null}
      </div>
      <div class="item-actions">
        <button type="button" class="icon" aria-label={t('buttonMoveUp')} title={t('buttonMoveUp')} disabled={index === 0 || props.busy} onClick={() => props.onMove(item.id, -1)}>
          ↑
        </button>
        <button
          type="button"
          class="icon"
          aria-label={t('buttonMoveDown')}
          title={t('buttonMoveDown')}
          disabled={index === group.items.length - 1 || props.busy}
          onClick={() => props.onMove(item.id, 1)}
        >
          ↓
        </button>
        <button type="button" class="icon" aria-label={t('buttonEdit')} title={t('buttonEdit')} onClick={() => props.onEdit(item.id)}>
          ✎
        </button>
        <button type="button" class="icon danger" aria-label={t('buttonDelete')} title={t('buttonDelete')} disabled={props.busy} onClick={() => props.onDelete(item)}>
          ✕
        </button>
      </div>
    </li>
  );
}
