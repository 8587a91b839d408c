import { expect } from '@open-wc/testing';
import { areasForYear, BoundaryError, readBoundaries, validIn } from '../../../src/elements/area-map/boundaries.js';

// The real ONS lower-tier council boundaries of England and Wales (examples/data/boundaries; see data/SOURCES.md).
const topology = () => fetch('/examples/data/boundaries/ltla-england-wales.topo.json').then((r) => r.json() as Promise<unknown>);

function problemOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (error instanceof BoundaryError) return error.problem;
    throw error;
  }
  throw new Error('no BoundaryError');
}

describe('area-map boundaries', () => {
  it('reads the ONS TopoJSON: one layer of English and Welsh councils with codes, names and years', async () => {
    const layer = readBoundaries(await topology(), { codeProperty: 'areacd' });
    expect(layer.layer).to.equal('ltla');
    expect(layer.layers).to.deep.equal(['ltla']);
    expect(layer.areas.every((a) => /^[EW]/.test(a.code))).to.equal(true);
    const cardiff = layer.areas.find((a) => a.code === 'W06000015')!;
    expect(cardiff.name).to.equal('Cardiff');
    expect(layer.areas.find((a) => a.code === 'E06000058')).to.include({ name: 'Bournemouth, Christchurch and Poole', start: 2019, end: undefined });
    expect(layer.latestYear).to.equal(2025);
    expect(layer.feature(cardiff).geometry.type).to.match(/Polygon/);
  });

  it("chooses each council's outline for the data's year: Bournemouth and Poole before 2019, BCP after, never both", async () => {
    const layer = readBoundaries(await topology(), { codeProperty: 'areacd' });
    const codes = new Set(['E06000028', 'E06000029', 'E06000058', 'W06000015']);
    expect(areasForYear(layer, codes, 2018).map((a) => a.code).sort()).to.deep.equal(['E06000028', 'E06000029', 'W06000015']);
    expect(areasForYear(layer, codes, 2023).map((a) => a.code).sort()).to.deep.equal(['E06000058', 'W06000015']);
    expect(areasForYear(layer, codes, undefined)).to.have.length(4);
    // A code with data in a year before its boundary began (ONS back-casts new councils) gets its nearest outline.
    expect(areasForYear(layer, codes, 2016, new Set(['E06000058'])).map((a) => a.code).sort()).to.deep.equal([
      'E06000028',
      'E06000029',
      'E06000058',
      'W06000015',
    ]);
    expect(validIn({ code: 'x', name: undefined, start: 2019, end: 2022, index: 0 }, 2022)).to.equal(true);
    expect(validIn({ code: 'x', name: undefined, start: 2019, end: 2022, index: 0 }, 2023)).to.equal(false);
  });

  it('finds the areas that share a border (Cardiff touches Newport, not Ynys Môn)', async () => {
    const layer = readBoundaries(await topology(), { codeProperty: 'areacd' });
    const chosen = areasForYear(layer, new Set(layer.areas.map((a) => a.code).filter((c) => c.startsWith('W'))), 2023);
    const adjacency = layer.adjacency(chosen);
    const at = (code: string) => chosen.findIndex((a) => a.code === code);
    const cardiffNeighbours = adjacency[at('W06000015')]!.map((i) => chosen[i]!.name);
    expect(cardiffNeighbours).to.include('Newport');
    expect(cardiffNeighbours).to.include('Vale of Glamorgan');
    expect(cardiffNeighbours).not.to.include('Isle of Anglesey');
  });

  it('reads GeoJSON, with the code in any property', () => {
    const collection = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', properties: { LAD23CD: 'E1', name: 'One' }, geometry: { type: 'Polygon', coordinates: [[[0, 50], [1, 50], [1, 51], [0, 50]]] } },
        { type: 'Feature', properties: { other: 1 }, geometry: { type: 'Polygon', coordinates: [[[0, 50], [1, 50], [1, 51], [0, 50]]] } },
      ],
    };
    const layer = readBoundaries(collection, { codeProperty: 'LAD23CD' });
    expect(layer.areas.map((a) => [a.code, a.name])).to.deep.equal([['E1', 'One']]);
    expect(layer.adjacency(layer.areas)).to.deep.equal([[]]);
  });

  it('says what is wrong with a file that is not boundaries, a missing layer or the wrong code property', async () => {
    expect(problemOf(() => readBoundaries({ version: 1 }, { codeProperty: 'areacd' }))).to.deep.equal({ kind: 'not-geo' });
    expect(problemOf(() => readBoundaries([1, 2], { codeProperty: 'areacd' }))).to.deep.equal({ kind: 'not-geo' });
    const json = await topology();
    expect(problemOf(() => readBoundaries(json, { layer: 'wards', codeProperty: 'areacd' }))).to.deep.equal({
      kind: 'no-layer',
      layer: 'wards',
      layers: ['ltla'],
    });
    expect(problemOf(() => readBoundaries(json, { codeProperty: 'LAD23CD' }))).to.deep.equal({
      kind: 'no-code',
      codeProperty: 'LAD23CD',
      properties: ['areacd', 'areanm'],
    });
  });
});
