import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CaptureFields } from '../core/model/capture-draft.ts';
import type { GroupKey } from '../core/model/item.ts';
import type { RetiredHeadings } from '../core/suggestion/retired-headings.ts';
import { AttachBox, type AttachTarget } from './attach-box.tsx';
import { GroupFields, type Taxonomy } from './group-fields.tsx';
import { EntryDisclosure } from './entry-disclosure.tsx';
import { KindField } from './kind-field.tsx';
import { isSubmitShortcut } from './submit-shortcut.ts';
import { useLatestCallback } from './use-latest-callback.ts';
import { useT } from './translate-context.ts';
import { MOST_MINUTES } from '../core/model/link.ts';
import { minutesTyped } from './minutes-typed.ts';

interface CaptureFormProps {
  fields: CaptureFields;
  taxonomy: Taxonomy;
  /** Headings the digest stopped using, offered apart (see `GroupFields`); the same object while they do not change. */
  retired?: RetiredHeadings | undefined;
  /** The next best groups, one click away. */
  alternatives: readonly GroupKey[];
  notices?: ComponentChildren;
  error?: ComponentChildren;
  saving: boolean;
  /** Focus the URL (a page that could not be read) instead of the comment. */
  focusUrl: boolean;
  /**
   * Drawn before the page's first paint (the early form): what the paint does not need waits for
   * it. The focus comes with the first frame (the `autofocus` attribute), as focusing at once
   * makes the browser work out the style and layout of a page not laid out yet, then and there;
   * the heading pickers draw their chosen heading alone until then.
   */
  beforeFirstPaint?: boolean;
  hasDraft: boolean;
  /** Whether the save shortcut is ⌘+Enter (macOS) rather than Ctrl+Enter. */
  commandKey: boolean;
  /** The popup closes in a moment (marked on the form for anyone watching). */
  closingSoon?: boolean;
  /** Why the headings were suggested, worded; absent once the editor picks others. */
  why?: string | undefined;
  /**
   * Whether entries under the chosen headings are written with their day (see `datesEntries`):
   * the form shows the event date; elsewhere a button adds one, unless a date is already set.
   */
  datesEntries?: boolean;
  /** Whether the digest names each page's author after its link: the form asks for one. */
  authorField?: boolean;
  /** Whether the digest gives each page's reading time after its link: the form shows the page's, counted, to change or clear. */
  readingTimeField?: boolean;
  /** Whether the digest shows each page's picture with its entry: the form shows the page's, to keep or remove. */
  pictureField?: boolean;
  /** The symbols the digest marks its entries' kinds with (see `ItemStyle.kinds`): the form offers them. */
  kinds?: readonly string[] | undefined;
  /** The page's own description, one click from the comment. */
  description?: string | undefined;
  attachTargets: readonly AttachTarget[];
  /**
   * Queued items to attach to are known to exist but not read yet (the early form): the attach
   * box holds its place, disabled, so the popup does not grow when they come.
   */
  attachPending?: boolean;
  /**
   * The entry as the digest will write it (see `EntryPreview`), shown on request under the form;
   * absent in the early form, which holds its place until the application draws it.
   */
  entry?: ComponentChildren;
  /** Whether the entry shows as the form opens: the editor's last choice. */
  entryShown?: boolean;
  /** The editor showed or hid the entry. Without it the form offers none. */
  onEntryShown?: (shown: boolean) => void;
  onChange: (patch: Partial<CaptureFields>) => void;
  onSave: () => void;
  onDiscard: () => void;
  onAttach: (id: string) => void;
}

