/**
 * <wellbeing-wheel> as a standalone SVG: the same view model and layout as the element (so the same
 * segments, cells, letters and words), with the colours its default styles give, the title above,
 * and under the wheel what the element shows beside it: the key to the colours and letters, the
 * domains in words when a label did not fit, the summary and the source. Pure (no DOM, no Node).
 */
import type { Model } from '../model/model.js';
import { statuses } from '../render/status.js';
import type { PlacedText } from '../elements/wellbeing-wheel/labels.js';
import { layoutWheel, MAX_DRAWN_DOMAINS, type SegmentLayout, type WheelLayout } from '../elements/wellbeing-wheel/layout.js';
import { isStatusMode } from '../elements/wellbeing-wheel/status.js';
import { buildWheelViewModel } from '../elements/wellbeing-wheel/view-model.js';
import { escapeXml, FILE_FONT, fileMeasure, inkOn, mixSrgb, RenderError, wrapText, type RenderContext, type RenderedSvg } from './render-svg.js';

/** The element's default tokens (src/render/theme.ts, wellbeing-wheel.styles.ts) worked out. */
const fg = '#0b0c0c';
const bg = '#ffffff';
const muted = '#505a5f';
const link = '#1d70b8';
export const wheelColours = {
  text: fg,
  background: bg,
  segment: mixSrgb(fg, 5, bg),
  centre: mixSrgb(link, 12, bg),
  factor: mixSrgb(fg, 10, bg),
  stroke: muted,
};

export interface WheelRequest {
  area?: string | null | undefined;
  benchmark?: string | null | undefined;
  period?: string | null | undefined;
  status?: string | null | undefined;
}

/** Width of a wheel's file when none is asked for (the wheel's largest size on a page, 40rem). */
export const WHEEL_FILE_WIDTH = 640;

const n = (x: number) => String(Math.round(x * 100) / 100);
const MARGIN = 16;

/** Lines centred on a placed block, as the element draws them. */
function lines(text: PlacedText, attributes: string): string {
  const step = text.fontSize * text.lineHeight;
  const top = text.y - text.height / 2 + step / 2;
  const turn = text.rotate ? ` transform="rotate(${n(text.rotate)} ${n(text.x)} ${n(text.y)})"` : '';
  const spans = text.lines.map((line, i) => `<tspan x="${n(text.x)}" y="${n(top + i * step)}">${escapeXml(line)}</tspan>`).join(' ');
  return `<text${turn} ${attributes} font-size="${n(text.fontSize)}" text-anchor="middle" dominant-baseline="central">${spans}</text>`;
}

const arcPath = (id: string, d: string) => `<path id="${id}" d="${d}" fill="none" stroke="none"/>`;
const alongArc = (id: string, text: string) => `<textPath href="#${id}" xlink:href="#${id}" startOffset="50%" text-anchor="middle">${escapeXml(text)}</textPath>`;

function segment(s: SegmentLayout, index: number): string {
  let out = `<g class="segment" data-id="${escapeXml(s.id)}"><path class="segment-shape" d="${s.path}" fill="${wheelColours.segment}" stroke="${wheelColours.stroke}" stroke-width="1" fill-rule="evenodd"/>`;
  if (s.label) out += lines(s.label, `class="label" fill="${fg}" font-weight="700"`);
  if (s.curvedLabel) {
    const arcs = s.curvedLabel.lines.map((line, i) => arcPath(`label-arc-${index}-${i}`, line.path)).join('');
    const text = s.curvedLabel.lines.map((line, i) => alongArc(`label-arc-${index}-${i}`, line.text)).join(' ');
    out += `${arcs}<text class="label" fill="${fg}" font-weight="700" font-size="${n(s.curvedLabel.fontSize)}" dominant-baseline="central">${text}</text>`;
  }
  if (s.marker) {
    const m = s.marker;
    out +=
      `<circle cx="${n(m.x)}" cy="${n(m.y)}" r="${n(m.fontSize * 0.95)}" fill="${bg}" stroke="${fg}" stroke-width="1.5"/>` +
      `<text class="marker" x="${n(m.x)}" y="${n(m.y)}" fill="${fg}" font-weight="700" font-size="${n(m.fontSize)}" text-anchor="middle" dominant-baseline="central">${escapeXml(m.text)}</text>`;
  }
  return `${out}</g>`;
}

/** A status cell's fill and stroke: the status colour edged in the text colour; a domain without data dashed. */
function cellPaint(status: string): string {
  if (status === 'domain-no-data') return `fill="none" stroke="${muted}" stroke-width="1.5" stroke-dasharray="4 3"`;
  return `fill="${statuses[status as keyof typeof statuses].colour}" stroke="${fg}" stroke-width="1.5"`;
}
const letterFill = (status: string) => (status === 'domain-no-data' ? fg : inkOn(statuses[status as keyof typeof statuses].colour));

function band(s: SegmentLayout): string {
  return `<g class="band" data-for="${escapeXml(s.id)}">${s
    .band!.cells.map(
      (cell) =>
        `<path class="cell status-${cell.status}" d="${cell.path}" ${cellPaint(cell.status)}/>` +
        cell.letters
          .map(
            (l) =>
              `<text class="cell-letter" x="${n(l.x)}" y="${n(l.y)}" fill="${letterFill(cell.status)}" font-weight="700" font-size="${n(l.fontSize)}" text-anchor="middle" dominant-baseline="central">${escapeXml(l.text)}</text>`,
          )
          .join(''),
    )
    .join('')}</g>`;
}

