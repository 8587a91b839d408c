// Endpoints that misbehave on purpose, so loading errors are tested against a real server.
// A koa middleware for the test runner's own dev server (127.0.0.1), under /__fixtures/.

import { readFile } from 'node:fs/promises';

const wait = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

// A data service in the shape of the FingertipsNext API (/{indicator}/{area}.json), answering with
// the real responses in data/raw; it counts the requests for each path, so tests see what was asked.
const fingertipsAnswers = {
  '41101/E12000007': 'data/raw/fingertips/fingertipsnext_api_healthdata_benchmark_rag_response.json',
  '383/A84022': 'data/raw/fingertips/fingertipsnext_api_healthdata_benchmark_quintiles_response.json',
};
const requestCounts = new Map();

export async function fixturesMiddleware(context, next) {
  const url = new URL(context.url, 'http://127.0.0.1');
  if (!url.pathname.startsWith('/__fixtures/')) return next();
  const name = url.pathname.slice('/__fixtures/'.length);
  const param = (key, fallback) => url.searchParams.get(key) ?? fallback;
  const send = (status, type, body) => {
    context.status = status;
    context.type = type;
    context.body = body;
  };

  if (name.startsWith('status/')) {
    // ?error= answers like an API that explains itself in JSON.
    const error = url.searchParams.get('error');
    if (error !== null) return send(Number(name.slice('status/'.length)), 'application/json', JSON.stringify({ error }));
    return send(Number(name.slice('status/'.length)), 'text/plain', 'Something went wrong');
  }
  if (name === 'fingertips-api/requests') {
    // ?run= names one test's requests (its URLs carry the same ?run=).
    const run = param('run', '');
    const counts = Object.fromEntries([...requestCounts].filter(([key]) => key.endsWith(`?run=${run}`)).map(([key, n]) => [key.replace(/\?run=.*/, ''), n]));
    return send(200, 'application/json', JSON.stringify(counts));
  }
  if (name.startsWith('fingertips-api/')) {
    const key = `${name.slice('fingertips-api/'.length)}?run=${param('run', '')}`;
    requestCounts.set(key, (requestCounts.get(key) ?? 0) + 1);
    const [indicator, area] = name.slice('fingertips-api/'.length).replace(/\.json$/, '').split('/');
    // ?slow=<area>&ms= delays one area's answer, so a test can race two loads.
    if (param('slow', '') === area) await wait(Number(param('ms', '800')));
    const file = fingertipsAnswers[`${indicator}/${area}`];
    if (!file) return send(404, 'application/json', JSON.stringify({ error: `No data for indicator ${indicator} in area ${area}` }));
    return send(200, 'application/json', await readFile(file, 'utf8'));
  }
  if (name === 'redirect-loop') {
    // Sends the browser back to itself: fetch gives up after 20 redirects.
    context.status = 302;
    context.set('Location', `/__fixtures/redirect-loop?n=${Number(param('n', '0')) + 1}`);
    return;
  }
  if (name === 'html') return send(200, 'text/html', '<!doctype html><html><body><h1>Page not found</h1></body></html>');
  if (name === 'broken-json') return send(200, 'application/json', '{ "version": 1, "indicators": [ }');
  if (name === 'slow') {
    await wait(Number(param('ms', '2000')));
    return send(200, 'application/json', param('body', '{"version":1}'));
  }
  if (name === 'big') {
    // A valid JSON document of the asked size, to trip the size cap.
    const bytes = Number(param('bytes', '2048'));
    return send(200, 'application/json', JSON.stringify({ version: 1, padding: 'x'.repeat(Math.max(0, bytes - 30)) }));
  }
  if (name === 'echo') {
    // Serves the text given in ?body=, after ?delay= ms: lets a test race two loads.
    await wait(Number(param('delay', '0')));
    return send(200, param('type', 'application/json'), param('body', '{}'));
  }
  return send(404, 'text/plain', 'No such fixture');
}
