// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { RestoreReport } from '../../../src/core/backup/restore-plan.ts';
import type { Item } from '../../../src/core/model/item.ts';
import { DEFAULT_TEMPLATE, type SuggestionRuleDef, type Template } from '../../../src/core/model/template.ts';
import { OPENSTACK_PRESET } from '../../../src/core/template/presets.ts';
import type { TaxonomyChange } from '../../../src/core/template/taxonomy-edit.ts';
import { ArchivePanel } from '../../../src/ui/options/archive-panel.tsx';
import { BackupPanel } from '../../../src/ui/options/backup-panel.tsx';
import { FormatPanel } from '../../../src/ui/options/format-panel.tsx';
import { RulesPanel } from '../../../src/ui/options/rules-panel.tsx';
import { SchedulePanel } from '../../../src/ui/options/schedule-panel.tsx';
import { TaxonomyPanel } from '../../../src/ui/options/taxonomy-panel.tsx';
import { groupKeyOf } from '../../../src/core/model/item.ts';
import { TranslateProvider } from '../../../src/ui/translate-context.ts';
import { translator } from '../../helpers/translate.ts';

afterEach(cleanup);

const inEnglish = (children: ComponentChildren) => <TranslateProvider value={translator('en')}>{children}</TranslateProvider>;
const button = (name: string | RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;

describe('SchedulePanel', () => {
  it('shows the due date and passes on the reminder switch and the rhythm, ignoring nonsense days', () => {
    const changes: unknown[] = [];
    render(
      inEnglish(
        <SchedulePanel
          due={{ date: '2014-08-03', state: 'soon', days: 1, cadence: 14 }}
          openIssue="18"
          enabled
          cadenceSetting={null}
          learnedCadence={14}
          onChange={(patch) => changes.push(patch)}
        />,
      ),
    );
    expect(screen.getByText('Issue 18 is due on 2014-08-03.')).toBeTruthy();
    expect(screen.getByText('Learned from past issues: every 14 days. Leave empty to keep learning.')).toBeTruthy();
    fireEvent.click(screen.getByLabelText('Remind me when an issue is due'));
    const days = screen.getByLabelText('Days between issues');
    fireEvent.change(days, { target: { value: '7' } });
    fireEvent.change(days, { target: { value: '1.5' } });
    fireEvent.change(days, { target: { value: '0' } });
    fireEvent.change(days, { target: { value: '' } });
    expect(changes).toEqual([{ enabled: false }, { cadenceDays: 7 }, { cadenceDays: null }]);
  });
});

describe('FormatPanel', () => {
  it('edits a draft with a live preview, reverts it, and saves only a changed, complete format', () => {
    const saved: Template[] = [];
    render(inEnglish(<FormatPanel template={OPENSTACK_PRESET} busy={false} preview={(t) => ({ markdown: `# ${t.titlePattern}`, sample: true })} onSave={(t) => saved.push(t)} />));
    const preview = () => (screen.getByLabelText('Preview with sample items (the queue is empty)') as HTMLTextAreaElement).value;
    expect(button('Save format').disabled).toBe(true);
    fireEvent.input(screen.getByLabelText('Title pattern'), { target: { value: 'Digest {number}' } });
    expect(preview()).toBe('# Digest {number}');
    fireEvent.click(button('Revert'));
    expect((screen.getByLabelText('Title pattern') as HTMLInputElement).value).toBe(OPENSTACK_PRESET.titlePattern);
    fireEvent.input(screen.getByLabelText('Title pattern'), { target: { value: 'Digest {number} {bogus}' } });
    expect(screen.getByText('Unknown name in a pattern: bogus')).toBeTruthy();
    fireEvent.click(button('Add field'));
    expect(button('Save format').disabled).toBe(true);
    fireEvent.click(button('Remove field'));
    fireEvent.click(button('Save format'));
    expect(saved.map((t) => t.titlePattern)).toEqual(['Digest {number} {bogus}']);
  });
});

describe('FormatPanel: entry kinds', () => {
  it('edits the symbols entries open with for their kind, keeping what is half typed and saving the symbols alone', () => {
    const saved: Template[] = [];
    const kinded: Template = { ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, grammar: 'bullet', marker: '- ', kinds: ['📦', '📜'] } };
    render(inEnglish(<FormatPanel template={kinded} busy={false} preview={() => ({ markdown: '', sample: true })} onSave={(t) => saved.push(t)} />));
    const kinds = screen.getByLabelText('Entry kinds') as HTMLInputElement;
    expect(kinds.value).toBe('📦 📜');
    fireEvent.input(kinds, { target: { value: '📦 📜 🐦 x 📦 ' } });
    expect(kinds.value).toBe('📦 📜 🐦 x 📦 ');
    fireEvent.click(button('Save format'));
    expect(saved[0]?.items.kinds).toEqual(['📦', '📜', '🐦']);
    fireEvent.input(kinds, { target: { value: '' } });
    fireEvent.click(button('Save format'));
    expect(saved[1]?.items).not.toHaveProperty('kinds');
    fireEvent.input(kinds, { target: { value: '🎥' } });
    fireEvent.click(button('Revert'));
    expect((screen.getByLabelText('Entry kinds') as HTMLInputElement).value).toBe('📦 📜');
  });
});

