/**
 * The map as files: the table as CSV rows, and the map as a standalone SVG document (title, areas
 * with their colours and textures, letters, key and attribution) with colours resolved, since a
 * file cannot read the page's CSS. The PNG is drawn from the same pieces on a canvas by the
 * element (Path2D takes SVG path data: no image decoding, so no CSP exception). No DOM here.
 */
import type { CsvCell } from '../../render/downloads.js';
import type { MapStatus, MapView } from './map-model.js';
import { sortByValue } from './map-model.js';
import type { Messages } from '../../i18n/index.js';
import type { ProjectedArea, ProjectedMap } from './projection.js';
import { TEXTURE_SIZE, textures } from './textures.js';

export interface ExportColours {
  status: Record<MapStatus, string>;
  /** Colour of the texture and letter on each status. */
  ink: Record<MapStatus, string>;
  text: string;
  background: string;
  stroke: string;
}

/** CSV header and rows: one row per area, highest value first (the table's order). */
export function mapCsv(view: MapView, lang: string): { header: string[]; rows: CsvCell[][] } {
  const header = ['area_code', 'area_name', 'indicator', 'period', 'value', 'lower_95', 'upper_95', 'benchmark', 'comparison'];
  const rows = sortByValue(view.areas, lang).map((a) => [
    a.code,
    a.name,
    view.indicator.id,
    view.period,
    a.value,
    a.row?.lower ?? null,
    a.row?.upper ?? null,
    view.benchmark?.code ?? '',
    a.status,
  ]);
  return { header, rows };
}

/** Letters on the map are drawn this size (CSS pixels), on areas at least twice as big. */
export const LETTER_PX = 12;
/** Width of the downloaded SVG and PNG, in pixels. */
export const EXPORT_WIDTH = 800;

/** Areas big enough, at this many map units per pixel, for their letter. */
export function letteredAreas(projected: ProjectedMap, unitsPerPixel: number): ProjectedArea[] {
  const room = LETTER_PX * unitsPerPixel * 1.8;
  return projected.areas.filter((a) => a.x1 - a.x0 >= room && a.y1 - a.y0 >= room);
}

/** The lines under a map in a file: the key (letter, words, count), the summary, the source, the attribution. */
export function mapExportNotes(view: MapView, messages: Messages, source: { name: string } | undefined, attribution: string): string[] {
  return [
    ...view.legend.map((e) => `${e.letter} ${e.text} (${e.count})`),
    view.summary,
    source ? `${messages.common.source}: ${source.name}` : '',
    attribution,
  ].filter(Boolean);
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

export interface MapDocumentOptions {
  title: string;
  /** Lines under the map: the key, the source, the attribution. */
  notes: string[];
  colours: ExportColours;
  /** Width of the file in pixels. */
  width: number;
  /** Areas that get their letter (big enough at this width). */
  letters: ReadonlySet<string>;
}

/** Positions of the header, map and notes in the exported picture (pixels). */
export function exportLayout(projected: ProjectedMap, width: number, noteCount: number) {
  const scale = width / projected.width;
  const header = 40;
  const mapHeight = Math.round(projected.height * scale);
  const lineHeight = 18;
  return { scale, header, mapHeight, lineHeight, height: header + mapHeight + 16 + noteCount * lineHeight };
}

/** A standalone SVG of the map. */
export function mapSvgDocument(view: MapView, projected: ProjectedMap, options: MapDocumentOptions): string {
  const { colours, width } = options;
  const layout = exportLayout(projected, width, options.notes.length);
  const statuses = [...new Set(view.areas.map((a) => a.status))];
  const patterns = statuses
    .map((s) => {
      const t = textures[s];
      const ink = colours.ink[s];
      return (
        `<pattern id="p-${s}" patternUnits="userSpaceOnUse" width="${TEXTURE_SIZE}" height="${TEXTURE_SIZE}" patternTransform="scale(${1 / layout.scale})">` +
        `<rect width="${TEXTURE_SIZE}" height="${TEXTURE_SIZE}" fill="${colours.status[s]}"/>` +
        (t.lines ? `<path d="${t.lines}" stroke="${ink}" stroke-width="1.2" fill="none"/>` : '') +
        (t.dot ? `<circle cx="${TEXTURE_SIZE / 2}" cy="${TEXTURE_SIZE / 2}" r="${t.dot}" fill="${ink}"/>` : '') +
        `</pattern>`
      );
    })
    .join('');
  const letterSize = 12 / layout.scale;
  const areas = projected.areas
    .map((p) => {
      const a = view.byCode.get(p.code);
      if (!a) return '';
      const letter = options.letters.has(p.code)
        ? `<text x="${p.x}" y="${p.y}" font-size="${letterSize.toFixed(1)}" font-weight="700" text-anchor="middle" dominant-baseline="central" fill="${colours.ink[a.status]}">${escapeXml(a.letter)}</text>`
        : '';
      return `<path d="${p.path}" fill="url(#p-${a.status})" stroke="${colours.stroke}" stroke-width="${(0.5 / layout.scale).toFixed(2)}"><title>${escapeXml(a.accessibleName)}</title></path>${letter}`;
    })
    .join('');
  const notes = options.notes
    .map(
      (line, i) =>
        `<text x="8" y="${layout.header + layout.mapHeight + 16 + i * layout.lineHeight}" font-size="12" fill="${colours.text}">${escapeXml(line)}</text>`,
    )
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${layout.height}" viewBox="0 0 ${width} ${layout.height}" font-family="system-ui, Arial, sans-serif">` +
    `<title>${escapeXml(options.title)}</title><rect width="100%" height="100%" fill="${colours.background}"/>` +
    `<text x="8" y="24" font-size="16" font-weight="600" fill="${colours.text}">${escapeXml(options.title)}</text>` +
    `<defs>${patterns}</defs><g transform="translate(0 ${layout.header}) scale(${layout.scale})">${areas}</g>${notes}</svg>`
  );
}
