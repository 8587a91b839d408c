import { expect } from '@open-wc/testing';
import { drawWhenVisibleOrIdle, whenVisibleOrIdle } from '../../src/render/lazy-draw.js';

describe('whenVisibleOrIdle (charts on screen first, the rest in idle time)', () => {
  it('resolves for a chart on screen and, without scrolling, for one far below it', async () => {
    const onScreen = document.createElement('div');
    onScreen.style.height = '100px';
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const below = document.createElement('div');
    below.style.height = '100px';
    document.body.append(onScreen, spacer, below);
    try {
      const order: string[] = [];
      await Promise.all([
        whenVisibleOrIdle(below).then(() => order.push('below')),
        whenVisibleOrIdle(onScreen).then(() => order.push('on screen')),
      ]);
      expect(order).to.have.members(['on screen', 'below']);
      expect(window.scrollY).to.equal(0);
    } finally {
      onScreen.remove();
      spacer.remove();
      below.remove();
    }
  });
});

describe('drawWhenVisibleOrIdle (charts off screen drawn in turn in idle time)', () => {
  it('draws every chart below the screen, one after another, and a chart on screen without waiting for them', async () => {
    const onScreen = document.createElement('div');
    onScreen.style.height = '100px';
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const below = Array.from({ length: 5 }, () => {
      const div = document.createElement('div');
      div.style.height = '100px';
      return div;
    });
    document.body.append(onScreen, spacer, ...below);
    try {
      const log: string[] = [];
      const draw = (name: string) => async () => {
        log.push(`start ${name}`);
        await new Promise((resolve) => setTimeout(resolve, 5)); // a draw that takes time (a chunk loading)
        log.push(`end ${name}`);
        return name;
      };
      const drawn = await Promise.all([...below.map((el, i) => drawWhenVisibleOrIdle(el, draw(`below ${i}`))), drawWhenVisibleOrIdle(onScreen, draw('on screen'))]);
      expect(drawn).to.deep.equal(['below 0', 'below 1', 'below 2', 'below 3', 'below 4', 'on screen']);
      expect(log[0]).to.equal('start on screen');
      // Below the screen: each starts after the one before has ended.
      const belowLog = log.filter((entry) => entry.includes('below'));
      expect(belowLog).to.deep.equal(below.flatMap((_, i) => [`start below ${i}`, `end below ${i}`]));
      expect(window.scrollY).to.equal(0);
    } finally {
      onScreen.remove();
      spacer.remove();
      for (const el of below) el.remove();
    }
  });

  it('starts drawing a chart on screen in the frame it first appears in, before that frame is painted', async () => {
    const onScreen = document.createElement('div');
    onScreen.style.height = '100px';
    document.body.append(onScreen);
    try {
      let started = false;
      const drawn = drawWhenVisibleOrIdle(onScreen, async () => {
        started = true;
      });
      // Asked for after the chart, this runs later in the same frame: before its style, layout and paint.
      const inThatFrame = await new Promise<boolean>((resolve) => requestAnimationFrame(() => resolve(started)));
      expect(inThatFrame, 'the chart started before the frame was painted').to.equal(true);
      await drawn;
    } finally {
      onScreen.remove();
    }
  });

  it('rejects as the draw does, and draws the next chart all the same', async () => {
    const spacer = document.createElement('div');
    spacer.style.height = '5000px';
    const [a, b] = [document.createElement('div'), document.createElement('div')];
    document.body.append(spacer, a, b);
    try {
      const failed = drawWhenVisibleOrIdle(a, () => Promise.reject(new Error('broken chart')));
      const next = drawWhenVisibleOrIdle(b, () => Promise.resolve('drawn'));
      const error = await failed.then(() => undefined, (e: unknown) => e);
      expect(String(error)).to.contain('broken chart');
      expect(await next).to.equal('drawn');
    } finally {
      spacer.remove();
      a.remove();
      b.remove();
    }
  });
});
