import { expect } from '@open-wc/testing';
import { directionOfKey, neighbourInDirection } from '../../../src/elements/area-map/neighbours.js';

describe('area-map neighbours', () => {
  // A 3 x 3 grid, y down:  0 1 2 / 3 4 5 / 6 7 8
  const grid = Array.from({ length: 9 }, (_, i) => ({ x: (i % 3) * 10, y: Math.floor(i / 3) * 10 }));

  it('moves to the nearest area in the direction of the arrow', () => {
    expect(neighbourInDirection(grid, 4, 'right')).to.equal(5);
    expect(neighbourInDirection(grid, 4, 'left')).to.equal(3);
    expect(neighbourInDirection(grid, 4, 'up')).to.equal(1);
    expect(neighbourInDirection(grid, 4, 'down')).to.equal(7);
  });

  it('stops at the edge: nothing that way', () => {
    expect(neighbourInDirection(grid, 2, 'right')).to.equal(undefined);
    expect(neighbourInDirection(grid, 0, 'up')).to.equal(undefined);
    expect(neighbourInDirection(grid, 99, 'up')).to.equal(undefined);
  });

  it('prefers an area sharing a border over a nearer one that does not', () => {
    // From 4, right: 5 is nearest, but only 2 shares a border and lies within 60° of right.
    const adjacency = [[], [], [4], [], [2], [], [], [], []];
    expect(neighbourInDirection(grid, 4, 'right', adjacency)).to.equal(2);
    // No neighbour that way: any area that way (an island across the water).
    expect(neighbourInDirection(grid, 4, 'left', adjacency)).to.equal(3);
  });

  it('ignores areas more than 60° off the arrow', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 1, y: 10 },
    ];
    expect(neighbourInDirection(points, 0, 'right')).to.equal(undefined);
    expect(neighbourInDirection(points, 0, 'down')).to.equal(1);
  });

  it('reads arrow keys', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Enter'].map(directionOfKey)).to.deep.equal(['left', 'right', 'up', 'down', undefined]);
  });
});
