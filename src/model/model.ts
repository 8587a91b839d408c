import { localize, localizeRows } from '../spec/local-text.js';
import { groupedRows } from '../spec/rows.js';
import type { Area, DataRow, Domain, Indicator, LoadedSpec, Spec } from '../spec/schema.js';
import { orderPeriods, periodLabel } from './period.js';

/** One period of a series: the row, or undefined where the data has a gap. */
export interface SeriesPoint {
  period: string;
  label: string;
  row: DataRow | undefined;
}

const key = (...parts: string[]) => parts.join('\u241f');

/** An indicator's rows indexed by area (built when the indicator is first asked about: a trend asks about one of many). */
interface IndicatorIndex {
  byArea: Map<string, DataRow[]>;
  /**
   * Whole-area rows (no group) by area, then period; a later row for the same cell wins. Made for an
   * area when first asked about: a trend asks about a few of hundreds of areas.
   */
  cells: Map<string, Map<string, DataRow>>;
  /** The indicator's rows, in the spec's order. */
  rows: DataRow[];
  /** The periods the indicator has rows for (any area), made when first asked for. */
  periods: Set<string> | undefined;
}

/**
 * A spec indexed for the questions every element asks: the row for an indicator, area and period;
 * the periods in time order; the latest period with a value; the benchmark; the groups.
 */
export class Model {
  readonly spec: Spec;
  readonly indicators: ReadonlyMap<string, Indicator>;
  readonly areas: ReadonlyMap<string, Area>;
  /** Every period in the data, in time order (SPEC-v1 rule). */
  readonly periods: readonly string[];
  private readonly periodRank: ReadonlyMap<string, number>;
  private readonly byIndicator: Map<string, DataRow[]>;
  private readonly indexes = new Map<string, IndicatorIndex>();
  private readonly domainIndex = new Map<string, Domain>();
  /** The language the model's text is in; period labels are written in it too ("2015 i 2017"). */
  readonly lang: string;
  /** Peers by indicator, period and area type: a map of 300 councils asks once per council (else 300 x 300 lookups). */
  private readonly peerCache = new Map<string, ReadonlyArray<{ code: string; value: number | null }>>();

  /**
   * `lang` chooses the words of any text given in several languages (`{ "en": …, "cy": … }`): this
   * is the one place where they become plain strings, so everything that reads the model sees text
   * in the element's language.
   */
  constructor(loaded: LoadedSpec | Spec, lang?: string) {
    // Rows grouped by the check of an element's load hold no text in several languages (rows.ts): kept as they are.
    const rows = (loaded as LoadedSpec).data;
    const grouped = groupedRows(rows);
    // Rows are localized on their own: only their note and group label can be text in several languages.
    const spec = { ...localize({ ...(loaded as LoadedSpec), data: [] }, lang), data: grouped ? rows : localizeRows(rows, lang) } as Spec;
    this.spec = spec;
    this.lang = lang ?? spec.lang ?? 'en';
    this.indicators = new Map(spec.indicators.map((i) => [i.id, i]));
    this.areas = new Map(spec.areas.map((a) => [a.code, a]));
    let periods: Iterable<string>;
    // (no row of a remembered grouping holds text in several languages: see `rememberGrouped`)
    if (grouped) {
      this.byIndicator = grouped.byIndicator as Map<string, DataRow[]>;
      periods = grouped.periods;
    } else {
      const seen = new Set<string>();
      this.byIndicator = new Map();
      for (const row of spec.data) {
        seen.add(row.period);
        const list = this.byIndicator.get(row.indicator);
        if (list) list.push(row);
        else this.byIndicator.set(row.indicator, [row]);
      }
      periods = seen;
    }
    this.periods = orderPeriods(periods);
    this.periodRank = new Map(this.periods.map((p, i) => [p, i]));
    const walk = (domains: Domain[]) =>
      domains.forEach((d) => {
        this.domainIndex.set(d.id, d);
        if (d.children) walk(d.children);
      });
    if (spec.framework) walk(spec.framework.domains);
  }

  indicator(id: string | null | undefined): Indicator | undefined {
    return id ? this.indicators.get(id) : undefined;
  }

  area(code: string | null | undefined): Area | undefined {
    return code ? this.areas.get(code) : undefined;
  }

  areaName(code: string): string {
    return this.areas.get(code)?.name ?? code;
  }

  domain(id: string | null | undefined): Domain | undefined {
    return id ? this.domainIndex.get(id) : undefined;
  }

  /** The whole-area row (no group) for one indicator, area and period. */
  row(indicator: string, area: string, period: string): DataRow | undefined {
    const index = this.index(indicator);
    if (!index) return undefined;
    let cells = index.cells.get(area);
    if (!cells) {
      cells = new Map();
      for (const row of index.byArea.get(area) ?? []) if (!row.group) cells.set(row.period, row);
      index.cells.set(area, cells);
    }
    return cells.get(period);
  }

