import { describe, expect, it } from 'vitest';
import { parseIssue, type ParsedIssue } from '../../../../src/core/issue/issue-parser.ts';
import { entryKindOf, entryKindsIn, isEntryKind } from '../../../../src/core/model/entry-kind.ts';
import { DEFAULT_TEMPLATE, type Template } from '../../../../src/core/model/template.ts';
import { entryKindsOf } from '../../../../src/core/template/entry-kinds.ts';
import { renderItem } from '../../../../src/core/issue/item-renderer.ts';
import type { Item } from '../../../../src/core/model/item.ts';
import { learnTemplate } from '../../../../src/core/template/template-learning.ts';
import { fixtureFiles } from '../../../helpers/corpus.ts';

const parse = (text: string, fileName: string): ParsedIssue => {
  const r = parseIssue(text, { fileName });
  if (!r.ok) throw new Error(r.error.code);
  return r.value;
};
const list = (number: number, lines: readonly string[]): ParsedIssue => parse(`# Issue ${number}\n\n## News\n\n${lines.join('\n')}\n`, `2026-08-0${number}-issue-${number}.md`);

describe('entryKindsOf', () => {
  it('learns the symbols entries open with for their kind of page, most used first', () => {
    const issues = fixtureFiles('golden/past/entry-kinds').map((f) => parse(f.text, f.name));
    expect(entryKindsOf(issues)).toEqual(['📜', '📦', '🐦', '🎥']);
    expect(learnTemplate(DEFAULT_TEMPLATE, issues).items.kinds).toEqual(['📜', '📦', '🐦', '🎥']);
  });

  it('learns them after a headed entry’s heading marks too', () => {
    const headed = (number: number) =>
      parse(`# Issue ${number}\n\n## Articles\n\n### 🐢 [Slow ${number}](https://a.example/s${number})\n\nA long read.\n\n### 🐎 [Quick ${number}](https://a.example/q${number})\n\nA short one.\n\n### [Plain ${number}](https://a.example/p${number})\n\nNo kind.\n`, `2026-08-0${number}-issue-${number}.md`);
    expect(entryKindsOf([headed(2), headed(1)])).toEqual(['🐢', '🐎']);
  });

  it('reads symbols with a variation selector, a joiner or several code points as one kind', () => {
    const issue = list(1, ['- 🗓️ [Conf](https://a.example/1)', '- 🗓️ [Meetup](https://a.example/2)', '- 👩‍💻 [Pair](https://a.example/3)', '- 👩‍💻 [Code](https://a.example/4)']);
    expect(entryKindsOf([issue])).toEqual(['🗓️', '👩‍💻']);
  });

  it('finds none where one symbol opens every entry (the list’s own marker), a symbol opens too few, or none repeats', () => {
    expect(entryKindsOf([list(1, ['- 🔗 [A](https://a.example/1)', '- 🔗 [B](https://a.example/2)', '- 🔗 [C](https://a.example/3)'])])).toBeUndefined();
    const few = ['- 📜 [A](https://a.example/1)', '- 📦 [B](https://a.example/2)', '- 📜 [C](https://a.example/3)', '- 📦 [D](https://a.example/4)'];
    const plain = Array.from({ length: 10 }, (_, i) => `- [Plain ${i}](https://b.example/${i})`);
    expect(entryKindsOf([list(1, [...few, ...plain])])).toBeUndefined();
    expect(entryKindsOf([list(1, ['- 📜 [A](https://a.example/1)', '- 📦 [B](https://a.example/2)', '- 🐦 [C](https://a.example/3)'])])).toBeUndefined();
  });

  it('takes a task list’s boxes for kinds, most used first, and offers the other box where every entry has the same', () => {
    const mixed = list(1, ['- [x] [A](https://a.example/1) — read', '- [ ] [B](https://a.example/2)', '- [x] [C](https://a.example/3)', '- [D](https://a.example/4)']);
    expect(entryKindsOf([mixed])).toEqual(['[x]', '[ ]']);
    const open = list(1, ['- [ ] [A](https://a.example/1)', '- [ ] [B](https://a.example/2)', '1. [ ] [C](https://a.example/3)']);
    expect(entryKindsOf([open])).toEqual(['[ ]', '[x]']);
    const done = list(1, ['* [X] [A](https://a.example/1)', '* [X] [B](https://a.example/2)']);
    expect(entryKindsOf([done])).toEqual(['[X]', '[ ]']);
    // Ticked either way is one kind, written as most entries tick it.
    const both = list(1, ['- [x] [A](https://a.example/1)', '- [X] [B](https://a.example/2)', '- [x] [C](https://a.example/3)', '- [ ] [D](https://a.example/4)', '- [ ] [E](https://a.example/5)']);
    expect(entryKindsOf([both])).toEqual(['[x]', '[ ]']);
    expect(entryKindOf('[X] [B](https://a.example/2)', ['[x]', '[ ]'])).toBe('[x]');
  });

  it('takes no box for a kind where few entries have one, or where no list item holds it', () => {
    const plain = Array.from({ length: 7 }, (_, i) => `- [Plain ${i}](https://b.example/${i})`);
    expect(entryKindsOf([list(1, ['- [ ] [A](https://a.example/1)', '- [x] [B](https://a.example/2)', ...plain])])).toBeUndefined();
    expect(entryKindsOf([list(1, ['🔗 [ ] [A](https://a.example/1)', '🔗 [x] [B](https://a.example/2)', '🔗 [ ] [C](https://a.example/3)'])])).toBeUndefined();
  });

  it('does not take letters, digits, punctuation or Markdown’s marks for a kind', () => {
    const issue = list(1, ['- **[A](https://a.example/1)**', '- **[B](https://a.example/2)**', '- "[C](https://a.example/3)"', '- "[D](https://a.example/4)"', '- 2026 [E](https://a.example/5)', '- 2026 [F](https://a.example/6)']);
    expect(entryKindsOf([issue])).toBeUndefined();
  });
});

