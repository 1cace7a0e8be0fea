import { useLayoutEffect, useMemo, useState } from 'preact/hooks';
import type { CaptureNotice } from '../../app/capture-notices.ts';
import type { CaptureCache } from '../../app/capture-cache.ts';
import type { EarlyCapture } from '../../app/early-capture.ts';
import type { CaptureFields } from '../../core/model/capture-draft.ts';
import { say, suggestionReasonWording } from '../../core/contracts/wording.ts';
import { datesEntries } from '../../core/suggestion/dates-entries.ts';
import { retiredHeadings } from '../../core/suggestion/retired-headings.ts';
import { suggestionShown } from '../../core/suggestion/project-suggestion.ts';
import { asksAuthor } from '../../core/template/asks-author.ts';
import { asksReadingTime } from '../../core/template/asks-reading-time.ts';
import { CaptureForm } from '../../ui/capture-form.tsx';
import { CaptureNoticeView } from '../../ui/capture-notice.tsx';
import { PopupFrame, type TabId } from '../../ui/popup-frame.tsx';
import { useT } from '../../ui/translate-context.ts';

/** What the early form holds, kept current for the hand-over. */
export interface EarlyState {
  fields: CaptureFields;
  touched: Set<keyof CaptureFields>;
  saveRequested: boolean;
  tab: TabId;
}

interface EarlyPopupProps {
  cache: CaptureCache;
  early: EarlyCapture;
  state: EarlyState;
  commandKey: boolean;
  /** After every change the editor makes, to keep it at once. */
  onEdit: () => void;
  onOpenOptions: () => void;
  onOpenPanel?: (() => void) | undefined;
  /** Whether the form shows its entry written out (the application draws it), and keeping a new choice. */
  entryShown: boolean;
  onEntryShown: (shown: boolean) => void;
  /**
   * What the database holds for the page, once read (a draft, the page queued or published):
   * `state.fields` then holds the form it opens with, the editor's typing on top.
   */
  known?: { notices: readonly CaptureNotice[]; editing: boolean } | undefined;
}

/**
 * The popup as the page first paints it, from the cache alone: the same frame and form as the
 * application's, already usable for typing and picking. A save asked for here is made by the
 * application the moment it takes over.
 */
export function EarlyPopup({ cache, early, state, commandKey, onEdit, onOpenOptions, onOpenPanel, entryShown, onEntryShown, known }: EarlyPopupProps) {
  const t = useT();
  const [fields, setFields] = useState(state.fields);
  // Before the browser paints: the page's records change the fields and the notices together.
  useLayoutEffect(() => {
    if (known) setFields(state.fields);
  }, [known]);
  const [tab, setTab] = useState<TabId>(state.tab);
  const [saving, setSaving] = useState(false);
  const { reason, alternatives } = suggestionShown(early.suggestions, fields);
  const retired = useMemo(() => retiredHeadings(cache.model), [cache.model]);
  return (
    <PopupFrame
      status={cache.status}
      queueCount={cache.queueCount}
      tab={tab}
      onSelectTab={(next) => {
        state.tab = next;
        setTab(next);
      }}
      onOpenOptions={onOpenOptions}
      onOpenPanel={onOpenPanel}
    >
      {tab === 'capture' ? (
        <CaptureForm
          fields={fields}
          notices={known?.notices.map((n) => (
            <CaptureNoticeView key={n.kind} notice={n} />
          ))}
          taxonomy={cache.template}
          retired={retired}
          authorField={asksAuthor(cache.template)}
          readingTimeField={asksReadingTime(cache.template)}
          kinds={cache.template.items.kinds}
          datesEntries={datesEntries(cache.model, fields)}
          alternatives={alternatives}
          saving={saving}
          focusUrl={false}
          beforeFirstPaint
          hasDraft={false}
          commandKey={commandKey}
          why={reason ? t('suggestedBecause', say(t, suggestionReasonWording(reason))) : undefined}
          attachTargets={[]}
          // The application's form offers every queued item but the one this page edits.
          attachPending={(cache.queueCount ?? 0) > (known?.editing ? 1 : 0)}
          entryShown={entryShown}
          onEntryShown={onEntryShown}
          onChange={(patch) => {
            const next = { ...state.fields, ...patch };
            state.fields = next;
            for (const key of Object.keys(patch) as (keyof CaptureFields)[]) state.touched.add(key);
            setFields(next);
            onEdit();
          }}
          onSave={() => {
            state.saveRequested = true;
            setSaving(true);
            onEdit();
          }}
          onDiscard={() => undefined}
          onAttach={() => undefined}
        />
      ) : // The other views come with the application, a moment later, as they do when first opened.
      null}
    </PopupFrame>
  );
}
