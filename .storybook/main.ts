// Storybook 10 for wellbeing-widgets: web components built by Vite, with the accessibility and
// docs addons. Runs offline: no telemetry, no update checks, no remote fonts or CDNs.
import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  core: {
    disableTelemetry: true,
    disableWhatsNewNotifications: true,
    enableCrashReports: false,
  },
  // The example data (real published numbers) is served beside the stories, so stories can use
  // `src="data/…"` exactly as a page would.
  staticDirs: [{ from: '../examples/data', to: '/data' }],
  docs: { defaultName: 'Documentation' },
  typescript: { check: false },
  // The charting runtime (Vega) is one large lazy chunk by design; do not warn about its size.
  viteFinal: (viteConfig) => ({ ...viteConfig, build: { ...viteConfig.build, chunkSizeWarningLimit: 2000 } }),
};

export default config;
