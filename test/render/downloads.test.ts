import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { render } from 'lit';
import { splitCsv } from '../../src/data/csv.js';
import { messagesFor } from '../../src/i18n/index.js';
import {
  chartDownloadItems,
  csvField,
  csvFile,
  downloadMenu,
  offerDownload,
  pngFile,
  titleSvg,
  toCsv,
  type DownloadDetail,
  type DownloadFormat,
} from '../../src/render/downloads.js';
import { exportChart } from '../../src/render/chart-export.js';
import { liveViewCount } from '../../src/render/vega.js';
import type { TopLevelSpec } from 'vega-lite';
import { compiledChart } from './compiled.js';
import { mount } from '../helpers.js';

describe('downloads (src/render/downloads.ts)', () => {
  describe('CSV', () => {
    it('quotes only what needs quoting and doubles quotes (RFC 4180)', () => {
      expect(csvField('Walsall')).to.equal('Walsall');
      expect(csvField('per 100,000')).to.equal('"per 100,000"');
      expect(csvField('the "x" status')).to.equal('"the ""x"" status"');
      expect(csvField('two\nlines')).to.equal('"two\nlines"');
      expect(csvField(' padded')).to.equal('" padded"');
      expect(csvField(7.25)).to.equal('7.25');
      expect(csvField(-0.5)).to.equal('-0.5');
      expect(csvField(null)).to.equal('');
      expect(csvField(undefined)).to.equal('');
      expect(csvField(Number.NaN)).to.equal('');
    });

    it('keeps text that a spreadsheet would run as a formula as text', () => {
      expect(csvField('=HYPERLINK("http://x")')).to.equal(`"'=HYPERLINK(""http://x"")"`);
      expect(csvField('+44')).to.equal("'+44");
      expect(csvField('@SUM(A1)')).to.equal("'@SUM(A1)");
      expect(csvField('-5 (text)')).to.equal("'-5 (text)");
    });

    it('a whole table reads back cell for cell', () => {
      const rows = [
        ['E09000019', 'Islington, London', 7.25, null, 'said "similar"\r\nto England'],
        ['E92000001', 'England', 7.44, 7.42, ''],
      ];
      const text = toCsv(['area', 'name', 'value', 'lower', 'note'], rows);
      expect(text.endsWith('\r\n')).to.equal(true);
      expect(splitCsv(text).records).to.deep.equal([
        ['area', 'name', 'value', 'lower', 'note'],
        ['E09000019', 'Islington, London', '7.25', '', 'said "similar"\r\nto England'],
        ['E92000001', 'England', '7.44', '7.42', ''],
      ]);
    });

    it('a CSV file starts with a byte order mark so spreadsheets read UTF-8', async () => {
      const file = csvFile('a.csv', 'name\r\nYnys Môn – Anglesey\r\n');
      expect(file).to.include({ format: 'csv', filename: 'a.csv' });
      expect(file.blob.type).to.equal('text/csv;charset=utf-8');
      const bytes = new Uint8Array(await file.blob.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      expect(new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)).to.equal('\uFEFFname\r\nYnys Môn – Anglesey\r\n');
    });
  });

  it('an SVG gets a <title> with the text escaped', () => {
    expect(titleSvg('<svg a="1"><g/></svg>', 'A & <B>')).to.equal('<svg a="1"><title>A &amp; &lt;B&gt;</title><g/></svg>');
  });

  it('a PNG data URL is decoded to bytes without fetch', async () => {
    // The 8-byte PNG signature, base64.
    const file = pngFile('c.png', 'data:image/png;base64,iVBORw0KGgo=');
    expect(file.blob.type).to.equal('image/png');
    expect([...new Uint8Array(await file.blob.arrayBuffer())]).to.deep.equal([137, 80, 78, 71, 13, 10, 26, 10]);
  });

  it('a download is offered to the page first; a listener can take it instead of the browser', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    const seen: DownloadDetail[] = [];
    const listener = (event: Event) => {
      seen.push((event as CustomEvent<DownloadDetail>).detail);
      event.preventDefault();
    };
    document.addEventListener('wellbeing-download', listener);
    try {
      const file = csvFile('x.csv', 'a\r\n');
      expect(offerDownload(host, file)).to.equal(false);
      expect(seen).to.deep.equal([file]);
    } finally {
      document.removeEventListener('wellbeing-download', listener);
      host.remove();
    }
  });

  it('exportChart draws off screen at a fixed width, returns the file and finalizes the view', async () => {
    const parent = document.createElement('div');
    document.body.append(parent);
    const spec = compiledChart({
      width: 100,
      height: 100,
      autosize: { type: 'fit-x', contains: 'padding' },
      data: { values: [{ x: 'a', y: 1 }, { x: 'b', y: 2 }] },
      mark: 'line',
      encoding: { x: { field: 'x', type: 'ordinal' }, y: { field: 'y', type: 'quantitative' } },
    } as TopLevelSpec);
    const before = liveViewCount();
    try {
      const svgFile = await exportChart({ parent, spec, label: 'A line', format: 'svg', filename: 'c.svg', width: 640 });
      const text = await svgFile.blob.text();
      expect(text).to.match(/^<svg[^>]*width="640"/);
      expect(text).to.contain('<title>A line</title>');
      const png = await exportChart({ parent, spec, label: 'A line', format: 'png', filename: 'c.png' });
      expect(png.blob.type).to.equal('image/png');
      expect(png.blob.size).to.be.above(100);
      expect(parent.children.length).to.equal(0);
      expect(liveViewCount()).to.equal(before);
    } finally {
      parent.remove();
    }
  });

  describe('the menu', () => {
    function menu(chosen: DownloadFormat[], status = '') {
      const el = mount(html`<div></div>`).firstElementChild as HTMLDivElement;
      render(
        downloadMenu({
          label: 'Download',
          items: [
            { format: 'csv', label: 'Data (CSV)' },
            { format: 'svg', label: 'Chart (SVG)' },
          ],
          onChoose: (format) => chosen.push(format),
          status,
        }),
        el,
      );
      return el;
    }

    it('opens from the keyboard, chooses with Enter, and closes with Escape back on its button', async () => {
      const chosen: DownloadFormat[] = [];
      const el = menu(chosen);
      const details = el.querySelector('details')!;
      const summary = el.querySelector('summary')!;
      summary.focus();
      await sendKeys({ press: 'Enter' });
      expect(details.open).to.equal(true);
      await sendKeys({ press: 'Tab' });
      expect(document.activeElement?.textContent?.trim()).to.equal('Data (CSV)');
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Enter' });
      expect(chosen).to.deep.equal(['svg']);
      await sendKeys({ press: 'Escape' });
      expect(details.open).to.equal(false);
      expect(document.activeElement).to.equal(summary);
    });

    it('the standard chart items: data as CSV, the chart as SVG and PNG, labelled in the language', () => {
      expect(chartDownloadItems(messagesFor('en').common)).to.deep.equal([
        { format: 'csv', label: 'Data (CSV)' },
        { format: 'svg', label: 'Chart (SVG)' },
        { format: 'png', label: 'Chart (PNG)' },
      ]);
    });

    it('has a polite status line and passes axe', async () => {
      const el = menu([], 'Downloaded a.csv.');
      el.querySelector('details')!.open = true;
      expect(el.querySelector('[role="status"]')!.textContent).to.equal('Downloaded a.csv.');
      await expect(el).to.be.accessible();
    });
  });
});
