// The council page's only JavaScript: the trend follows what a person chooses on the wheel.
// A separate same-origin file (not inline), so the page also works under `script-src 'self'`.
// Without it the page still works: the trend keeps its first indicator.

const wheel = document.getElementById('wheel');
const trend = document.getElementById('trend');
const status = document.getElementById('trend-status');

/** domain id → { label, indicators }, read from the wheel's own spec file. */
const domains = new Map();
/** indicator id → title. */
const titles = new Map();

async function readFramework() {
  const response = await fetch(wheel.getAttribute('src'));
  if (!response.ok) return;
  const spec = await response.json();
  for (const indicator of spec.indicators ?? []) titles.set(indicator.id, indicator.title);
  const walk = (list) =>
    list.forEach((domain) => {
      domains.set(domain.id, { label: domain.label, indicators: domain.indicators ?? [] });
      walk(domain.children ?? []);
    });
  walk(spec.framework?.domains ?? []);
}

const ready = readFramework().catch(() => undefined);

function show(indicator) {
  if (trend.getAttribute('indicator') !== indicator) trend.setAttribute('indicator', indicator);
  status.textContent = `The chart below now shows ${titles.get(indicator) ?? indicator}.`;
}

wheel.addEventListener('wellbeing-select', async (event) => {
  const detail = event.detail ?? {};
  if (detail.indicator) {
    await ready;
    show(detail.indicator);
    return;
  }
  if (detail.domain) {
    await ready;
    const domain = domains.get(detail.domain);
    if (!domain) return;
    if (domain.indicators.length) show(domain.indicators[0]);
    else status.textContent = `${domain.label} has no indicator with open data yet, so the chart below is unchanged.`;
  }
});
