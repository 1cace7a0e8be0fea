// @vitest-environment happy-dom
import { OPENSTACK_PRESET } from '../../../src/core/template/presets.ts';
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { readBackup } from '../../../src/app/restore-backup.ts';
import { useArchive } from '../../../src/options/use-archive.ts';
import { useBackup } from '../../../src/options/use-backup.ts';
import { useImport } from '../../../src/options/use-import.ts';
import { applyIssueImport, planIssueImport, type PickedFile } from '../../../src/app/import-issues.ts';
import type { ImportPlan } from '../../../src/core/issue/issue-import.ts';
import { Failure } from '../../../src/core/model/failure.ts';
import { useOptionsData } from '../../../src/options/use-options-data.ts';
import { useAction } from '../../../src/ui/use-action.ts';
import { fixtureFiles } from '../../helpers/corpus.ts';
import { testStore } from '../../helpers/db.ts';
import { SEED_NOW, seedStore } from '../../helpers/seed.ts';
import { translator } from '../../helpers/translate.ts';

afterEach(cleanup);
const t = translator('en');
/** A file handed to the import by its path, its bytes read when asked for. */
const handed = (path: string, text: string) => ({ path, bytes: async () => new TextEncoder().encode(text) });

describe('useImport', () => {
  it('previews files, wording each unreadable one, and applies the rest', async () => {
    const { store } = testStore();
    const toasts: string[] = [];
    let changed = 0;
    const { result } = renderHook(() => {
      const action = useAction(t);
      return { action, importer: useImport({ store, t, action, today: () => '2015-05-01', now: () => SEED_NOW, changed: async () => void changed++, toast: (x) => void toasts.push(x) }) };
    });
    const file = fixtureFiles('issues')[0]!;
    await act(async () => void (await result.current.importer.read([handed(file.name, file.text), handed('notes.md', '# My notes\n')])));
    expect(result.current.importer.preview?.issues.map((i) => [i.key, i.change])).toEqual([['21', 'new']]);
    expect(result.current.importer.preview?.failures).toEqual([{ file: 'notes.md', line: 1, text: 'The title “My notes” names no issue number (like 第十七期, #17, Issue 17 or 2024-W43), and neither does a number field or the file name.' }]);
    await act(async () => void (await result.current.importer.apply()));
    expect(toasts).toEqual(['Imported 1 issues.']);
    expect(changed).toBe(1);
    expect(result.current.importer.preview).toBeUndefined();
    expect((await store.read((tx) => tx.issues.list())).map((i) => i.number)).toEqual([21]);
  });

  it('reads the Markdown of a folder handed over and names what it left out; says so where there is none; words a file it cannot read', async () => {
    const { store } = testStore();
    const { result } = renderHook(() => {
      const action = useAction(t);
      return { action, importer: useImport({ store, t, action, today: () => '2015-05-01', now: () => SEED_NOW, changed: async () => undefined, toast: () => undefined }) };
    });
    const [first, second] = fixtureFiles('issues') as [{ name: string; text: string }, { name: string; text: string }];
    const asked: string[] = [];
    const folder = [handed(`blog/posts/${first.name}`, first.text), handed(`blog/posts/2014/${second.name}`, second.text), handed('blog/posts/logo.png', ''), handed('blog/.git/config', ''), handed('blog/README.md', '# My blog\n\nWhere I post.\n')].map((f) => ({ ...f, bytes: () => (asked.push(f.path), f.bytes()) }));
    await act(async () => void (await result.current.importer.read(Promise.resolve(folder))));
    // Each issue by its file's name; the others never read.
    expect(result.current.importer.preview?.issues.map((i) => i.key)).toHaveLength(2);
    expect(asked).toEqual([`blog/posts/${first.name}`, `blog/posts/2014/${second.name}`, 'blog/README.md']);
    // The folder's README is no issue: named apart, not a failure; picked on its own, it is one.
    expect([result.current.importer.preview?.failures, result.current.importer.preview?.notIssues]).toEqual([[], ['README.md']]);
    expect(result.current.importer.handedOver).toEqual({ leftOut: ['blog/posts/logo.png', 'blog/.git/config'], nothing: false, inFolders: [first.name, second.name, 'README.md'] });
    await act(async () => void (await result.current.importer.read([handed('README.md', '# My blog\n\nWhere I post.\n')])));
    expect([result.current.importer.preview?.failures.map((f) => f.file), result.current.importer.preview?.notIssues]).toEqual([['README.md'], []]);
    // Posts kept in folders of their own (page bundles) go by their folders' names: here, their numbers.
    const bundle = (n: number) => handed(`blog/notes-${n}/index.md`, `# Notes\n\n## Links\n\n- [Page ${n}](https://a.example/${n}) words\n- [More ${n}](https://b.example/${n}) more\n`);
    await act(async () => void (await result.current.importer.read([bundle(7), bundle(8)])));
    expect(result.current.importer.preview?.issues.map((i) => i.key)).toEqual(['7', '8']);
    await act(async () => void (await result.current.importer.read([handed('pics/a.png', '')])));
    expect(result.current.importer.handedOver).toEqual({ leftOut: ['pics/a.png'], nothing: true, inFolders: [] });
    expect(result.current.importer.preview).toBeUndefined();
    const gone = { path: 'issue-3.md', bytes: () => Promise.reject(new Failure('file-unreadable', 'issue-3.md')) };
    await act(async () => void (await result.current.importer.read([gone])));
    expect(result.current.action.error).toBe('Couldn’t read “issue-3.md”: it was moved or deleted since you picked it, or it is a folder. Nothing was imported; pick it again.');
    act(() => result.current.importer.cancel());
    expect(result.current.importer.handedOver).toEqual({ leftOut: [], nothing: false, inFolders: [] });
  });
});

