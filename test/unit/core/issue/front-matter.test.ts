import { describe, expect, it } from 'vitest';
import { fieldValue, fillFieldPattern, mappingMembers, rawFor, withMembers } from '../../../../src/core/issue/front-matter.ts';
import { readHead } from '../../../../src/core/issue/issue-head.ts';
import { renderHead } from '../../../../src/core/issue/render-head.ts';

describe('the head of an issue', () => {
  it.each([
    ['plain text', 'Kite Weekly', 'Kite Weekly'],
    ['a comment after it', 'Kite Weekly # 12', 'Kite Weekly'],
    ['double quotes', '"Kite: Weekly"', 'Kite: Weekly'],
    ['an escape', '"Kite \\"Weekly\\""', 'Kite "Weekly"'],
    ['a doubled single quote', "'Kite''s'", "Kite's"],
    ['a boolean word', 'yes', 'yes'],
    ['a hexadecimal number', '0x1F', '31'],
    ['a float', '1.50', '1.5'],
    ['nothing', '', ''],
    ['a day', '2025-11-25', '2025-11-25'],
    ['a day and time', '2025-11-25 10:00:00 +0000', '2025-11-25 10:00:00 +0000'],
    ['a day and a comment', '2025-11-25 # Tuesday', '2025-11-25'],
  ])('reads a YAML value as YAML does: %s', (_, raw, value) => {
    const read = readHead(['---', `title: ${raw}`.trimEnd(), 'layout: post', '---']);
    if ('code' in read) throw new Error(JSON.stringify(read));
    expect(read.values.get('title')).toBe(value);
    expect(read.values.get('layout')).toBe('post');
  });

  it('takes the body’s first heading for the title where front matter names none, and a day given under its key with others for the day', () => {
    const lines = ['---', 'date:', '  created: 2026-12-04', '  updated: 2026-12-05', 'categories:', '  - Weekly', '---', '', '# Weekly #42', '', 'Words.'];
    const read = readHead(lines);
    if ('code' in read) throw new Error(JSON.stringify(read));
    expect([read.values.get('title'), read.values.get('date'), read.bodyLine, read.bodyTitle]).toEqual(['Weekly #42', '2026-12-04', 7, true]);
    // Not where the front matter names a title, the body opens otherwise, or the heading is a section's.
    const titled = readHead(['---', 'title: Kite Weekly 42', '---', '# Weekly #42']);
    const second = readHead(['---', 'date: 2026-12-04', '---', 'Words.', '', '# Weekly #42']);
    const level2 = readHead(['+++', 'date = 2026-12-04', '+++', '## News']);
    const asSection = readHead(['---', 'date: 2026-12-04', '---', '# Weekly #42'], { headingTitle: false });
    expect([titled, second, level2, asSection].map((r) => ('code' in r ? r.code : [r.values.get('title'), r.bodyTitle]))).toEqual([
      ['Kite Weekly 42', undefined],
      [undefined, undefined],
      [undefined, undefined],
      [undefined, undefined],
    ]);
    // TOML's and JSON's alike.
    const toml = readHead(['+++', 'date = 2026-12-04', '+++', '# Weekly #42']);
    expect('code' in toml ? toml.code : toml.values.get('title')).toBe('Weekly #42');
  });

  it('reads YAML with only its closing line (Hexo’s) and writes it back so; not lines of a body that merely end in a rule', () => {
    const lines = ['title: 前端周刊第 41 期', 'date: 2026-11-27 09:00:00', 'tags:', '- 前端', '---', '', '本周。'];
    const read = readHead(lines);
    if ('code' in read) throw new Error(JSON.stringify(read));
    expect([read.head.kind, read.bodyLine, read.values.get('title'), read.values.get('date')]).toEqual(['yaml', 5, '前端周刊第 41 期', '2026-11-27 09:00:00']);
    expect(renderHead(read.head)).toBe(lines.slice(0, 5).join('\n'));
    for (const body of [
      ['Note: words', 'more words', '---'],
      ['title: Weekly 41', '', 'Words.', '---'],
      ['title: Weekly 41', 'date: 2026-11-27'],
      ['layout: post', 'tags: [a]', '---'],
    ]) {
      const other = readHead(body);
      expect('code' in other ? other.code : other.head.kind).not.toBe('yaml');
    }
  });

  it('reads YAML fields verbatim, with values as YAML reads them, and writes them back', () => {
    const lines = ['---', 'layout: post', 'title:  "A: b"', 'tags:', '  - x', '# note', 'authors: [a, b]', 'folded: >', '  one', '  two', 'tagged: ! \'Issue #201\'', 'description:', '---', 'body'];
    const read = readHead(lines);
    if ('code' in read) throw new Error(JSON.stringify(read));
    expect(read.bodyLine).toBe(13);
    expect(read.head.fields.map((f) => f.key)).toEqual(['layout', 'title', 'tags', '', 'authors', 'folded', 'tagged', 'description']);
    expect(read.values.get('title')).toBe('A: b');
    expect(read.values.get('authors')).toBe('a, b');
    expect(read.values.get('folded')).toBe('one two');
    expect(read.values.get('tagged')).toBe('Issue #201');
    expect(read.values.get('description')).toBe('');
    expect(renderHead(read.head)).toBe(lines.slice(0, 13).join('\n'));
  });

  it('reads the members of a mapping by their path, and by their own names where nothing at the top has them', () => {
    const lines = ['---', 'title: Top', 'data:', '    date: 2022-12-12', '    title: Nested 19', '    weight: 19', '    tags: [a, b]', '---', 'body'];
    const read = readHead(lines);
    if ('code' in read) throw new Error(JSON.stringify(read));
    expect(read.values.get('title')).toBe('Top');
    expect(read.values.get('data.title')).toBe('Nested 19');
    expect(read.values.get('date')).toBe('2022-12-12');
    expect(read.values.get('weight')).toBe('19');
    // Only what is one value: a list under a member is none of the page's own metadata.
    expect(read.values.has('tags')).toBe(false);
    expect(renderHead(read.head)).toBe(lines.slice(0, 8).join('\n'));
  });

  it('takes a field’s lines for a mapping only where each is one member, indented alike', () => {
    const raw = '\n    date: 2022-12-12\n    title: "Issue: 19"';
    expect(mappingMembers(raw)).toEqual([
      { indent: '    ', key: 'date', raw: ' 2022-12-12' },
      { indent: '    ', key: 'title', raw: ' "Issue: 19"' },
    ]);
    expect(withMembers(mappingMembers(raw) ?? [])).toBe(raw);
    for (const other of [' value', '\n  - a\n  - b', '\n  a: 1\n    b: 2', '\n  a: 1\n  # note', '']) expect(mappingMembers(other)).toBeUndefined();
  });

  it('fills each member of a mapping as a field of its own is filled, quoted where YAML would misread it', () => {
    const filled = fillFieldPattern('\n    date: {published:YYYY-MM-DD}\n    title: {title}\n    weight: {number}', (name) => ({ published: '2022-12-19', title: 'Kites: Issue 20', number: '20' })[name]);
    expect(filled).toBe('\n    date: 2022-12-19\n    title: "Kites: Issue 20"\n    weight: 20');
  });

  it('reads TOML between +++ lines', () => {
    const lines = ['+++', 'title = "Zola Weekly 31"', 'tags = ["a",', '  "b"]', '', '[extra]', 'author = "Ann"', '+++', 'body'];
    const read = readHead(lines);
    if ('code' in read) throw new Error(JSON.stringify(read));
    expect(read.head.kind).toBe('toml');
    expect(read.values.get('title')).toBe('Zola Weekly 31');
    expect(read.values.get('tags')).toBe('a, b');
    expect(renderHead(read.head)).toBe(lines.slice(0, 8).join('\n'));
  });

  it('reads JSON between a { line and a } line, one member a line, and writes it back', () => {
    const lines = ['{', '  "title": "Elixir Radar 14",', '  "date": "2026-11-18",', '  "draft": false,', '  "tags": [', '    "elixir",', '    "weekly"', '  ],', '  "params": { "by": "Ann" }', '}', '', 'body'];
    const read = readHead(lines);
    if ('code' in read) throw new Error(JSON.stringify(read));
    expect(read.head.kind).toBe('json');
    expect(read.bodyLine).toBe(10);
    expect(read.head.fields.map((f) => f.key)).toEqual(['title', 'date', 'draft', 'tags', 'params']);
    expect(read.values.get('title')).toBe('Elixir Radar 14');
    expect(read.values.get('tags')).toBe('elixir, weekly');
    expect(read.values.get('draft')).toBe('false');
    expect(renderHead(read.head)).toBe(lines.slice(0, 10).join('\n'));
    const spaced = ['{', '  "title": "A" ,', '  "n": 1', '}'];
    const again = readHead(spaced);
    if ('code' in again) throw new Error(JSON.stringify(again));
    expect(renderHead(again.head)).toBe(spaced.join('\n'));
  });

  it('takes no JSON it could not write back as it came for front matter', () => {
    for (const lines of [
      ['{', '  "title": "A",', '}', 'body'],
      ['{', '  "title": "A"', 'body'],
      ['{', '"title" "A"', '}'],
    ]) {
      const read = readHead(lines);
      if ('code' in read) throw new Error(JSON.stringify(read));
      expect(read.head.kind, lines.join('|')).not.toBe('json');
    }
  });

  it('reads a YAML block scalar of several paragraphs as one field, blank lines and all, and writes it back as it came', () => {
    const lines = ['---', 'title: Weekly 3', 'about: |', '  A weekly digest.', '', '  Of links.', '', 'tags:', '', '  - weekly', '---', 'Body'];
    const read = readHead(lines);
    if ('code' in read) throw new Error(JSON.stringify(read));
    expect(read.head.fields.map((f) => f.key)).toEqual(['title', 'about', '', 'tags']);
    expect(read.values.get('about')?.trim()).toBe('A weekly digest.\n\nOf links.');
    expect(renderHead(read.head)).toBe(lines.slice(0, 11).join('\n'));
  });

  it('reads a TOML multi-line string as one field, whatever its lines look like, and writes it back as it came', () => {
    const lines = ['+++', 'title = "Weekly 3"', 'description = """', 'First paragraph.', '', 'not = a key', '"""', "note = '''one'''", '+++', 'Body'];
    const read = readHead(lines);
    if ('code' in read) throw new Error(JSON.stringify(read));
    expect(read.head.fields.map((f) => f.key)).toEqual(['title', 'description', 'note']);
    expect(read.values.get('description')?.trim()).toBe('First paragraph.\n\nnot = a key');
    expect(read.bodyLine).toBe(9);
    expect(renderHead(read.head)).toBe(lines.slice(0, 9).join('\n'));
  });

  it('reads a Pelican header up to the first blank line, and only with a title', () => {
    const read = readHead(['Title: This Week in Rust 665', 'Number: 665', 'Date: 2026-08-19', '', 'Hello']);
    if ('code' in read) throw new Error(JSON.stringify(read));
    expect(read.head.kind).toBe('header');
    expect(read.bodyLine).toBe(3);
    expect([read.values.get('title'), read.values.get('number'), read.values.get('date')]).toEqual(['This Week in Rust 665', '665', '2026-08-19']);
    const prose = readHead(['Note: this is prose.', '', 'More.']);
    expect('code' in prose ? prose : prose.head.kind).toBe('none');
  });

  it('takes a first # heading as the title where there is no metadata', () => {
    const read = readHead(['# 科技爱好者周刊（第 407 期）：标题 {#top}', '', 'text']);
    if ('code' in read) throw new Error(JSON.stringify(read));
    expect(read.head).toMatchObject({ kind: 'heading', open: '# 科技爱好者周刊（第 407 期）：标题 {#top}' });
    expect(read.values.get('title')).toBe('科技爱好者周刊（第 407 期）：标题');
  });

  it('reads the properties under a # title (a Notion page), and writes them back as they came', () => {
    const lines = ['# Web Bits #42', '', 'Created: October 8, 2024 9:00 AM', 'Last edited time: October 8, 2024 4:30 PM', 'Tags: Weekly', '', '## News'];
    const read = readHead(lines);
    if ('code' in read) throw new Error(JSON.stringify(read));
    expect(read.head.kind).toBe('properties');
    expect(read.bodyLine).toBe(5);
    expect([read.values.get('title'), read.values.get('created'), read.values.get('last edited time')]).toEqual(['Web Bits #42', 'October 8, 2024 9:00 AM', 'October 8, 2024 4:30 PM']);
    expect(renderHead(read.head)).toBe(lines.slice(0, 5).join('\n'));
    // Right under the title, in another script.
    const close = ['周刊 第 5 期', '=====', '编辑: 张三', '日期: 2024-10-01', '', '正文'];
    const again = readHead(close);
    if ('code' in again) throw new Error(JSON.stringify(again));
    expect([again.head.kind, again.bodyLine, again.values.get('编辑')]).toEqual(['properties', 4, '张三']);
    expect(renderHead(again.head)).toBe(close.slice(0, 4).join('\n'));
  });

  it('takes a paragraph under the title for properties only where every line is one, two at least or the day', () => {
    const kindOf = (lines: string[]) => {
      const read = readHead(lines);
      return 'code' in read ? read.code : read.head.kind;
    };
    expect(kindOf(['# Weekly 3', '', 'Date: 2024-10-01', '', 'Hello'])).toBe('properties');
    expect(kindOf(['# Weekly 3', '', 'Note: we are off next week.', '', 'Hello'])).toBe('heading');
    expect(kindOf(['# Weekly 3', '', 'Created: 2024-10-01', 'and then words', '', 'Hello'])).toBe('heading');
    expect(kindOf(['# Weekly 3', '', 'Tags: a', 'See: https://a.example', '- [x](https://x.example)'])).toBe('heading');
    expect(kindOf(['# Weekly 3', '', 'Date:', 'Tags:', '', 'Hello'])).toBe('heading');
    expect(kindOf(['# Weekly 3', '', 'Tags:', '', 'Hello'])).toBe('heading');
    // A new issue leaves some empty, for the editor: read back so once written.
    expect(kindOf(['# Weekly 3', '', 'Created: December 11, 2026 9:00 AM', 'Tags:', '', 'Hello'])).toBe('properties');
  });

  it('names the problem and the line', () => {
    expect(readHead(['---', 'title: x'])).toEqual({ code: 'front-matter-unclosed', line: 1 });
    expect(readHead(['---', 'title: x', 'what is this', '---'])).toMatchObject({ code: 'front-matter-line', line: 3 });
  });
});

