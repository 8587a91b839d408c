#!/usr/bin/env node
// Serves the examples for `npm start` (after the build) and `npm run serve`:
//   /            → /examples/ (the index of example pages)
//   /examples/…  → examples/   (the pages and examples/data/)
//   /dist/…      → dist/       (the built library)
//   /api/spec/<area-code>.json → an area's spec, built from examples/data (scripts/example-routes.mjs)
// Nothing else in the repository is served. Plain Node 20, no dependencies; 127.0.0.1 only.
//
//   PORT=8081 node scripts/serve.mjs

import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { answerApi, headersFor } from './example-routes.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const HOST = '127.0.0.1';
const PORT = process.env.PORT === undefined || process.env.PORT === '' ? 8080 : Number(process.env.PORT);

/** URL prefixes and the folders they map to: the only places files are served from. */
const MOUNTS = [
  { prefix: '/examples/', dir: join(ROOT, 'examples') },
  { prefix: '/dist/', dir: join(ROOT, 'dist') },
];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.woff2': 'font/woff2',
};

const BASE_HEADERS = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };

/**
 * The file a URL path names, or undefined when it names nothing we serve. Decodes the path, then
 * checks that the resolved file (after following symbolic links) is inside one of the mounts, so
 * `..`, encoded `%2e%2e`, backslashes and links cannot reach the rest of the disk.
 */
export async function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  const mount = MOUNTS.find((m) => decoded.startsWith(m.prefix) || decoded === m.prefix.slice(0, -1));
  if (!mount) return undefined;
  let file = resolve(mount.dir, `.${decoded.slice(mount.prefix.length - 1)}`);
  if (file !== mount.dir && !file.startsWith(mount.dir + sep)) return undefined;
  try {
    let info = await stat(file);
    if (info.isDirectory()) {
      file = join(file, 'index.html');
      info = await stat(file);
    }
    if (!info.isFile()) return undefined;
    const real = await realpath(file);
    const realMount = await realpath(mount.dir);
    if (!real.startsWith(realMount + sep)) return undefined;
    return { file: real, size: info.size };
  } catch {
    return undefined;
  }
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, { ...BASE_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...headers });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

async function handle(request, response) {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Only GET and HEAD are served.\n', { Allow: 'GET, HEAD' });
    return;
  }
  let pathname;
  let search;
  try {
    ({ pathname, search } = new URL(request.url ?? '/', `http://${HOST}`));
  } catch {
    send(response, 400, 'Bad request.\n');
    return;
  }
  if (pathname === '/' || pathname === '/index.html') {
    send(response, 302, 'See /examples/\n', { Location: '/examples/' });
    return;
  }
  if (pathname === '/examples') {
    send(response, 301, 'See /examples/\n', { Location: '/examples/' });
    return;
  }

  const api = await answerApi(ROOT, pathname);
  if (api) {
    send(response, api.status, api.body, { 'Content-Type': api.type, ...api.headers });
    return;
  }

  const found = await fileFor(pathname);
  if (!found) {
    const hint = pathname.startsWith('/dist/') ? ' Run `npm run build` (or `npm start`) to build the library first.' : '';
    send(response, 404, `Not found: ${pathname}.${hint}\n`);
    return;
  }
  response.writeHead(200, {
    ...BASE_HEADERS,
    'Content-Type': TYPES[extname(found.file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Length': found.size,
    // Looked up by the file's own path, however the URL spelt it.
    ...headersFor(`/${relative(ROOT, found.file).split(sep).join('/')}`, search),
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(found.file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** The examples server (not yet listening): for `npm start` and for the server's own tests. */
export function createExampleServer() {
  return createServer((request, response) => {
    handle(request, response).catch((error) => {
      console.error(error);
      if (!response.headersSent) send(response, 500, 'The example server had a problem.\n');
      else response.destroy();
    });
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const server = createExampleServer();
  server.on('error', (error) => {
    console.error(error.code === 'EADDRINUSE' ? `Port ${PORT} is in use: try PORT=8081 npm run serve` : error.message);
    process.exit(1);
  });
  server.listen(PORT, HOST, () => {
    console.log(`wellbeing-widgets examples: http://${HOST}:${server.address().port}/`);
  });
}
