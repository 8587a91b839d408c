// Tests of the examples server (scripts/serve.mjs) in Node: `node --test test/examples/`.
// (The browser tests in this folder cover the pages; these cover what the server itself promises.)
import assert from 'node:assert/strict';
import { request } from 'node:http';
import { after, before, describe, it } from 'node:test';
import { createExampleServer } from '../../scripts/serve.mjs';

let server;
let port;

/** A raw GET (or other method) that keeps the path exactly as written, `..` and all. */
function get(path, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('scripts/serve.mjs', () => {
  before(async () => {
    server = createExampleServer();
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = server.address().port;
  });
  after(() => new Promise((resolve) => server.close(resolve)));

  it('sends / to the examples index', async () => {
    const root = await get('/');
    assert.equal(root.status, 302);
    assert.equal(root.headers.location, '/examples/');
    const index = await get('/examples/');
    assert.equal(index.status, 200);
    assert.match(index.headers['content-type'], /^text\/html/);
    assert.match(index.body, /<h1>Examples<\/h1>/);
  });

  it('serves example data with the right content types', async () => {
    const json = await get('/examples/data/walsall-wwof.json');
    assert.equal(json.status, 200);
    assert.match(json.headers['content-type'], /^application\/json/);
    assert.equal(JSON.parse(json.body).framework.id, 'walsall-wwof');
    const csv = await get('/examples/data/ons-wellbeing.csv');
    assert.match(csv.headers['content-type'], /^text\/csv/);
    const css = await get('/examples/examples.css');
    assert.match(css.headers['content-type'], /^text\/css/);
    const js = await get('/examples/council.js');
    assert.match(js.headers['content-type'], /^text\/javascript/);
    assert.equal(js.headers['x-content-type-options'], 'nosniff');
  });

  it('serves nothing outside examples/ and dist/, however the path is spelt', async () => {
    for (const path of [
      '/package.json',
      '/examples/../package.json',
      '/examples/%2e%2e/package.json',
      '/examples/%2E%2E/%2E%2E/etc/passwd',
      '/examples/..%2fpackage.json',
      '/examples/..%5cpackage.json',
      '/dist/../scripts/serve.mjs',
      '/examples/%00',
      '/examples/%E0%A4%A',
      '/node_modules/lit/package.json',
      '/.git/config',
    ]) {
      const answer = await get(path);
      assert.ok(answer.status === 404 || answer.status === 400, `${path} answered ${answer.status}`);
      assert.doesNotMatch(answer.body, /"name": "wellbeing-widgets"|\[core\]|root:/, path);
    }
  });

  it('lists no directories', async () => {
    const answer = await get('/examples/data/');
    assert.equal(answer.status, 404);
  });

  it("serves the CSP page with script-src 'self', and other pages without a policy", async () => {
    const csp = await get('/examples/csp.html');
    assert.equal(csp.status, 200);
    assert.equal(csp.headers['content-security-policy'], "script-src 'self'");
    const spelt = await get('/examples/%63sp.html');
    assert.equal(spelt.headers['content-security-policy'], "script-src 'self'");
    const strict = await get('/examples/csp.html?policy=strict');
    assert.match(strict.headers['content-security-policy'], /default-src 'self'; script-src 'self'; style-src 'self'/);
    const other = await get('/examples/council.html');
    assert.equal(other.headers['content-security-policy'], undefined);
  });

  it('builds an area spec on request, and answers 404 in JSON for an unknown area', async () => {
    const walsall = await get('/api/spec/E08000030.json');
    assert.equal(walsall.status, 200);
    const spec = JSON.parse(walsall.body);
    assert.deepEqual(
      spec.areas.map((a) => a.code),
      ['E08000030', 'E12000005', 'E92000001'],
    );
    const unknown = await get('/api/spec/E08000099.json');
    assert.equal(unknown.status, 404);
    assert.match(unknown.headers['content-type'], /^application\/json/);
    assert.match(JSON.parse(unknown.body).error, /E08000099/);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('/examples/index.html', 'HEAD');
    assert.equal(head.status, 200);
    assert.equal(head.body, '');
    assert.ok(Number(head.headers['content-length']) > 0);
    const post = await get('/examples/index.html', 'POST');
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, 'GET, HEAD');
  });

  it('says how to build when dist/ is asked for and missing', async () => {
    const answer = await get('/dist/no-such-file.js');
    assert.equal(answer.status, 404);
    assert.match(answer.body, /npm run build/);
  });
});
