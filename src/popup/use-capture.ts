import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { attachToItem, discardDraft, saveCapture } from '../app/save-capture.ts';
import { lookupPage, type CaptureContext } from '../app/capture-context.ts';
import { withEarlyEdits, type EarlyEdits } from '../app/early-capture.ts';
import { captureStart, fieldsOfItem, type CaptureStart } from '../app/capture-start.ts';
import { pageNotices, type CaptureNotice } from '../app/capture-notices.ts';
import { pageFactsFrom, type FactsAsked, type RawPageFacts } from '../core/page/page-facts.ts';
import { createDraftWriter } from '../app/draft-writer.ts';
import { writeDraft } from '../app/save-capture.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import type { CaptureDraft, CaptureFields } from '../core/model/capture-draft.ts';
import { itemHeadline, type Item } from '../core/model/item.ts';
import { defaultGroup, suggestionShown } from '../core/suggestion/project-suggestion.ts';
import { datesEntries } from '../core/suggestion/dates-entries.ts';
import { startingKind, startingPlace } from '../core/suggestion/kind-suggestion.ts';
import type { UrlRefusal } from '../core/url/capturable-url.ts';
import { refusedSaveWording, say } from '../core/contracts/wording.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import { useAction } from '../ui/use-action.ts';
import { asksPicture } from '../core/template/asks-picture.ts';
import { asksReadingTime } from '../core/template/asks-reading-time.ts';

export interface CaptureDeps {
  store: DigestStore;
  t: Translate;
  now: () => Date;
  newId: () => string;
  onQueueChanged: () => void;
  toast: (text: string) => void;
  /** Closes the popup; absent where the form is a page of its own. */
  closePopup?: () => void;
  /** Whether the save shortcut is ⌘+Enter. */
  commandKey: boolean;
  /** What the page in a tab says about itself (read at the editor's click); undefined where it cannot be read. */
  readPageFacts?: (tabId: number, asked: FactsAsked) => Promise<RawPageFacts | undefined>;
  /** Whether the form shows its entry written out as it opens (the editor's last choice), and keeping a new one. */
  entryShown?: () => boolean;
  keepEntryShown?: (shown: boolean) => void;
}

/** How long a confirmed save stays in view before the popup closes. */
const CLOSE_AFTER_SAVE_MS = 900;
/** Typing an address by hand is looked up once the editor pauses. */
const LOOKUP_DELAY_MS = 250;

/** The form's first state from what the application read: the one rule the early form uses too. */
const initialState = (ctx: CaptureContext): CaptureStart => captureStart(ctx.page, ctx, ctx.suggestions, ctx.template, ctx.model);

