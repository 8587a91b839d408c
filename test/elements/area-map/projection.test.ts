import { expect } from '@open-wc/testing';
import { areasForYear, readBoundaries } from '../../../src/elements/area-map/boundaries.js';
import { boundsOf, MAP_WIDTH, projectAreas } from '../../../src/elements/area-map/projection.js';

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
});
