/**
 * What <indicator-trend> gives its chart builder (words, theme, size and title), for the chart on
 * screen and for files: the element's downloads and the command line's `render` both use the
 * export options, so a file says what the element says. Pure (no DOM).
 */
import type { Messages } from '../../i18n/index.js';
import type { AreaComparison } from '../../stats/benchmark.js';
import { formatValue } from '../../render/format.js';
import { TREND_STATUS_ORDER, type TrendView } from './trend-model.js';
import { defaultSeriesColours, valueDomain, type TrendSpecOptions, type TrendTheme } from './trend-spec.js';
import { axisTitle, comparisonHeading, periodRange, showsComparison, statusLabel } from './trend-text.js';
import { wrapWords } from '../../render/chart-text.js';
import { defaultPalette } from '../../render/theme.js';

/** Characters per line of the title and source in a downloaded chart (800 px wide, 12 px text). */
export const EXPORT_LINE_CHARACTERS = 110;

/** The theme with no author's tokens: what the element draws on a page that sets none. */
export const defaultTrendTheme: TrendTheme = {
  palette: defaultPalette,
  seriesColours: defaultSeriesColours,
  text: '#0b0c0c',
  muted: '#505a5f',
  grid: '#e1e3e3',
  pointOutline: '#0b0c0c',
  target: '#0b0c0c',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  background: '#ffffff',
};

/** The chart builder's options for a view: `screen` (transparent, legends in HTML) or `export` (a file: 800 px, title, source). */
export function trendSpecOptions(view: TrendView, messages: Messages, theme: TrendTheme, mode: 'screen' | 'export', source: { name: string } | undefined): TrendSpecOptions {
  const m = messages.indicatorTrend;
  const domain = valueDomain(view);
  const statusWords = Object.fromEntries(TREND_STATUS_ORDER.map((s) => [s, statusLabel(s, view, messages)])) as Record<AreaComparison, string>;
  return {
    theme: mode === 'screen' ? { ...theme, background: 'transparent' } : theme,
    words: {
      axisTitle: axisTitle(view, domain.domain[0], domain.startsAtZero, messages),
      status: statusWords,
      statusTitle: showsComparison(view) ? comparisonHeading(view, messages) : '',
      target: m.target({ value: view.target === undefined ? '' : formatValue(view.target, view.style) }),
    },
    mode,
    domain,
    ...(mode === 'export'
      ? {
          width: 800,
          height: 360,
          title: {
            text: view.indicator.title,
            subtitle: [
              m.subtitle({ area: view.area.name, range: periodRange(view, messages) }),
              ...(source ? wrapWords(m.exportSource({ source: source.name }), EXPORT_LINE_CHARACTERS) : []),
            ],
          },
        }
      : {}),
  };
}
