/**
 * A shared memory-leak test (after Adobe Spectrum's `testForMemoryLeaks`): an element is created,
 * drawn and removed many times; afterwards no removed element may still be reachable (a listener, a
 * ResizeObserver, a Vega view or a timer left behind keeps its element alive) and the heap may not
 * grow round after round.
 */
import { expect } from '@open-wc/testing';
import { heapAfterGc } from '../../commands.js';

export interface LeakOptions {
  /** Add/remove rounds measured (after the warm-up rounds). */
  rounds?: number;
  /** Rounds before measuring, while code, caches and fonts settle (default 2). */
  warmUp?: number;
  /** Largest heap growth allowed per round, in bytes (caches may grow a little, not per element). */
  bytesPerRound?: number;
}

/**
 * Runs `mountAndRemove` (which must put one element on the page, wait until it is drawn, and remove
 * it, returning the element) many times; fails if any removed element is still alive after garbage
 * collection, or if the heap grows by more than `bytesPerRound` a round.
 */
export async function testForMemoryLeaks(mountAndRemove: () => Promise<Element>, { rounds = 10, warmUp = 2, bytesPerRound = 100 * 1024 }: LeakOptions = {}): Promise<void> {
  // Warm up: chunks, fonts, caches and Lit's template cache are filled once.
  for (let i = 0; i < warmUp; i++) await mountAndRemove();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const before = await heapAfterGc();
  const removed: Array<WeakRef<Element>> = [];
  for (let i = 0; i < rounds; i++) removed.push(new WeakRef(await mountAndRemove()));
  // Let pending callbacks (a ResizeObserver, a frame, a microtask) run and let go.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  const after = await heapAfterGc();
  const alive = removed.flatMap((ref, round) => (ref.deref() !== undefined ? [round + 1] : []));
  expect(alive, 'rounds whose removed element is still reachable after garbage collection').to.deep.equal([]);
  expect(after - before, `heap growth over ${rounds} rounds (bytes)`).to.be.below(bytesPerRound * rounds);
}
