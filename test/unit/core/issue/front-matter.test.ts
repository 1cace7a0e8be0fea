import { describe, expect, it } from 'vitest';
import { fieldValue, rawFor, readFrontMatter, renderFrontMatter } from '../../../../src/core/issue/front-matter.ts';

describe('front matter', () => {
  it('reads fields verbatim and writes them back', () => {
    const lines = ['---', 'layout: post', 'title:  "A: b"', 'tags:', '  - x', '# note', 'description:', '---', 'body'];
    const block = readFrontMatter(lines);
    if (!('fields' in block)) throw new Error(JSON.stringify(block));
    expect(block.closeLine).toBe(7);
    expect(block.fields.map((f) => f.key)).toEqual(['layout', 'title', 'tags', '', 'description']);
    expect(fieldValue(block.fields[1]!)).toBe('A: b');
    expect(fieldValue(block.fields[4]!)).toBe('');
    expect(renderFrontMatter(block.fields)).toBe(lines.slice(0, 8).join('\n'));
  });

  it('unquotes single and double quoted values', () => {
    expect(fieldValue({ key: 'k', raw: " 'it''s'" })).toBe("it's");
    expect(fieldValue({ key: 'k', raw: ' "a \\"b\\""' })).toBe('a "b"');
  });

  it('names the problem and the line', () => {
    expect(readFrontMatter(['# Title', 'text'])).toEqual({ code: 'no-front-matter', line: 1, found: '# Title' });
    expect(readFrontMatter(['---', 'title: x'])).toEqual({ code: 'front-matter-unclosed', line: 1 });
    expect(readFrontMatter(['---', 'title: x', 'what is this', '---'])).toMatchObject({ line: 3 });
  });

  it('quotes only values YAML would misread', () => {
    expect(rawFor('OpenStack社区动态第十七期(0701-0720)')).toBe(' OpenStack社区动态第十七期(0701-0720)');
    expect(rawFor('a: b')).toBe(' "a: b"');
    expect(rawFor('- dash')).toBe(' "- dash"');
    expect(rawFor('true')).toBe(' "true"');
    expect(rawFor('say "hi" # now')).toBe(' "say \\"hi\\" # now"');
    expect(rawFor('')).toBe('');
  });
});