describe('useImport while it works', () => {
  it('says it reads the files while their bytes come in and the plan is made, and it imports while the plan is applied', async () => {
    const { store } = testStore();
    // The real plan and apply, the apply held until the test lets it go.
    let applied: () => void = () => undefined;
    const work = {
      plan: (files: PickedFile[], day: string) => planIssueImport(store, files, day),
      apply: async (plan: ImportPlan, at: Date) => {
        await new Promise<void>((done) => (applied = done));
        await applyIssueImport(store, plan, at);
      },
    };
    const { result } = renderHook(() => {
      const action = useAction(t);
      return useImport({ store, t, action, today: () => '2015-05-01', now: () => SEED_NOW, changed: async () => undefined, toast: () => undefined, work });
    });
    // The files' bytes held until the test lets them come.
    let arrived: () => void = () => undefined;
    const coming = new Promise<void>((done) => (arrived = done));
    const files = fixtureFiles('issues').slice(0, 3).map((f) => ({ path: f.name, bytes: async () => (await coming, new TextEncoder().encode(f.text)) }));
    let reading: Promise<unknown> = Promise.resolve();
    act(() => void (reading = result.current.read(files)));
    await waitFor(() => expect(result.current.working).toEqual({ step: 'reading', count: 3 }));
    await act(async () => {
      arrived();
      await reading;
    });
    expect(result.current.working).toBeUndefined();
    expect(result.current.preview?.issues).toHaveLength(3);
    let applying: Promise<unknown> = Promise.resolve();
    act(() => void (applying = result.current.apply()));
    await waitFor(() => expect(result.current.working).toEqual({ step: 'applying', count: 3 }));
    await act(async () => {
      applied();
      await applying;
    });
    expect(result.current.working).toBeUndefined();
  });
});

describe('useBackup', () => {
  it('backs up to a file, refuses a broken file in words, and restores a good one', async () => {
    const source = testStore();
    await seedStore(source.store);
    const good = JSON.stringify(await readBackup(source.store, SEED_NOW));
    const { store } = testStore();
    const downloads: { name: string; text: string }[] = [];
    const { result } = renderHook(() => {
      const action = useAction(t);
      return { action, backup: useBackup({ store, t, action, now: () => SEED_NOW, changed: async () => undefined, toast: () => undefined, downloadText: (name, text) => void downloads.push({ name, text }) }) };
    });
    await act(async () => void (await result.current.backup.backup()));
    expect(downloads[0]?.name).toBe('digest-clipper-backup-2015-05-01-08-00-00.json');
    await act(async () => void (await result.current.backup.chooseFile({ name: 'broken.json', text: async () => '{"format": ' })));
    expect(result.current.backup.restoreError).toBe('This file cannot be restored: it is not JSON (line 1, column 12). Nothing was changed.');
    await act(async () => void (await result.current.backup.chooseFile({ name: 'good.json', text: async () => good })));
    expect(result.current.backup.restore?.report.issuesAdded).toBe(5);
    await act(async () => void (await result.current.backup.setMode('replace')));
    expect(result.current.backup.restore?.mode).toBe('replace');
    await act(async () => void (await result.current.backup.apply()));
    expect((await store.read((tx) => tx.issues.list())).length).toBe(5);
    expect(result.current.action.error).toBeUndefined();
  });
});

describe('useArchive and useOptionsData', () => {
  it('reads the archive once and searches it in memory; reloads when told of a change', async () => {
    const { store } = testStore();
    await seedStore(store);
    let notify: (() => void) | undefined;
    const listen = (onChange: () => void) => void (notify = onChange);
    const { result } = renderHook(() => {
      const data = useOptionsData(store, listen);
      return { data, archive: useArchive(store, data.revision, OPENSTACK_PRESET, () => undefined) };
    });
    // Both reads done: the archive's and the page's own (which may come later on a busy machine).
    await waitFor(() => expect([result.current.archive.loading, result.current.data.data === undefined]).toEqual([false, false]));
    const total = result.current.archive.total;
    expect(total).toBeGreaterThan(10);
    act(() => result.current.archive.setQuery({ query: 'nova' }));
    expect(result.current.archive.total).toBeLessThan(total);
    expect(result.current.archive.results.every((i) => JSON.stringify(i).toLowerCase().includes('nova'))).toBe(true);
    expect(result.current.data.data?.queue).toHaveLength(4);
    await store.write((tx) => tx.items.delete('q1'));
    await act(async () => notify?.());
    await waitFor(() => expect(result.current.data.data?.queue).toHaveLength(3));
  });
});
