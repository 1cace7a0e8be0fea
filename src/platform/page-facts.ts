import type { FactsAsked, RawPageFacts } from '../core/page/page-facts.ts';
import { nativeBrowser as browser } from './native-browser.ts';

/**
 * Runs in the page, at the editor's click only: self-contained (it is sent to the page as source
 * text), reading the selection and what the page's head says about it. Nothing else is read.
 */
function collectPageFacts(countWords: boolean): RawPageFacts {
  const meta = (selector: string): string | undefined => document.querySelector<HTMLMetaElement>(selector)?.content || undefined;
  const canonical = document.querySelector<HTMLLinkElement>('link[rel~="canonical"]')?.href || undefined;
  const times = [meta('meta[property="article:published_time"]'), meta('meta[name="article:published_time"]'), document.querySelector('time[datetime]')?.getAttribute('datetime') ?? undefined].filter(
    (t): t is string => t !== undefined,
  );
  const jsonLd = [...document.querySelectorAll('script[type="application/ld+json"]')].slice(0, 10).map((s) => (s.textContent ?? '').slice(0, 100_000));
  // The page's text, for how long it takes to read: its one article where it has one (not its
  // menus and comments), else its main part, else all of it; counted here, not sent.
  const articles = document.querySelectorAll('article');
  const root = articles.length === 1 ? articles[0] : (document.querySelector('main') ?? document.body);
  const text = countWords ? (root?.innerText ?? '').slice(0, 5_000_000) : '';
  const ideographs = text.replace(/[^\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/gu, '').length;
  // (Split, not matched word by word: a long run of marks with no letter would be tried from each of its characters.)
  const words = text.split(/[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  return {
    selection: String(window.getSelection() ?? '').slice(0, 10_000),
    canonical,
    title: document.title,
    ogTitle: meta('meta[property="og:title"]'),
    siteName: meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    description: meta('meta[property="og:description"]') ?? meta('meta[name="description"]'),
    publishedTimes: times,
    jsonLd,
    author: meta('meta[name="author"]') ?? meta('meta[property="article:author"]'),
    image:
      meta('meta[property="og:image"]') ??
      meta('meta[property="og:image:url"]') ??
      meta('meta[name="twitter:image"]') ??
      meta('meta[property="twitter:image"]') ??
      (document.querySelector<HTMLLinkElement>('link[rel~="image_src"]')?.getAttribute('href') || undefined),
    ...(countWords ? { words, ideographs } : {}),
  };
}

/**
 * What the page in a tab says about itself, or undefined where the page may not be read (a
 * browser page, the web store, a page that refuses scripts) or the browser has not granted it.
 */
export async function readPageFacts(tabId: number, asked: FactsAsked = { words: false }): Promise<RawPageFacts | undefined> {
  try {
    const [result] = await browser.scripting.executeScript({ target: { tabId }, func: collectPageFacts, args: [asked.words] });
    return (result?.result as RawPageFacts | undefined) ?? undefined;
  } catch {
    return undefined;
  }
}
