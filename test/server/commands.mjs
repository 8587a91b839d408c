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
 * after a new release would. Only this page's requests: other test files are not touched.
 */
export function failRequestsPlugin() {
  return {
    name: 'wellbeing-fail-requests',
    async executeCommand({ command, payload, session }) {
      if (command !== 'fail-requests') return undefined;
      const page = session.browser.getPage(session.id);
      const client = await page.createCDPSession();
      client.on('Fetch.requestPaused', ({ requestId }) => {
        void client
          .send('Fetch.fulfillRequest', { requestId, responseCode: 404, responseHeaders: [{ name: 'Content-Type', value: 'text/plain' }], body: Buffer.from('Not found').toString('base64') })
          .catch(() => undefined);
      });
      await client.send('Fetch.enable', { patterns: payload.patterns.map((urlPattern) => ({ urlPattern, requestStage: 'Request' })) });
      return true;
    },
  };
}
