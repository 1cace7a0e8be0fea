import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { itemHeadline, type Item } from '../core/model/item.ts';
import { editedItem } from '../core/queue/edited-item.ts';
import type { Link } from '../core/model/link.ts';
import type { RetiredHeadings } from '../core/suggestion/retired-headings.ts';
import { GroupFields, type Taxonomy } from './group-fields.tsx';
import { EntryDisclosure } from './entry-disclosure.tsx';
import { KindField } from './kind-field.tsx';
import { entryKindOf } from '../core/model/entry-kind.ts';
import { isSubmitShortcut } from './submit-shortcut.ts';
import { useT } from './translate-context.ts';
import { isWebAddress } from '../core/url/capturable-url.ts';
import { MOST_MINUTES } from '../core/model/link.ts';
import { minutesTyped } from './minutes-typed.ts';

interface ItemEditorProps {
  item: Item;
  taxonomy: Taxonomy;
  /** Headings the digest stopped using, offered apart (see `GroupFields`). */
  retired?: RetiredHeadings | undefined;
  busy: boolean;
  onSave: (item: Item) => void;
  onCancel: () => void;
  /** A note being written, not a queued item being edited. */
  isNew?: boolean;
  /** Whether the digest names or credits each page's author: the editor asks for one even where the item has none yet. */
  authorField?: boolean;
  /** The symbols the digest marks its entries' kinds with: the editor offers them (see `KindField`). */
  kinds?: readonly string[] | undefined;
  /** Whether the digest shows each page's picture with its entry: the editor asks for its address even where the item has none. */
  pictureField?: boolean;
  /** Whether the digest gives each page's reading time after its link: the editor asks for it even where the item has none. */
  readingTimeField?: boolean;
  /** The label the digest writes before an entry's link (`原文链接:`): what a link with none is written with. */
  linkLabel?: string | undefined;
  /** The entry as the issue will write the item edited so (see `EntryPreview`), shown on request. */
  preview?: ((item: Item) => ComponentChildren) | undefined;
}

