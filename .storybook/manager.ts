// The Storybook manager (the UI around the stories): a plain theme, no remote assets.
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming/create';

addons.setConfig({
  theme: create({ base: 'light', brandTitle: 'wellbeing-widgets' }),
  sidebar: { showRoots: true },
});
