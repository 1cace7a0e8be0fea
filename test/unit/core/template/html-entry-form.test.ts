import { describe, expect, it } from 'vitest';
import { htmlEntryForm } from '../../../../src/core/template/html-entry-form.ts';

const page = { url: 'https://blog.example/knots', title: 'Knots' };

describe('htmlEntryForm', () => {
  it('makes a table row of cells on one line a form, its words whole over their inline tags', () => {
    const row = '<tr><td><a href="https://blog.example/knots">Knots</a></td><td>Which knot holds <em>best</em>, with <a href="https://video.example/k">a video</a>.</td></tr>';
    expect(htmlEntryForm(row, page, [])).toBe('<tr><td><a href="{url}">{title}</a></td><td>{words}</td></tr>');
  });

  it('leaves a list item on one line to be written as Markdown writes list items', () => {
    expect(htmlEntryForm('<li><a href="https://blog.example/knots">Knots</a> – <p>words</p></li>', page, [])).toBeUndefined();
  });

  it('tells the site, the author and the words apart where inline tags close what opened before them', () => {
    const row = [
      '<tr>',
      '  <td><a href="https://blog.example/knots"><strong>Knots</strong></a>',
      '  <p>Which knot holds <em>best</em>.</p>',
      '  <div><a href="https://blog.example/knots">blog.example</a> · <span class="author">Di</span> · Read more</div></td>',
      '</tr>',
    ].join('\n');
    const other = row.replace('Which knot holds <em>best</em>.', 'Other words.').replace('Di', 'Bo').replaceAll('blog.example', 'news.example');
    const form = htmlEntryForm(row, page, [other]);
    expect(form).toContain('<p>{words}</p>');
    expect(form).toContain('<a href="{url}">{site}</a> · <span class="author">{author}</span> · Read more');
  });

  it('ends the words before an inline tag they leave open', () => {
    const row = '<tr><td><a href="https://blog.example/knots">Knots</a></td><td>Words <em>open</td></tr>';
    expect(htmlEntryForm(row, page, [])).toBe('<tr><td><a href="{url}">{title}</a></td><td>{words} <em>{author}</td></tr>');
  });
});
