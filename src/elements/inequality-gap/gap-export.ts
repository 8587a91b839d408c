/**
 * What a file of <inequality-gap>'s chart holds beyond the chart on screen: its title and subtitle
 * (area, period, source), so the picture explains itself. The element's downloads and the command
 * line's `render` both use it. Pure (no DOM).
 */
import type { Messages } from '../../i18n/index.js';
import { defaultPalette, statusLetter } from '../../render/theme.js';
import type { GapView } from './gap-model.js';
import type { GapChartOptions, GapChartStyle } from './gap-spec.js';

/** The chart's look with no author's tokens (each is a `--wb-*` token the element reads first). */
export const defaultGapChartStyle: GapChartStyle = {
  palette: defaultPalette,
  letters: statusLetter,
  series: ['#1f4e9c', '#b35806'],
  mark: defaultPalette.higher,
  text: '#0b0c0c',
  muted: '#505a5f',
  grid: '#dddddd',
  shade: '#c9d7ea',
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
};

/** The title lines of a file of the chart. */
export function gapExportOptions(view: GapView, messages: Messages, source: { name: string } | undefined): GapChartOptions {
  return {
    title: {
      text: view.indicator.title,
      subtitle: messages.inequalityGap.exportSubtitle({
        area: view.areaName,
        period: view.kind === 'groups' ? view.periodLabel : '',
        source: source?.name ?? '',
      }),
    },
  };
}
