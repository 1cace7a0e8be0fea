import { afterEach, describe, expect, it } from 'vitest';
import { addPage } from '../../../src/app/add-page.ts';
import { bringBackToQueue } from '../../../src/app/bring-back.ts';
import { changeTaxonomy } from '../../../src/app/change-taxonomy.ts';
import { changeCloseAfterSave, changeOpenIssue, saveTemplate, setWelcomed } from '../../../src/app/digest-settings.ts';
import { applyIssueImport, planIssueImport } from '../../../src/app/import-issues.ts';
import { publishNextIssue, undoPublish, type Published } from '../../../src/app/publish-issue.ts';
import { addNote, deleteQueuedItem, dropQueuedItem, editQueuedItem, moveQueuedItem, removeTracking } from '../../../src/app/queue-edits.ts';
import { applyRestore, readBackup } from '../../../src/app/restore-backup.ts';
import { attachToItem, saveCapture } from '../../../src/app/save-capture.ts';
import { takeDailySnapshot } from '../../../src/app/snapshots.ts';
import { Failure } from '../../../src/core/model/failure.ts';
import type { DigestStore } from '../../../src/storage/digest-store.ts';
import { fixtureFiles } from '../../helpers/corpus.ts';
import { dumpDatabase, failingWrites, testStore } from '../../helpers/db.ts';
import { draftFor, queuedCapture, SEED_NOW, SEED_TODAY, seedStore } from '../../helpers/seed.ts';

const later = new Date(SEED_NOW.getTime() + 3 * 86_400_000);
const clock = { now: () => later, today: () => '2015-05-04', newId: () => 'new-id' };

const queued = async (store: DigestStore, id: string) => (await store.read((tx) => tx.items.get(id)))!;

/**
 * Every use case that changes stored data, with what it is asked to do. The README's Reliability
 * section names this test for the all-or-nothing promise.
 */
const USE_CASES: [string, (store: DigestStore, prepared: never) => Promise<unknown>, ((store: DigestStore) => Promise<unknown>)?][] = [
  ['save a new capture (the item, the queue count, the draft removed)', (s) => saveCapture(s, draftFor('example.org/draft'), clock)],
  ['save an edit of a queued item from the popup', (s) => saveCapture(s, draftFor('example.com/page/1', { editingId: 'q1', url: 'https://example.com/page/1' }), clock)],
  ['attach a page to a queued item', (s) => attachToItem(s, draftFor('example.org/draft'), 'q2')],
  ['edit a queued item', async (s) => editQueuedItem(s, { ...(await queued(s, 'q3')), comment: 'Edited' })],
  ['delete a queued item', (s) => deleteQueuedItem(s, 'q2')],
  ['add a note', (s) => addNote(s, { section: '业界动态', project: null, comment: '社区宣布K版本代号：Kilo' }, clock)],
  ['set the first-run offer aside', (s) => setWelcomed(s)],
  ['move a queued item within its group', (s) => moveQueuedItem(s, 'q3', -1)],
  ['regroup and reorder a queued item by dropping it', (s) => dropQueuedItem(s, 'q4', 'q1', { section: '社区跟踪', project: 'Nova' })],
  ['remove tracking parameters from a link', (s) => removeTracking(s, 'q1', 'https://example.com/page/1?utm_source=feed')],
  ['publish the next issue (issue, items, settings, model, snapshot)', (s) => publishNextIssue(s, clock)],
  [
    'undo a publish (issue, items back in the queue, settings, model)',
    (s, published: Published) => undoPublish(s, published.undo),
    async (s) => {
      const published = await publishNextIssue(s, clock);
      await saveCapture(s, draftFor('example.org/captured-since'), clock);
      return published;
    },
  ],
  [
    'import past issues (snapshot, issues, items, template, model)',
    async (s) => {
      const file = fixtureFiles('issues')[0]!;
      const changed = { name: file.name, bytes: new TextEncoder().encode(file.text.replace(/\n#### Neutron[\s\S]*$/, '\n')) };
      const plan = await planIssueImport(s, [changed], SEED_TODAY);
      return applyIssueImport(s, plan, later);
    },
  ],
  ['restore a backup, merged', async (s) => applyRestore(s, { ...(await readBackup(s, later)), items: [{ ...queuedCapture(9), order: 0 }] }, 'merge', later)],
  ['restore a backup, replacing everything', async (s) => applyRestore(s, { ...(await readBackup(s, later)), items: [] }, 'replace', later)],
  ['rename a project (template and queued items)', (s) => changeTaxonomy(s, { kind: 'rename-project', section: '社区跟踪', from: 'Nova', to: 'Compute' })],
  ['hide a section', (s) => changeTaxonomy(s, { kind: 'toggle-section', name: '社区跟踪' })],
  ['bring an archived item back', async (s) => bringBackToQueue(s, (await s.read((tx) => tx.items.all())).find((i) => i.issue !== null)!, clock)],
  ['add a page from the context menu', (s) => addPage(s, { url: 'https://blueprints.launchpad.net/nova/+spec/x', title: 'A blueprint' }, clock)],
  ['take the daily snapshot', (s) => takeDailySnapshot(s, later)],
  ['fix the open issue’s number and period', (s) => changeOpenIssue(s, { key: '200', start: '2015-04-02' })],
  ['keep the popup open after a save', (s) => changeCloseAfterSave(s, false)],
  ['save the format', async (s) => saveTemplate(s, { ...(await s.read((tx) => tx.meta.template())), titlePattern: 'Issue {number}' })],
];

describe('every use case is all or nothing', () => {
  let stop: (() => void) | undefined;
  afterEach(() => stop?.());

  it.each(USE_CASES)('%s: a failure at any one of its writes leaves everything as it was', async (_name, run, prepare) => {
    const counting = testStore();
    await seedStore(counting.store);
    const prepared = (await prepare?.(counting.store)) as never;
    const counter = failingWrites(0);
    stop = counter.stop;
    await run(counting.store, prepared);
    counter.stop();
    const writes = counter.writes();
    expect(writes).toBeGreaterThan(0);

    for (let at = 1; at <= writes; at++) {
      const { store, db } = testStore();
      await seedStore(store);
      const ready = (await prepare?.(store)) as never;
      const before = await dumpDatabase(db);
      const fault = failingWrites(at);
      stop = fault.stop;
      const outcome = await run(store, ready).then(
        () => 'done',
        (e: unknown) => e,
      );
      fault.stop();
      expect(outcome, `write ${at} of ${writes} failed, yet the use case reported success`).toBeInstanceOf(Failure);
      expect((outcome as Failure).code).toBe('storage-quota');
      expect(await dumpDatabase(db), `write ${at} of ${writes} failed, yet something changed`).toEqual(before);
    }
  });
});