export function CaptureForm(props: CaptureFormProps) {
  const t = useT();
  const { fields, onChange } = props;
  const comment = useRef<HTMLTextAreaElement>(null);
  const url = useRef<HTMLInputElement>(null);
  const date = useRef<HTMLInputElement>(null);
  // A date the editor asked for stays asked for, whatever heading is picked next.
  const [dateAsked, setDateAsked] = useState(false);
  const showDate = props.datesEntries !== false || dateAsked || fields.eventDate !== '';
  const [entryShown, setEntryShown] = useState(props.entryShown === true);
  useLayoutEffect(() => {
    if (dateAsked) date.current?.focus();
  }, [dateAsked]);
  const change = useLatestCallback(onChange);
  const onAttach = useLatestCallback(props.onAttach);
  // The long lists (the taxonomy's headings, a queue of hundreds) are drawn again only when they
  // or their choice change, not for every keystroke and save.
  const { taxonomy, retired } = props;
  const groupFields = useMemo(
    () => <GroupFields idPrefix="capture" taxonomy={taxonomy} retired={retired} optionsLater={props.beforeFirstPaint} value={{ section: fields.section, project: fields.project }} onChange={change} />,
    [taxonomy, retired, props.beforeFirstPaint, fields.section, fields.project, change],
  );
  const attachBox = useMemo(
    () => (props.attachTargets.length > 0 || props.attachPending ? <AttachBox targets={props.attachTargets} disabled={props.saving} onAttach={onAttach} /> : null),
    [props.attachTargets, props.attachPending, props.saving, onAttach],
  );

  // Layout effect: the focus is in the comment box in the same frame the form first shows.
  useLayoutEffect(() => {
    if (!props.beforeFirstPaint) (props.focusUrl ? url.current : comment.current)?.focus();
    // Focus once, when the form first shows; later renders must not steal it.
  }, []);

  const onKeyDown = (e: KeyboardEvent): void => {
    if (!isSubmitShortcut(e)) return;
    e.preventDefault();
    if (!props.saving) props.onSave();
  };

  return (
    <form class="capture" onSubmit={(e) => e.preventDefault()} onKeyDown={onKeyDown} noValidate data-closing={props.closingSoon ? 'true' : undefined}>
      {props.notices}
      <div class="field">
        <label for="capture-title">{t('fieldTitle')}</label>
        {/* A long title shows whole: two lines, more as it grows; a title is one line, so line breaks fold. */}
        <textarea
          id="capture-title"
          class="title-field"
          rows={fields.title.length > 120 ? 3 : fields.title.length > 52 ? 2 : 1}
          value={fields.title}
          onInput={(e) => onChange({ title: e.currentTarget.value.replace(/[\r\n]+/g, ' ') })}
        />
      </div>
      <div class="field">
        <label for="capture-url">{t('fieldUrl')}</label>
        <input
          id="capture-url"
          ref={url}
          autofocus={props.beforeFirstPaint && props.focusUrl}
          type="url"
          inputMode="url"
          spellcheck={false}
          value={fields.url}
          onInput={(e) => onChange({ url: e.currentTarget.value })}
        />
      </div>
      {props.authorField || props.readingTimeField ? (
        <div class="row">
          {props.authorField ? (
            <div class="field field-grow">
              <label for="capture-author">{t('fieldAuthor')}</label>
              <input id="capture-author" value={fields.author ?? ''} onInput={(e) => onChange({ author: e.currentTarget.value.replace(/[\r\n]+/g, ' ') })} />
            </div>
          ) : null}
          {props.readingTimeField ? (
            <div class="field field-minutes">
              <label for="capture-minutes">{t('fieldReadingTime')}</label>
              <input id="capture-minutes" type="number" inputMode="numeric" min={1} max={MOST_MINUTES} step={1} value={fields.minutes || ''} onInput={(e) => onChange({ minutes: minutesTyped(e.currentTarget.value) })} />
            </div>
          ) : null}
        </div>
      ) : null}
      {props.kinds && props.kinds.length > 0 ? (
        <div class="row group-row">
          {groupFields}
          <KindField id="capture-kind" kinds={props.kinds} value={fields.kind ?? ''} onChange={(kind) => onChange({ kind })} />
        </div>
      ) : (
        groupFields
      )}
      {props.why ? <p class="hint why">{props.why}</p> : null}
      {props.alternatives.length > 0 ? (
        <div class="chips" role="group" aria-label={t('suggestionsLabel')}>
          <span class="chips-label" aria-hidden="true">
            {t('suggestionsLabel')}
          </span>
          {props.alternatives.map((g) => {
            const name = g.project ?? g.section ?? '';
            return (
              <button
                key={`${g.section}/${g.project}`}
                type="button"
                class="chip"
                aria-label={t('suggestionPick', name)}
                onClick={() => {
                  onChange(g);
                  // The heading is chosen; what comes next is the comment.
                  comment.current?.focus();
                }}
              >
                {name}
              </button>
            );
          })}
        </div>
      ) : null}
      <div class="field">
        <label for="capture-comment">{t('fieldComment')}</label>
        <textarea
          id="capture-comment"
          ref={comment}
          autofocus={props.beforeFirstPaint && !props.focusUrl}
          rows={5}
          placeholder={t('commentPlaceholder')}
          value={fields.comment}
          onInput={(e) => onChange({ comment: e.currentTarget.value })}
        />
        {props.description && props.description !== fields.comment.trim() ? (
          <button
            type="button"
            class="link-button use-description"
            onClick={() => {
              const words = fields.comment.trim();
              onChange({ comment: words === '' ? (props.description as string) : `${words}\n\n${props.description as string}` });
              comment.current?.focus();
            }}
          >
            {t('useDescription', props.description.length > 80 ? `${props.description.slice(0, 79)}…` : props.description)}
          </button>
        ) : null}
      </div>
      {props.pictureField && fields.image ? (
        <div class="picture-field" role="group" aria-label={t('fieldPicture')}>
          <span class="picture-label">{t('fieldPicture')}</span>
          {/* The page's own picture, asked of its site as the page itself was: no referrer beyond that. */}
          <img class="picture-thumb" src={fields.image} alt="" referrerpolicy="no-referrer" />
          <button type="button" class="link-button" onClick={() => onChange({ image: '' })}>
            {t('removePicture')}
          </button>
        </div>
      ) : null}
      <div class="row row-end">
        {showDate ? (
          <div class="field field-date">
            <label for="capture-date">{t('fieldEventDate')}</label>
            <input id="capture-date" ref={date} type="date" value={fields.eventDate} onInput={(e) => onChange({ eventDate: e.currentTarget.value })} />
          </div>
        ) : (
          // Under headings whose entries carry no day, the field waits one click away.
          <button type="button" class="link-button add-date" onClick={() => setDateAsked(true)}>
            {t('buttonAddEventDate')}
          </button>
        )}
        <div class="actions">
          {/* There from the start, unseen until there is a draft to discard: the row does not move
              under the editor's eyes at the first keystroke, nor does the browser lay it out again. */}
          <button type="button" class={props.hasDraft ? 'secondary' : 'secondary unseen'} onClick={props.onDiscard}>
            {t('buttonDiscard')}
          </button>
          <span class="hint shortcut-hint" aria-hidden="true">
            {t(props.commandKey ? 'saveShortcutMac' : 'saveShortcut')}
          </span>
          <button type="button" class="primary" onClick={props.onSave} disabled={props.saving} title={t('saveHint')} aria-keyshortcuts={props.commandKey ? 'Meta+Enter' : 'Control+Enter'}>
            {t('buttonSave')}
          </button>
        </div>
      </div>
      {props.error}
      {props.onEntryShown ? (
        <EntryDisclosure
          shown={entryShown}
          onToggle={(open) => {
            setEntryShown(open);
            props.onEntryShown?.(open);
          }}
        >
          {props.entry}
        </EntryDisclosure>
      ) : null}
      {attachBox}
    </form>
  );
}
