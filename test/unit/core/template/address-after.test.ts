import { describe, expect, it } from 'vitest';
import { addressAfterStyle, renderAddressAfter } from '../../../../src/core/template/address-after.ts';
import type { AddressAfter } from '../../../../src/core/model/template.ts';

const page = { url: 'https://github.com/kite/kitetest', title: 'kitetest' };

describe('addressAfterStyle', () => {
  it('learns the address after the words, and what stands between', () => {
    expect(addressAfterStyle(['- kitefmt 2.0, now faster: https://a.example/1', '- kitelint lints kites: https://a.example/2'])).toEqual({ addressAfter: { before: ': ', after: '', form: 'bare' } });
    expect(addressAfterStyle(['* Zero copies (https://a.example/1)', '* Borrow tour (https://a.example/2)'])).toEqual({ addressAfter: { before: ' (', after: ')', form: 'bare' } });
    expect(addressAfterStyle(['1. kitefmt — <https://a.example/1>', '2. kitelint — <https://a.example/2>'])).toEqual({ addressAfter: { before: ' — ', after: '', form: 'angle' } });
  });

  it('takes a label every entry gives before the address as the digest’s, the stop before it too', () => {
    const entries = ['1. kitefmt 发布。链接：https://a.example/1', '2. kitelint 检查风筝。链接：https://a.example/2', '3. kiteup 离线安装。链接：https://a.example/3'];
    expect(addressAfterStyle(entries)).toEqual({ addressAfter: { before: '。链接：', after: '', form: 'bare' } });
    const english = ['- kitefmt is faster. Source: https://a.example/1', '- kitelint lints kites. Source: https://a.example/2', '- kiteup works offline! Source: https://a.example/3'];
    expect(addressAfterStyle(english)).toEqual({ addressAfter: { before: ' Source: ', after: '', form: 'bare' } });
    expect(addressAfterStyle(english.map((e) => e.replace('offline!', 'offline.')))).toEqual({ addressAfter: { before: '. Source: ', after: '', form: 'bare' } });
  });

  it('takes no words the entries share by chance for a label: a label stands after a stop', () => {
    expect(addressAfterStyle(['- kitefmt 2.0 is out: https://a.example/1', '- kiteup 1.3 is out: https://a.example/2'])).toEqual({ addressAfter: { before: ': ', after: '', form: 'bare' } });
    expect(addressAfterStyle(['- fast kites: https://a.example/1', '- slow kites: https://a.example/2', '- red kites: https://a.example/3'])).toEqual({ addressAfter: { before: ': ', after: '', form: 'bare' } });
  });

  it('learns a link titled by its page after the words, where it stands apart from them', () => {
    expect(addressAfterStyle(['Words about zero copies. [Zero copies](https://a.example/1)', 'Words about borrows. [Borrow tour](https://a.example/2)'])).toEqual({ addressAfter: { before: ' ', after: '', form: 'titled' } });
    expect(addressAfterStyle(['- Words about zero copies ([Zero copies](https://a.example/1))', '- Words about borrows ([Borrow tour](https://a.example/2))'])).toEqual({ addressAfter: { before: ' (', after: ')', form: 'titled' } });
    expect(addressAfterStyle(['1. Words. — [Zero copies](https://a.example/1)', '2. More words. — [Borrow tour](https://a.example/2)'])).toEqual({ addressAfter: { before: ' — ', after: '', form: 'titled' } });
    // A link inside a sentence, or a day before the link (an event's lead-in).
    expect(addressAfterStyle(['* Client [can override the proxy](https://a.example/1)', '* Node [reports unschedulable](https://a.example/2)'])).toEqual({});
    expect(addressAfterStyle(['* 2026-07-29 | [Virtual meetup](https://a.example/1)', '* 2026-08-05 | [Berlin meetup](https://a.example/2)'])).toEqual({});
  });

  it('learns a link naming no page after the words, its text the digest’s', () => {
    expect(addressAfterStyle(['- OpenKite raised a round [link](https://a.example/1)', '- Strings are hard, a long read [link](https://a.example/2)'])).toEqual({ addressAfter: { before: ' ', after: '', form: 'titled', text: 'link' } });
    expect(addressAfterStyle(['- OpenKite raised a round ([Read more →](https://a.example/1))', '- Strings are hard ([Read more →](https://a.example/2))'])).toEqual({ addressAfter: { before: ' (', after: ')', form: 'titled', text: 'Read more →' } });
  });

  it('learns nothing from entries that link otherwise, or from too few', () => {
    // The address a Markdown link's destination: the entry has a link of its own.
    expect(addressAfterStyle(['- **Strings** — hard. [→](https://a.example/1)', '- **Builds** — fast. [→](https://a.example/2)'])).toEqual({});
    expect(addressAfterStyle(['- [kitefmt](https://a.example/1): https://a.example/2', '- see https://a.example/3 and https://a.example/4'])).toEqual({});
    expect(addressAfterStyle(['- kitefmt: https://a.example/1'])).toEqual({});
    expect(addressAfterStyle(['- kitefmt: https://a.example/1', '- [kitelint](https://a.example/2)', '- [kiteup](https://a.example/3)'])).toEqual({});
    // A bracket closed after the address that no bracket before it opened.
    expect(addressAfterStyle(['- kitefmt: https://a.example/1)', '- kitelint: https://a.example/2)'])).toEqual({});
  });
});

