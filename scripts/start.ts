import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

// `npm start`: Chromium with the built extension, a fresh profile and an example article.
// Extra arguments go to Chromium (`npm start -- --headless=new` checks it starts without a display).
const root = resolve(import.meta.dirname, '..');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'manifest.json'))) throw new Error('No build in dist/: run npm run build first.');
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
const chromium = candidates.find((p): p is string => !!p && existsSync(p));
if (!chromium) throw new Error('Chromium not found: install Debian\'s chromium package or set CHROMIUM_PATH.');

const article = readFileSync(join(root, 'scripts/example-article.html'));
const server = createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
  res.end(article);
});
await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/example-article.html`;

const profile = mkdtempSync(join(tmpdir(), 'digest-clipper-profile-'));
const args = [
  `--user-data-dir=${profile}`,
  `--disable-extensions-except=${dist}`,
  `--load-extension=${dist}`,
  '--no-first-run',
  '--no-default-browser-check',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
  ...process.argv.slice(2),
  url,
];
console.log(`Chromium with Digest Clipper from dist/, fresh profile ${profile}\nExample article: ${url}`);
const child = spawn(chromium, args, { stdio: ['ignore', 'inherit', 'inherit'] });
const finish = (): void => {
  server.close();
  rmSync(profile, { recursive: true, force: true });
};
child.on('exit', (code) => {
  finish();
  process.exit(code ?? 0);
});
process.on('SIGINT', () => child.kill('SIGINT'));
