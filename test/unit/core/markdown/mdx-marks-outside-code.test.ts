import { describe, expect, it } from 'vitest';
import { mdxMarksOutsideCode } from '../../../../src/core/markdown/mdx-marks-outside-code.ts';

const escaped = (text: string): string => mdxMarksOutsideCode(text, (mark) => `\\${mark}`);

describe('mdxMarksOutsideCode', () => {
  it('escapes braces in words, not in code spans, fenced code or where already escaped', () => {
    expect(escaped('and {children} too')).toBe('and \\{children\\} too');
    expect(escaped('`{...props}` and {x}')).toBe('`{...props}` and \\{x\\}');
    expect(escaped('``a ` {b}`` {c}')).toBe('``a ` {b}`` \\{c\\}');
    expect(escaped('\\{kept\\} and \\\\{x}')).toBe('\\{kept\\} and \\\\\\{x\\}');
    expect(escaped('{a}\n```js\nconst o = {a};\n```\n{b}')).toBe('\\{a\\}\n```js\nconst o = {a};\n```\n\\{b\\}');
    expect(escaped('an unclosed ` {x}')).toBe('an unclosed ` \\{x\\}');
    expect(escaped('no marks')).toBe('no marks');
  });

  it('escapes a tag the words do not close, and leaves closed ones, lone less-than signs and code', () => {
    expect(escaped('the <dialog> element')).toBe('the \\<dialog> element');
    expect(escaped('press <kbd>Ctrl</kbd>, then <br /> and <Box/>')).toBe('press <kbd>Ctrl</kbd>, then <br /> and <Box/>');
    expect(escaped('a < b and <3 and `<dialog>`')).toBe('a < b and <3 and `<dialog>`');
    expect(escaped('<b>one</b> and <b>two')).toBe('\\<b>one\\</b> and \\<b>two');
    expect(escaped('a stray </div> here')).toBe('a stray \\</div> here');
    expect(escaped('<Activity mode="hidden">\nkept\n</Activity>')).toBe('<Activity mode="hidden">\nkept\n</Activity>');
  });
});
