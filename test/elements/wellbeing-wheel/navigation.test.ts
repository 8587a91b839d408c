import { expect } from '@open-wc/testing';
import { nextSegment, type NavigableDomain } from '../../../src/elements/wellbeing-wheel/navigation.js';

const d = (id: string, parentId?: string, childIds: string[] = []): NavigableDomain => ({ id, parentId, childIds });

describe('wellbeing-wheel keyboard navigation', () => {
  const oneRing = [[d('a'), d('b'), d('c')]];
  // County Durham's shape: a parent without children, two parents with three children each.
  const twoRings = [
    [d('evidence'), d('people', undefined, ['p1', 'p2', 'p3']), d('systems', undefined, ['p4', 'p5', 'p6'])],
    [d('p1', 'people'), d('p2', 'people'), d('p3', 'people'), d('p4', 'systems'), d('p5', 'systems'), d('p6', 'systems')],
  ];

  it('Right and Left go round the ring and wrap', () => {
    expect(nextSegment(oneRing, 'a', 'ArrowRight')).to.equal('b');
    expect(nextSegment(oneRing, 'c', 'ArrowRight')).to.equal('a');
    expect(nextSegment(oneRing, 'a', 'ArrowLeft')).to.equal('c');
  });

  it('Home and End go to the first and last of the current ring', () => {
    expect(nextSegment(oneRing, 'b', 'Home')).to.equal('a');
    expect(nextSegment(oneRing, 'b', 'End')).to.equal('c');
    expect(nextSegment(twoRings, 'p3', 'Home')).to.equal('p1');
    expect(nextSegment(twoRings, 'p3', 'End')).to.equal('p6');
  });

  it('Down goes to the first child in the outer ring; Up back to the parent', () => {
    expect(nextSegment(twoRings, 'people', 'ArrowDown')).to.equal('p1');
    expect(nextSegment(twoRings, 'p5', 'ArrowUp')).to.equal('systems');
  });

  it('the outer ring runs on across parents', () => {
    expect(nextSegment(twoRings, 'p3', 'ArrowRight')).to.equal('p4');
    expect(nextSegment(twoRings, 'p1', 'ArrowLeft')).to.equal('p6');
  });

  it('nowhere to go: Down from a domain without children, Up from the inner ring, either in one ring', () => {
    expect(nextSegment(twoRings, 'evidence', 'ArrowDown')).to.equal(undefined);
    expect(nextSegment(twoRings, 'people', 'ArrowUp')).to.equal(undefined);
    expect(nextSegment(oneRing, 'b', 'ArrowUp')).to.equal(undefined);
    expect(nextSegment(oneRing, 'b', 'ArrowDown')).to.equal(undefined);
  });
});
