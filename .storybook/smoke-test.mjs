#!/usr/bin/env node
// Opens every story of the static Storybook build in Chromium and fails when one throws, or leaves an
// element neither drawn, nor explaining an error, nor (in a loading or waiting story) holding its place.
//
//   npm run build-storybook && node .storybook/smoke-test.mjs [storybook-static]
//
// Uses puppeteer-core (installed with @web/test-runner-chrome) and the same Chromium as the tests.

import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import puppeteer from 'puppeteer-core';

const root = resolve(process.argv[2] ?? 'storybook-static');
const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/json',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.csv': 'text/csv',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
};

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://127.0.0.1').pathname);
  const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`);
  if (!file.startsWith(root + sep)) return void response.writeHead(404).end();
  try {
    const body = await readFile(file);
    // Cacheable, so the next story's page takes the bundle from the browser's cache instead of asking again.
    response
      .writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' })
      .end(body);
  } catch {
    response.writeHead(404).end('Not found');
  }
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const browser = await puppeteer.launch({
  executablePath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
});

// One page for every story: each story is its own `iframe.html?id=…` (no manager UI), opened in turn in
// the same tab. The server lets the browser keep the bundle, so only the first story fetches it.
const page = await browser.newPage();
await page.setViewport({ width: 1200, height: 900 });
let errors = [];
page.on('pageerror', (error) => errors.push(error.message));

const failures = [];
for (const story of stories) {
  errors = [];
  const allowedWaiting = /loading|waiting/i.test(`${story.id} ${story.name}`);
  // `a11y.manual`: the a11y addon does not run axe after each story here. Its findings only go to the
  // addon's panel (never thrown, never checked by this test); the a11y tests do the accessibility checks.
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=a11y.manual:!true`, { waitUntil: 'domcontentloaded', timeout: 60000 });
  // Wait until the story is on the page and every element has settled: drawn, or explaining an error, or
  // (in a loading or waiting story) holding its place. No idle timers: it looks every 50 ms, at most 30 s.
  const { states, storybookError } = await page.evaluate(async (allowedWaiting) => {
    const deep = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
    const stateOf = (el) => {
      const shadow = el.shadowRoot;
      if (!shadow) return 'not defined';
      if (shadow.querySelector('[role="alert"]')) return 'error';
      if (shadow.querySelector('svg')) return 'drawn';
      if (shadow.querySelector('[part~="placeholder"]')) return el.getAttribute('aria-busy') === 'true' ? 'loading' : 'waiting';
      return 'empty';
    };
    const settled = (state) => state === 'drawn' || state === 'error' || (allowedWaiting && (state === 'loading' || state === 'waiting'));
    const started = performance.now();
    for (;;) {
      // Storybook shows its own error page when a story throws while rendering.
      const storybookError = document.body.classList.contains('sb-show-errordisplay')
        ? (document.querySelector('#error-message')?.textContent ?? 'the story failed to render').trim()
        : '';
      const elements = deep(document).filter((el) => /^(wellbeing-wheel|indicator-trend|inequality-gap|area-map|wellbeing-chart)$/.test(el.localName));
      const states = elements.map((el) => ({ tag: el.localName, state: stateOf(el) }));
      // An empty page is not settled: the story may not be rendered yet (every story holds at least one element).
      if (storybookError || (states.length > 0 && states.every((s) => settled(s.state))) || performance.now() - started > 30000) {
        return { states, storybookError };
      }
      await new Promise((done) => setTimeout(done, 50));
    }
  }, allowedWaiting);
  if (storybookError) errors.push(`Storybook error page: ${storybookError}`);
  const stuck = states.filter((s) => !(s.state === 'drawn' || s.state === 'error' || (allowedWaiting && (s.state === 'loading' || s.state === 'waiting'))));
  const line = `${story.id}: ${states.map((s) => `${s.tag} ${s.state}`).join(', ') || 'no elements'}`;
  if (errors.length || stuck.length) failures.push(`${line}${errors.length ? ` — errors: ${errors.join('; ')}` : ''}`);
  console.log(`${errors.length || stuck.length ? 'FAIL' : 'ok  '} ${line}`);
}

await browser.close();
server.close();
console.log(`\n${stories.length - failures.length} passed, ${failures.length} failed`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
