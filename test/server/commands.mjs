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

/**
 * `ax-tree`: what a screen reader gets from one part of the page: Chromium's full accessibility tree
 * (DevTools protocol `Accessibility.getFullAXTree`, nothing pruned as "uninteresting", unlike
 * puppeteer's snapshot) below the element matched by `payload.selector` (in the light DOM; shadow
 * roots are crossed in the tree). Ignored nodes are left out and their children lifted; each node is
 * `{ role, name, description, properties, children }`.
 */
export function axTreePlugin() {
  return {
    name: 'wellbeing-ax-tree',
    async executeCommand({ command, payload, session }) {
      if (command !== 'ax-tree') return undefined;
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      try {
        await client.send('DOM.enable');
        await client.send('Accessibility.enable');
        const { root } = await client.send('DOM.getDocument', { depth: 0 });
        const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector: payload.selector });
        if (!nodeId) throw new Error(`ax-tree: nothing matches ${payload.selector}`);
        const { node } = await client.send('DOM.describeNode', { nodeId });
        const { nodes } = await client.send('Accessibility.getFullAXTree');
        const byId = new Map(nodes.map((n) => [n.nodeId, n]));
        const start = nodes.find((n) => n.backendDOMNodeId === node.backendNodeId);
        if (!start) throw new Error(`ax-tree: ${payload.selector} has no accessibility node`);
        const value = (v) => (v && v.value !== undefined ? String(v.value) : '');
        const walk = (n) => {
          const children = (n.childIds ?? []).flatMap((id) => {
            const child = byId.get(id);
            return child ? walk(child) : [];
          });
          if (n.ignored) return children;
          const properties = Object.fromEntries((n.properties ?? []).map((p) => [p.name, value(p.value)]));
          return [{ role: value(n.role), name: value(n.name), description: value(n.description), properties, children }];
        };
        return walk(start)[0] ?? null;
      } finally {
        await client.detach();
      }
    },
  };
}

/**
 * `fail-requests`: from now on, the test page's requests whose URL matches one of `payload.patterns`
 * (DevTools `Fetch` URL patterns, `*` for any text) are answered 404, as a server that lost a chunk
 * after a new release would; no patterns: requests go through again. Only while this test file's page
 * is open: the runner reuses the tab for the next file, whose requests are let through (and the
 * interception ends).
 */
const failing = new WeakMap();
export function failRequestsPlugin() {
  return {
    name: 'wellbeing-fail-requests',
    async executeCommand({ command, payload, session }) {
      if (command !== 'fail-requests') return undefined;
      const page = session.browser.getPage(session.id);
      const stop = async () => {
        const client = failing.get(page);
        failing.delete(page);
        if (client) await client.send('Fetch.disable').then(() => client.detach()).catch(() => undefined);
      };
      await stop();
      if (!payload.patterns.length) return true;
      const client = await page.createCDPSession();
      failing.set(page, client);
      client.on('Fetch.requestPaused', ({ requestId }) => {
        if (!page.url().includes(session.id)) {
          // Another test file now: let it through, and intercept no more.
          void client.send('Fetch.continueRequest', { requestId }).then(stop, () => undefined);
          return;
        }
        void client
          .send('Fetch.fulfillRequest', { requestId, responseCode: 404, responseHeaders: [{ name: 'Content-Type', value: 'text/plain' }], body: Buffer.from('Not found').toString('base64') })
          .catch(() => undefined);
      });
      await client.send('Fetch.enable', { patterns: payload.patterns.map((urlPattern) => ({ urlPattern, requestStage: 'Request' })) });
      return true;
    },
  };
}
