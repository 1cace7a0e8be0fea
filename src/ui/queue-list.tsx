import { useState } from 'preact/hooks';
import type { GroupKey, Item } from '../core/item.ts';
import type { QueueGroup } from '../core/queue-groups.ts';
import type { SectionDef } from '../core/template.ts';
import { ItemEditor } from './item-editor.tsx';
import { useT } from './translate-context.ts';

interface QueueListProps {
  groups: readonly QueueGroup[];
  sections: readonly SectionDef[];
  editingId: string | undefined;
  busy: boolean;
  onEdit: (id: string | undefined) => void;
  onSaveEdit: (item: Item) => void;
  onDelete: (item: Item) => void;
  onMove: (id: string, delta: -1 | 1) => void;
  /** Dropped before another item (or at the end of a group): moves there and joins that group. */
  onDrop: (id: string, beforeId: string | undefined, group: GroupKey) => void;
}

export function itemHeadline(item: Item): string {
  const link = item.links[0];
  return link?.title || link?.url || item.comment.slice(0, 60);
}

export function QueueList(props: QueueListProps) {
  const t = useT();
  const [dragging, setDragging] = useState<string | undefined>();
  const total = props.groups.reduce((n, g) => n + g.items.length, 0);
  if (total === 0) return <p class="empty">{t('queueEmpty')}</p>;

  const dropProps = (beforeId: string | undefined, group: GroupKey) => ({
    onDragOver: (e: DragEvent) => {
      if (dragging) e.preventDefault();
    },
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      e.stopPropagation();
      const id = e.dataTransfer?.getData('text/x-digest-item') || dragging;
      setDragging(undefined);
      if (id && id !== beforeId) props.onDrop(id, beforeId, group);
    },
  });

  return (
    <div class="queue">
      <p class="queue-summary">
        {t('queueCount', total)} · <span class="hint">{t('reorderHint')}</span>
      </p>
      {props.groups.map((group) => {
        const heading = [group.section, group.project].filter((x) => x !== null).join(' › ') || t('sectionNone');
        return (
          <section key={group.key} class="group" aria-label={heading} {...dropProps(undefined, group)}>
            <h2 class="group-heading">
              <span>{heading}</span>
              <span class="count" aria-label={t('queueCount', group.items.length)}>
                {t('groupCount', group.items.length)}
              </span>
            </h2>
            <ol class="items">
              {group.items.map((item, index) =>
                item.id === props.editingId ? (
                  <li key={item.id} class="item item-editing">
                    <ItemEditor item={item} sections={props.sections} busy={props.busy} onSave={props.onSaveEdit} onCancel={() => props.onEdit(undefined)} />
                  </li>
                ) : (
                  <li
                    key={item.id}
                    class={`item${dragging === item.id ? ' item-dragging' : ''}`}
                    tabIndex={0}
                    draggable
                    aria-label={itemHeadline(item)}
                    data-item-id={item.id}
                    onDragStart={(e) => {
                      e.dataTransfer?.setData('text/x-digest-item', item.id);
                      setDragging(item.id);
                    }}
                    onDragEnd={() => setDragging(undefined)}
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
                    {...dropProps(item.id, group)}
                  >
                    <div class="item-text">
                      <div class="item-title">{itemHeadline(item)}</div>
                      <div class={`item-comment${item.comment.trim() ? '' : ' missing'}`}>{item.comment.trim() || t('itemNoComment')}</div>
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
                ),
              )}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
