import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Item } from '../../../src/core/item.ts';
import type { FullState } from '../../../src/core/restore-plan.ts';
import { DEFAULT_SETTINGS } from '../../../src/core/settings.ts';
import { DEFAULT_TEMPLATE } from '../../../src/core/template.ts';
import { readFullState, writeFullState } from '../../../src/storage/digest-state.ts';
import { testRepos } from '../../helpers/db.ts';

const item = (id: string, comment: unknown): Item => ({
  id,
  section: '业界动态',
  project: null,
  comment: comment as string,
  links: [{ url: `https://example.com/${id}`, title: id }],
  capturedAt: '',
  order: 0,
  issue: null,
});

describe('writes are all or nothing (property)', () => {
  it('after any sequence of whole-state writes, some of which cannot be stored, the database holds the last good one', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.record({ ids: fc.uniqueArray(fc.string({ minLength: 1, maxLength: 6 }), { maxLength: 6 }), poisoned: fc.boolean() }), { minLength: 1, maxLength: 5 }),
        async (writes) => {
          const { db } = testRepos();
          let expected: FullState = await readFullState(db);
          for (const write of writes) {
            const state: FullState = {
              settings: DEFAULT_SETTINGS,
              template: DEFAULT_TEMPLATE,
              issues: [],
              // A function cannot be cloned into IndexedDB: the write must fail and undo itself.
              items: write.ids.map((id, i) => item(id, write.poisoned && i === write.ids.length - 1 ? () => 'x' : `comment ${id}`)),
            };
            const poisoned = write.poisoned && write.ids.length > 0;
            const result = await writeFullState(db, state).then(
              () => 'written',
              () => 'refused',
            );
            expect(result).toBe(poisoned ? 'refused' : 'written');
            if (!poisoned) expected = state;
            const now = await readFullState(db);
            expect(now.items.map((i) => i.id).sort()).toEqual(expected.items.map((i) => i.id).sort());
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
