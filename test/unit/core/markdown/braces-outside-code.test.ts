import { describe, expect, it } from 'vitest';
import { bracesOutsideCode } from '../../../../src/core/markdown/braces-outside-code.ts';

const escaped = (text: string): string => bracesOutsideCode(text, (brace) => `\\${brace}`);

describe('bracesOutsideCode', () => {
  it('escapes braces in words, not in code spans, fenced code or where already escaped', () => {
    expect(escaped('and {children} too')).toBe('and \\{children\\} too');
    expect(escaped('`{...props}` and {x}')).toBe('`{...props}` and \\{x\\}');
    expect(escaped('``a ` {b}`` {c}')).toBe('``a ` {b}`` \\{c\\}');
    expect(escaped('\\{kept\\} and \\\\{x}')).toBe('\\{kept\\} and \\\\\\{x\\}');
    expect(escaped('{a}\n```js\nconst o = {a};\n```\n{b}')).toBe('\\{a\\}\n```js\nconst o = {a};\n```\n\\{b\\}');
    expect(escaped('an unclosed ` {x}')).toBe('an unclosed ` \\{x\\}');
    expect(escaped('no braces')).toBe('no braces');
  });
});
