import { expect } from '@open-wc/testing';
import { whenVisibleOrIdle } from '../../src/render/lazy-draw.js';

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