  private index(indicator: string): IndicatorIndex | undefined {
    let index = this.indexes.get(indicator);
    if (index) return index;
    const rows = this.byIndicator.get(indicator);
    if (!rows) return undefined;
    index = { byArea: new Map(), cells: new Map(), rows, periods: undefined };
    // Rows come in runs of one area: the last area's list is kept, not looked up again for each row.
    let lastArea: string | undefined;
    let lastList: DataRow[] = [];
    for (const row of rows) {
      const area = row.area;
      if (area !== lastArea) {
        let list = index.byArea.get(area);
        if (list === undefined) index.byArea.set(area, (list = []));
        lastArea = area;
        lastList = list;
      }
      lastList.push(row);
    }
    this.indexes.set(indicator, index);
    return index;
  }

  /** The periods an indicator has rows for (any area), in the order first seen. */
  private indicatorPeriods(indicator: string): ReadonlySet<string> {
    const index = this.index(indicator);
    if (!index) return new Set();
    return (index.periods ??= new Set(index.rows.map((row) => row.period)));
  }

  /**
   * The values of an indicator in a period for the spec's areas of the same `type` as `area` (the area
   * included): the peers among which Fingertips' quintiles rank it.
   */
  peerValues(indicator: string, area: string, period: string): ReadonlyArray<{ code: string; value: number | null }> {
    const type = this.area(area)?.type;
    const cacheKey = key(indicator, period, type === undefined ? '\u0000' : type);
    let peers = this.peerCache.get(cacheKey);
    if (!peers) {
      peers = this.spec.areas.filter((a) => a.type === type).map((a) => ({ code: a.code, value: this.row(indicator, a.code, period)?.value ?? null }));
      this.peerCache.set(cacheKey, peers);
    }
    return peers;
  }

  /** Every row of an indicator, optionally for one area. */
  rows(indicator: string, area?: string): DataRow[] {
    if (area === undefined) return this.byIndicator.get(indicator) ?? [];
    return this.index(indicator)?.byArea.get(area)?.slice() ?? [];
  }

  /** The periods an indicator has rows for (any area when none is given), in time order. */
  periodsOf(indicator: string, area?: string): string[] {
    const present = area === undefined ? this.indicatorPeriods(indicator) : new Set(this.rows(indicator, area).map((r) => r.period));
    return this.periods.filter((p) => present.has(p));
  }

  comparePeriods(a: string, b: string): number {
    return (this.periodRank.get(a) ?? 0) - (this.periodRank.get(b) ?? 0);
  }

  /**
   * The whole-area series for an indicator and area over every period the indicator has (for any
   * area), so a period missing for this area is a gap rather than silently skipped.
   */
  series(indicator: string, area: string): SeriesPoint[] {
    return this.periodsOf(indicator).map((period) => ({ period, label: this.periodLabel(period), row: this.row(indicator, area, period) }));
  }

  /** A period as people read it, in the model's language: `2019-04-01/P1Y` → `2019/20`, `2015 - 17` → `2015 i 2017` in Welsh. */
  periodLabel(period: string): string {
    return periodLabel(period, this.lang);
  }

  /** The latest period in which the area has a value for the indicator (ungrouped, or grouped when asked). */
  latestPeriod(indicator: string, area: string, options: { grouped?: boolean } = {}): string | undefined {
    const withValue = new Set(
      this.rows(indicator, area)
        .filter((r) => r.value !== null && Boolean(r.group) === Boolean(options.grouped))
        .map((r) => r.period),
    );
    for (let i = this.periods.length - 1; i >= 0; i--) {
      if (withValue.has(this.periods[i]!)) return this.periods[i];
    }
    return undefined;
  }

  /** The latest period with any value across the given indicators for an area (for a whole framework). */
  latestPeriodOf(indicators: Iterable<string>, area: string): string | undefined {
    let latest: string | undefined;
    for (const id of indicators) {
      const period = this.latestPeriod(id, area);
      if (period !== undefined && (latest === undefined || this.comparePeriods(period, latest) > 0)) latest = period;
    }
    return latest;
  }

  /**
   * The comparator area: the element's `benchmark` attribute, else the spec's `benchmark`.
   * Returns undefined when neither names an area of the spec.
   */
  benchmark(override?: string | null): string | undefined {
    const code = override || this.spec.benchmark;
    return code && this.areas.has(code) ? code : undefined;
  }

  /** The group rows for an indicator, area and period, ordered by `order` (then as given). */
  groups(indicator: string, area: string, period: string, groupType?: string): DataRow[] {
    const rows = this.rows(indicator, area).filter(
      (r) => r.period === period && r.group && (groupType === undefined || r.group.type === groupType),
    );
    const ordered = rows.every((r) => typeof r.group?.order === 'number');
    return ordered ? [...rows].sort((a, b) => a.group!.order! - b.group!.order!) : rows;
  }

  /** The kinds of group an indicator has for an area (e.g. deprivation-decile, sex). */
  groupTypes(indicator: string, area?: string): string[] {
    return [...new Set(this.rows(indicator, area).flatMap((r) => (r.group ? [r.group.type] : [])))];
  }

  /** Areas that have any data for the indicator. */
  areasWith(indicator: string): string[] {
    return [...new Set(this.rows(indicator).map((r) => r.area))];
  }
}

/** `compare="E12000005 E92000001"` or `"a,b"` → area codes. */
export function parseAreaList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}
