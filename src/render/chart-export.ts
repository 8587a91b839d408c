/**
 * A chart element's SVG or PNG download, drawn by Vega from an export variant of its chart. Apart
 * from the menu (src/render/downloads.ts), which <area-map> shares without drawing any Vega.
 */
import { pngFile, svgFile, titleSvg, type DownloadFile } from './downloads.js';
import { renderChart, type ChartSource } from './vega.js';

export interface ChartExportOptions {
  /** Where the temporary chart is drawn (hidden): e.g. the element's shadow root. */
  parent: HTMLElement | ShadowRoot;
  spec: ChartSource;
  /** The chart's accessible name, also the SVG file's <title>. */
  label: string;
  /** Width in CSS pixels (default 800). */
  width?: number;
  format: 'svg' | 'png';
  filename: string;
}

/**
 * Draws an export spec off screen at a fixed width, takes its SVG or PNG, and finalizes the view
 * (the live chart may be 320 px wide on a phone; a file should not be).
 */
export async function exportChart(options: ChartExportOptions): Promise<DownloadFile> {
  const holder = document.createElement('div');
  holder.setAttribute('aria-hidden', 'true');
  holder.className = 'wb-export';
  const container = document.createElement('div');
  holder.append(container);
  // Laid out (so it has a width) but invisible and out of the way of pointers and focus.
  Object.assign(holder.style, { position: 'absolute', left: '-10000px', top: '0', width: `${options.width ?? 800}px`, visibility: 'hidden' });
  options.parent.append(holder);
  try {
    const chart = await renderChart(container, options.spec, { label: options.label });
    try {
      if (options.format === 'svg') return svgFile(options.filename, titleSvg(await chart.toSVG(), options.label));
      return pngFile(options.filename, await chart.toPNG(2));
    } finally {
      chart.finalize();
    }
  } finally {
    holder.remove();
  }
}
