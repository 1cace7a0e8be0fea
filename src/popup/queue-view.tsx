import { useMemo } from 'preact/hooks';
import { groupQueue } from '../core/queue/queue-groups.ts';
import type { Template } from '../core/model/template.ts';
import type { RetiredHeadings } from '../core/suggestion/retired-headings.ts';
import { defaultGroup } from '../core/suggestion/project-suggestion.ts';
import { Notice } from '../ui/notice.tsx';
import { QueueList } from '../ui/queue-list.tsx';
import { TeamBar } from '../ui/team-bar.tsx';
import type { useQueue } from './use-queue.ts';
import { useTeam } from './use-team.ts';
import { asksAuthor } from '../core/template/asks-author.ts';
import { asksPicture } from '../core/template/asks-picture.ts';
import { asksReadingTime } from '../core/template/asks-reading-time.ts';
import { LazyEntryPreview } from '../ui/lazy-entry-preview.ts';

interface QueueViewProps {
  queue: ReturnType<typeof useQueue>;
  template: Template;
  /** Headings the digest stopped using, offered apart in the editor's pickers. */
  retired: RetiredHeadings;
  team: Omit<Parameters<typeof useTeam>[0], 'active'>;
}

/** The Queue tab, loaded when first opened. */
export default function QueueView({ queue, template, retired, team: teamDeps }: QueueViewProps) {
  const team = useTeam({ ...teamDeps, active: true });
  const groups = useMemo(() => groupQueue(queue.items ?? [], template), [queue.items, template]);
  return (
    <>
      {team.status ? <TeamBar status={team.status} busy={team.busy} formatTime={team.formatTime} onSync={() => void team.sync()} /> : null}
      {queue.error ? <Notice tone="error">{queue.error}</Notice> : null}
      <QueueList
        groups={groups}
        taxonomy={template}
        retired={retired}
        authorField={asksAuthor(template)}
        pictureField={asksPicture(template)}
        readingTimeField={asksReadingTime(template)}
        linkLabel={template.items.pageLink?.labelled?.label.trim() || undefined}
        kinds={template.items.kinds}
        preview={(item) => <LazyEntryPreview template={template} item={item} />}
        editingId={queue.editingId}
        busy={queue.busy}
        onEdit={queue.edit}
        onSaveEdit={(item) => void queue.saveEdit(item)}
        onDelete={(item) => void queue.remove(item)}
        onMove={(id, delta) => void queue.move(id, delta)}
        onDrop={(id, before, group) => void queue.drop(id, before, group)}
        onSortByDay={(group) => void queue.sortByDay(group)}
        focusId={queue.focusId}
        writingNote={queue.writingNote}
        noteGroup={defaultGroup([], template)}
        onWriteNote={queue.writeNote}
        onSaveNote={(note) => void queue.saveNote(note)}
      />
    </>
  );
}