describe('renderAddressAfter', () => {
  const colon: AddressAfter = { before: ': ', after: '', form: 'bare' };

  it('writes the words, then the address', () => {
    expect(renderAddressAfter(colon, page, 'runs tests in parallel')).toBe('runs tests in parallel: https://github.com/kite/kitetest');
    expect(renderAddressAfter({ before: ' (', after: ')', form: 'bare' }, page, 'runs tests')).toBe('runs tests (https://github.com/kite/kitetest)');
  });

  it('lets a full stop give way to the colon, and sets the address a space after `!`, `?` or a colon of the words’ own', () => {
    expect(renderAddressAfter(colon, page, 'runs tests.')).toBe('runs tests: https://github.com/kite/kitetest');
    expect(renderAddressAfter(colon, page, 'runs tests!')).toBe('runs tests! https://github.com/kite/kitetest');
    expect(renderAddressAfter(colon, page, 'and more...')).toBe('and more...: https://github.com/kite/kitetest');
    expect(renderAddressAfter(colon, page, 'summed up:')).toBe('summed up: https://github.com/kite/kitetest');
    expect(renderAddressAfter({ before: '：', after: '', form: 'bare' }, page, '概括如下：')).toBe('概括如下：https://github.com/kite/kitetest');
  });

  it('writes a label after a stop once', () => {
    const source: AddressAfter = { before: ' Source: ', after: '', form: 'bare' };
    expect(renderAddressAfter(source, page, 'runs tests!')).toBe('runs tests! Source: https://github.com/kite/kitetest');
    expect(renderAddressAfter(source, page, 'runs tests')).toBe('runs tests. Source: https://github.com/kite/kitetest');
    const label: AddressAfter = { before: '。链接：', after: '', form: 'bare' };
    expect(renderAddressAfter(label, page, '并行运行测试。')).toBe('并行运行测试。链接：https://github.com/kite/kitetest');
    expect(renderAddressAfter(label, page, '并行运行测试')).toBe('并行运行测试。链接：https://github.com/kite/kitetest');
  });

  it('names a page the editor wrote nothing about by its title, Markdown’s marks escaped', () => {
    expect(renderAddressAfter(colon, { ...page, title: 'kite_test *beta*' }, '')).toBe('kite_test \\*beta\\*: https://github.com/kite/kitetest');
  });

  it('writes a titled link after the words, a stop before it where the digest has one, or the link alone', () => {
    const spaced: AddressAfter = { before: ' ', after: '', form: 'titled' };
    expect(renderAddressAfter(spaced, page, 'Runs tests in parallel.')).toBe('Runs tests in parallel. [kitetest](https://github.com/kite/kitetest)');
    expect(renderAddressAfter(spaced, page, 'Runs tests in parallel')).toBe('Runs tests in parallel. [kitetest](https://github.com/kite/kitetest)');
    expect(renderAddressAfter({ before: ' (', after: ')', form: 'titled' }, page, 'runs tests')).toBe('runs tests ([kitetest](https://github.com/kite/kitetest))');
    expect(renderAddressAfter({ before: ' — ', after: '', form: 'titled' }, page, 'Runs tests.')).toBe('Runs tests. — [kitetest](https://github.com/kite/kitetest)');
    expect(renderAddressAfter(spaced, page, '')).toBe('[kitetest](https://github.com/kite/kitetest)');
    // A page with no title is linked by its address.
    expect(renderAddressAfter(spaced, { ...page, title: '' }, 'Runs tests.')).toBe('Runs tests. <https://github.com/kite/kitetest>');
  });

  it('writes a link naming no page with the digest’s text, after the words or the page’s title', () => {
    const generic: AddressAfter = { before: ' (', after: ')', form: 'titled', text: 'link' };
    expect(renderAddressAfter(generic, page, 'Runs tests in parallel')).toBe('Runs tests in parallel ([link](https://github.com/kite/kitetest))');
    expect(renderAddressAfter(generic, page, '')).toBe('kitetest ([link](https://github.com/kite/kitetest))');
  });

  it('writes an address Markdown would not read back whole in angle brackets', () => {
    expect(renderAddressAfter(colon, { url: 'https://en.wikipedia.org/wiki/Kite_(bird)', title: '' }, 'the bird')).toBe('the bird: <https://en.wikipedia.org/wiki/Kite_(bird)>');
  });

  it('writes nothing where the words are several lines or link pages of their own', () => {
    expect(renderAddressAfter(colon, page, 'one\ntwo')).toBeUndefined();
    expect(renderAddressAfter(colon, page, 'see [docs](https://docs.example/)')).toBeUndefined();
    expect(renderAddressAfter(colon, { ...page, title: '' }, '')).toBeUndefined();
  });
});