function wheel(layout: WheelLayout): string {
  const { cx, cy, centre } = layout;
  const factors = layout.factors
    .map(
      (f, i) =>
        `<path class="factor-shape" d="${f.path}" fill="${wheelColours.factor}" stroke="${wheelColours.stroke}" stroke-width="1"/>${arcPath(`factor-arc-${i}`, f.textPath)}` +
        `<text class="factor-label" fill="${fg}" font-size="${n(f.fontSize)}" dominant-baseline="central">${alongArc(`factor-arc-${i}`, f.text)}</text>`,
    )
    .join('');
  const centreText =
    (centre.label ? lines(centre.label, `class="centre-label" fill="${fg}" font-weight="700"`) : '') +
    (centre.statement ? lines(centre.statement, `class="centre-statement" fill="${fg}"`) : '');
  return (
    (factors ? `<g class="factors">${factors}</g>` : '') +
    `<g class="centre"><circle cx="${n(cx)}" cy="${n(cy)}" r="${n(centre.r)}" fill="${wheelColours.centre}" stroke="${wheelColours.stroke}"/>${centreText}</g>` +
    layout.segments.map((s, i) => segment(s, i)).join('') +
    `<g class="bands">${layout.segments
      .filter((s) => s.band)
      .map(band)
      .join('')}</g>`
  );
}

/** Lines of text from the top of a block; returns the SVG and the height used. */
function paragraph(text: string, y: number, width: number, fontSize: number, options: { weight?: 'normal' | 'bold'; x?: number } = {}): { svg: string; height: number } {
  const x = options.x ?? MARGIN;
  const step = Math.round(fontSize * 1.4);
  const wrapped = wrapText(text, width - x - MARGIN, fontSize, options.weight);
  const svg = wrapped
    .map((line, i) => `<text x="${x}" y="${y + step * (i + 1) - step * 0.3}" font-size="${fontSize}"${options.weight === 'bold' ? ' font-weight="700"' : ''} fill="${fg}">${escapeXml(line)}</text>`)
    .join('');
  return { svg, height: wrapped.length * step };
}

export function renderWheel(model: Model, request: WheelRequest, context: RenderContext): RenderedSvg {
  const { messages, width } = context;
  const m = messages.wheel;
  if (request.status && !isStatusMode(request.status)) throw new RenderError('spec', m.error.unknownStatus({ value: request.status }));
  if (!model.spec.framework) throw new RenderError('spec', m.error.noFramework);
  const view = buildWheelViewModel(
    model,
    { area: request.area, benchmark: request.benchmark, period: request.period, status: (request.status as 'benchmark' | 'trend' | null) ?? 'benchmark', lang: context.lang },
    messages,
  );
  const domainCount = view.rings.reduce((sum, ring) => sum + ring.length, 0);
  if (domainCount > MAX_DRAWN_DOMAINS) throw new RenderError('spec', m.tooManyDomains({ count: domainCount, max: MAX_DRAWN_DOMAINS }));

  const parts: string[] = [];
  let y = 8;
  const add = (block: { svg: string; height: number }, after = 8) => {
    parts.push(block.svg);
    y += block.height + after;
  };
  add(paragraph(view.accessibleName, y, width, 18, { weight: 'bold' }));
  const size = width - 2 * MARGIN;
  const layout = layoutWheel({ size, rings: view.rings, centre: view.centre, factors: view.factors, measure: fileMeasure, textScale: 1 });
  parts.push(`<g class="wheel" transform="translate(${MARGIN} ${y})">${wheel(layout)}</g>`);
  y += layout.size + 12;

  // The key to the colours and letters, one swatch a line (as the element's legend).
  const heading = view.mode === 'trend' ? m.legendTrend : view.benchmark ? m.legendBenchmark({ benchmark: view.benchmark.name }) : m.legendNoBenchmark;
  add(paragraph(heading, y, width, 14), 4);
  for (const entry of view.legend) {
    const swatch =
      `<path class="cell status-${entry.status}" d="M${MARGIN + 1.5} ${y + 1.5}H${MARGIN + 22.5}V${y + 22.5}H${MARGIN + 1.5}Z" ${cellPaint(entry.status)}/>` +
      (entry.letter
        ? `<text class="cell-letter" x="${MARGIN + 12}" y="${y + 12.5}" fill="${letterFill(entry.status)}" font-weight="700" font-size="14" text-anchor="middle" dominant-baseline="central">${escapeXml(entry.letter)}</text>`
        : '');
    parts.push(swatch);
    const text = paragraph(entry.text, y + 2, width, 14, { x: MARGIN + 32 });
    add({ svg: text.svg, height: Math.max(24, text.height) }, 4);
  }
  y += 8;
  if (layout.needsKey) {
    add(paragraph(m.numberedHeading, y, width, 14, { weight: 'bold' }), 2);
    for (const s of layout.segments) {
      const domain = view.domains.get(s.id)!;
      add(paragraph(`${s.keyNumber ? `${s.keyNumber} ` : ''}${domain.label}: ${domain.statusText}`, y, width, 13), 0);
    }
    if (layout.factors.some((f) => f.truncated) && view.factorsText) add(paragraph(view.factorsText, y, width, 13), 0);
    y += 8;
  }
  add(paragraph(view.summary, y, width, 14));
  const source = model.spec.source;
  if (source) add(paragraph(`${messages.common.source}: ${source.name}`, y, width, 13));
  const height = Math.ceil(y + 8);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FILE_FONT)}">` +
    `<rect width="100%" height="100%" fill="${bg}"/>${parts.join('')}</svg>`;
  return { svg, title: view.accessibleName, description: view.summary };
}
