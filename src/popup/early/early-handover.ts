import type { EarlyEdits } from '../../app/early-capture.ts';
import type { TabId } from '../../ui/popup-frame.tsx';

/**
 * The early form's hand-over to the application: what the editor did there, and how to take it
 * off the page. Offered once by the early script, taken once by the application's entry (the
 * two are separate bundles; a registered symbol on the page's global is where they meet).
 */
export interface EarlyHandover extends EarlyEdits {
  /** The early form's id (as in its `KeptEarlyEdits`). */
  form: string;
  /** The tab the editor chose in the early form. */
  tab: TabId;
  /** Removes the early form and shows the application's root in its place. */
  close: () => void;
}

const KEY = Symbol.for('digest-clipper.early-handover');
type Scope = { [KEY]?: { form: string; read: () => EarlyHandover } };

/** Offered by the early script: `read` says what the form holds at the moment it is taken. */
export function offerHandover(form: string, read: () => EarlyHandover): void {
  (globalThis as Scope)[KEY] = { form, read };
}

/** The id of the early form on the page, waiting to be taken over, if there is one. */
export function waitingForm(): string | undefined {
  return (globalThis as Scope)[KEY]?.form;
}

/** Taken by the application, once: the early form as it is now, or nothing where none showed. */
export function takeHandover(): EarlyHandover | undefined {
  const scope = globalThis as Scope;
  const offer = scope[KEY];
  delete scope[KEY];
  return offer?.read();
}

/** Where the keyboard was in the early form, to put it back in the application's. */
export interface FocusSpot {
  id: string;
  start: number | null;
  end: number | null;
  /** The field's text then: where the application shows another (a draft's comment joined), the caret goes to its end. */
  value: string | undefined;
}

export function focusSpotOf(element: Element | null): FocusSpot | undefined {
  if (!element || !element.id) return undefined;
  const text = element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement ? element : undefined;
  try {
    return { id: element.id, start: text?.selectionStart ?? null, end: text?.selectionEnd ?? null, value: text?.value };
  } catch {
    // Inputs such as `date` have no selection.
    return { id: element.id, start: null, end: null, value: text?.value };
  }
}

export function restoreFocus(spot: FocusSpot): void {
  const element = document.getElementById(spot.id);
  if (!element) return;
  element.focus();
  if (!(element instanceof HTMLTextAreaElement || element instanceof HTMLInputElement) || spot.start === null) return;
  try {
    const length = element.value.length;
    if (element.value !== spot.value) element.setSelectionRange(length, length);
    else element.setSelectionRange(Math.min(spot.start, length), Math.min(spot.end ?? spot.start, length));
  } catch {
    // Not a text field after all.
  }
}
