// Runs every test (pure modules and elements alike) in Debian's Chromium: no browser is downloaded.
import { readdirSync, readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { axTreePlugin, failRequestsPlugin, forcedColorsPlugin, heapPlugin } from './test/server/commands.mjs';
import { noJavaScriptPlugin, pastedPagesMiddleware } from './test/server/no-javascript.mjs';
import { fixturesMiddleware } from './test/server/plugin.mjs';
import { examplesPlugin } from './test/server/examples.mjs';
import { storiesPlugin } from './test/server/stories.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

/**
 * Two browsers side by side, one tab each (the machine has two cores). Tests that press keys, move the
 * pointer, move focus or weigh the heap need the focused tab of a browser of their own: they run in the
 * first; every other file runs in the second. This nearly halves the time of the suite. The split is
 * read from each file, so a new test that presses keys joins the first group without anyone listing it.
 */
const NEEDS_A_TAB_OF_ITS_OWN = /sendKeys|sendMouse|resetMouse|\.focus\(|activeElement|hasFocus|heapAfterGc|performance\.memory/;
function testFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return testFiles(path);
    return entry.name.endsWith('.test.ts') ? [path] : [];
  });
}
const serialFiles = testFiles('test').filter((file) => NEEDS_A_TAB_OF_ITS_OWN.test(readFileSync(file, 'utf8')));
const onlyFiles = process.argv.slice(2).some((arg) => !arg.startsWith('-') && (arg.includes('.test.') || arg.includes('*')));

const chrome = (concurrency) =>
  chromeLauncher({
    concurrency,
    launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--disable-dev-shm-usage',
          '--no-first-run',
          // Test files run side by side in tabs; a background tab must not throttle frames or timers.
          '--disable-renderer-backgrounding',
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
        ],
      },
    });

export default {
  // With files named on the command line (`wtr test/x.test.ts`), just those run, one at a time.
  // Without, the two groups below cover every file (a top-level `files` would run them all again).
  files: undefined,
  nodeResolve: true,
  hostname: '127.0.0.1',
  testFramework: { config: { timeout: 10000 } },
  // A file's tests together may take minutes on a busy machine (the reading-level test draws every example).
  testsFinishTimeout: 600000,
  browsers: [chrome(1)],
  groups: onlyFiles
    ? undefined
    : [
        { name: 'keys-pointer-focus-heap', files: serialFiles, browsers: [chrome(1)] },
        { name: 'the-rest', files: ['test/**/*.test.ts', ...serialFiles.map((file) => `!${file}`)], browsers: [chrome(1)] },
      ],
  middleware: [fixturesMiddleware, pastedPagesMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), examplesPlugin(), storiesPlugin(), a11ySnapshotPlugin(), forcedColorsPlugin(), heapPlugin(), axTreePlugin(), failRequestsPlugin(), noJavaScriptPlugin()],
};