describe('FormatPanel: the entry HTML form', () => {
  it('edits the HTML form learned from the digest’s entries, refuses one that says nowhere where the page goes, and takes it away when emptied', () => {
    const saved: Template[] = [];
    const form = '<tr><td><a href="{url}">{title}</a><p>{words}</p></td></tr>';
    const rows: Template = { ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, grammar: 'bullet', marker: '<tr>', htmlForm: form } };
    render(inEnglish(<FormatPanel template={rows} busy={false} preview={() => ({ markdown: '', sample: true })} onSave={(t) => saved.push(t)} />));
    const field = screen.getByLabelText('Entry HTML form') as HTMLTextAreaElement;
    expect(field.value).toBe(form);
    fireEvent.input(field, { target: { value: '<tr><td>{title}</td></tr>' } });
    expect(screen.getByText('The entry HTML form needs {url}, where the page’s address goes: until then it can’t be saved.')).toBeTruthy();
    expect(button('Save format').disabled).toBe(true);
    fireEvent.input(field, { target: { value: '<tr><td><a href="{url}">{title}</a></td></tr>' } });
    fireEvent.click(button('Save format'));
    expect(saved[0]?.items.htmlForm).toBe('<tr><td><a href="{url}">{title}</a></td></tr>');
    // Emptied, the entries are written as the fields above say; the field stays until saved.
    fireEvent.input(field, { target: { value: '' } });
    fireEvent.click(button('Save format'));
    expect(saved[1]?.items).not.toHaveProperty('htmlForm');
    expect(screen.getByLabelText('Entry HTML form')).toBeTruthy();
  });

  it('is not offered where the digest’s entries showed no such form', () => {
    render(inEnglish(<FormatPanel template={DEFAULT_TEMPLATE} busy={false} preview={() => ({ markdown: '', sample: true })} onSave={() => undefined} />));
    expect(screen.queryByLabelText('Entry HTML form')).toBeNull();
    expect(screen.queryByLabelText('Link address form')).toBeNull();
  });

  it('edits the redirect the digest links its pages through, refuses one that is no web address ending in the page’s, and takes it away when emptied', () => {
    const saved: Template[] = [];
    const form = 'https://hellogithub.com/periodical/statistics/click/?target={url}';
    const tracked: Template = { ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, addressForm: form } };
    render(inEnglish(<FormatPanel template={tracked} busy={false} preview={() => ({ markdown: '', sample: true })} onSave={(t) => saved.push(t)} />));
    const field = screen.getByLabelText('Link address form') as HTMLInputElement;
    expect(field.value).toBe(form);
    fireEvent.input(field, { target: { value: 'https://click.example/?to=' } });
    expect(screen.getByText('The link address form must be a web address ending in {url} or {url:encoded}: until then it can’t be saved.')).toBeTruthy();
    expect(button('Save format').disabled).toBe(true);
    fireEvent.input(field, { target: { value: 'https://click.example/?to={url:encoded}' } });
    fireEvent.click(button('Save format'));
    expect(saved[0]?.items.addressForm).toBe('https://click.example/?to={url:encoded}');
    fireEvent.input(field, { target: { value: '' } });
    fireEvent.click(button('Save format'));
    expect(saved[1]?.items).not.toHaveProperty('addressForm');
    expect(screen.getByLabelText('Link address form')).toBeTruthy();
  });
});

