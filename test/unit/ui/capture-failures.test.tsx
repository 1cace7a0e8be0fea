// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { pageOf, type CaptureContext } from '../../../src/app/capture-context.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/model/settings.ts';
import type { RawPageFacts } from '../../../src/core/page/page-facts.ts';
import { OPENSTACK_PRESET } from '../../../src/core/template/presets.ts';
import { trainSuggestionModel, type SuggestionModel } from '../../../src/core/suggestion/project-suggestion.ts';
import { dueOf } from '../../../src/core/schedule/due-date.ts';
import { CaptureView } from '../../../src/popup/capture-view.tsx';
import type { DigestStore } from '../../../src/storage/digest-store.ts';
import { TranslateProvider } from '../../../src/ui/translate-context.ts';
import { failingWrites, testStore } from '../../helpers/db.ts';
import { translator } from '../../helpers/translate.ts';

afterEach(cleanup);

const page = pageOf({ id: 1, url: 'https://example.com/article', title: 'An article' });

function show(store: DigestStore, readPageFacts?: (tabId: number) => Promise<RawPageFacts | undefined>, model?: SuggestionModel) {
  showPage(store, page, readPageFacts, model);
}

function showPage(store: DigestStore, page: CaptureContext['page'], readPageFacts?: (tabId: number) => Promise<RawPageFacts | undefined>, model?: SuggestionModel) {
  const ctx: CaptureContext = {
    page,
    template: OPENSTACK_PRESET,
    settings: DEFAULT_SETTINGS,
    suggestions: [],
    duplicates: [],
    draft: undefined,
    model,
    openIssue: '18',
    due: dueOf([], null, '2014-08-01'),
    firstRun: false,
    today: '2014-08-01',
  };
  const t = translator('en');
  let id = 0;
  render(
    <TranslateProvider value={t}>
      <CaptureView ctx={ctx} queue={[]} deps={{ store, t, now: () => new Date('2014-08-01T00:00:00Z'), newId: () => `n${++id}`, onQueueChanged: () => undefined, toast: () => undefined, commandKey: false, ...(readPageFacts ? { readPageFacts } : {}) }} />
    </TranslateProvider>,
  );
}

describe('saving when storage fails', () => {
  it.each([
    ['QuotaExceededError', 'no room left'],
    ['AbortError', 'interrupted'],
    ['InvalidStateError', 'not available right now'],
  ])('%s: says so, keeps the typing, and saves on retry', async (kind, text) => {
    const { store } = testStore();
    show(store);
    fireEvent.input(screen.getByRole('textbox', { name: 'Comment' }), { target: { value: '写了很久的点评' } });
    await waitFor(async () => expect((await store.read((tx) => tx.drafts.get(page.key)))?.comment).toBe('写了很久的点评'));

    const disk = failingWrites(1, kind);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(text));
    disk.stop();
    expect(screen.getByRole('alert').textContent).toContain('what you typed is kept');
    expect((screen.getByRole('textbox', { name: 'Comment' }) as HTMLTextAreaElement).value).toBe('写了很久的点评');
    expect((await store.read((tx) => tx.drafts.get(page.key)))?.comment).toBe('写了很久的点评');
    expect(await store.read((tx) => tx.items.queueCount())).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await store.read((tx) => tx.items.queueCount())).toBe(1));
    expect((await store.read((tx) => tx.items.queue()))[0]?.comment).toBe('写了很久的点评');
    expect(await store.read((tx) => tx.drafts.get(page.key))).toBeUndefined();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});

