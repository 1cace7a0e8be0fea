import { useState } from 'preact/hooks';
import { applyIssueImport, leaveOutImportIssue, planIssueImport, resolveImportConflict, type PickedFile } from '../app/import-issues.ts';
import type { Translate } from '../core/contracts/text-keys.ts';
import { say } from '../core/contracts/wording.ts';
import { issueProblemWording } from '../core/contracts/problem-wording.ts';
import type { ImportPlan } from '../core/issue/issue-import.ts';
import { inFolder, issueFileName, issueFilesOf, namesNoIssue, type HandedFile } from '../core/issue/issue-files.ts';
import { entrySample } from '../core/issue/entry-sample.ts';
import { samplePage } from '../ui/options/sample-page.ts';
import { otherWays } from '../core/template/other-ways.ts';
import { entryWayOf } from '../core/template/entry-way.ts';
import { everyIssueGroups } from '../core/model/every-issue-groups.ts';
import { noEntryRead } from '../core/issue/no-entry-read.ts';
import type { DigestStore } from '../storage/digest-store.ts';
import type { ImportPreview, ImportWorking } from '../ui/options/import-panel.tsx';
import type { Action } from '../ui/use-action.ts';

export interface ImportDeps {
  store: DigestStore;
  t: Translate;
  action: Action;
  today: () => string;
  now: () => Date;
  changed: () => Promise<void>;
  toast: (text: string) => void;
  /** Works out and applies the import (off the page's thread, in the extension); by default here. */
  work?: ImportWork;
}

/** How an import is worked out and applied. */
export interface ImportWork {
  plan: (files: PickedFile[], today: string) => Promise<ImportPlan>;
  apply: (plan: ImportPlan, now: Date) => Promise<void>;
}

/** What the import panel shows of a plan. */
export function importPreview(plan: ImportPlan, t: Translate, inFolders: ReadonlySet<string> = new Set()): ImportPreview {
  const unread = noEntryRead(plan.parsed);
  return {
    issues: plan.parsed.map((p) => ({
      key: p.issue.key,
      title: p.issue.title,
      items: p.items.length,
      change: plan.adds.includes(p.issue.key) ? 'new' : plan.replaces.includes(p.issue.key) ? 'replace' : 'same',
    })),
    leftOut: plan.leftOut.map((p) => ({ key: p.issue.key, title: p.issue.title, items: p.items.length })),
    unlike: plan.leftOut.filter((p) => plan.unlike.includes(p.issue.key)).map((p) => p.issue.title),
    conflicts: plan.conflicts.map((c) => ({ key: c.key, files: c.files.map((f) => ({ name: f.name, title: f.title, items: f.items })) })),
    missing: plan.missing,
    unsafeLinks: plan.parsed.flatMap((p) => p.unsafeLinks.map((url) => ({ file: p.issue.fileName ?? p.issue.key, url }))),
    // A folder's other pages (its README, an about page) are no issues: named apart, not failures.
    failures: plan.failures.filter((f) => !(inFolders.has(f.file) && namesNoIssue(f.problem))).map((f) => ({ file: f.file, line: f.problem.line, text: say(t, issueProblemWording(f.problem)) })),
    notIssues: plan.failures.filter((f) => inFolders.has(f.file) && namesNoIssue(f.problem)).map((f) => f.file),
    newSections: plan.newSections,
    newProjects: plan.newProjects,
    retiredHeadings: plan.retiredHeadings,
    // Not one entry read: how new ones are written is no way the files' were read.
    way: plan.parsed.length > 0 && !unread ? entryWayOf(plan.template.items) : undefined,
    unreadHeadings: unread ? plan.template.sections.flatMap((s) => (s.name === null ? [] : [s.name])) : [],
    otherWays: otherWays(plan.template),
    everyIssue: everyIssueGroups(plan.template).map((g) => g.project ?? (g.section as string)),
    lone: plan.lone,
    sample: plan.parsed.length > 0 ? entrySample(plan.template, samplePage(t), t('importSampleWords')) : undefined,
    changes: plan.changes,
  };
}

/** Of the files last handed over: the paths left out (not Markdown, in hidden folders), and whether none was left to read. */
export interface HandedOver {
  leftOut: string[];
  nothing: boolean;
  /** The names of the files read that came in a folder. */
  inFolders: string[];
}

const NOTHING_LEFT_OUT: HandedOver = { leftOut: [], nothing: false, inFolders: [] };

/** Published issue files: read, previewed, applied in one transaction with a snapshot. */
export function useImport({ store, t, action, today, now, changed, toast, work = { plan: (files, day) => planIssueImport(store, files, day), apply: (plan, at) => applyIssueImport(store, plan, at) } }: ImportDeps) {
  const [plan, setPlan] = useState<ImportPlan | undefined>();
  const [working, setWorking] = useState<ImportWorking | undefined>();
  const [handedOver, setHandedOver] = useState<HandedOver>(NOTHING_LEFT_OUT);
  const during = async (doing: ImportWorking, work: () => Promise<void>): Promise<void> => {
    setWorking(doing);
    try {
      await work();
    } finally {
      setWorking(undefined);
    }
  };
  return {
    preview: plan && importPreview(plan, t, new Set(handedOver.inFolders)),
    working,
    /** What was left out of the files handed over, and whether nothing was left to read. */
    handedOver,
    /**
     * Reads the files handed over (picked, or the Markdown in a folder picked or dropped, still
     * being listed where they are a promise), their bytes read from the disk as they come.
     */
    read: (handed: Promise<readonly HandedFile[]> | readonly HandedFile[]) =>
      action.run(async () => {
        const { read, leftOut } = issueFilesOf(await handed);
        const named = read.map((f) => ({ ...f, name: issueFileName(f.path).replace(/^.*\//, '') }));
        setHandedOver({ leftOut: leftOut.map((f) => f.path), nothing: read.length === 0, inFolders: named.filter((f) => inFolder(f.path)).map((f) => f.name) });
        if (read.length === 0) {
          setPlan(undefined);
          return;
        }
        await during({ step: 'reading', count: read.length }, async () => {
          const files = await Promise.all(named.map(async (f) => ({ name: f.name, bytes: await f.bytes() })));
          setPlan(await work.plan(files, today()));
        });
      }),
    cancel: () => {
      setPlan(undefined);
      setHandedOver(NOTHING_LEFT_OUT);
    },
    resolve: (key: string, fileName: string) =>
      action.run(async () => {
        if (plan) setPlan(await resolveImportConflict(store, plan, key, fileName));
      }),
    /** Leaves an issue out of the import (`leave`), or takes it back. */
    leaveOut: (key: string, leave: boolean) =>
      action.run(async () => {
        if (plan) setPlan(await leaveOutImportIssue(store, plan, key, leave));
      }),
    apply: () =>
      action.run(async () => {
        if (!plan) return;
        await during({ step: 'applying', count: plan.parsed.length }, () => work.apply(plan, now()));
        toast(t('toastImported', plan.parsed.length));
        setPlan(undefined);
        setHandedOver(NOTHING_LEFT_OUT);
        await changed();
      }),
  };
}
