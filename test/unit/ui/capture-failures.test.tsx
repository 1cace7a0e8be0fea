// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { dueOf } from '../../../src/core/due-date.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { DEFAULT_TEMPLATE } from '../../../src/core/template.ts';
import { CaptureView } from '../../../src/popup/capture-view.tsx';
import { pageOf, type CaptureContext } from '../../../src/popup/load-capture-context.ts';
import { StorageFailure } from '../../../src/storage/storage-failure.ts';
import { TranslateProvider } from '../../../src/ui/translate-context.ts';
import { testRepos } from '../../helpers/db.ts';
import { translator } from '../../helpers/translate.ts';

afterEach(cleanup);

/** Real repositories over fake-indexeddb, with the next `n` adds failing as `kind`. */
function failingRepos(kind: DOMException['name'], n: number) {
  const repos = testRepos();
  let failures = n;
  const items = {
    ...repos.items,
    addToQueue: (item: Parameters<typeof repos.items.addToQueue>[0]) => {
      if (failures-- > 0) {
        return Promise.reject(kind === 'blocked' ? new StorageFailure('blocked', 'held open') : StorageFailure.from(new DOMException('failed', kind)));
      }
      return repos.items.addToQueue(item);
    },
  };
  return { ...repos, items };
}

function show(repos: ReturnType<typeof failingRepos>) {
  const ctx: CaptureContext = {
    page: pageOf({ id: 1, url: 'https://example.com/article', title: 'An article' }),
    template: DEFAULT_TEMPLATE,
    settings: DEFAULT_SETTINGS,
    suggestions: [],
    duplicates: [],
    draft: undefined,
    openIssueNumber: 18,
    due: dueOf([], null, '2014-08-01'),
    today: '2014-08-01',
  };
  const t = translator('en');
  let id = 0;
  render(
    <TranslateProvider value={t}>
      <CaptureView ctx={ctx} queue={[]} deps={{ repos, t, now: () => new Date('2014-08-01T00:00:00Z'), newId: () => `n${++id}`, onQueueChanged: () => undefined, toast: () => undefined }} />
    </TranslateProvider>,
  );
}

describe('saving when storage fails', () => {
  it.each([
    ['QuotaExceededError', 'no room left'],
    ['AbortError', 'interrupted'],
    ['InvalidStateError', 'not available right now'],
    ['blocked', 'older Digest Clipper page holds the database'],
  ])('%s: says so, keeps the typing, and saves on retry', async (kind, message) => {
    const repos = failingRepos(kind, 1);
    show(repos);
    fireEvent.input(screen.getByRole('textbox', { name: 'Comment' }), { target: { value: '写了很久的点评' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.getByRole('alert').textContent).toContain(message));
    expect(screen.getByRole('alert').textContent).toContain('Your draft is kept');
    expect((screen.getByRole('textbox', { name: 'Comment' }) as HTMLTextAreaElement).value).toBe('写了很久的点评');
    await waitFor(async () => expect((await repos.drafts.get(pageOf({ id: 1, url: 'https://example.com/article', title: '' }).key))?.comment).toBe('写了很久的点评'));
    expect(await repos.items.queueCount()).toBe(0);

    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await repos.items.queueCount()).toBe(1));
    expect((await repos.items.queue())[0]?.comment).toBe('写了很久的点评');
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
