import { rolldown } from 'rolldown';
import type { Plugin } from 'vite';

interface EarlyScriptOptions {
  /** The early script's source (a classic script: no imports are left in the output). */
  entry: string;
  /** The page it opens (its path in the build, `src/popup/index.html`). */
  page: string;
  /** Where it is written in the build. */
  fileName: string;
  target: string;
}

/**
 * The popup's page, as the browser should load it: one classic script and its styles in the
 * page itself, nothing else to wait for. The page's own module (the application) is not named
 * by the page: the early script loads it (`data-app`) once the form shows.
 *
 * Vite builds modules only, so the early script is bundled here on its own, as one file.
 */
export function earlyScript({ entry, page, fileName, target }: EarlyScriptOptions): Plugin {
  return {
    name: 'digest-clipper:early-script',
    apply: 'build',
    async buildStart() {
      this.addWatchFile(entry);
      const bundle = await rolldown({
        input: entry,
        platform: 'browser',
        transform: { jsx: { runtime: 'automatic' }, target },
        logLevel: 'warn',
      });
      const { output } = await bundle.generate({ format: 'iife', minify: true });
      await bundle.close();
      this.emitFile({ type: 'asset', fileName, source: output[0].code });
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.path.endsWith(page)) return html;
        const app = /<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>\s*/.exec(html);
        if (!app) throw new Error(`${page}: no module script to hand to the early script`);
        let out = html.replace(app[0], '');
        // The styles in the page: painting waits on no other file. The link stays, disabled (the
        // browser does not fetch it), because the loader of the application's lazy chunks looks for
        // a stylesheet link to know the styles are there; finding none, it would load them again.
        out = out.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+)"[^>]*>/g, (link, file: string) => {
          const asset = ctx.bundle?.[file];
          return asset && asset.type === 'asset'
            ? `<style>${String(asset.source)}</style>\n    <link rel="stylesheet" href="/${file}" disabled>`
            : link;
        });
        return out.replace('</body>', `  <script src="/${fileName}" data-app="${app[1]}"></script>\n  </body>`);
      },
    },
  };
}
