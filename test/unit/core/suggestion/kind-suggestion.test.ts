import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { entryKindOf } from '../../../../src/core/model/entry-kind.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';
import { startingKind, suggestKind } from '../../../../src/core/suggestion/kind-suggestion.ts';
import { learnItems, trainSuggestionModel } from '../../../../src/core/suggestion/project-suggestion.ts';
import { learnTemplate } from '../../../../src/core/template/template-learning.ts';
import { fixtureFiles, otherDigestsAvailable } from '../../../helpers/corpus.ts';
import { eachHeldOut } from '../../../helpers/leave-one-out.ts';

const past = (): ParsedIssue[] =>
  fixtureFiles('golden/past/entry-kinds').map((f) => {
    const r = parseIssue(f.text, { fileName: f.name });
    if (!r.ok) throw new Error(r.error.code);
    return r.value;
  });

describe('suggestKind', () => {
  const issues = past();
  const template = learnTemplate(DEFAULT_TEMPLATE, issues);
  const model = trainSuggestionModel(issues.flatMap((p) => p.items), template);

  it('suggests the kind the entries like the page were', () => {
    expect(suggestKind({ url: 'https://github.com/other/kit/releases/tag/v1.2.0', title: 'Kit 1.2 - Smaller bundles' }, model)).toBe('📦');
    expect(suggestKind({ url: 'https://x.com/sam/status/999', title: 'Sam on widgets' }, model)).toBe('🐦');
    expect(suggestKind({ url: 'https://www.youtube.com/watch?v=zzz', title: 'A talk' }, model)).toBe('🎥');
    expect(suggestKind({ url: 'https://blog.example.org/new-essay', title: 'Thinking about widgets' }, model)).toBe('📜');
  });

  it('starts a new entry with the likeliest kind only where the digest marks kinds', () => {
    expect(startingKind({ url: 'https://x.com/sam/status/1', title: 'Sam' }, template, model)).toEqual({ kind: '🐦' });
    expect(startingKind({ url: 'https://x.com/sam/status/1', title: 'Sam' }, DEFAULT_TEMPLATE, model)).toEqual({});
    // Kinds known, but no entry of any learned yet: none picked.
    expect(startingKind({ url: 'https://x.com/sam/status/1', title: 'Sam' }, template, trainSuggestionModel([], template))).toEqual({ kind: '' });
  });

  it('learns a kind the editor picks at once: the next page from that site is suggested so', () => {
    const page = { url: 'https://podcasts.example.com/episode/12', title: 'Episode 12: widgets' };
    expect(suggestKind(page, model)).not.toBe('🎙️');
    const taught = learnItems(model, [
      { section: '⚛️ Widgets', project: null, comment: '', kind: '🎙️', links: [{ url: 'https://podcasts.example.com/episode/11', title: 'Episode 11' }] },
    ]);
    expect(suggestKind({ url: 'https://podcasts.example.com/episode/12', title: 'Episode 12' }, taught)).toBe('🎙️');
    // The model it learned from is left as it was.
    expect(model.kinds?.['🎙️']).toBeUndefined();
    expect(model.kinds?.['📦']?.items).toBe(6);
  });

  it('learns the kinds of published headed entries from their headings', () => {
    const headed = fixtureFiles('golden/past/headed-kinds').map((f) => {
      const r = parseIssue(f.text, { fileName: f.name });
      if (!r.ok) throw new Error(r.error.code);
      return r.value;
    });
    const learned = trainSuggestionModel(headed.flatMap((p) => p.items), learnTemplate(DEFAULT_TEMPLATE, headed));
    expect(learned.kinds?.['🐢']?.items).toBe(3);
    expect(suggestKind({ url: 'https://www.fewbutripe.com/2018/12/31/more.html', title: 'More programs' }, learned)).toBe('🐢');
    // A heading whose entries carried no kind (its news, its code) starts a new one with none.
    const template = learnTemplate(DEFAULT_TEMPLATE, headed);
    const page = { url: 'https://www.fewbutripe.com/2018/12/31/more.html', title: 'More programs' };
    expect(startingKind(page, template, learned, { section: '新闻', project: null })).toEqual({ kind: '' });
    expect(startingKind(page, template, learned, { section: '文章', project: null })).toEqual({ kind: '🐢' });
    expect(startingKind(page, template, learned)).toEqual({ kind: '🐢' });
  });

  it('suggests none where the model learned no kinds', () => {
    expect(suggestKind({ url: 'https://x.com/a', title: 'A' }, trainSuggestionModel(issues.flatMap((p) => p.items), DEFAULT_TEMPLATE))).toBeUndefined();
    expect(suggestKind({ url: 'https://x.com/a', title: 'A' }, undefined)).toBeUndefined();
  });
});

describe.skipIf(!otherDigestsAvailable)('kind accuracy over the shared corpus', () => {
  it('this-week-in-react: each entry’s kind from its other issues, well above always the most common kind', () => {
    let hits = 0;
    let total = 0;
    const counts = new Map<string, number>();
    eachHeldOut('this-week-in-react', (held, template, model) => {
      for (const item of held.items) {
        const want = entryKindOf(item.comment, template.items.kinds);
        if (want === undefined) continue;
        counts.set(want, (counts.get(want) ?? 0) + 1);
        // A capture has the page's title: the entry's link text.
        if (suggestKind({ url: item.links[0]?.url ?? '', title: item.links[0]?.title ?? '' }, model) === want) hits++;
        total++;
      }
    });
    const accuracy = hits / total;
    const baseline = Math.max(...counts.values()) / total;
    console.log(`this-week-in-react kinds: ${(accuracy * 100).toFixed(1)} % of ${total} entries (always the most common kind: ${(baseline * 100).toFixed(1)} %)`);
    expect(accuracy).toBeGreaterThanOrEqual(1.5 * baseline);
  });
});
