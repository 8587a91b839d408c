import { executeServerCommand } from '@web/test-runner-commands';

/** Turns forced colours (Windows High Contrast) on or off for the test page. */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
}

/** A system colour (`Canvas`, `CanvasText`, `Highlight`, …) as the browser resolves it in the current palette. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

/** The system colours a forced-colours check compares with, resolved in the forced palette. */
export interface ForcedPalette {
  canvas: string;
  canvasText: string;
  highlight: string;
}

/**
 * Runs `check` in forced colours (Windows High Contrast), emulated through the DevTools protocol:
 * turns them on, fails at once if the page does not see them (`forced-colors: active`), hands the
 * check the palette's system colours, and always turns them off again, even when the check fails,
 * so the next test is not drawn in forced colours.
 */
export async function withForcedColors<T>(check: (palette: ForcedPalette) => T | Promise<T>): Promise<T> {
  await startForcedColors();
  try {
    return await check({ canvas: systemColor('Canvas'), canvasText: systemColor('CanvasText'), highlight: systemColor('Highlight') });
  } finally {
    await emulateForcedColors(false);
  }
}

async function startForcedColors(): Promise<void> {
  await emulateForcedColors(true);
  if (!matchMedia('(forced-colors: active)').matches) {
    await emulateForcedColors(false);
    throw new Error('forced colours did not turn on (forced-colors: active does not match)');
  }
}

/** For a `describe` block whose every test runs in forced colours: on before each test (checked), off after each. */
export function forcedColorsInEachTest(): void {
  beforeEach(startForcedColors);
  afterEach(() => emulateForcedColors(false));
}

/** What a reader with JavaScript turned off gets from a page of the test server. */
export interface PageWithoutJavaScript {
  status: number;
  /** document.body.innerText: only what is rendered (nothing hidden). */
  text: string;
  /** True if the library defined its elements, which must not happen with JavaScript off. */
  scriptsRan: boolean;
  /** Puppeteer's accessibility snapshot (every node, including plain groups). */
  tree: { role: string; name?: string; children?: PageWithoutJavaScript['tree'][] };
}

/** Opens `path` (on the test server) in a new tab with JavaScript disabled, and reports what it shows. */
export async function openWithoutJavaScript(path: string): Promise<PageWithoutJavaScript> {
  return (await executeServerCommand('open-without-javascript', { path })) as PageWithoutJavaScript;
}

/** Serves `html` from the test server as a page of its own; returns its path. */
export async function pastePage(html: string): Promise<string> {
  const response = await fetch('/__pasted/', { method: 'POST', body: html });
  if (!response.ok) throw new Error(`could not store the page: ${response.status}`);
  return response.text();
}

/** Collects garbage in the test page and returns the JavaScript heap's used size in bytes. */
export async function heapAfterGc(): Promise<number> {
  return (await executeServerCommand('heap-after-gc')) as number;
}

/** A node of Chromium's accessibility tree, as `axTree` answers it (ignored nodes left out). */
export interface AXNode {
  role: string;
  name: string;
  description: string;
  /** ARIA states and properties Chromium reports (`expanded`, `focusable`, `level`, `live`…), as text. */
  properties: Record<string, string>;
  children: AXNode[];
}

/**
 * What a screen reader gets from the element matched by `selector` (in the light DOM): Chromium's
 * full accessibility tree below it, through the DevTools protocol (test/server/commands.mjs).
 */
export async function axTree(selector: string): Promise<AXNode> {
  const tree = (await executeServerCommand('ax-tree', { selector })) as AXNode | null;
  if (!tree) throw new Error(`no accessibility tree for ${selector}`);
  return tree;
}

/**
 * From now on, this test page's requests whose URL matches a pattern (`*` for any text) are answered
 * 404 (test/server/commands.mjs): a chunk of the library that cannot be downloaded. `[]` ends it
 * (call it in `after`; the next test file's requests go through anyway).
 */
export async function failRequests(patterns: string[]): Promise<void> {
  await executeServerCommand('fail-requests', { patterns });
}
