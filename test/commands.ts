import { executeServerCommand } from '@web/test-runner-commands';

/** Turns forced colours (Windows High Contrast) on or off for the test page. */
export async function emulateForcedColors(active: boolean): Promise<void> {
  await executeServerCommand('emulate-forced-colors', { active });
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
