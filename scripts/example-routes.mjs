// Routes the examples need beyond static files, shared by `npm start` (scripts/serve.mjs) and the
// test runner (test/server/examples.mjs), so the tests exercise what a person sees:
//   - the Content Security Policy header of the CSP example page;
//   - /api/spec/<area-code>.json: an area's spec, built on request from examples/data/.
// Plain Node 20 ESM, no dependencies.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The policy of examples/csp.html: scripts from the page's own origin only (no inline script, no eval). */
export const EXAMPLE_CSP = "script-src 'self'";

/**
 * A stricter policy, as many councils run: everything from the page's own origin only, no inline
 * styles either, no plugins, no <base>. `csp.html?policy=strict` is served with it.
 */
export const STRICT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

/**
 * Trusted Types enforced: DOM sinks such as innerHTML accept only values made by a named policy.
 * Lit makes one policy, `lit-html`; nothing else in the library writes markup.
 * `csp.html?policy=trusted-types` is served with it.
 */
export const TRUSTED_TYPES_CSP = "script-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/**
 * Both at once, as the strictest councils run: everything from the page's own origin, no inline
 * styles, and Trusted Types enforced. `csp.html?policy=strict-trusted-types` and
 * `charts.html?policy=strict-trusted-types` are served with it.
 */
export const STRICT_TRUSTED_TYPES_CSP = `${STRICT_CSP}; require-trusted-types-for 'script'; trusted-types lit-html`;

const POLICIES = { strict: STRICT_CSP, 'trusted-types': TRUSTED_TYPES_CSP, 'strict-trusted-types': STRICT_TRUSTED_TYPES_CSP };

/** Extra headers for a URL path and query (none for most pages). */
export function headersFor(pathname, search = '') {
  // The builder page runs under the strict policy: its JavaScript is a module file beside it.
  if (pathname === '/examples/builder.html') return { 'Content-Security-Policy': STRICT_CSP };
  // The <wellbeing-chart> page shows authors' charts drawing under the strict policy.
  // `charts.html?policy=strict-trusted-types` adds Trusted Types (vega-embed clears its container).
  const variant = new URLSearchParams(search).get('policy');
  if (pathname === '/examples/charts.html') return { 'Content-Security-Policy': variant === 'strict-trusted-types' ? STRICT_TRUSTED_TYPES_CSP : STRICT_CSP };
  if (pathname !== '/examples/csp.html') return {};
  return { 'Content-Security-Policy': POLICIES[variant] ?? EXAMPLE_CSP };
}

export const SPEC_ROUTE = /^\/api\/spec\/([^/]*)\.json$/;

// The region each local authority in the example data belongs to (ONS geography), so an area's
// spec can compare it with its region as well as England.
const REGION_OF = {
  E08000030: 'E12000005', // Walsall: West Midlands
  E06000047: 'E12000001', // County Durham: North East
  E09000019: 'E12000007', // Islington: London
};
const ENGLAND = 'E92000001';

async function readExample(rootDir, name) {
  return JSON.parse(await readFile(join(rootDir, 'examples', 'data', name), 'utf8'));
}

/**
 * Builds a spec for one area from the example data: the ONS4 personal wellbeing measures (with the
 * ONS4 framework, so a wheel can draw it) and, where the area has them, life expectancy by sex.
 * The area is compared with its region (for the three local authorities) and England.
 * Returns undefined when the example data has no such area.
 */
export async function buildAreaSpec(rootDir, code) {
  const [wellbeing, lifeExpectancy, islington] = await Promise.all([
    readExample(rootDir, 'ons-wellbeing.json'),
    readExample(rootDir, 'life-expectancy.json'),
    readExample(rootDir, 'islington.json'),
  ]);
  const knownAreas = new Map([...wellbeing.areas, ...lifeExpectancy.areas].map((a) => [a.code, a]));
  const area = knownAreas.get(code);
  if (!area) return undefined;

  const codes = [...new Set([code, REGION_OF[code], ENGLAND].filter((c) => c && knownAreas.has(c)))];
  const keep = (rows) => rows.filter((row) => codes.includes(row.area));
  const data = [...keep(wellbeing.data), ...keep(lifeExpectancy.data)];
  const used = new Set(data.map((row) => row.indicator));
  const indicators = [...wellbeing.indicators, ...lifeExpectancy.indicators].filter((i) => used.has(i.id));
  const hasLifeExpectancy = data.some((row) => row.area === code && row.indicator.startsWith('life-expectancy'));

  return {
    version: 1,
    title: `Personal wellbeing${hasLifeExpectancy ? ' and life expectancy' : ''}: ${area.name}`,
    source: wellbeing.source,
    lang: 'en',
    note:
      `Built on request by the example server (scripts/example-routes.mjs) from examples/data/ons-wellbeing.json` +
      `${hasLifeExpectancy ? ' and examples/data/life-expectancy.json' : ''}: the rows for ${codes
        .map((c) => knownAreas.get(c).name)
        .join(', ')}, as published. The framework is the ONS4 set (examples/data/islington.json).`,
    framework: islington.framework,
    areas: codes.map((c) => knownAreas.get(c)),
    benchmark: ENGLAND,
    indicators,
    data,
  };
}

/** The areas an endpoint request may name, for the 404 answer. */
export async function knownAreaCodes(rootDir) {
  const [wellbeing, lifeExpectancy] = await Promise.all([
    readExample(rootDir, 'ons-wellbeing.json'),
    readExample(rootDir, 'life-expectancy.json'),
  ]);
  return [...new Map([...wellbeing.areas, ...lifeExpectancy.areas].map((a) => [a.code, a.name]))].map(([code, name]) => ({ code, name }));
}

/**
 * Answers an API request, or returns undefined when the path is not an API route.
 * The answer: { status, body (text), type, headers }.
 */
export async function answerApi(rootDir, pathname) {
  const match = SPEC_ROUTE.exec(pathname);
  if (!match) return undefined;
  let code;
  try {
    code = decodeURIComponent(match[1]);
  } catch {
    code = match[1];
  }
  const spec = /^[A-Za-z0-9]{1,20}$/.test(code) ? await buildAreaSpec(rootDir, code) : undefined;
  if (spec) return json(200, spec);
  const areas = await knownAreaCodes(rootDir);
  return json(404, {
    error: `There is no area with the code "${code.slice(0, 40)}" in the example data.`,
    areas,
  });
}

function json(status, value) {
  return {
    status,
    body: JSON.stringify(value),
    type: 'application/json; charset=utf-8',
    headers: { 'Cache-Control': 'no-cache' },
  };
}
