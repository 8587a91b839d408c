import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';

/**
 * The three ready-made themes of examples/themes.css side by side, whatever the toolbar says:
 * a theme is only `--wb-*` custom properties on an ancestor. Data: Walsall (examples/data).
 */
const meta: Meta = {
  title: 'Theming/Themes side by side',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
};

export default meta;

const themed = (theme: string, title: string) => html`<section class="wb-theme-${theme}" style="padding: 1rem 1.5rem; min-width: 0;">
  <h2 style="margin: 0 0 0.75rem; font-size: 1.25rem;">${title} <code>.wb-theme-${theme}</code></h2>
  <wellbeing-wheel src="data/walsall-wwof.json" area="E08000030" style="max-width: 36rem;"></wellbeing-wheel>
  <indicator-trend src="data/ons-wellbeing.json" indicator="anxiety" area="E08000030" compare="E12000005 E92000001"></indicator-trend>
  <inequality-gap src="data/life-expectancy.json" indicator="life-expectancy" area="E08000030" view="over-time"></inequality-gap>
</section>`;

export const Light: StoryObj = { render: () => themed('light', 'Light') };
export const Dark: StoryObj = { render: () => themed('dark', 'Dark') };
export const HighContrast: StoryObj = { name: 'High contrast', render: () => themed('high-contrast', 'High contrast') };