describe('FormatPanel: standing parts between sections', () => {
  it('edits the part written after a section, and takes it away when emptied, its field staying until saved', () => {
    const saved: Template[] = [];
    const jobs = '## Jobs\n\nPlease see the hiring thread.';
    const withPart: Template = { ...DEFAULT_TEMPLATE, sections: [{ name: 'Events', hidden: false, projects: [], after: jobs }, { name: 'Quotes', hidden: false, projects: [] }] };
    render(inEnglish(<FormatPanel template={withPart} busy={false} preview={(t) => ({ markdown: t.sections[0]?.after ?? '(none)', sample: true })} onSave={(t) => saved.push(t)} />));
    const part = screen.getByLabelText('Standing part after “Events” (in every new issue, entries there or not)') as HTMLTextAreaElement;
    expect(part.value).toBe(jobs);
    // Only the sections that have such a part.
    expect(screen.queryByLabelText(/Standing part after “Quotes”/)).toBeNull();
    fireEvent.input(part, { target: { value: '## Jobs\n\nSee the new thread.' } });
    expect((screen.getByLabelText('Preview with sample items (the queue is empty)') as HTMLTextAreaElement).value).toBe('## Jobs\n\nSee the new thread.');
    fireEvent.click(button('Save format'));
    fireEvent.input(part, { target: { value: '  ' } });
    expect(screen.getByLabelText(/Standing part after “Events”/)).toBe(part);
    fireEvent.click(button('Save format'));
    expect(saved.map((t) => t.sections[0]?.after)).toEqual(['## Jobs\n\nSee the new thread.', undefined]);
    expect(saved[1]?.sections[0]).not.toHaveProperty('after');
  });
});

