import { expect } from '@open-wc/testing';
import { systemColor, withForcedColors } from '../../commands.js';

// The one forced-colours helper the element tests share (test/commands.ts): it must really turn
// forced colours on, hand over the forced palette, and never leave them on for the next test.
describe('withForcedColors (the shared forced-colours test helper)', function () {
  this.timeout(20000);

  it('runs the check in forced colours with the palette resolved there, and turns them off after', async () => {
    const seen = await withForcedColors((palette) => ({ active: matchMedia('(forced-colors: active)').matches, palette }));
    expect(seen.active).to.equal(true);
    expect(seen.palette.canvas).to.match(/^rgb/);
    expect(seen.palette.canvasText).not.to.equal(seen.palette.canvas);
    expect(seen.palette.highlight).not.to.equal(seen.palette.canvas);
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });

  it('turns forced colours off even when the check fails, and passes the failure on', async () => {
    let error: unknown;
    try {
      await withForcedColors(() => {
        throw new Error('a failing check');
      });
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).to.equal('a failing check');
    expect(matchMedia('(forced-colors: active)').matches).to.equal(false);
  });

  it('resolves a system colour by name', () => {
    expect(systemColor('Canvas')).to.match(/^rgb/);
    expect(systemColor('CanvasText')).not.to.equal(systemColor('Canvas'));
  });
});
