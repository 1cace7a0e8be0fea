import { describe, expect, it } from 'vitest';
import { htmlOutdented } from '../../../../src/core/markdown/html-outdent.ts';

describe('htmlOutdented', () => {
  it('moves HTML indented as code to the line start, its own nesting kept', () => {
    expect(htmlOutdented('    <tr>\n      <td>x</td>\n    </tr>')).toBe('<tr>\n  <td>x</td>\n</tr>');
    expect(htmlOutdented('\t<li>x</li>')).toBe('<li>x</li>');
  });

  it('leaves HTML indented less than code, and any text that is not HTML', () => {
    for (const text of ['  <li>x</li>', '<tr>\n  <td>x</td>\n</tr>', '    code, not HTML', '- [a](b)']) expect(htmlOutdented(text)).toBe(text);
  });
});
