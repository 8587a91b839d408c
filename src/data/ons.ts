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
  readTable<Column>(text, reading, {
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
    row(cell, number, line) {
      const indicator = cell('indicator') ?? '';
      const area = cell('area') ?? '';
      const period = cell('period') ?? '';
      if (!indicator || !area || !period) return reading.problem(m.missingCells, line);
      const status = (cell('status') ?? '').toLowerCase();
      // "x": not available. The observation is ignored even if a number is there.
      const value = status === 'x' ? null : number('value');
      const row: DataRow = { indicator, area, period, value: value ?? null };
      if (status !== 'x') {
        const lower = number('lower');
        const upper = number('upper');
        if (typeof lower === 'number') row.lower = lower;
        if (typeof upper === 'number') row.upper = upper;
      }
      const lowReliability = status === 'u' ? m.lowReliability : '';
      const notes = cell('notes') ?? '';
      if (lowReliability || notes) row.note = lowReliability && notes ? `${lowReliability} ${notes}` : lowReliability || notes;
      // Names are read the first time a code is met only (rows repeat them).
      if (!reading.indicators.has(indicator)) reading.indicator(indicator, { title: indicator, unit: cell('unit') || undefined });
      if (!reading.areas.has(area)) reading.area(area, { name: cell('areaName'), type: cell('geography') });
      reading.rows.push(row);
    },
  });
  return reading.result();
}
