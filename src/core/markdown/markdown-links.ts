/** A link found in Markdown text, with where it stands. */
export interface FoundLink {
  url: string;
  /** Link text for `[text](url)`, `[text][ref]` and `<a href="url">text</a>`; '' for autolinks and bare URLs. */
  text: string;
  kind: 'autolink' | 'inline' | 'reference' | 'bare' | 'html';
  start: number;
  end: number;
}

/** Reference-style definitions (`[1]: http://…`), keyed by their lower-cased label. */
export type LinkDefinitions = ReadonlyMap<string, string>;

const DEFINITION = /^ {0,3}\[([^\]\n]+)\]:[ \t]*(<[^<>\n]*>|\S+)(?:[ \t]+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?[ \t]*$/;

export function parseLinkDefinition(line: string): { label: string; url: string } | undefined {
  const m = DEFINITION.exec(line);
  if (!m) return undefined;
  const label = m[1] as string;
  const url = unwrapDestination(m[2] as string);
  // A footnote (`[^vt]: Finally.`) is a note, as the digests' renderers read it (GitHub's, Hugo's,
  // kramdown), not a link to its word; one whose note is an address is that page's link (see isFootnote).
  if (label.startsWith('^') && !/^(?:[a-z][a-z0-9+.-]*:|www\.)/i.test(url)) return undefined;
  return { label: normalizeLabel(label), url };
}

export function isLinkDefinition(line: string): boolean {
  return parseLinkDefinition(line) !== undefined;
}

export function collectLinkDefinitions(lines: readonly string[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of lines) {
    const def = parseLinkDefinition(line);
    // CommonMark: the first definition of a label wins.
    if (def && !out.has(def.label)) out.set(def.label, def.url);
  }
  return out;
}

/** A label as CommonMark matches it: trimmed, inner white space one space, case folded. */
export function normalizeLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

function unwrapDestination(dest: string): string {
  const inner = dest.startsWith('<') && dest.endsWith('>') ? dest.slice(1, -1) : dest;
  return unescapeMarkdown(inner.trim());
}

function unescapeMarkdown(text: string): string {
  // Most text escapes nothing: no pattern run over it.
  return text.includes('\\') ? text.replace(/\\([!-/:-@[-`{-~])/g, '$1') : text;
}

// Bare URLs end at white space, angle brackets, quotes and CJK text or punctuation, which in
// this digest follow URLs without a space (`<url>，` or `url）`).
const BARE_URL_BODY = String.raw`[^\s<>"'\u2e80-\u9fff\uf900-\ufaff\uff01-\uff60\u3000-\u303f]+`;

/**
 * The longest link text read as one. CommonMark sets no bound, but `[\\[\\[\\[…` would cost a
 * scan to the end from every bracket; a bound keeps every scan linear in the text's length.
 */
export const LINK_TEXT_MAX = 1000;

/**
 * A link's bracketed text as the patterns that look at a line's shape read it (the scan below
 * reads it fully): escapes and brackets nested one deep included, `[\[RFC\] Box<[T]>]`.
 */
export const LINK_TEXT = String.raw`\[(?:[^[\]\\]|\\.|\[[^[\]]*\])*\]`;

const SCAN = new RegExp(
  [
    String.raw`<(?<auto>[a-zA-Z][a-zA-Z0-9+.\-]{1,31}:[^\s<>]*)>`,
    // A component of MDX (`<LinkCard href="…" title="…" />`), its name in PascalCase (a tag in
    // capitals, `<A HREF=…>`, is HTML's), its attributes over lines as JSX allows, bounded so the
    // scan stays linear.
    String.raw`<(?<component>[A-Z][a-z][\w.]*\s[^<>]{0,4000}?)\/?>`,
    // An HTML tag (`<img src=…>`, `<a href=…>`): its attributes are not links of the text.
    String.raw`<(?<tag>\/?[a-zA-Z][\w-]*(?:\s[^<>\n]*)?\/?)>`,
    // Link text may run over lines, as CommonMark allows.
    // A code span in it is read whole, brackets and all (`[Implement \`Box<[T]>\`](…)`); a
    // backtick that opens none is a character. Each backtick is read one way only, so the scan
    // stays linear.
    String.raw`(?<bang>!?)\[(?<text>(?:\`[^\`\n]*\`|\`(?![^\`\n]*\`)|[^\[\]\\\`]|\\.|\[[^\[\]\n]*\]){0,${LINK_TEXT_MAX}})\]` +
      String.raw`(?:\(\s*(?<dest><[^<>\n]*>|(?:[^\s()\\]|\\.|\((?:[^\s()\\]|\\.)*\))*)` +
      String.raw`(?:\s+(?:"[^"\n]*"|'[^'\n]*'|\([^()\n]*\)))?\s*\)|\[(?<ref>[^\[\]\n]*)\])?`,
    String.raw`(?<bare>(?:https?:\/\/|www\.)${BARE_URL_BODY})`,
  ].join('|'),
  'g',
);

/** The link a text ends with, nothing but marks and spaces after it (`… [Read more](…).`). */
export function endingLink(markdown: string, definitions: LinkDefinitions = new Map()): FoundLink | undefined {
  const last = extractLinks(markdown, definitions).at(-1);
  return last && !/[\p{L}\p{N}]/u.test(markdown.slice(last.end)) ? last : undefined;
}

/**
 * Every link in a piece of Markdown, in order: `<autolinks>`, `[inline](links)`, reference links
 * resolved through `definitions`, and bare URLs as GitHub-flavoured Markdown links them. Code
 * spans, HTML tags and images are skipped: an image is not a link, and never a published one
 * (a linked image, `[![alt](src)](url)`, links to `url`).
 */
export function extractLinks(markdown: string, definitions: LinkDefinitions = new Map()): FoundLink[] {
  const found: FoundLink[] = [];
  const spans = codeSpans(markdown);
  let span = 0;
  SCAN.lastIndex = 0;
  for (let m = SCAN.exec(markdown); m; m = SCAN.exec(markdown)) {
    const g = m.groups ?? {};
    const start = m.index;
    // Nothing inside code is a link: a match starting in a code span resumes after it.
    while (span < spans.length && (spans[span] as CodeSpan).end <= start) span++;
    const inCode = spans[span];
    if (inCode && inCode.start <= start) {
      SCAN.lastIndex = inCode.end;
      continue;
    }
    if (g.component !== undefined) {
      // A card linking its page by an attribute (`href`, `link`, `url`), its title by another.
      const page = componentPage(componentAttributes(g.component));
      if (page) found.push({ url: page.url, text: page.title, kind: 'html', start, end: start + m[0].length });
      continue;
    }
    if (g.tag !== undefined) {
      // An HTML link, `<a href="url">text</a>` (newsletters exported with their HTML): its
      // address and words; any other tag's attributes are not links of the text.
      const anchor = htmlAnchor(markdown, start, g.tag);
      if (anchor) {
        found.push(anchor);
        SCAN.lastIndex = anchor.end;
      }
      continue;
    }
    if (g.auto !== undefined) {
      found.push({ url: g.auto, text: '', kind: 'autolink', start, end: start + m[0].length });
      continue;
    }
    if (g.text !== undefined) {
      const text = unescapeMarkdown(g.text);
      let url: string | undefined;
      let kind: FoundLink['kind'] = 'inline';
      if (g.dest !== undefined) {
        url = unwrapDestination(g.dest);
      } else {
        kind = 'reference';
        const label = g.ref === undefined || g.ref === '' ? g.text : g.ref;
        url = definitions.get(normalizeLabel(label));
      }
      if (url) {
        if (g.bang !== '!') found.push({ url, text, kind, start, end: start + m[0].length });
      } else {
        // Not a link after all (`[DreamCompute]()` or `[x]` with no definition): look inside it.
        SCAN.lastIndex = start + 1 + (g.bang ?? '').length;
      }
      continue;
    }
    if (g.bare !== undefined) {
      const url = trimBareUrl(g.bare);
      const end = start + url.length;
      found.push({
        url: unescapeMarkdown(url.startsWith('www.') ? `http://${url}` : url),
        text: '',
        kind: 'bare',
        start,
        end,
      });
      SCAN.lastIndex = end;
    }
  }
  return found;
}

const HREF = /^a\s(?:[^<>]*?\s)?href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/i;
const ANCHOR_CLOSE = /<\/a\s*>/i;

/** An `<a href>` tag's link, up to its closing tag on the same text; undefined for other tags. */
function htmlAnchor(markdown: string, start: number, tag: string): FoundLink | undefined {
  const href = HREF.exec(tag);
  if (!href) return undefined;
  const open = start + tag.length + 2;
  // Looked for within the bound on link text, so unclosed tags cannot make the scan quadratic.
  const close = ANCHOR_CLOSE.exec(markdown.slice(open, open + LINK_TEXT_MAX + 8));
  if (!close) return undefined;
  const text = decodeEntities(markdown.slice(open, open + close.index).replace(/<[^<>]*>/g, '')).trim();
  return { url: decodeEntities((href[1] ?? href[2] ?? href[3] ?? '').trim()), text, kind: 'html', start, end: open + close.index + close[0].length };
}

/** The attributes of a component naming its page's address and its title, most used names first. */
const COMPONENT_LINK_ATTRIBUTES = ['href', 'link', 'url'];
const COMPONENT_TITLE_ATTRIBUTES = ['title', 'label', 'name'];

/** A component's attributes with a written value (`name="value"`, `name='value'`), by name. */
export function componentAttributes(component: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of component.matchAll(/(?<=\s)([A-Za-z_][\w-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out.set((m[1] as string).toLowerCase(), decodeEntities(m[2] ?? m[3] ?? ''));
  return out;
}

/** The first of `names` a component's attributes give a value, if any. */
export function firstAttribute(attributes: ReadonlyMap<string, string>, names: readonly string[]): string | undefined {
  return names.map((name) => attributes.get(name)?.trim()).find((value) => value !== undefined && value !== '');
}

/** The page a component links by an attribute holding a web address, with the title another gives it. */
export function componentPage(attributes: ReadonlyMap<string, string>): { url: string; title: string } | undefined {
  const url = COMPONENT_LINK_ATTRIBUTES.map((name) => attributes.get(name)?.trim()).find((value) => value !== undefined && /^https?:\/\//i.test(value));
  return url === undefined ? undefined : { url, title: firstAttribute(attributes, COMPONENT_TITLE_ATTRIBUTES) ?? '' };
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** The few character references addresses and link words carry: `&amp;`, `&#39;`, `&#x2F;`. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|([a-z]{2,6}));/gi, (whole, dec: string | undefined, hex: string | undefined, name: string | undefined) => {
    const code = dec !== undefined ? Number(dec) : hex !== undefined ? parseInt(hex, 16) : undefined;
    if (code !== undefined) return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    return ENTITIES[(name as string).toLowerCase()] ?? whole;
  });
}

export interface CodeSpan {
  start: number;
  end: number;
}

/**
 * The code spans of a text, in order: a run of n backticks up to the next run of exactly n
 * (CommonMark); a run with no partner is literal. Linear, where a regular expression with a
 * backreference would try every run against every later one.
 */
export function codeSpans(text: string): CodeSpan[] {
  const runs: CodeSpan[] = [];
  for (let i = text.indexOf('`'); i !== -1; i = text.indexOf('`', i)) {
    let j = i;
    while (text.charCodeAt(j) === 96) j++;
    runs.push({ start: i, end: j });
    i = j;
  }
  // For each run, the next one of the same length.
  const next = new Array<number>(runs.length).fill(-1);
  const seen = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const run = runs[k] as CodeSpan;
    const length = run.end - run.start;
    next[k] = seen.get(length) ?? -1;
    seen.set(length, k);
  }
  const spans: CodeSpan[] = [];
  for (let k = 0; k < runs.length; k++) {
    const close = next[k] as number;
    if (close === -1) continue;
    spans.push({ start: (runs[k] as CodeSpan).start, end: (runs[close] as CodeSpan).end });
    k = close;
  }
  return spans;
}

/** GitHub's rule: trailing punctuation and an unbalanced `)` are not part of a bare URL. */
function trimBareUrl(url: string): string {
  let out = url;
  for (;;) {
    const last = out.at(-1) ?? '';
    if ('?!.,:*_~\'";'.includes(last) && !out.endsWith('\\' + last)) {
      out = out.slice(0, -1);
      continue;
    }
    if (last === ')') {
      const opens = out.split('(').length - 1;
      const closes = out.split(')').length - 1;
      if (closes > opens) {
        out = out.slice(0, -1);
        continue;
      }
    }
    return out;
  }
}

/** A line that holds nothing but one link, optionally after a label such as `BP：` or `source: `. */
export interface LinkLine {
  label: string;
  url: string;
  text: string;
}

// A label is a short name before a colon, not a sentence: no CJK sentence punctuation. The
// colon may stand inside the label's bold (`**Link:** https://…`). Or an arrow pointing at the
// link (`→ [Read more](…)`, `👉 https://…`).
const LABEL = /^[ \t]*((?:(?!https?:\/\/)[^<[\n，。；！？、]){0,80}?[:：](?:\*\*|__)?[ \t]*|[→➡➜⇒»👉🔗↗][\ufe0f]?[ \t]+)?/u;

export function parseLinkLine(line: string, definitions: LinkDefinitions = new Map()): LinkLine | undefined {
  const trimmed = line.replace(/(?<![ \t])[ \t]+$/, '');
  const labelMatch = LABEL.exec(trimmed);
  const label = labelMatch?.[1] ?? '';
  const restStart = labelMatch ? labelMatch[0].length : 0;
  const rest = trimmed.slice(restStart);
  if (rest === '') return undefined;
  const links = extractLinks(rest, definitions);
  const only = links[0];
  if (links.length !== 1 || !only || only.start !== 0 || only.end !== rest.length) return undefined;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(only.url)) return undefined;
  return { label, url: only.url, text: only.text };
}
