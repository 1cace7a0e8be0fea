import { describe, expect, it } from 'vitest';
import { englishCardinal, englishOrdinal, withEnglishNumberTokens } from '../../../../src/core/issue/english-numbers.ts';
import { formatPattern } from '../../../../src/core/issue/pattern.ts';
import { applyImport, planImport } from '../../../../src/core/issue/issue-import.ts';
import { exportNextIssue } from '../../../../src/core/issue/issue-export.ts';
import { DEFAULT_TEMPLATE } from '../../../../src/core/model/template.ts';

describe('English numbers', () => {
  it.each([
    [1, 'one', 'first'],
    [12, 'twelve', 'twelfth'],
    [19, 'nineteen', 'nineteenth'],
    [20, 'twenty', 'twentieth'],
    [21, 'twenty-one', 'twenty-first'],
    [42, 'forty-two', 'forty-second'],
    [100, 'one hundred', 'one hundredth'],
    [103, 'one hundred three', 'one hundred third'],
    [999, 'nine hundred ninety-nine', 'nine hundred ninety-ninth'],
  ])('writes %i as %s, %s', (n, cardinal, ordinal) => {
    expect(englishCardinal(n)).toBe(cardinal);
    expect(englishOrdinal(n)).toBe(ordinal);
  });

  it('has no words for what it cannot write', () => {
    for (const n of [0, 1000, 2.5, -3]) expect(englishOrdinal(n)).toBeUndefined();
  });

  it('reads the number as an ordinal or in words where the text writes it so, and writes the next one alike', () => {
    const pattern = withEnglishNumberTokens('Welcome to the Nineteenth issue, the 19th; nineteen issues in all, one 19 alone. Not the 19rd.', 19);
    expect(pattern).toBe('Welcome to the {number:Ordinal} issue, the {number:o}; {number:words} issues in all, one 19 alone. Not the 19rd.');
    expect(formatPattern(pattern, { number: 21 })).toBe('Welcome to the Twenty-first issue, the 21st; twenty-one issues in all, one 19 alone. Not the 19rd.');
    expect(formatPattern('{number:o} {number:o} {number:o}', { number: 112 })).toBe('112th 112th 112th');
    expect(formatPattern('the {number:o}', { number: 3 })).toBe('the 3rd');
  });

  it('takes no words for numbers of ten and under, common words as they are, nor a number inside another word', () => {
    expect(withEnglishNumberTokens('The first issue, one of many, the 1st.', 1)).toBe('The first issue, one of many, the {number:o}.');
    expect(withEnglishNumberTokens('twenty-one, not twenty', 21)).toBe('{number:words}, not twenty');
    expect(withEnglishNumberTokens('twenty-one', 20)).toBe('twenty-one');
  });
});

describe('a title numbering its issue as an ordinal in figures', () => {
  it('titles the next issue with its own suffix, and reads it back', () => {
    const files = [19, 20].map((n) => ({ name: `issue-${n}.md`, text: `---\ntitle: The ${n}th Kite Weekly\ndate: 2026-11-${n}\n---\n\n## Tools\n\n- [Tool ${n}](https://example.com/t${n}) - words\n` }));
    const empty = { template: DEFAULT_TEMPLATE, issues: [], items: [] };
    const state = applyImport(empty, planImport(files, empty, '2026-12-01'));
    expect(state.template.titlePattern).toBe('The {number:o} Kite Weekly');
    const next = exportNextIssue(state, {}, '2026-12-02');
    expect(next.markdown).toContain('title: The 21st Kite Weekly');
    const again = applyImport(state, planImport([{ name: 'issue-21.md', text: next.markdown }], state, '2026-12-03'));
    expect(again.issues.map((i) => i.number)).toContain(21);
  });
});
