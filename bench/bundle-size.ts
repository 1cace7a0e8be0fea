import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Measure } from './measure.ts';

/**
 * What a page loads before it is usable: its entry script and every chunk that script imports
 * statically, recursively (dynamic `import()` chunks load later), gzipped, in KB.
 */
export function bundleSizes(dist: string): Measure[] {
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as {
    action: { default_popup: string };
    options_ui: { page: string };
    background: { service_worker: string };
  };
  const fromHtml = (page: string): string[] =>
    [...readFileSync(join(dist, page), 'utf8').matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => resolveFrom(dist, page, m[1] as string));
  const measure = (name: string, entries: string[]): Measure => {
    const kb = round(totalGzip(entries) / 1024);
    return { name, value: kb, unit: 'KB', runs: 1, min: kb, max: kb };
  };
  // The popup's page names its early script only; the application it loads after the form shows
  // is measured on its own.
  const appOf = (page: string): string[] =>
    [...readFileSync(join(dist, page), 'utf8').matchAll(/<script[^>]+data-app="([^"]+)"/g)].map((m) => resolveFrom(dist, page, m[1] as string));
  return [
    measure('popup_js_gzip_kb', fromHtml(manifest.action.default_popup)),
    measure('popup_app_js_gzip_kb', appOf(manifest.action.default_popup)),
    measure('options_js_gzip_kb', fromHtml(manifest.options_ui.page)),
    measure('background_js_gzip_kb', [join(dist, manifest.background.service_worker)]),
  ];
}

function resolveFrom(dist: string, from: string, src: string): string {
  return src.startsWith('/') ? join(dist, src) : resolve(dirname(join(dist, from)), src);
}

function totalGzip(entries: string[]): number {
  const seen = new Set<string>();
  // Static imports only (`import … from "x"`, `import "x"`, `export … from "x"`), minified or not.
  const staticImport = /(?:^|[;\s}])(?:import|export)\s*(?:[^'"()]*?from\s*)?["']([^"']+\.js)["']/g;
  const visit = (file: string): void => {
    if (seen.has(file)) return;
    seen.add(file);
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(staticImport)) visit(resolve(dirname(file), m[1] as string));
  };
  entries.forEach(visit);
  return [...seen].reduce((sum, file) => sum + gzipSync(readFileSync(file)).length, 0);
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