describe('field values', () => {
  it('unquotes single and double quoted values', () => {
    expect(fieldValue({ raw: " 'it''s'" })).toBe("it's");
    expect(fieldValue({ raw: ' "a \\"b\\""' })).toBe('a "b"');
    expect(fieldValue({ raw: " ! 'Issue #201'" })).toBe('Issue #201');
  });

  it('quotes only values YAML would misread', () => {
    expect(rawFor('OpenStack社区动态第十七期(0701-0720)')).toBe(' OpenStack社区动态第十七期(0701-0720)');
    expect(rawFor('a: b')).toBe(' "a: b"');
    expect(rawFor('- dash')).toBe(' "- dash"');
    expect(rawFor('true')).toBe(' "true"');
    expect(rawFor('say "hi" # now')).toBe(' "say \\"hi\\" # now"');
    expect(rawFor('')).toBe('');
  });

  it('fills patterns inside the quotes they stand in, escaped for them, one line each', () => {
    const fill = (values: Record<string, string>) => (name: string) => values[name];
    expect(fillFieldPattern(` ! '{title}'`, fill({ title: "Issue #202: it's here" }))).toBe(` ! 'Issue #202: it''s here'`);
    expect(fillFieldPattern(' "{title}"', fill({ title: 'Say "hi"\nthen go' }))).toBe(' "Say \\"hi\\"\\nthen go"');
    expect(fillFieldPattern(' {title}', fill({ title: 'A: b' }))).toBe(' "A: b"');
    expect(fillFieldPattern(' {number}', fill({ number: '665' }))).toBe(' 665');
    expect(fillFieldPattern(' /{number}', fill({ number: '295' }))).toBe(' /295');
    expect(fillFieldPattern(' [slorber, jan]', fill({}))).toBe(' [slorber, jan]');
    expect(fillFieldPattern(' {title}', fill({ title: 'Line one\n## injected' }), 'none')).toBe(' Line one ## injected');
    expect(fillFieldPattern(' "{title}"', fill({ title: 'T' }), 'toml')).toBe(' "T"');
    // A TOML value written bare stays bare where it is a number, date or boolean; else it is quoted.
    expect(fillFieldPattern(' {number}', fill({ number: '32' }), 'toml')).toBe(' 32');
    expect(fillFieldPattern(' {published}', fill({ published: '2024-03-14' }), 'toml')).toBe(' 2024-03-14');
    expect(fillFieldPattern(' {title}', fill({ title: 'Weekly "#32"' }), 'toml')).toBe(' "Weekly \\"#32\\""');
    expect(fillFieldPattern(' {title}', fill({ title: '2024-03-14\nx = 1' }), 'toml')).toBe(' "2024-03-14\\nx = 1"');
    // JSON: a string in quotes, a number or boolean bare, words typed plain quoted, nothing an empty string.
    expect(fillFieldPattern(' "{title}"', fill({ title: 'Say "hi"\n' }), 'json')).toBe(' "Say \\"hi\\"\\n"');
    expect(fillFieldPattern(' {number}', fill({ number: '15' }), 'json')).toBe(' 15');
    expect(fillFieldPattern(' {title}', fill({ title: 'Radar 15' }), 'json')).toBe(' "Radar 15"');
    expect(fillFieldPattern(' A weekly digest', fill({}), 'json')).toBe(' "A weekly digest"');
    expect(fillFieldPattern('', fill({}), 'json')).toBe(' ""');
    expect(fillFieldPattern(' ["elixir", "weekly"]', fill({}), 'json')).toBe(' ["elixir", "weekly"]');
  });
});