describe('entryKindOf and isEntryKind', () => {
  it('reads the kind an entry’s words open with, among the digest’s', () => {
    expect(entryKindOf('📜 [Title](https://a.example) \\- words', ['📦', '📜'])).toBe('📜');
    expect(entryKindOf('🎥 [Title](https://a.example)', ['📦', '📜'])).toBeUndefined();
    expect(entryKindOf('📜 [Title](https://a.example)', undefined)).toBeUndefined();
    expect(entryKindOf('[Title](https://a.example)', ['📦'])).toBeUndefined();
  });

  it('tells a kind’s symbol from anything else', () => {
    expect(['📜', '🗓️', '👩‍💻', '★'].map(isEntryKind)).toEqual([true, true, true, true]);
    expect(['', 'a', '1', '📜 x', ' 📜', '-', '[', '📜\n'].map(isEntryKind)).toEqual([false, false, false, false, false, false, false, false]);
    expect(['[ ]', '[x]', '[X]'].map(isEntryKind)).toEqual([true, true, true]);
    expect(['[]', '[y]', '[  ]', '[x'].map(isEntryKind)).toEqual([false, false, false, false]);
  });

  it('reads the kinds a text lists, once each, leaving out what is not one', () => {
    expect(entryKindsIn(' 📦  📜 x 📦\t🗓️ ** ')).toEqual(['📦', '📜', '🗓️']);
    expect(entryKindsIn('')).toEqual([]);
    expect(entryKindsIn('[x] [ ]  📦 [x]')).toEqual(['[x]', '[ ]', '📦']);
  });
});

describe('a new entry’s kind, written', () => {
  const item = (patch: Partial<Item>): Item => ({ id: 'n', section: 'News', project: null, order: 0, comment: 'Words.', links: [{ url: 'https://example.org/new', title: 'New kit' }], capturedAt: '2026-08-01T00:00:00.000Z', issue: null, kind: '📦', ...patch });

  it('opens a list entry after its marker and before its date and link, and is read back as the digest’s own', () => {
    const issues = fixtureFiles('golden/past/entry-kinds').map((f) => parse(f.text, f.name));
    const template = learnTemplate(DEFAULT_TEMPLATE, issues);
    const written = renderItem(item({}), template);
    expect(written).toBe('- 📦 [New kit](https://example.org/new) \\- Words.');
    expect(renderItem(item({ kind: undefined }), template)).toBe('- [New kit](https://example.org/new) \\- Words.');
    const dated = renderItem(item({ eventDate: '2026-08-20' }), { ...template, dateLeadIn: '{date:YYYY-MM-DD} | ' });
    expect(dated).toBe('- 📦 2026-08-20 | [New kit](https://example.org/new) \\- Words.');
    const back = list(4, [written]).items[0];
    expect(entryKindOf(back?.comment ?? '', template.items.kinds)).toBe('📦');
  });

  it('opens a headed entry’s heading after its marks', () => {
    const headed: Template = { ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, grammar: 'heading', marker: '### ', separator: '\n\n' } };
    expect(renderItem(item({}), headed)).toBe('### 📦 [New kit](https://example.org/new)\n\nWords.');
    expect(renderItem(item({ kind: undefined }), headed)).toBe('### [New kit](https://example.org/new)\n\nWords.');
  });

  it('opens a numbered entry or a paragraph the same way', () => {
    const numbered: Template = { ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, grammar: 'numbered', marker: '1、', separator: '：' } };
    expect(renderItem(item({}), numbered, new Map(), 3)).toBe('3、📦 [New kit](https://example.org/new)：Words.');
    const paragraphs: Template = { ...DEFAULT_TEMPLATE, items: { ...DEFAULT_TEMPLATE.items, grammar: 'paragraph', marker: '' } };
    expect(renderItem(item({}), paragraphs)).toBe('📦 Words.  \n[New kit](https://example.org/new)');
  });
});
