/**
 * When to draw a chart: at once if it is on screen (or near it), otherwise when the browser is idle,
 * so the charts a reader sees come first and every chart is still drawn (and `wellbeing-ready` still
 * fires) without scrolling. The words (summary, key, table) do not wait: only the chart does.
 *
 * Charts off screen are drawn one after another in the same idle period while it lasts (one chart
 * per idle callback gave the page a frame, with its style, layout and paint, for every chart: with
 * 30 trends that was a third of the time), and only once the browser has said they are off screen,
 * so a chart on screen is never queued behind them. Where a new chart is, is looked at in the next
 * frame, before it is painted (placeInFrame); one IntersectionObserver serves every chart after that
 * (a chart scrolled to while still waiting is drawn at once).
 */
const NEAR_PX = 200;

interface Waiting {
  element: Element;
  /** The browser has said it is off screen. */
  offScreen: boolean;
  /** Its place was looked at in a frame (placeInFrame). */
  placed: boolean;
  run(): Promise<void>;
}

const queue: Waiting[] = [];
let observer: IntersectionObserver | undefined;
let idle = 0;
let draining = false;
let placing = 0;

function take(job: Waiting): void {
  const at = queue.indexOf(job);
  if (at >= 0) queue.splice(at, 1);
  if (!queue.some((other) => other.element === job.element)) observer?.unobserve(job.element);
}

/** A waiting chart found on screen is drawn at once; one off screen waits for idle time. */
function place(job: Waiting, onScreen: boolean): void {
  if (onScreen) {
    take(job);
    void job.run();
  } else job.offScreen = true;
}

function onIntersection(entries: IntersectionObserverEntry[]): void {
  for (const entry of entries) {
    for (const job of queue.filter((j) => j.element === entry.target)) place(job, entry.isIntersecting);
  }
  askForIdle();
}

/**
 * In the next frame, before the browser paints it: the charts asked for since the last frame that
 * are on (or near) the screen are drawn at once, and the others marked off screen. One layout serves
 * them all (the frame lays the page out anyway); waiting for the observer's first report instead
 * painted the page without the charts first, and drew them a frame later.
 */
function placeInFrame(): void {
  if (placing || typeof requestAnimationFrame !== 'function') return;
  placing = requestAnimationFrame(() => {
    placing = 0;
    const [near, height, width] = [NEAR_PX, innerHeight, innerWidth];
    for (const job of queue.filter((j) => !j.placed)) {
      job.placed = true;
      const box = job.element.getBoundingClientRect();
      place(job, (box.width > 0 || box.height > 0) && box.bottom >= -near && box.top <= height + near && box.right >= -near && box.left <= width + near);
    }
    askForIdle();
  });
}

function askForIdle(): void {
  if (idle || draining || queue.length === 0) return;
  if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(drain, { timeout: 2000 });
  else idle = setTimeout(() => drain(undefined), 50) as unknown as number;
}

/** Draws waiting charts while the idle period lasts (at least one; any, once the 2 s timeout passed). */
async function drain(deadline: IdleDeadline | undefined): Promise<void> {
  idle = 0;
  draining = true;
  try {
    const late = !deadline || deadline.didTimeout;
    do {
      const job = queue.find((j) => j.offScreen) ?? (late ? queue[0] : undefined);
      if (!job) break;
      take(job);
      await job.run();
    } while (queue.length > 0 && deadline !== undefined && deadline.timeRemaining() > 0);
  } finally {
    draining = false;
    askForIdle();
  }
}

/**
 * Runs `draw` when `element` is on (or near) the screen, or in idle time; resolves (or rejects) as
 * `draw` does. Charts waiting for idle time are drawn in turn, each after the one before has finished.
 */
export function drawWhenVisibleOrIdle<T>(element: Element, draw: () => Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const job: Waiting = {
      element,
      // Drawn again while still waiting: the browser will not say again where an observed element is.
      offScreen: queue.find((j) => j.element === element)?.offScreen ?? false,
      placed: false,
      run: () => draw().then(resolve, reject),
    };
    queue.push(job);
    observer ??= new IntersectionObserver(onIntersection, { rootMargin: `${NEAR_PX}px` });
    observer.observe(element);
    placeInFrame();
    askForIdle();
  });
}

/** Resolves when `element` is on screen or the browser is idle (a draw of nothing). */
export function whenVisibleOrIdle(element: Element): Promise<void> {
  return drawWhenVisibleOrIdle(element, () => Promise.resolve());
}