describe('the page’s own facts, arriving after the form', () => {
  it('fill only what the editor has not touched', async () => {
    const { store } = testStore();
    let arrive!: (facts: RawPageFacts) => void;
    show(store, () => new Promise((resolve) => (arrive = resolve)));
    const comment = screen.getByRole('textbox', { name: 'Comment' }) as HTMLTextAreaElement;
    fireEvent.input(comment, { target: { value: 'My own words' } });
    arrive({ selection: 'The page’s words', canonical: 'https://example.com/article-canonical', publishedTimes: ['2014-07-17'] });
    await waitFor(() => expect((screen.getByRole('textbox', { name: 'URL' }) as HTMLInputElement).value).toBe('https://example.com/article-canonical'));
    expect(comment.value).toBe('My own words');
    expect((screen.getByLabelText('Event date') as HTMLInputElement).value).toBe('2014-07-17');
  });

  /** The popup for a page whose facts arrive when the test says: say them with the function returned. */
  const arriving = (store: DigestStore, title: string): ((facts: RawPageFacts) => void) => {
    let arrive!: (facts: RawPageFacts) => void;
    showPage(store, { ...page, title }, () => new Promise((resolve) => (arrive = resolve)));
    return (facts) => arrive(facts);
  };
  const titleShown = () => (screen.getByRole('textbox', { name: 'Title' }) as HTMLTextAreaElement).value;
  const settled = () => new Promise((resolve) => setTimeout(resolve, 20));
  const named = { title: 'An article | Kite Blog', siteName: 'Kite Blog' };

  it('take the site’s name off the title the tab gave, and never off a title the editor typed', async () => {
    const { store } = testStore();
    // The tab said only `An article`: the page's facts take nothing off it.
    arriving(store, 'An article')(named);
    await settled();
    expect(titleShown()).toBe('An article');
    cleanup();
    arriving(store, named.title)(named);
    await waitFor(() => expect(titleShown()).toBe('An article'));
    cleanup();
    const typed = arriving(store, named.title);
    fireEvent.input(screen.getByRole('textbox', { name: 'Title' }), { target: { value: 'An article, | Kite Blog kept' } });
    typed(named);
    await settled();
    expect(titleShown()).toBe('An article, | Kite Blog kept');
    // Nor while the editor is in the field, about to type (a selection there would be lost).
    cleanup();
    const focused = arriving(store, named.title);
    (screen.getByRole('textbox', { name: 'Title' }) as HTMLTextAreaElement).focus();
    focused(named);
    await settled();
    expect(titleShown()).toBe(named.title);
  });

  it('have the headings suggested again for the page’s own title, unless the editor picked them', async () => {
    const { store } = testStore();
    const nova = { title: 'Nova scheduler hints | Kite Blog', siteName: 'Kite Blog' };
    const project = () => (screen.getByRole('combobox', { name: 'Project' }) as HTMLSelectElement).value;
    const first = arriving(store, nova.title);
    expect(project()).not.toBe('Nova');
    first(nova);
    await waitFor(() => expect(project()).toBe('Nova'));
    cleanup();
    const picked = arriving(store, nova.title);
    fireEvent.change(screen.getByRole('combobox', { name: 'Section' }), { target: { value: '业界动态' } });
    picked(nova);
    await waitFor(() => expect(titleShown()).toBe('Nova scheduler hints'));
    await settled();
    expect((screen.getByRole('combobox', { name: 'Section' }) as HTMLSelectElement).value).toBe('业界动态');
  });

  it('give the page’s day to headings whose past entries carry one, follow the headings as they change, and never undo a typed date', async () => {
    const { store } = testStore();
    const entry = (section: string, project: string | null, eventDate?: string) => ({ section, project, comment: 'words', links: [{ url: 'https://example.org/a', title: '' }], ...(eventDate ? { eventDate } : {}) });
    // News went out with its day; Nova's entries never had one.
    const model = trainSuggestionModel([entry('业界动态', null, '2014-07-01'), entry('业界动态', null), entry('社区跟踪', 'Nova'), entry('社区跟踪', 'Nova')], OPENSTACK_PRESET);
    let arrive!: (facts: RawPageFacts) => void;
    show(store, () => new Promise((resolve) => (arrive = resolve)), model);
    // Shown only under headings that date their entries (else one click away).
    const date = () => screen.queryByLabelText('Event date') as HTMLInputElement | null;
    const section = screen.getByRole('combobox', { name: 'Section' }) as HTMLSelectElement;
    const project = () => screen.getByRole('combobox', { name: 'Project' }) as HTMLSelectElement;
    fireEvent.change(section, { target: { value: '社区跟踪' } });
    fireEvent.change(project(), { target: { value: 'Nova' } });
    arrive({ publishedTimes: ['2014-07-17'] });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(date()).toBeNull();
    fireEvent.change(section, { target: { value: '业界动态' } });
    await waitFor(() => expect(date()?.value).toBe('2014-07-17'));
    fireEvent.change(section, { target: { value: '社区跟踪' } });
    fireEvent.change(project(), { target: { value: 'Nova' } });
    await waitFor(() => expect(date()).toBeNull());
    fireEvent.click(screen.getByRole('button', { name: 'Add an event date' }));
    fireEvent.input(date() as HTMLInputElement, { target: { value: '2014-07-20' } });
    fireEvent.change(section, { target: { value: '业界动态' } });
    expect(date()?.value).toBe('2014-07-20');
  });
});
