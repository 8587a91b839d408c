// Runs every test (pure modules and elements alike) in Debian's Chromium: no browser is downloaded.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';
import { forcedColorsPlugin, heapPlugin } from './test/server/commands.mjs';
import { noJavaScriptPlugin, pastedPagesMiddleware } from './test/server/no-javascript.mjs';
import { fixturesMiddleware } from './test/server/plugin.mjs';
import { examplesPlugin } from './test/server/examples.mjs';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  hostname: '127.0.0.1',
  // One page at a time: keyboard and pointer tests need the focused tab, and only one tab has focus.
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [
    chromeLauncher({
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
    }),
  ],
  middleware: [fixturesMiddleware, pastedPagesMiddleware],
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: './tsconfig.json' }), examplesPlugin(), a11ySnapshotPlugin(), forcedColorsPlugin(), heapPlugin(), noJavaScriptPlugin()],
};
