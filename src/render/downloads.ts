/**
 * The accessible download menu every chart element shares (<indicator-trend>, <inequality-gap>):
 * the shown data as CSV (built by a pure function with RFC 4180 quoting), the chart as SVG and PNG
 * drawn at a fixed, legible size from an export variant of the element's chart (src/render/chart-export.ts:
 * apart, so that <area-map>, which uses the menu and draws no Vega, never reaches the Vega runtime).
 *
 * A download is offered to the page first as a cancelable `wellbeing-download` event (bubbles,
 * composed; `detail` is the file), so an app can send it elsewhere; if nobody cancels it, the
 * browser saves it. Nothing here uses innerHTML or eval; the menu is a native <details> disclosure
 * (keyboard and screen-reader support built in) of ordinary buttons.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../i18n/index.js';

/** A value in a CSV cell: text, a number, or empty. */
export type CsvCell = string | number | boolean | null | undefined;

export type DownloadFormat = 'csv' | 'svg' | 'png';

/** A file ready to save. */
export interface DownloadFile {
  format: DownloadFormat;
  filename: string;
  blob: Blob;
}

/** Detail of the `wellbeing-download` event. */
export type DownloadDetail = DownloadFile;

// Spreadsheets run text starting with these as a formula (CSV injection, OWASP); numbers are safe.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: quoted when it holds a comma, quote, line break or edge spaces; quotes doubled. */
export function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  let text = String(cell);
  if (typeof cell === 'string' && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** CSV text (RFC 4180: CRLF line ends, a header line), for any table of cells. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** A CSV file; the byte order mark lets Excel read UTF-8 (en dashes, Welsh letters) correctly. */
export function csvFile(filename: string, text: string): DownloadFile {
  return { format: 'csv', filename, blob: new Blob(['\uFEFF', text], { type: 'text/csv;charset=utf-8' }) };
}

export function svgFile(filename: string, svgText: string): DownloadFile {
  return { format: 'svg', filename, blob: new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }) };
}

/** A PNG file from a `data:image/png;base64,…` URL, decoded here (no fetch, so no CSP `connect-src` needed). */
export function pngFile(filename: string, dataUrl: string): DownloadFile {
  const comma = dataUrl.indexOf(',');
  const binary = atob(dataUrl.slice(comma + 1));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return { format: 'png', filename, blob: new Blob([bytes], { type: 'image/png' }) };
}

const escapeXml = (text: string) =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/** Gives a standalone SVG a <title> (its accessible name when opened on its own). */
export function titleSvg(svgText: string, title: string): string {
  const end = svgText.indexOf('>', svgText.indexOf('<svg'));
  if (end < 0) return svgText;
  return `${svgText.slice(0, end + 1)}<title>${escapeXml(title)}</title>${svgText.slice(end + 1)}`;
}

/** Saves a file through a temporary object URL. */
export function saveFile(file: DownloadFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = file.filename;
  link.rel = 'noopener';
  link.click();
  // Revoke later: some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

/**
 * Offers a file to the page (`wellbeing-download`, cancelable) and saves it unless a listener
 * called preventDefault(). Returns whether the browser was asked to save it.
 */
export function offerDownload(host: HTMLElement, file: DownloadFile): boolean {
  const event = new CustomEvent<DownloadDetail>('wellbeing-download', { detail: file, bubbles: true, composed: true, cancelable: true });
  if (!host.dispatchEvent(event)) return false;
  saveFile(file);
  return true;
}

export interface DownloadMenuItem {
  format: DownloadFormat;
  label: string;
}

/**
 * The standard items of a chart element's menu: the data as CSV, the chart as SVG and as PNG,
 * labelled from `messages.common` in the element's language.
 */
export function chartDownloadItems(labels: Pick<Messages['common'], 'downloadCsv' | 'downloadSvg' | 'downloadPng'>): DownloadMenuItem[] {
  return [
    { format: 'csv', label: labels.downloadCsv },
    { format: 'svg', label: labels.downloadSvg },
    { format: 'png', label: labels.downloadPng },
  ];
}

export interface DownloadMenuOptions {
  /** The disclosure's label, e.g. "Download". */
  label: string;
  items: DownloadMenuItem[];
  onChoose: (format: DownloadFormat) => void;
  /** A message for the live region (done, failed); empty for none. */
  status?: string;
  /** True while a file is being made: the buttons say so and are not pressed twice. */
  busy?: boolean;
}

function closeOnEscape(event: KeyboardEvent): void {
  if (event.key !== 'Escape') return;
  const details = event.currentTarget as HTMLDetailsElement;
  if (!details.open) return;
  event.stopPropagation();
  details.open = false;
  details.querySelector('summary')?.focus();
}

/**
 * The menu: a <details> disclosure whose <summary> is the button, then a list of buttons, then a
 * polite status line. Escape closes it and returns focus to the summary.
 */
export function downloadMenu(options: DownloadMenuOptions): TemplateResult {
  return html`<details class="wb-downloads" part="downloads" @keydown=${closeOnEscape}>
      <summary part="downloads-button">${options.label}</summary>
      <ul class="wb-downloads-list" part="downloads-list">
        ${options.items.map(
          (item) =>
            html`<li>
              <button type="button" part="download-button" data-format=${item.format} aria-disabled=${options.busy ? 'true' : 'false'}
                @click=${() => {
                  if (!options.busy) options.onChoose(item.format);
                }}>
                ${item.label}
              </button>
            </li>`,
        )}
      </ul>
    </details>
    <p class="wb-downloads-status" role="status" part="downloads-status">${options.status || nothing}</p>`;
}

/** Styles for the menu, to add to an element's `static styles`. */
export const downloadMenuStyles = css`
  .wb-downloads {
    display: inline-block;
    position: relative;
  }
  .wb-downloads > summary {
    display: inline-flex;
    align-items: center;
    box-sizing: border-box;
    cursor: pointer;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_muted, #505a5f);
    border-radius: 4px;
    background: var(--wb-button-background, transparent);
    min-height: 44px;
    list-style: none;
  }
  .wb-downloads > summary::-webkit-details-marker {
    display: none;
  }
  .wb-downloads > summary::after {
    content: '▾' / '';
    margin-left: 0.375em;
  }
  .wb-downloads[open] > summary::after {
    content: '▴' / '';
  }
  .wb-downloads-list {
    list-style: none;
    margin: 0.25rem 0 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .wb-downloads-list button {
    min-height: 44px;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_muted, #505a5f);
    border-radius: 4px;
    background: var(--wb-button-background, transparent);
    cursor: pointer;
  }
  .wb-downloads-list button[aria-disabled='true'] {
    cursor: progress;
  }
  .wb-downloads-status:empty {
    display: none;
  }
  .wb-downloads-status {
    margin: 0.25rem 0 0;
    font-size: 0.875em;
  }
  @media (forced-colors: active) {
    .wb-downloads > summary,
    .wb-downloads-list button {
      border-color: ButtonText;
    }
  }
`;

/** A file name part made from an id, code or period: letters, digits and dashes only (`2023 - 25` → `2023-25`). */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '') // accents off their letters: `Ynys Môn` → `Ynys-Mon`
      .replace(/[^\w-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'data'
  );
}
