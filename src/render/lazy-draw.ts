/**
 * When to draw a chart: at once if it is on screen (or near it), otherwise when the browser is idle,
 * so the charts a reader sees come first and every chart is still drawn (and `wellbeing-ready` still
 * fires) without scrolling. The words (summary, key, table) do not wait: only the chart does.
 */
const NEAR = '200px';

export function whenVisibleOrIdle(element: Element): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    let idle = 0;
    const finish = () => {
      if (done) return;
      done = true;
      observer.disconnect();
      if (idle && typeof cancelIdleCallback === 'function') cancelIdleCallback(idle);
      resolve();
    };
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) finish();
    }, { rootMargin: NEAR });
    observer.observe(element);
    // Off screen: in idle time (at the latest after 2 s, so a busy page still gets its charts).
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(finish, { timeout: 2000 });
    else setTimeout(finish, 50);
  });
}
