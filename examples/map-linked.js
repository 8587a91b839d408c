// The linked map page's only JavaScript: choosing an area on the map points the trend and the wheel
// at it, and the measure chosen above the map is the one the map and the trend show. A separate
// same-origin file (not inline), so the page also works under `script-src 'self'`. Without it the
// page still works: each element keeps showing its first area.

const map = document.getElementById('map');
const trend = document.getElementById('trend');
const wheel = document.getElementById('wheel');
const measure = document.getElementById('measure');
const status = document.getElementById('chosen-status');
const names = document.querySelectorAll('[data-area-name]');

/** area code → name, read from the page's spec file. */
const areaNames = new Map();
const ready = fetch(map.getAttribute('src'))
  .then((response) => (response.ok ? response.json() : { areas: [] }))
  .then((spec) => spec.areas.forEach((area) => areaNames.set(area.code, area.name)))
  .catch(() => undefined);

map.addEventListener('wellbeing-select', async (event) => {
  const code = event.detail?.area;
  if (!code) return;
  await ready;
  trend.setAttribute('area', code);
  wheel.setAttribute('area', code);
  const name = areaNames.get(code) ?? code;
  names.forEach((el) => (el.textContent = name));
  status.textContent = `The trend and the wheel below now show ${name}.`;
});

measure.addEventListener('change', () => {
  map.setAttribute('indicator', measure.value);
  trend.setAttribute('indicator', measure.value);
});
