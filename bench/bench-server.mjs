// What the browser benches share: a static server on 127.0.0.1 for the repository's files with a few
// pages of their own, and Debian's Chromium started as the tests start it.
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';

const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json' };

/**
 * Serves `root`, and each of `pages` (`{ '/x.html': { type, body, csp? } }`) in place of a file.
 * Returns the server and its origin (`http://127.0.0.1:port`).
 */
export async function serveBench(root, pages = {}) {
  const server = createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    const page = pages[url.pathname];
    if (page) {
      res.writeHead(200, { 'content-type': page.type, ...(page.csp ? { 'content-security-policy': page.csp } : {}) });
      return void res.end(page.body);
    }
    const path = normalize(join(root, decodeURIComponent(url.pathname)));
    if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    res.end(readFileSync(path));
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/** Debian's Chromium, headless, with nothing reaching out to the network. */
export async function launchChromium() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/**
 * `contents` (a module importing the sources) bundled by esbuild, unminified so functions keep their
 * names in a profile, for a production page (`process.env.NODE_ENV`).
 */
export async function bundleUnminified(root, contents, loader = 'ts') {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents, resolveDir: root, loader },
    bundle: true,
    format: 'esm',
    write: false,
    minify: false,
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}
