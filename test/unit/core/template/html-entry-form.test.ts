import { describe, expect, it } from 'vitest';
import { htmlEntryForm, htmlFormOf, renderHtmlEntry } from '../../../../src/core/template/html-entry-form.ts';
import { parseIssue } from '../../../../src/core/issue/issue-parser.ts';

const row = (url: string, title: string, words: string, author: string): string =>
  [
    '    <tr>',
    '      <td>',
    `        <a href="${url}"><span class="t">${title}</span></a>`,
    `        <p>${words}</p>`,
    `        <div><a href="${url}">${new URL(url).host}</a> <span>${author}</span> <em>Read more</em></div>`,
    '      </td>',
    '    </tr>',
  ].join('\n');

describe('htmlEntryForm', () => {
  const first = row('https://www.sky.example.com/a?x=1&amp;y=2', 'Tethers', 'What the sag of a tether says.', 'Ana Kite');
  const second = row('https://reel.example.net/b', 'Spools', 'Winding line without twists.', 'Bo Spar');

  it('puts the page, its title, words, site and author in place, keeping what every entry says', () => {
    const form = htmlEntryForm(first, { url: 'https://www.sky.example.com/a?x=1&y=2', title: 'Tethers' }, [second]);
    expect(form).toBe(
      [
        '    <tr>',
        '      <td>',
        '        <a href="{url}"><span class="t">{title}</span></a>',
        '        <p>{words}</p>',
        '        <div><a href="{url}">{site}</a> <span>{author}</span> <em>Read more</em></div>',
        '      </td>',
        '    </tr>',
      ].join('\n'),
    );
  });

  it('leaves out what closes after the row on its last line, and the texts of its own beyond an author', () => {
    const closed = row('https://reel.example.net/b', 'Spools', 'Winding line without twists.', 'Bo Spar').replace('<em>Read more</em>', '<em>3 min</em>') + '</tbody>';
    const form = htmlEntryForm(closed, { url: 'https://reel.example.net/b', title: 'Spools' }, [first]);
    expect(form?.endsWith('    </tr>')).toBe(true);
    expect(form).toContain('<span>{author}</span> <em></em>');
  });

  it('gives no form to an entry on one line, nor to one that does not link its page', () => {
    expect(htmlEntryForm('  <li><a href="https://a.example/">A</a> — words</li>', { url: 'https://a.example/', title: 'A' }, [])).toBeUndefined();
    expect(htmlEntryForm(second, { url: 'https://elsewhere.example/', title: 'X' }, [])).toBeUndefined();
    expect(htmlEntryForm(second, undefined, [])).toBeUndefined();
  });

  it('writes a new entry in the form, its parts made safe as HTML', () => {
    const form = '<tr><td><a href="{url}">{title}</a><p>{words}</p><i>{site}</i> <b>{author}</b></td></tr>';
    expect(renderHtmlEntry(form, { url: 'https://www.x.example/?a=1&b="2"', title: 'A <b> & c' }, 'Fast *and* small', ['[docs](https://docs.example/)'])).toBe(
      '<tr><td><a href="https://www.x.example/?a=1&amp;b=&quot;2&quot;">A &lt;b&gt; &amp; c</a><p>Fast <em>and</em> small <a href="https://docs.example/">docs</a></p><i>x.example</i> <b></b></td></tr>',
    );
  });
});

describe('an entry under an HTML heading of its own', () => {
  it('is a form whole, the heading’s anchor made from the title', () => {
    const source = '<h3 id="box-kites"><a href="https://history.example.org/box">Box kites</a></h3>\n\n<p>Hargrave’s cells, rebuilt.</p>';
    const form = htmlEntryForm(source, { url: 'https://history.example.org/box', title: 'Box kites' }, []);
    expect(form).toBe('<h3 id="{anchor}"><a href="{url}">{title}</a></h3>\n\n<p>{words}</p>');
    expect(renderHtmlEntry(form as string, { url: 'https://tails.example.com/', title: 'Tails, again' }, 'Why.', [])).toBe('<h3 id="tails-again"><a href="https://tails.example.com/">Tails, again</a></h3>\n\n<p>Why.</p>');
  });
});

describe('a digest whose entries are an HTML table’s rows', () => {
  it('reads each row that links a page as an entry, and a row that links none (its header) as none', () => {
    const text = ['# Kite Rows 4', '', '<table>', '  <tr><th>Page</th></tr>', row('https://a.example/x', 'X', 'Words x.', 'Ana'), row('https://b.example/y', 'Y', 'Words y.', 'Bo') + '</table>', ''].join('\n');
    const parsed = parseIssue(text, { fileName: 'kite-rows-4.md' });
    if (!parsed.ok) throw new Error('not read');
    expect(parsed.value.items.map((i) => i.links[0]?.url)).toEqual(['https://a.example/x', 'https://b.example/y']);
    expect(parsed.value.items.map((i) => i.links[0]?.title)).toEqual(['X', 'Y']);
  });
});

describe('htmlFormOf', () => {
  const parsed = (rows: string[]) => {
    const result = parseIssue(['# Kite Rows 4', '', '<table>', ...rows, '</table>', ''].join('\n'), { fileName: 'kite-rows-4.md' });
    if (!result.ok) throw new Error('not read');
    return result.value;
  };

  it('takes the form where most of the newest issue’s entries are laid out so', () => {
    expect(htmlFormOf(parsed([row('https://a.example/x', 'X', 'Words x.', 'Ana'), row('https://b.example/y', 'Y', 'Words y.', 'Bo')])).htmlForm).toContain('{url}');
  });

  it('takes none where most entries are written otherwise (a row or two among lines of their own)', () => {
    const lines = ['    <tr><td><a href="https://c.example/">C</a></td></tr>', '    <tr><td><a href="https://d.example/">D</a></td></tr>', '    <tr><td><a href="https://e.example/">E</a></td></tr>'];
    expect(htmlFormOf(parsed([row('https://a.example/x', 'X', 'Words x.', 'Ana'), ...lines]))).toEqual({});
  });
});
