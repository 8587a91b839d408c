// A test-runner command that opens a page of the test server in a second tab with JavaScript
// turned off (through the DevTools protocol, as a reader who blocks scripts, or a search engine,
// would see it) and reports what that reader gets: the visible text and the accessibility tree.

export function noJavaScriptPlugin() {
  return {
    name: 'wellbeing-no-javascript',
    async executeCommand({ command, payload, session }) {
      if (command !== 'open-without-javascript') return undefined;
      const testPage = session.browser.getPage(session.id);
      const page = await testPage.browser().newPage();
      try {
        await page.setJavaScriptEnabled(false);
        const url = new URL(payload.path, testPage.url()).href;
        const response = await page.goto(url, { waitUntil: 'load' });
        // Evaluation through the protocol still works with the page's own scripts off.
        const text = await page.evaluate(() => document.body.innerText);
        const scriptsRan = await page.evaluate(() => customElements.get('indicator-trend') !== undefined);
        const tree = await page.accessibility.snapshot({ interestingOnly: false });
        return { status: response?.status() ?? 0, text, scriptsRan, tree };
      } finally {
        await page.close();
      }
    },
  };
}

// Pages a test writes (a snippet pasted into an empty page), served back as HTML from /__pasted/<n>.
// POST the page's HTML to /__pasted/ and get its address back. Too long for a URL, hence a POST.
const pasted = new Map();

export async function pastedPagesMiddleware(context, next) {
  if (!context.path.startsWith('/__pasted/')) return next();
  if (context.method === 'POST') {
    const chunks = [];
    for await (const chunk of context.req) chunks.push(chunk);
    const path = `/__pasted/${pasted.size + 1}.html`;
    pasted.set(path, Buffer.concat(chunks).toString('utf8'));
    context.type = 'text/plain';
    context.body = path;
    return undefined;
  }
  const page = pasted.get(context.path);
  context.status = page === undefined ? 404 : 200;
  context.type = 'text/html';
  context.body = page ?? 'No such page';
  return undefined;
}