/** Edits a queued item in place (or writes a new note): comment, headings, date and links. */
export function ItemEditor({ item, taxonomy, retired, busy, onSave, onCancel, isNew, authorField, kinds, preview, pictureField, readingTimeField, linkLabel }: ItemEditorProps) {
  const t = useT();
  const [draft, setDraft] = useState<Item>(item);
  const id = `edit-${item.id}`;
  // The label the digest writes shown whole in its field (a wide character takes two columns).
  const labelHint = linkLabel ?? (taxonomy.preset === 'openstack' ? 'BP：' : undefined);
  const labelWidth = labelHint === undefined ? undefined : { width: `${Math.max(6, [...labelHint].reduce((n, c) => n + (/[\u1100-\uffdc]/u.test(c) ? 2 : 1), 0) + 3)}ch` };
  const comment = useRef<HTMLTextAreaElement>(null);
  // The editor opens where the next keystroke goes: the words.
  useLayoutEffect(() => comment.current?.focus(), []);
  const setLink = (index: number, patch: Partial<Link>): void =>
    setDraft((d) => ({
      ...d,
      links: d.links.map((l, i) => {
        if (i !== index) return l;
        const next = { ...l, ...patch };
        if (patch.label === '') delete next.label;
        return next;
      }),
    }));
  // An author or picture left blank is none (the form asks for them where the digest shows them);
  // a picture is a web address or none.
  const cleaned = (): Item => ({
    ...draft,
    links: draft.links
      .filter((l) => l.url.trim() !== '')
      .map(({ author, image, minutes, ...l }) => ({
        ...l,
        ...(minutes === undefined || !Number.isInteger(minutes) || minutes < 1 || minutes > MOST_MINUTES ? {} : { minutes }),
        ...(author === undefined || author.trim() === '' ? {} : { author: author.trim() }),
        ...(image === undefined || !isWebAddress(image) ? {} : { image: image.trim() }),
      })),
  });
  const save = (): void => onSave(cleaned());
  const [entryShown, setEntryShown] = useState(false);
  return (
    <div
      class="editor"
      onKeyDown={(e) => {
        if (isSubmitShortcut(e)) {
          e.preventDefault();
          save();
        } else if (e.key === 'Escape') {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <p class="editor-for">{isNew ? t('noteNew') : <bdi>{t('editingItem', itemHeadline(item))}</bdi>}</p>
      <div class="field">
        <label for={`${id}-comment`}>{t('fieldComment')}</label>
        <textarea id={`${id}-comment`} ref={comment} rows={4} value={draft.comment} onInput={(e) => setDraft({ ...draft, comment: e.currentTarget.value })} />
      </div>
      <GroupFields idPrefix={id} taxonomy={taxonomy} retired={retired} value={draft} onChange={(g) => setDraft({ ...draft, ...g })} />
      <div class="row">
        {/* An imported entry's kind is in its words, edited there. */}
        {kinds && kinds.length > 0 && entryKindOf(draft.comment, kinds) === undefined ? (
          <KindField
            id={`${id}-kind`}
            kinds={kinds}
            value={draft.kind ?? ''}
            onChange={(kind) => {
              const { kind: _old, ...rest } = draft;
              setDraft(kind === '' ? rest : { ...rest, kind });
            }}
          />
        ) : null}
        <div class="field field-date">
          <label for={`${id}-date`}>{t('fieldEventDate')}</label>
          <input
            id={`${id}-date`}
            type="date"
            value={draft.eventDate ?? ''}
            onInput={(e) => {
              const value = e.currentTarget.value;
              const { eventDate: _old, dateText: _text, ...rest } = draft;
              setDraft(value === '' ? rest : { ...rest, eventDate: value });
            }}
          />
        </div>
      </div>
      {draft.links[0] && (authorField || draft.links[0].author !== undefined) ? (
        <div class="field">
          <label for={`${id}-author`}>{t('fieldAuthor')}</label>
          <input id={`${id}-author`} value={draft.links[0].author ?? ''} onInput={(e) => setLink(0, { author: e.currentTarget.value })} />
        </div>
      ) : null}
      {draft.links[0] && (readingTimeField || draft.links[0].minutes !== undefined) ? (
        <div class="field field-minutes">
          <label for={`${id}-minutes`}>{t('fieldReadingTime')}</label>
          <input id={`${id}-minutes`} type="number" inputMode="numeric" min={1} max={MOST_MINUTES} step={1} value={draft.links[0].minutes ?? ''} onInput={(e) => setLink(0, { minutes: minutesTyped(e.currentTarget.value) || undefined })} />
        </div>
      ) : null}
      {draft.links[0] && (pictureField || draft.links[0].image !== undefined) ? (
        <div class="field">
          <label for={`${id}-picture`}>{t('fieldPicture')}</label>
          <input id={`${id}-picture`} type="url" spellcheck={false} value={draft.links[0].image ?? ''} onInput={(e) => setLink(0, { image: e.currentTarget.value })} />
        </div>
      ) : null}
      <fieldset class="links">
        <legend>{t('fieldLinks')}</legend>
        {draft.links.map((link, i) => (
          <div class="link-row" key={i}>
            {/* Each box says what it holds while empty: a label box with nothing in it looked like nothing. */}
            <input aria-label={t('fieldLinkLabel')} class="link-label" value={link.label ?? ''} placeholder={labelHint ?? t('fieldLinkLabel')} style={labelWidth} onInput={(e) => setLink(i, { label: e.currentTarget.value })} />
            <input aria-label={t('fieldLinkUrl')} type="url" value={link.url} placeholder="https://" onInput={(e) => setLink(i, { url: e.currentTarget.value })} />
            <input aria-label={t('fieldLinkTitle')} value={link.title} placeholder={t('fieldLinkTitle')} onInput={(e) => setLink(i, { title: e.currentTarget.value })} />
            <button
              type="button"
              class="icon danger"
              aria-label={t('buttonRemoveLink')}
              title={t('buttonRemoveLink')}
              disabled={draft.links.length <= 1 && !isNew}
              onClick={() => setDraft({ ...draft, links: draft.links.filter((_, j) => j !== i) })}
            >
              ✕
            </button>
          </div>
        ))}
        <button type="button" class="secondary small" onClick={() => setDraft({ ...draft, links: [...draft.links, { url: '', title: '' }] })}>
          {t('buttonAddLink')}
        </button>
      </fieldset>
      {preview && !isNew ? (
        <EntryDisclosure shown={entryShown} onToggle={setEntryShown}>
          {entryShown ? preview(editedItem(item, cleaned())) : null}
        </EntryDisclosure>
      ) : null}
      <div class="actions">
        <button type="button" class="secondary" onClick={onCancel}>
          {t('buttonCancel')}
        </button>
        <button type="button" class="primary" disabled={busy} onClick={save}>
          {t('buttonDone')}
        </button>
      </div>
    </div>
  );
}
