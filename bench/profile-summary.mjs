// Reading a Chrome CPU profile (DevTools protocol `Profiler.stop`): what the profiling tools share.

/**
 * Self and total time (ms) per function, the most first; `idleMs` is the time the main thread
 * waited ("(idle)" samples), `totalMs` every sample.
 */
export function summariseProfile(profile, { self: selfCount = 25, total: totalCount = 40 } = {}) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const selfUs = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (deltas[i + 1] ?? 0)));
  const name = (n) => {
    const f = n.callFrame;
    const file = f.url ? f.url.replace(/^.*\//, '') : '';
    return `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
  };
  const self = new Map();
  const total = new Map();
  let idle = 0;
  for (const [id, us] of selfUs) {
    const n = byId.get(id);
    if (n.callFrame.functionName === '(idle)') idle += us;
    self.set(name(n), (self.get(name(n)) ?? 0) + us);
    // Total: count each function once per stack.
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const key = name(byId.get(at));
      if (seen.has(key)) continue;
      seen.add(key);
      total.set(key, (total.get(key) ?? 0) + us);
    }
  }
  const all = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const top = (map, n) => [...map].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, us]) => `${(us / 1000).toFixed(1).padStart(8)} ms  ${k}`);
  return { totalMs: (all / 1000).toFixed(1), idleMs: (idle / 1000).toFixed(1), self: top(self, selfCount), total: top(total, totalCount) };
}

/** Prints `heading` (given the summary), then the functions with the most self and total time. */
export function printProfile(heading, profile, counts) {
  const s = summariseProfile(profile, counts);
  console.log(heading(s));
  console.log('-- self time');
  console.log(s.self.join('\n'));
  console.log('-- total time');
  console.log(s.total.join('\n'));
}
