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
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body);
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

const failures = [];
for (const story of stories) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1200, height: 900 });
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'networkidle0', timeout: 60000 });
  // Wait until every element has settled (or 15 s).
  const states = await page.evaluate(async () => {
    const deep = (node) => [...node.querySelectorAll('*')].flatMap((el) => [el, ...(el.shadowRoot ? deep(el.shadowRoot) : [])]);
    const stateOf = (el) => {
      const shadow = el.shadowRoot;
      if (!shadow) return 'not defined';
      if (shadow.querySelector('[role="alert"]')) return 'error';
      if (shadow.querySelector('svg')) return 'drawn';
      if (shadow.querySelector('[part~="placeholder"]')) return el.getAttribute('aria-busy') === 'true' ? 'loading' : 'waiting';
      return 'empty';
    };
    const started = performance.now();
    for (;;) {
      const elements = deep(document).filter((el) => /^(wellbeing-wheel|indicator-trend|inequality-gap|area-map|wellbeing-chart)$/.test(el.localName));
      const states = elements.map((el) => ({ tag: el.localName, state: stateOf(el) }));
      if (states.every((s) => s.state === 'drawn' || s.state === 'error') || performance.now() - started > 15000) return states;
      await new Promise((done) => setTimeout(done, 100));
    }
  });
  const allowedWaiting = /loading|waiting/i.test(`${story.id} ${story.name}`);
  const stuck = states.filter((s) => !(s.state === 'drawn' || s.state === 'error' || (allowedWaiting && (s.state === 'loading' || s.state === 'waiting'))));
  const line = `${story.id}: ${states.map((s) => `${s.tag} ${s.state}`).join(', ') || 'no elements'}`;
  if (errors.length || stuck.length) failures.push(`${line}${errors.length ? ` — errors: ${errors.join('; ')}` : ''}`);
  console.log(`${errors.length || stuck.length ? 'FAIL' : 'ok  '} ${line}`);
  await page.close();
}

await browser.close();
server.close();
console.log(`\n${stories.length - failures.length} passed, ${failures.length} failed`);
if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
