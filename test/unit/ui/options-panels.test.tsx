// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { ImportPanel } from '../../../src/ui/options/import-panel.tsx';
import { Tabs } from '../../../src/ui/tabs.tsx';
import { TranslateProvider } from '../../../src/ui/translate-context.ts';
import { ListProvider, listFormatOf } from '../../../src/ui/list-context.ts';
import { translator } from '../../helpers/translate.ts';

afterEach(cleanup);

/** The import panel's props where a test looks at none of them: nothing busy, every action a no-op. */
const IDLE = {
  summary: '',
  busy: false,
  handedOver: { leftOut: [], nothing: false },
  onFiles: () => undefined,
  onDrop: () => undefined,
  onApply: () => undefined,
  onCancel: () => undefined,
  onResolve: () => undefined,
  onLeaveOut: () => undefined,
};

describe('ImportPanel', () => {
  it('takes files picked or dropped, and applies only a preview that changes something', () => {
    const received: string[][] = [];
    const dropped: unknown[] = [];
    const view = (changes: boolean, handedOver = { leftOut: [] as string[], nothing: false }) => (
      <TranslateProvider value={translator('en')}>
        <ImportPanel
          preview={{ issues: [{ key: '17', title: 'T', items: 24, change: changes ? 'new' : 'same' }], leftOut: [], unlike: [], failures: [], notIssues: [], conflicts: [], missing: [], unsafeLinks: [], newSections: [], newProjects: [], retiredHeadings: [], way: 'heading', otherWays: [{ way: 'paragraph', headings: ['Developer News', 'Release Schedule'] }], unreadHeadings: [], everyIssue: ['Developer News', 'Release Schedule', 'Featured PRs'], lone: !changes, sample: '### [The page’s title](https://example.org/page)\n\nYour words about it.', changes }}
          {...IDLE}
          onFiles={(files) => received.push(files.map((f) => f.name))}
          onDrop={(data) => dropped.push(data)}
          handedOver={handedOver}
        />
      </TranslateProvider>
    );
    const { rerender } = render(view(true));
    const file = new File(['---\ntitle: 第十七期\n---\n'], '2014-07-20-x.md', { type: 'text/markdown' });
    const drop = new Event('drop', { bubbles: true, cancelable: true });
    const data = { files: [file], items: [{ kind: 'file' }] };
    Object.defineProperty(drop, 'dataTransfer', { value: data });
    (screen.getByText('…or drop Markdown files or a folder here.').parentElement as HTMLElement).dispatchEvent(drop);
    expect(drop.defaultPrevented).toBe(true);
    // The drop itself is handed over while it runs: its folders can be listed only then.
    expect(dropped).toEqual([data]);
    fireEvent.change(screen.getByLabelText('Import published issues'), { target: { files: [file, file] } });
    fireEvent.change(screen.getByLabelText('Import a folder'), { target: { files: [file] } });
    expect(received).toEqual([['2014-07-20-x.md', '2014-07-20-x.md'], ['2014-07-20-x.md']]);
    expect(screen.getByLabelText('Import a folder').hasAttribute('webkitdirectory')).toBe(true);
    expect((screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(false);
    rerender(view(false));
    expect((screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('no change')).toBeTruthy();
    // How the entries were read, in the Format panel's words.
    expect(screen.getByText('Entries read as: Headed entries')).toBeTruthy();
    // …and the parts that write theirs otherwise.
    expect(screen.getByText('Paragraphs with their links under Developer News, Release Schedule')).toBeTruthy();
    // …the headings every new issue will write…
    expect(screen.getByText('Written in every new issue, entries under them or not: Developer News, Release Schedule, Featured PRs (see Headings).')).toBeTruthy();
    // …and how a new one will be written, its lines kept.
    expect(screen.getByText('New entries will be written like this:')).toBeTruthy();
    expect(document.querySelector('.import-sample pre')?.textContent).toBe('### [The page’s title](https://example.org/page)\n\nYour words about it.');
    // One issue of its own: the editor is told what the next draft lacks, and what to do.
    expect(screen.getByText(/^One issue can’t show what every issue repeats/)).toBeTruthy();
    rerender(view(true));
    expect(screen.queryByText(/^One issue can’t show/)).toBeNull();
    // Files a folder held that are not read, named (the first five), and a folder with none to read.
    rerender(view(true, { leftOut: ['p/a.png', 'p/b.yml', 'p/c.png', 'p/d.png', 'p/e.png', 'p/f.png'], nothing: false }));
    expect(screen.getByText('Left out, as not Markdown or in a hidden folder: p/a.png, p/b.yml, p/c.png, p/d.png, p/e.png, 1 more')).toBeTruthy();
    rerender(view(true, { leftOut: ['p/a.png'], nothing: true }));
    expect(screen.getByText('No Markdown files (.md .markdown .mdx .qmd .rmd) there: nothing to import.').getAttribute('role')).toBe('status');
  });
});

describe('ImportPanel: an issue left out', () => {
  it('lists it among the rest by its number, unticked, to take back; ticking asks for it back, unticking another leaves that out', () => {
    const asked: [string, boolean][] = [];
    render(
      <TranslateProvider value={translator('en')}>
        <ImportPanel
          preview={{ issues: [{ key: '12', title: 'Weekly #12', items: 4, change: 'new' }, { key: '13', title: 'Weekly #13', items: 5, change: 'new' }], leftOut: [{ key: '10', title: '10 Tips for Remote Work', items: 1 }], unlike: [], failures: [], notIssues: [], conflicts: [], missing: [], unsafeLinks: [], newSections: [], newProjects: [], retiredHeadings: [], way: 'bullet', otherWays: [], unreadHeadings: [], everyIssue: [], lone: false, sample: undefined, changes: true }}
          {...IDLE}
          onLeaveOut={(key, leave) => void asked.push([key, leave])}
        />
      </TranslateProvider>,
    );
    const rows = screen.getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(['1010 Tips for Remote Work1left out', '12Weekly #124add it', '13Weekly #135add it']);
    const left = screen.getByRole('checkbox', { name: 'Import “10 Tips for Remote Work”' }) as HTMLInputElement;
    expect(left.checked).toBe(false);
    expect(rows[0]?.className).toBe('left-out');
    fireEvent.click(left);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Import “Weekly #13”' }));
    expect(asked).toEqual([['10', false], ['13', true]]);
  });

  it('says why, where the import left one out itself, named and titled unlike the others', () => {
    render(
      <TranslateProvider value={translator('en')}>
        <ImportPanel
          preview={{ issues: [{ key: '420', title: '前端周刊第420期', items: 9, change: 'new' }], leftOut: [{ key: '2025', title: '14 web performance tips for 2025', items: 3 }], unlike: ['14 web performance tips for 2025'], failures: [], notIssues: [], conflicts: [], missing: [], unsafeLinks: [], newSections: [], newProjects: [], retiredHeadings: [], way: 'paragraph', otherWays: [], unreadHeadings: [], everyIssue: [], lone: false, sample: undefined, changes: true }}
          {...IDLE}
        />
      </TranslateProvider>,
    );
    expect(screen.getByText('Left out: 14 web performance tips for 2025. Named and titled like no other issue, it would have been the newest one; tick it to import it all the same.')).toBeTruthy();
    expect((screen.getByRole('checkbox', { name: 'Import “14 web performance tips for 2025”' }) as HTMLInputElement).checked).toBe(false);
  });
});

describe('ImportPanel in Chinese', () => {
  it('lists names as the language does (`a、b、c`), issues with no entries and missing ones too', () => {
    const preview = { issues: [{ key: '17', title: '第十七期', items: 0, change: 'new' as const }, { key: '18', title: '第十八期', items: 0, change: 'new' as const }], leftOut: [], unlike: [], failures: [], notIssues: [], conflicts: [], missing: ['15', '16'], unsafeLinks: [], newSections: [], newProjects: [], retiredHeadings: [], way: undefined, otherWays: [], unreadHeadings: ['动态', '工具'], everyIssue: ['Developer News', 'Release Schedule', 'Featured PRs'], lone: false, sample: undefined, changes: true };
    render(
      <TranslateProvider value={translator('zh_CN')}>
        <ListProvider value={listFormatOf('zh-CN')}>
          <ImportPanel {...IDLE} preview={preview} />
        </ListProvider>
      </TranslateProvider>,
    );
    const text = document.body.textContent ?? '';
    expect(text).toContain('Developer News、Release Schedule、Featured PRs');
    expect(text).toContain('第十七期、第十八期');
    expect(text).toContain('15、16');
    // Not one entry read: the headings new ones go under all the same.
    expect(text).toContain('新条目照样放在它的标题下（动态、工具），写法见下。');
    expect(text).not.toContain('条目写法');
    expect(text).not.toContain(', ');
  });
});

describe('ImportPanel while an import works', () => {
  const preview = { issues: [{ key: '17', title: 'T', items: 24, change: 'new' as const }], leftOut: [], unlike: [], failures: [], notIssues: [], conflicts: [], missing: [], unsafeLinks: [], newSections: [], newProjects: [], retiredHeadings: [], way: 'bullet' as const, otherWays: [], unreadHeadings: [], everyIssue: [], lone: false, sample: undefined, changes: true };
  const view = (props: { preview?: typeof preview; busy: boolean; working?: { step: 'reading' | 'applying'; count: number } }) => (
    <TranslateProvider value={translator('en')}>
      <ImportPanel {...IDLE} preview={props.preview} busy={props.busy} working={props.working} />
    </TranslateProvider>
  );

  it('says how many files it reads, then how many issues it imports, once it looks busy, and cannot be cancelled while it applies', () => {
    const { rerender } = render(view({ busy: false, working: { step: 'reading', count: 600 } }));
    // A quick read shows nothing: the line would only flicker.
    expect(screen.queryByRole('status')).toBeNull();
    rerender(view({ busy: true, working: { step: 'reading', count: 600 } }));
    expect(screen.getByRole('status').textContent).toBe('Reading 600 files…');
    rerender(view({ preview, busy: true, working: { step: 'applying', count: 598 } }));
    expect(screen.getByRole('status').textContent).toBe('Importing 598 issues…');
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(true);
    rerender(view({ preview, busy: false }));
    expect(screen.queryByRole('status')).toBeNull();
    expect((screen.getByRole('button', { name: 'Cancel' }) as HTMLButtonElement).disabled).toBe(false);
  });
});

describe('Tabs', () => {
  it('move with the arrow keys, Home and End, as WAI-ARIA tabs do', () => {
    const selected: string[] = [];
    render(
      <Tabs label="Views" selected="capture" onSelect={(id) => selected.push(id)} tabs={[{ id: 'capture', label: 'Capture' }, { id: 'queue', label: 'Queue' }, { id: 'export', label: 'Export' }]}>
        <p>panel</p>
      </Tabs>,
    );
    const tablist = screen.getByRole('tablist', { name: 'Views' });
    fireEvent.keyDown(tablist, { key: 'ArrowRight' });
    fireEvent.keyDown(tablist, { key: 'ArrowLeft' });
    fireEvent.keyDown(tablist, { key: 'End' });
    fireEvent.keyDown(tablist, { key: 'Home' });
    expect(selected).toEqual(['queue', 'export', 'export', 'capture']);
    expect(screen.getByRole('tab', { name: 'Capture' }).getAttribute('aria-selected')).toBe('true');
    expect(screen.getByRole('tabpanel').textContent).toBe('panel');
  });

  it('shows files that are the same issue side by side, keeps the one picked, and names gaps and unsafe addresses', () => {
    const kept: [string, string][] = [];
    render(
      <TranslateProvider value={translator('en')}>
        <ImportPanel
          preview={{
            issues: [{ key: '18', title: 'Issue 18', items: 3, change: 'new' }],
            leftOut: [],
      unlike: [],
            failures: [], notIssues: [],
            conflicts: [{ key: '17', files: [{ name: 'a.md', title: 'Issue 17', items: 5 }, { name: 'b.md', title: 'Issue 17 (draft)', items: 2 }] }],
            missing: ['15', '16'],
            unsafeLinks: [{ file: 'c.md', url: 'javascript:alert(1)' }],
            newSections: [],
            newProjects: [],
            retiredHeadings: ['Rust Jobs', 'Rust Walkthroughs'],
            way: undefined,
            otherWays: [],
            unreadHeadings: [],
            everyIssue: [],
            lone: false,
            sample: undefined,
            changes: true,
          }}
          {...IDLE}
          onResolve={(key, name) => void kept.push([key, name])}
        />
      </TranslateProvider>,
    );
    expect(screen.getByText('These files are all issue 17: keep one. Until you do, none of them is imported.')).toBeTruthy();
    expect(screen.getByText('Issue 17 (draft)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep b.md' }));
    expect(kept).toEqual([['17', 'b.md']]);
    expect(screen.getByText('Missing from the numbering: 15, 16 (perhaps never published).')).toBeTruthy();
    expect(screen.getByText('javascript:alert(1)')).toBeTruthy();
    expect(screen.getByText('Not used for over a year, offered last in the pickers (Options › Headings can hide them): Rust Jobs, Rust Walkthroughs')).toBeTruthy();
    // The other issues can go in while the conflict waits.
    expect((screen.getByRole('button', { name: 'Apply' }) as HTMLButtonElement).disabled).toBe(false);
  });
});
