import { expect } from '@open-wc/testing';
import { areasForYear, readBoundaries } from '../../../src/elements/area-map/boundaries.js';
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { BoundaryArea } from '../../../src/elements/area-map/boundaries.js';
import { boundsOf, fitShapes, MAP_WIDTH, projectAreas, ShapeCache } from '../../../src/elements/area-map/projection.js';

const layerOf = async () =>
  readBoundaries(await fetch('/examples/data/boundaries/ltla-england-wales.topo.json').then((r) => r.json()), { codeProperty: 'areacd' });

describe('area-map projection', () => {
  it('fits every council of England and Wales inside the drawing, north up and west left', async () => {
    const layer = await layerOf();
    const chosen = areasForYear(layer, new Set(layer.areas.map((a) => a.code)), 2023);
    const map = projectAreas(chosen.map((a) => ({ code: a.code, feature: layer.feature(a) })));
    expect(map.width).to.equal(MAP_WIDTH);
    expect(map.areas).to.have.length(chosen.length);
    // England and Wales are taller than wide.
    expect(map.height).to.be.within(1000, 1400);
    for (const a of map.areas) {
      expect(a.x0).to.be.at.least(0);
      expect(a.x1).to.be.at.most(map.width);
      expect(a.y0).to.be.at.least(0);
      expect(a.y1).to.be.at.most(map.height);
    }
    const at = (code: string) => map.areas.find((a) => a.code === code)!;
    const newcastle = at('E08000021');
    const brighton = at('E06000043');
    const cardiff = at('W06000015');
    const norwich = at('E07000148');
    expect(newcastle.y).to.be.below(brighton.y);
    expect(cardiff.x).to.be.below(norwich.x);
    // Path data is rounded to a tenth of a unit: short, and finer than any screen.
    expect(cardiff.path).to.match(/^M[\d.]+,[\d.]+L/);
    expect(cardiff.path).not.to.match(/\.\d\d/);
  });

  it('zooms to the areas it is given (the councils of Wales fill the width)', async () => {
    const layer = await layerOf();
    const wales = areasForYear(layer, new Set(layer.areas.map((a) => a.code).filter((c) => c.startsWith('W'))), 2023);
    const map = projectAreas(wales.map((a) => ({ code: a.code, feature: layer.feature(a) })));
    const box = boundsOf(map.areas)!;
    expect(box.x).to.be.closeTo(10, 1);
    expect(box.width).to.be.closeTo(MAP_WIDTH - 20, 1);
    expect(boundsOf([])).to.equal(undefined);
    expect(projectAreas([]).areas).to.deep.equal([]);
  });

  it("draws what d3's own path, centroid and bounds give, projecting each outline once", async () => {
    const layer = await layerOf();
    const chosen = areasForYear(layer, new Set(layer.areas.map((a) => a.code)), 2023);
    const features = chosen.map((a) => layer.feature(a));
    // d3 as documented: fitted to the width less the margins, then moved down to the top margin.
    const collection = { type: 'FeatureCollection' as const, features };
    const projection = geoTransverseMercator().rotate([2, 0]).fitWidth(MAP_WIDTH - 20, collection);
    const top = geoPath(projection).bounds(collection)[0][1];
    const [tx, ty] = projection.translate();
    projection.translate([tx + 10, ty - top + 10]);
    const d3Path = geoPath(projection);

    let projected = 0;
    const cache = new ShapeCache<BoundaryArea>();
    const shapes = () =>
      chosen.map((a) => ({
        code: a.code,
        shape: cache.get(a, () => {
          projected++;
          return layer.feature(a);
        }),
      }));
    const map = fitShapes(shapes());
    chosen.forEach((a, i) => {
      const ours = map.areas[i]!;
      const [x, y] = d3Path.centroid(features[i]!);
      const [[x0, y0], [x1, y1]] = d3Path.bounds(features[i]!);
      expect(ours.code).to.equal(a.code);
      expect(ours.x).to.be.closeTo(x, 0.1);
      expect(ours.y).to.be.closeTo(y, 0.1);
      for (const [a1, b1] of [[ours.x0, x0], [ours.y0, y0], [ours.x1, x1], [ours.y1, y1]] as const) expect(a1).to.be.closeTo(b1, 0.1);
    });
    expect(projected).to.equal(chosen.length);
    // Drawn again (a change of year or of indicator): nothing is projected again, the same path text is reused.
    const again = fitShapes(shapes());
    expect(projected).to.equal(chosen.length);
    expect(again.areas.map((a) => a.path)).to.deep.equal(map.areas.map((a) => a.path));
    expect(again.areas[0]!.path).to.equal(map.areas[0]!.path);
  });
});
