import { useMemo } from 'preact/hooks';
import { writtenEntry } from '../core/issue/written-entry.ts';
import type { Item } from '../core/model/item.ts';
import type { Template } from '../core/model/template.ts';
import { useT } from './translate-context.ts';

interface EntryPreviewProps {
  template: Template;
  /** The item as a save would store it (see `unsavedItem`). */
  item: Item;
  /** Its number among its heading's entries, where the digest numbers them. */
  position?: number | undefined;
}

/** The entry as the draft issue will write it, in Markdown: the heading's phrase, credit or row included. */
export function EntryPreview({ template, item, position }: EntryPreviewProps) {
  const t = useT();
  const text = useMemo(() => writtenEntry(template, item, position), [template, item, position]);
  return (
    <pre class="entry-text" aria-label={t('entryPreviewLabel')}>
      {text}
    </pre>
  );
}
