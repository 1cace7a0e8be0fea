/**
 * Where a text stops being JSON: the offset of the first character a JSON parser cannot accept
 * (the text's length when it ends too early), or -1 when it is valid JSON. The engines' own
 * errors name a position only sometimes, and never in a form to show; this scanner is iterative,
 * so no nesting depth can overflow the stack.
 */
export function jsonErrorPosition(text: string): number {
  const stack: ('{' | '[')[] = [];
  let i = 0;
  // What may come next: a value, a key (or `}`), a `:`, or a `,`/closer after a value.
  let expect: 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after' = 'value';
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++;
  };
  const string = (): boolean => {
    i++;
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x22) {
        i++;
        return true;
      }
      if (c < 0x20) return false;
      if (c === 0x5c) {
        const e = text[i + 1] ?? '';
        if (e === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) return false;
          i += 6;
        } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
        else return false;
        continue;
      }
      i++;
    }
    return false;
  };
  for (;;) {
    ws();
    if (i >= text.length) return expect === 'after' && stack.length === 0 ? -1 : text.length;
    const ch = text[i] as string;
    if (expect === 'after') {
      if (stack.length === 0) return i;
      const top = stack.at(-1);
      if (ch === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
      } else if ((ch === '}' && top === '{') || (ch === ']' && top === '[')) {
        i++;
        stack.pop();
        expect = 'after';
      } else return i;
      continue;
    }
    if (expect === 'key' || expect === 'first-key') {
      if (ch === '}' && expect === 'first-key') {
        i++;
        stack.pop();
        expect = 'after';
        continue;
      }
      if (ch !== '"' || !string()) return i >= text.length ? text.length : i;
      expect = 'colon';
      continue;
    }
    if (expect === 'colon') {
      if (ch !== ':') return i;
      i++;
      expect = 'value';
      continue;
    }
    // A value.
    if (ch === ']' && expect === 'first-value') {
      i++;
      stack.pop();
      expect = 'after';
      continue;
    }
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      expect = ch === '{' ? 'first-key' : 'first-value';
      continue;
    }
    if (ch === '"') {
      const start = i;
      if (!string()) return i >= text.length ? text.length : Math.max(start, i);
      expect = 'after';
      continue;
    }
    const literal = /^(?:true|false|null|-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 400));
    if (!literal) return i;
    i += literal[0].length;
    expect = 'after';
  }
}

/** The 1-based line and column of an offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < offset; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