/** The capture form's state: restored drafts, duplicate notices, saving, attaching. */
export function useCapture(ctx: CaptureContext, deps: CaptureDeps, early?: EarlyEdits) {
  const initial = useMemo(() => {
    const state = initialState(ctx);
    return { ...state, fields: withEarlyEdits(state.fields, early) };
    // The early form is taken over once, with the first context.
  }, [ctx]);
  const [fields, setFields] = useState<CaptureFields>(initial.fields);
  const [editingId, setEditingId] = useState<string | undefined>(initial.editingId);
  const [hasDraft, setHasDraft] = useState(initial.restored || (early?.touched.length ?? 0) > 0);
  const action = useAction(deps.t);
  const [justSaved, setJustSaved] = useState<Extract<CaptureNotice, { kind: 'saved' | 'updated' }> | undefined>();
  const fieldsRef = useRef(fields);
  const writer = useMemo(() => createDraftWriter((d) => writeDraft(deps.store, d)), [deps.store]);
  // What is known about the address in the form: the page's, until the editor types another.
  const [known, setKnown] = useState<Pick<CaptureContext, 'duplicates' | 'suggestions'>>({ duplicates: ctx.duplicates, suggestions: ctx.suggestions });
  // The suggestion moves the headings only until the editor picks them.
  const groupChosen = useRef(initial.editingId !== undefined || initial.restored || early?.touched.some((f) => f === 'section' || f === 'project') === true);
  const lookupTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const lookupRun = useRef(0);
  useEffect(() => () => clearTimeout(lookupTimer.current), []);
  const closing = deps.closePopup !== undefined && ctx.settings.closeAfterSave !== false;
  // Fields the editor typed or picked: the page's facts, arriving after, never overwrite them.
  const touched = useRef(new Set<keyof CaptureFields>(early?.touched));
  const [description, setDescription] = useState<string | undefined>();
  // The page's own publication day: the event date while the editor has not set one, under a
  // heading whose past entries carry a day, and none under one whose entries never do (it
  // follows the headings as they change).
  const pageDay = useRef<string | undefined>(undefined);
  const withPageDay = (f: CaptureFields): CaptureFields => {
    if (pageDay.current === undefined || touched.current.has('eventDate')) return f;
    const eventDate = datesEntries(ctx.model, f) ? pageDay.current : '';
    return f.eventDate === eventDate ? f : { ...f, eventDate };
  };
  useEffect(() => {
    // Only a fresh capture of a page the browser gave: a draft or a queued item holds the editor's own.
    if (ctx.page.tabId === undefined || ctx.page.refusal || initial.restored || initial.editingId !== undefined || !deps.readPageFacts) return;
    let live = true;
    deps.readPageFacts(ctx.page.tabId, { words: asksReadingTime(ctx.template) }).then(
      (raw) => {
        if (!live || !raw) return;
        const facts = pageFactsFrom(raw, ctx.page.url);
        const patch: Partial<CaptureFields> = {};
        const current = fieldsRef.current;
        if (facts.selection && !touched.current.has('comment') && current.comment.trim() === '') patch.comment = facts.selection;
        // (Nor a field the editor is in: its text changing under a selection would take their typing after it.)
        const inField = (id: string): boolean => document.activeElement?.id === id;
        if (facts.canonical && !touched.current.has('url') && !inField('capture-url') && facts.canonical !== current.url) patch.url = facts.canonical;
        // The page's title without its site's name, in place of the tab's (the same words, the site's name added).
        if (facts.title && !touched.current.has('title') && !inField('capture-title') && current.title === ctx.page.title) patch.title = facts.title;
        if (facts.published && !touched.current.has('eventDate') && current.eventDate === '') {
          pageDay.current = facts.published;
          const dated = withPageDay(current).eventDate;
          if (dated !== '') patch.eventDate = dated;
        }
        if (facts.author && !touched.current.has('author') && !current.author) patch.author = facts.author;
        // The page's picture, where the digest shows one with its entries.
        if (facts.image && asksPicture(ctx.template) && !touched.current.has('image') && current.image === undefined) patch.image = facts.image;
        // How long it takes to read, where the digest says so of its entries.
        if (facts.minutes && asksReadingTime(ctx.template) && !touched.current.has('minutes') && current.minutes === undefined) patch.minutes = facts.minutes;
        if (facts.description && facts.description !== facts.selection) setDescription(facts.description);
        if (Object.keys(patch).length === 0) return;
        const next = { ...fieldsRef.current, ...patch };
        fieldsRef.current = next;
        setFields(next);
        // Both the tab's address and the page's own are checked for duplicates; the headings are
        // suggested again for the page's own address and title (what the digest's past entries
        // were learned from: titles without a site's name), unless the editor picked them.
        if (patch.url || patch.title) lookupPage(deps.store, { url: next.url, title: next.title }, ctx.template, ctx.model).then(
          (found) => {
            if (!live) return;
            setKnown((k) => ({ suggestions: found.suggestions, duplicates: [...k.duplicates, ...found.duplicates.filter((d) => !k.duplicates.some((e) => e.id === d.id))] }));
            if (groupChosen.current || touched.current.has('section') || touched.current.has('project')) return;
            const { kind, ...group } = startingPlace({ url: next.url, title: next.title }, found.suggestions, ctx.template, ctx.model);
            const again = withPageDay({ ...fieldsRef.current, ...group, ...(touched.current.has('kind') || kind === undefined ? {} : { kind }) });
            fieldsRef.current = again;
            setFields(again);
          },
          () => undefined,
        );
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  const [closingSoon, setClosingSoon] = useState(false);

  // Once saved, the form says so and nothing else (the page is then the item it edits).
  const notices: CaptureNotice[] = justSaved
    ? [justSaved]
    : pageNotices({ refusal: ctx.page.refusal, noTitle: ctx.page.noTitle, editingId, duplicates: known.duplicates, draftShown: initial.restored, hasDraft });

  const draftOf = (f: CaptureFields, editing: string | undefined): CaptureDraft => ({
    key: ctx.page.key,
    ...f,
    ...(editing !== undefined ? { editingId: editing } : {}),
    updatedAt: deps.now().toISOString(),
  });

  /** An address or title typed by hand is checked as the page's would be: published, queued, where it goes. */
  const lookUp = (url: string, title: string): void => {
    clearTimeout(lookupTimer.current);
    const run = ++lookupRun.current;
    lookupTimer.current = setTimeout(() => {
      lookupPage(deps.store, { url, title }, ctx.template, ctx.model).then(
        (found) => {
          if (run !== lookupRun.current) return;
          setKnown(found);
          // The kind too follows the address, until the editor picks one.
          const group = groupChosen.current ? {} : defaultGroup(found.suggestions, ctx.template);
          // (Under the headings the entry goes under: chosen, or suggested for the page.)
          const kind = touched.current.has('kind') ? {} : startingKind({ url, title }, ctx.template, ctx.model, { ...fieldsRef.current, ...group });
          if (groupChosen.current && !('kind' in kind)) return;
          const next = withPageDay({ ...fieldsRef.current, ...group, ...kind });
          fieldsRef.current = next;
          setFields(next);
        },
        // A failed lookup leaves what was known; the save itself reports storage trouble.
        () => undefined,
      );
    }, LOOKUP_DELAY_MS);
  };

  const change = (patch: Partial<CaptureFields>): void => {
    for (const field of Object.keys(patch) as (keyof CaptureFields)[]) touched.current.add(field);
    const next = 'section' in patch || 'project' in patch ? withPageDay({ ...fieldsRef.current, ...patch }) : { ...fieldsRef.current, ...patch };
    fieldsRef.current = next;
    setFields(next);
    setHasDraft(true);
    setJustSaved(undefined);
    action.setError(undefined);
    if ('section' in patch || 'project' in patch) groupChosen.current = true;
    if ('url' in patch || 'title' in patch) lookUp(next.url, next.title);
    writer.write(draftOf(next, editingId));
  };

  /** The save is stored; the form now shows the stored item. */
  const stored = (item: Item): void => {
    setHasDraft(false);
    setEditingId(item.id);
    groupChosen.current = true;
    const f = fieldsOfItem(item, ctx.page.key);
    fieldsRef.current = f;
    setFields(f);
    deps.onQueueChanged();
  };

  const refused = (reason: UrlRefusal): void => action.setError(say(deps.t, refusedSaveWording(reason)));

  /**
   * Drops a draft write not yet started. One under way needs no waiting for: IndexedDB runs
   * read-write transactions over the same stores in the order they were made, so the save's
   * removal of the draft comes after it.
   */
  const settleDraft = (): void => writer.cancel();

  const save = () =>
    action.run(async () => {
      settleDraft();
      const result = await saveCapture(deps.store, draftOf(fieldsRef.current, editingId), deps);
      if (result.outcome === 'refused') return refused(result.reason);
      stored(result.item);
      // Said plainly in the form, then, as clippers do, the popup goes (unless the editor keeps it).
      setJustSaved(result.outcome === 'added' ? { kind: 'saved', count: result.count } : { kind: 'updated' });
      if (closing) {
        setClosingSoon(true);
        setTimeout(() => deps.closePopup?.(), CLOSE_AFTER_SAVE_MS);
      }
    });

  const attach = (id: string) =>
    action.run(async () => {
      settleDraft();
      const result = await attachToItem(deps.store, draftOf(fieldsRef.current, editingId), id);
      if (result.outcome === 'refused') return refused(result.reason);
      stored(result.item);
      deps.toast(deps.t('toastAttached', itemHeadline(result.item)));
    });

  const discard = () =>
    action.run(async () => {
      settleDraft();
      await discardDraft(deps.store, ctx.page.key);
      const fresh = initialState({ ...ctx, draft: undefined });
      fieldsRef.current = fresh.fields;
      setFields(fresh.fields);
      setEditingId(fresh.editingId);
      setHasDraft(false);
      deps.toast(deps.t('toastDiscarded'));
    });

  // The early form's work goes on: a save asked for there is made now, typing there is kept as a draft.
  useEffect(() => {
    if (early?.saveRequested) void save();
    else if (early && early.touched.length > 0) writer.write(draftOf(fieldsRef.current, editingId));
  }, []);

  // Why the headings are what they are, while they are the suggestion's, and the next best.
  const { reason, alternatives } = suggestionShown(known.suggestions, fields);

  return { fields, change, save, attach, discard, saving: action.busy, error: action.error, notices, editingId, hasDraft, alternatives, closingSoon, reason, description };
}
