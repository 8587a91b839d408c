// Test-runner commands the stock plugins lack: emulating forced colours (Windows High Contrast)
// through the DevTools protocol, so forced-colours styles are tested in the real cascade.
// Puppeteer's emulateMediaFeatures rejects 'forced-colors'; the protocol itself accepts it. The
// session is kept per page: emulation ends when the session that set it detaches.
const sessions = new WeakMap();

export function forcedColorsPlugin() {
  return {
    name: 'wellbeing-forced-colors',
    async executeCommand({ command, payload, session }) {
      if (command !== 'emulate-forced-colors') return undefined;
      const page = session.browser.getPage(session.id);
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      await client.send('Emulation.setEmulatedMedia', {
        features: [{ name: 'forced-colors', value: payload?.active ? 'active' : 'none' }],
      });
      return true;
    },
  };
}

/**
 * `heap-after-gc`: collects garbage in the test page (DevTools protocol) and answers the JavaScript
 * heap's used size in bytes, for leak tests (test/elements/shared/leaks.ts).
 */
export function heapPlugin() {
  return {
    name: 'wellbeing-heap',
    async executeCommand({ command, session }) {
      if (command !== 'heap-after-gc') return undefined;
      const page = session.browser.getPage(session.id);
      let client = sessions.get(page);
      if (!client) {
        client = await page.createCDPSession();
        sessions.set(page, client);
      }
      await client.send('HeapProfiler.collectGarbage');
      await client.send('HeapProfiler.collectGarbage');
      const { usedSize } = await client.send('Runtime.getHeapUsage');
      return usedSize;
    },
  };
}
