import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';
import { contentsLines, contentsOf, headingAnchor } from '../../../../src/core/template/contents-list.ts';

function parsed(text: string) {
  const result = parseIssue(text, { fileName: 'notes-3.md' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('a list of contents', () => {
  it('anchors a heading as GitHub does, or as a slug, or by the id it sets', () => {
    expect(headingAnchor("What's new?", 'github')).toBe('whats-new');
    expect(headingAnchor('C/C++ 项目', 'github')).toBe('cc-项目');
    expect(headingAnchor('C/C++ 项目', 'slug')).toBe('c-c-项目');
    expect(headingAnchor('🚀 **Releases**', 'github')).toBe('-releases');
    expect(headingAnchor('Tools {#tools-of-the-week}', 'github')).toBe('tools-of-the-week');
  });

  it('learns the list, its marker, the levels it lists and the rule of its anchors; none where it links no heading', () => {
    const text = '# Notes 3\n\n## 目录\n\n- [C/C++ 项目](#c-c-项目)\n- [Go 项目](#go-项目)\n\n## C/C++ 项目\n\n- [a](https://a.example/) — x\n\n## Go 项目\n\n- [b](https://b.example/) — y\n';
    expect(contentsOf(parsed(text))).toEqual({ marker: '- ', levels: [2], anchors: 'slug', under: '## 目录' });
    expect(contentsOf(parsed(text.replace('(#go-项目)', '(#elsewhere)').replace('(#c-c-项目)', '(#nowhere)')))).toBeUndefined();
    expect(contentsOf(parsed('# Notes 3\n\n## Links\n\n- [a](https://a.example/) — x\n- [b](https://b.example/) — y\n'))).toBeUndefined();
  });

  it('lists the headings of the levels it lists, numbered on where it numbers, their words escaped', () => {
    const contents = { marker: '1. ', levels: [2], anchors: 'github' as const };
    expect(contentsLines(contents, ['## What’s [new]', 'some words', '### Not listed', '## Tools {#t}', '- [x](https://x.example/)'])).toBe('1. [What’s \\[new\\]](#whats-new)\n2. [Tools](#t)');
    expect(contentsLines(contents, ['words only'])).toBe('');
  });

  it('learns a list of the stories where entries are headings of their own, and lists a new entry by its heading', () => {
    const text = '# Notes 3\n\nIn this issue:\n\n- [Zig 0.14 released](#zig-014-released)\n- [A tour](#a-tour)\n\n## [Zig 0.14 released](https://ziglang.org/)\n\nWords.\n\n## [A tour](https://tour.example/)\n\nMore words.\n';
    expect(contentsOf(parsed(text))).toEqual({ marker: '- ', levels: [2], anchors: 'github', under: 'In this issue:' });
    const contents = { marker: '- ', levels: [2], anchors: 'github' as const };
    expect(contentsLines(contents, ['## [WASI \\[Preview 3\\]](https://wasi.example/)\n\nWords.', '### [Deeper](https://d.example/)\n\nNot listed.'])).toBe('- [WASI \\[Preview 3\\]](#wasi-preview-3)');
  });
});
