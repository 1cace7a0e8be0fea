import { describe, expect, it } from 'vitest';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';

const read = (entries: string[]) => {
  const result = parseIssue(['# 周报 21', '', '## 新闻', '', ...entries.flatMap((e) => [e, '']), ''].join('\n'), { grammar: 'paragraph' });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value.items.map((i) => i.links.map((l) => [l.title, l.url]));
};

describe('a paragraph entry whose page is given by its address', () => {
  it('is named by a title its words open with, in lenticular brackets or in bold', () => {
    expect(read(['【Rust 1.80 发布】LazyCell 稳定了。链接：https://blog.example/180', '**Bun 1.1 on Windows**  \n<https://bun.example/11>  \nFinally.'])).toEqual([
      [['Rust 1.80 发布', 'https://blog.example/180']],
      [['Bun 1.1 on Windows', 'https://bun.example/11']],
    ]);
  });

  it('is named by the bold title whole, its escapes taken off, marks inside it and all', () => {
    expect(read(['**Rust 1.90 \\*\\*stable\\*\\*** [Read more](https://rust.example/190)'])).toEqual([[['Rust 1.90 **stable**', 'https://rust.example/190']]]);
  });

  it('is left unnamed where its words are commentary with no title set', () => {
    expect(read(['Rust 1.80 发布了，LazyCell 稳定了。https://blog.example/180'])).toEqual([[['', 'https://blog.example/180']]]);
  });

  it('takes one address after a title in bold: a second alone after it is the next entry, one with no words', () => {
    expect(read(['__Must read__', '<https://a.example/1>', 'https://b.example/2']).map((links) => links.map(([, url]) => url))).toEqual([['https://a.example/1'], ['https://b.example/2']]);
  });
});