describe('FormatPanel for any digest', () => {
  it('takes a built-in digest whole, keeping the editor’s own rules, and lets it go again', () => {
    const saved: Template[] = [];
    const own: Template = { ...DEFAULT_TEMPLATE, rules: [{ field: 'url', match: 'example.org', project: 'Nova' }] };
    render(inEnglish(<FormatPanel template={own} busy={false} preview={() => ({ markdown: '', sample: true })} onSave={(t) => saved.push(t)} />));
    fireEvent.change(screen.getByLabelText('Built-in digest'), { target: { value: 'openstack' } });
    expect((screen.getByLabelText('Title pattern') as HTMLInputElement).value).toBe(OPENSTACK_PRESET.titlePattern);
    fireEvent.click(button('Save format'));
    expect(saved[0]).toMatchObject({ preset: 'openstack', sections: OPENSTACK_PRESET.sections, rules: own.rules });
    fireEvent.change(screen.getByLabelText('Built-in digest'), { target: { value: '' } });
    fireEvent.click(button('Save format'));
    expect(saved[1]?.preset).toBeUndefined();
    expect(saved[1]?.sections).toEqual(OPENSTACK_PRESET.sections);
  });

  it('sets how items are written and what the levels are called', () => {
    const saved: Template[] = [];
    render(inEnglish(<FormatPanel template={DEFAULT_TEMPLATE} busy={false} preview={() => ({ markdown: '', sample: true })} onSave={(t) => saved.push(t)} />));
    expect(screen.getByLabelText('Between link and words')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Items are'), { target: { value: 'numbered' } });
    expect((screen.getByLabelText('Marker') as HTMLInputElement).value).toBe('1、');
    expect(screen.queryByLabelText('Between link and words')).toBeNull();
    fireEvent.change(screen.getByLabelText('Metadata'), { target: { value: 'heading' } });
    // A digest without metadata has no fields to fill.
    expect(screen.queryByText('Front-matter fields')).toBeNull();
    fireEvent.input(screen.getByLabelText('Second level is called'), { target: { value: 'Topic' } });
    fireEvent.click(button('Save format'));
    expect(saved[0]).toMatchObject({ head: 'heading', items: { grammar: 'numbered', marker: '1、' }, labels: { section: null, project: 'Topic' } });
  });

  it('keeps a TOML table line of the metadata, and saves with it', () => {
    const saved: Template[] = [];
    const toml: Template = { ...DEFAULT_TEMPLATE, head: 'toml', frontMatter: [{ key: 'title', raw: ' {title}', sep: ' =' }, { key: '', raw: '[extra]' }, { key: 'issue', raw: ' {number}', sep: ' =' }] };
    render(inEnglish(<FormatPanel template={toml} busy={false} preview={() => ({ markdown: '', sample: true })} onSave={(t) => saved.push(t)} />));
    fireEvent.input(screen.getByLabelText('Title pattern'), { target: { value: 'Zola Weekly #{number}' } });
    expect(button('Save format').disabled).toBe(false);
    fireEvent.click(button('Save format'));
    expect(saved[0]?.frontMatter).toEqual(toml.frontMatter);
  });
});

describe('TaxonomyPanel', () => {
  it('renames on Enter, puts a name back on Escape, adds, moves and hides', () => {
    const changes: TaxonomyChange[] = [];
    const sections = OPENSTACK_PRESET.sections.map((s) => (s.name === '业界动态' ? { ...s, everyIssue: true } : s));
    render(inEnglish(<TaxonomyPanel sections={sections} sampleOf={() => undefined} writtenAs={(section) => section.grammar ?? 'paragraph'} busy={false} error="That name is already used." onChange={(c) => changes.push(c)} />));
    expect(screen.getByRole('alert').textContent).toBe('That name is already used.');
    const nova = screen.getByRole('listitem', { name: 'Nova' });
    const name = within(nova).getByLabelText('Project name');
    fireEvent.input(name, { target: { value: 'Compute' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    fireEvent.input(name, { target: { value: 'Oops' } });
    fireEvent.keyDown(name, { key: 'Escape' });
    fireEvent.click(within(nova).getByRole('button', { name: 'Move up: Nova' }));
    fireEvent.click(within(nova).getByRole('button', { name: 'Hide' }));
    // How a section's new entries are written, shown as they are and changed here.
    const writtenAs = screen.getByRole('combobox', { name: 'New entries are written as: 业界动态' }) as HTMLSelectElement;
    expect(writtenAs.value).toBe('paragraph');
    fireEvent.change(writtenAs, { target: { value: 'bullet' } });
    // Whether a heading is written in every issue, a section's or a project's.
    expect((screen.getByRole('checkbox', { name: 'Every issue: 业界动态' }) as HTMLInputElement).checked).toBe(true);
    expect((within(nova).getByRole('checkbox', { name: 'Every issue: Nova' }) as HTMLInputElement).checked).toBe(false);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Every issue: 业界动态' }));
    fireEvent.click(within(nova).getByRole('checkbox', { name: 'Every issue: Nova' }));
    const add = screen.getByLabelText('New section');
    fireEvent.input(add, { target: { value: '活动预告' } });
    fireEvent.click(button('Add section'));
    expect(changes).toEqual([
      { kind: 'rename-project', section: '社区跟踪', from: 'Nova', to: 'Compute' },
      { kind: 'move-project', section: '社区跟踪', name: 'Nova', delta: -1 },
      { kind: 'toggle-project', section: '社区跟踪', name: 'Nova' },
      { kind: 'write-as', section: '业界动态', grammar: 'bullet' },
      { kind: 'every-issue', section: '业界动态', project: null, every: false },
      { kind: 'every-issue', section: '社区跟踪', project: 'Nova', every: true },
      { kind: 'add-section', name: '活动预告' },
    ]);
    expect((name as HTMLInputElement).value).toBe('Nova');
  });

  it('marks the headings the digest stopped using, for the editor to hide or keep', () => {
    const retired = { sections: new Set(['业界动态']), groups: new Set([groupKeyOf({ section: '社区跟踪', project: 'Sahara' }), groupKeyOf({ section: '业界动态', project: null })]) };
    render(inEnglish(<TaxonomyPanel sections={OPENSTACK_PRESET.sections} sampleOf={() => undefined} writtenAs={(section) => section.grammar ?? 'paragraph'} retired={retired} busy={false} error={undefined} onChange={() => undefined} />));
    const tagged = [...document.querySelectorAll('li')].filter((li) => [...li.querySelectorAll(':scope > .row > .tag')].some((t) => t.textContent === 'Not used for over a year')).map((li) => li.getAttribute('aria-label'));
    expect(tagged).toEqual(['业界动态', 'Sahara']);
  });

  it('changes how the entries of a heading with no section over it are written, as a section’s, and of a heading under a section', () => {
    const changes: TaxonomyChange[] = [];
    const sections = [
      { name: null, hidden: false, projects: [{ name: 'Crate of the Week', aliases: [], hidden: false, grammar: 'paragraph' as const }] },
      { name: 'Updates', hidden: false, projects: [{ name: 'Official', aliases: [], hidden: false }] },
    ];
    render(inEnglish(<TaxonomyPanel sections={sections} sampleOf={() => undefined} writtenAs={(heading) => heading.grammar ?? 'bullet'} busy={false} error={undefined} onChange={(c) => changes.push(c)} />));
    const crate = screen.getByRole('combobox', { name: 'New entries are written as: Crate of the Week' }) as HTMLSelectElement;
    expect(crate.value).toBe('paragraph');
    fireEvent.change(crate, { target: { value: 'bullet' } });
    const official = screen.getByRole('combobox', { name: 'New entries are written as: Official' }) as HTMLSelectElement;
    expect(official.value).toBe('bullet');
    fireEvent.change(official, { target: { value: 'heading' } });
    expect(changes).toEqual([
      { kind: 'write-as', section: null, project: 'Crate of the Week', grammar: 'bullet' },
      { kind: 'write-as', section: 'Updates', project: 'Official', grammar: 'heading' },
    ]);
  });

  it('shows how a heading writes its entries where unlike the others, and forgets a learned way on request', () => {
    const changes: TaxonomyChange[] = [];
    const sections = [
      { name: null, hidden: false, projects: [{ name: 'Crate of the Week', aliases: [], hidden: false, grammar: 'paragraph' as const, entryPhrase: "This week's crate is ", separator: ', ' }] },
      { name: 'Updates', hidden: false, projects: [{ name: 'Official', aliases: [], hidden: false }, { name: 'Quick links', aliases: [], hidden: false, grammar: 'paragraph' as const }] },
    ];
    const samples: Record<string, string> = { 'Crate of the Week': "This week's crate is [T](https://example.org/page), words.", 'Quick links': '[T](https://example.org/page) words.' };
    render(inEnglish(<TaxonomyPanel sections={sections} sampleOf={(group) => samples[group.project ?? '']} writtenAs={(heading) => heading.grammar ?? 'bullet'} busy={false} error={undefined} onChange={(c) => changes.push(c)} />));
    const crate = screen.getByRole('listitem', { name: 'Crate of the Week' });
    expect(within(crate).getByLabelText('Its new entries are written like this: Crate of the Week').textContent).toBe(samples['Crate of the Week']);
    // A heading written as the others are shows no sample; one in a grammar of its own shows it,
    // with nothing learned to forget (the select above changes it).
    expect(within(screen.getByRole('listitem', { name: 'Official' })).queryByText(/written like this/)).toBeNull();
    const quick = screen.getByRole('listitem', { name: 'Quick links' });
    expect(within(quick).getByText('Its new entries are written like this:')).toBeTruthy();
    expect(within(quick).queryByRole('button', { name: 'Write as the others' })).toBeNull();
    fireEvent.click(within(crate).getByRole('button', { name: 'Write as the others' }));
    expect(changes).toEqual([{ kind: 'plain-form', section: null, project: 'Crate of the Week' }]);
  });

  it('hides every heading not used for over a year in one click', () => {
    const changes: TaxonomyChange[] = [];
    const retired = { sections: new Set(['业界动态']), groups: new Set([groupKeyOf({ section: '社区跟踪', project: 'Sahara' }), groupKeyOf({ section: '业界动态', project: null })]) };
    render(inEnglish(<TaxonomyPanel sections={OPENSTACK_PRESET.sections} sampleOf={() => undefined} writtenAs={(section) => section.grammar ?? 'paragraph'} retired={retired} busy={false} error={undefined} onChange={(c) => changes.push(c)} />));
    fireEvent.click(button('Hide those not used for over a year (2)'));
    expect(changes).toEqual([{ kind: 'hide', headings: [{ section: '业界动态', project: null }, { section: '社区跟踪', project: 'Sahara' }] }]);
    cleanup();
    // Nothing retired, or all of it hidden: no button.
    render(inEnglish(<TaxonomyPanel sections={OPENSTACK_PRESET.sections} sampleOf={() => undefined} writtenAs={(section) => section.grammar ?? 'paragraph'} busy={false} error={undefined} onChange={() => undefined} />));
    expect(screen.queryByRole('button', { name: /not used for over a year/ })).toBeNull();
  });
});

describe('RulesPanel', () => {
  it('adds and removes rules, and tries a URL or title out', () => {
    const saved: SuggestionRuleDef[][] = [];
    const rules: SuggestionRuleDef[] = [{ field: 'url', match: 'eccp.csdb.cn', project: 'Ceilometer' }];
    render(
      inEnglish(
        <RulesPanel
          rules={rules}
          projects={['Nova', 'Ceilometer']}
          busy={false}
          tryOut={(text) => (text.includes('nova') ? { name: 'Nova', why: 'a Launchpad project' } : undefined)}
          onChange={(r) => saved.push(r)}
        />,
      ),
    );
    fireEvent.change(screen.getByLabelText('Look in'), { target: { value: 'title' } });
    fireEvent.input(screen.getByLabelText('Text or /pattern/'), { target: { value: '/scheduler/' } });
    fireEvent.change(screen.getByLabelText('Project'), { target: { value: 'Nova' } });
    fireEvent.click(button('Add rule'));
    fireEvent.click(button('Remove rule “eccp.csdb.cn”'));
    expect(saved).toEqual([[...rules, { field: 'title', match: '/scheduler/', project: 'Nova' }], []]);
    fireEvent.input(screen.getByLabelText('Try a URL or title'), { target: { value: 'https://launchpad.net/nova' } });
    expect(screen.getByRole('status').textContent).toBe('Suggests Nova (a Launchpad project)');
    fireEvent.input(screen.getByLabelText('Try a URL or title'), { target: { value: 'something else' } });
    expect(screen.getByRole('status').textContent).toBe('No rule applies; past issues decide.');
  });
});

const report: RestoreReport = {
  mode: 'merge',
  issuesAdded: 2,
  issuesReplaced: 1,
  issuesRemoved: 0,
  itemsAdded: 30,
  itemsUpdated: 4,
  itemsRemoved: 0,
  itemsSkipped: 3,
  templateChanged: true,
  settingsChanged: false,
};

describe('BackupPanel', () => {
  it('backs up, previews a restore in either mode, and lists snapshots to download', () => {
    const calls: string[] = [];
    render(
      inEnglish(
        <BackupPanel
          snapshots={[{ id: 7, takenAt: '2014-07-20T08:00:00.000Z', reason: 'publish', issueCount: 16, itemCount: 340 }]}
          formatTime={(iso) => iso.slice(0, 10)}
          restore={{ fileName: 'backup.json', mode: 'merge', report }}
          restoreError="This file cannot be restored: it holds no JSON object. Nothing was changed."
          busy={false}
          onBackup={() => calls.push('backup')}
          onRestoreFile={(file) => calls.push(`file ${file.name}`)}
          onRestoreMode={(mode) => calls.push(`mode ${mode}`)}
          onApplyRestore={() => calls.push('apply')}
          onCancelRestore={() => calls.push('cancel')}
          onDownloadSnapshot={(id) => calls.push(`snapshot ${id}`)}
        />,
      ),
    );
    expect(screen.getByRole('alert').textContent).toContain('it holds no JSON object');
    expect(screen.getByText('Items: 30 added, 4 updated, 0 removed, 3 already here')).toBeTruthy();
    fireEvent.click(button('Back up'));
    fireEvent.change(screen.getByLabelText('Restore'), { target: { files: [new File(['{}'], 'backup.json')] } });
    fireEvent.click(screen.getByLabelText('Replace everything here'));
    fireEvent.click(button('Restore this backup'));
    fireEvent.click(button('Cancel'));
    fireEvent.click(button('Download snapshot of 2014-07-20'));
    expect(calls).toEqual(['backup', 'file backup.json', 'mode replace', 'apply', 'cancel', 'snapshot 7']);
  });
});

const archived = (id: string, url: string, over: Partial<Item> = {}): Item => ({
  id,
  section: '社区跟踪',
  project: 'Nova',
  comment: `About ${id}`,
  links: [{ url, title: `Title ${id}` }],
  capturedAt: '',
  order: 0,
  issue: '17',
  ...over,
});

describe('ArchivePanel', () => {
  it('searches, filters, pages, and links only to web and mail addresses', () => {
    const calls: unknown[] = [];
    render(
      inEnglish(
        <ArchivePanel
          loading={false}
          query="nova"
          project=""
          issue=""
          headings={[{ name: 'Nova', formerly: [] }, { name: 'Tempest', formerly: ['Tempst'] }, { name: 'Neutron', formerly: [] }]}
          issues={['17', '16']}
          results={[archived('a', 'https://example.com/a'), archived('b', 'javascript:alert(1)')]}
          total={3}
          onQuery={(patch) => calls.push(patch)}
          onShowMore={() => calls.push('more')}
          onCopy={(item) => calls.push(`copy ${item.id}`)}
          onBringBack={(item) => calls.push(`back ${item.id}`)}
          onCopyIssue={(key) => calls.push(`copy issue ${key}`)}
          onDownloadIssue={(key) => calls.push(`download issue ${key}`)}
        />,
      ),
    );
    expect(screen.getByRole('status').textContent).toBe('2 of 3 items');
    expect(screen.getByRole('link', { name: 'Title a' }).getAttribute('href')).toBe('https://example.com/a');
    expect(screen.queryByRole('link', { name: 'Title b' })).toBeNull();
    fireEvent.input(screen.getByLabelText('Search archive'), { target: { value: 'nova scheduler' } });
    fireEvent.change(screen.getByLabelText('Heading'), { target: { value: 'Neutron' } });
    fireEvent.change(screen.getByLabelText('Issue'), { target: { value: '16' } });
    fireEvent.click(screen.getAllByRole('button', { name: 'Copy as Markdown' })[0] as HTMLElement);
    fireEvent.click(screen.getAllByRole('button', { name: 'Bring back' })[1] as HTMLElement);
    fireEvent.click(button('Show more'));
    expect(calls).toEqual([{ query: 'nova scheduler' }, { project: 'Neutron' }, { issue: '16' }, 'copy a', 'back b', 'more']);
    // A heading renamed since shows with the name it was published under.
    expect(screen.getByRole('option', { name: 'Tempest (formerly Tempst)' })).toBeTruthy();
  });

  it('exports the issue chosen in the filter again: copied or downloaded', () => {
    const calls: string[] = [];
    render(
      inEnglish(
        <ArchivePanel
          loading={false}
          query=""
          project=""
          issue="17"
          headings={[]}
          issues={['17', '16']}
          results={[]}
          total={0}
          onQuery={() => undefined}
          onShowMore={() => undefined}
          onCopy={() => undefined}
          onBringBack={() => undefined}
          onCopyIssue={(key) => calls.push(`copy ${key}`)}
          onDownloadIssue={(key) => calls.push(`download ${key}`)}
        />,
      ),
    );
    fireEvent.click(button('Copy issue 17 as Markdown'));
    fireEvent.click(button('Download issue 17'));
    expect(calls).toEqual(['copy 17', 'download 17']);
  });
});
