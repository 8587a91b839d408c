import type { DataRow } from '../spec/schema.js';
import { FileReading, readTable, type DataFileResult } from './reading.js';

type Column = 'area' | 'areaName' | 'geography' | 'indicator' | 'period' | 'value' | 'unit' | 'lower' | 'upper' | 'status' | 'notes';

/**
 * Reads an ONS Explore Local Statistics CSV
 * (`areacd,areanm,geography,indicator,period,observation,measure,unit,lci_95,uci_95,status,notes`,
 * columns found by name, so either order of `observation` and `measure` reads the same).
 * Indicator id and title = the `indicator` text; area name and type = `areanm`, `geography`;
 * status `x` is a gap (never zero); `u` adds a note that the estimate has low reliability.
 */
export function readOnsCsv(text: string, file: string, lang?: string): DataFileResult {
  const reading = new FileReading(file, lang);
  const m = reading.messages.load;
  readTable(text, reading, {
    normalise: (header) => header.trim().toLowerCase(),
    aliases: {
      area: ['areacd'],
      areaName: ['areanm'],
      geography: ['geography'],
      indicator: ['indicator'],
      period: ['period'],
      value: ['observation'],
      unit: ['unit'],
      lower: ['lci_95'],
      upper: ['uci_95'],
      status: ['status'],
      notes: ['notes'],
    },
    required: ['area', 'indicator', 'period', 'value'],
    names: { area: 'areacd', indicator: 'indicator', period: 'period', value: 'observation' },
    columns: (column: (key: Column) => number) => ({
      area: column('area'),
      areaName: column('areaName'),
      geography: column('geography'),
      indicator: column('indicator'),
      period: column('period'),
      value: column('value'),
      unit: column('unit'),
      lower: column('lower'),
      upper: column('upper'),
      status: column('status'),
      notes: column('notes'),
    }),
    row(cells, at, line) {
      const indicator = cells.text(at.indicator);
      const area = cells.text(at.area);
      const period = cells.text(at.period);
      if (!indicator || !area || !period) return reading.problem(m.missingCells, line);
      const status = cells.text(at.status).toLowerCase();
      // "x": not available. The observation is ignored even if a number is there.
      const value = status === 'x' ? null : cells.number(at.value);
      const row: DataRow = { indicator, area, period, value: value ?? null };
      if (status !== 'x') {
        const lower = cells.number(at.lower);
        const upper = cells.number(at.upper);
        if (typeof lower === 'number') row.lower = lower;
        if (typeof upper === 'number') row.upper = upper;
      }
      const lowReliability = status === 'u' ? m.lowReliability : '';
      const notes = cells.text(at.notes);
      if (lowReliability || notes) row.note = lowReliability && notes ? `${lowReliability} ${notes}` : lowReliability || notes;
      // Names are read the first time a code is met only (rows repeat them).
      if (!reading.indicators.has(indicator)) reading.indicator(indicator, { title: indicator, unit: cells.text(at.unit) || undefined });
      if (!reading.areas.has(area)) reading.area(area, { name: cells.text(at.areaName), type: cells.text(at.geography) });
      reading.rows.push(row);
    },
  });
  return reading.result();
}
