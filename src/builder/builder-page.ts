/**
 * The builder page (examples/builder.html, dist/builder/index.html): wires its form to the pure
 * functions of builder-model.ts. Files are read in the browser (File.text()); nothing is sent
 * anywhere. Every text from a file is set as text (textContent, value), never as markup.
 */
import '../i18n/all.js'; // Welsh synchronously, as every message here is made at once
import { messagesFor } from '../i18n/index.js';
import {
  DEFAULT_LIBRARY_URL,
  VALUE_TYPES,
  areasOf,
  defaultChoices,
  domainList,
  elementAttributes,
  findProblems,
  placeIndicator,
  readFile,
  sexAndAgeOf,
  specFileText,
  specForElement,
  assembleSpec,
  startingFramework,
  textIn,
  textParts,
  bilingual,
  withFiles,
  withSexAndAge,
  writeSnippet,
  type BuilderChoices,
  type ElementTag,
  type ReadFile,
} from './builder-model.js';
import type { Domain, Framework } from '../spec/schema.js';

/** Names of products and files, written as they are in every language but where named (passed to the catalogue's sentences). */
const NAMES = {
  fingertips: 'Fingertips',
  fingertipsApi: 'FingertipsNext API',
  ons: 'ONS Explore Local Statistics',
  statsWales: 'StatsWales',
  javascript: 'JavaScript',
  npm: 'npm',
  folder: 'dist/builder/',
  library: 'wellbeing-widgets',
  walsall: 'Walsall',
  durham: 'Durham',
};
/** Products with a name of their own in Welsh. */
const WELSH_NAMES: Partial<typeof NAMES> = { statsWales: 'StatsCymru' };
/** The names in a language. */
const namesIn = (language: string): typeof NAMES => (language === 'cy' ? { ...NAMES, ...WELSH_NAMES } : NAMES);

/** The page's language: `?lang=cy` or `?lang=en` in the address, else the page's own `lang`. */
function languageAsked(): string {
  const asked = new URLSearchParams(location.search).get('lang');
  return asked === 'cy' || asked === 'en' ? asked : document.documentElement.lang || 'en';
}

let lang = languageAsked();
let m = messagesFor(lang).builder;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const filesInput = $<HTMLInputElement>('files');
const filesStatus = $('files-status');
const hosting = $('hosting');
const fileUrls = $('file-urls');
const indicatorSelect = $<HTMLSelectElement>('indicator');
const areaSelect = $<HTMLSelectElement>('area');
const sexAndAge = $('sex-age');
const sexAndAgeHint = $('sex-age-hint');
const sexSelect = $<HTMLSelectElement>('sex');
const ageSelect = $<HTMLSelectElement>('age');
const benchmarkSelect = $<HTMLSelectElement>('benchmark');
const titleInput = $<HTMLInputElement>('title');
const titleCyInput = $<HTMLInputElement>('title-cy');
const frameworkSelect = $<HTMLSelectElement>('framework');
const frameworkEditor = $('framework-editor');
const indicatorEditor = $('indicator-editor');
const problemsBox = $('problems');
const preview = $('preview');
const snippet = $<HTMLTextAreaElement>('snippet');
const copyButton = $<HTMLButtonElement>('copy');
const copyStatus = $('copy-status');
const download = $<HTMLAnchorElement>('download');
const includeLibrary = $<HTMLInputElement>('include-library');
const libraryUrl = $<HTMLInputElement>('library-url');
const elementBoxes = ['el-trend', 'el-gap', 'el-wheel'].map((id) => $<HTMLInputElement>(id));

let choices: BuilderChoices = { ...defaultChoices([]), libraryUrl: defaultLibraryUrl() };
let downloadUrl: string | undefined;
let filesSummary: (() => string) | undefined;
let previewTimer: ReturnType<typeof setTimeout> | undefined;

/** Hosted beside the library (dist/builder/), the snippet loads that copy; otherwise the published one. */
function defaultLibraryUrl(): string {
  const local = document.querySelector<HTMLScriptElement>('script[src$="wellbeing-widgets.js"]');
  return local && !/^(localhost|127\.0\.0\.1|\[::1\])$/.test(location.hostname) ? local.src : DEFAULT_LIBRARY_URL;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, children: Array<Node | string> = []): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function fillSelect(select: HTMLSelectElement, options: Array<[string, string]>, value: string): void {
  select.replaceChildren(...options.map(([v, text]) => element('option', { value: v, textContent: text })));
  select.value = value;
}

/** The indicators as options: the title in the page's language, and the id. */
function indicatorOptions(): Array<[string, string]> {
  return choices.indicators.map((i) => {
    const title = textIn(bilingual(i.title, i.titleCy), lang);
    return [i.id, title === i.id ? i.id : `${title} (${i.id})`];
  });
}

/** Redraws every control from `choices`, then the outputs. */
function renderControls(): void {
  const areas = areasOf(choices.files);
  fillSelect(indicatorSelect, indicatorOptions(), choices.indicator);
  fillSelect(areaSelect, areas.map((a) => [a.code, a.name === a.code ? a.code : `${a.name} (${a.code})`]), choices.area);
  fillSelect(benchmarkSelect, [['', m.page.nothing], ...areas.map((a): [string, string] => [a.code, a.name === a.code ? a.code : `${a.name} (${a.code})`])], choices.benchmark);
  renderSexAndAge();
  renderHosting();
  titleInput.value = choices.title;
  titleCyInput.value = choices.titleCy;
  for (const box of elementBoxes) box.checked = choices.elements.includes(box.value as ElementTag);
  includeLibrary.checked = choices.includeLibrary;
  libraryUrl.value = choices.libraryUrl;
  renderFrameworkEditor();
  renderIndicatorEditor();
  renderOutputs();
}

/** For each file, where it will be on the person's site: with an address, the spec reads it from there. */
function renderHosting(): void {
  hosting.hidden = !choices.files.length;
  fileUrls.replaceChildren(
    ...choices.files.map((file, index) => {
      const input = element('input', { type: 'text', id: `file-url-${index}`, value: choices.dataUrls[file.name] ?? '', inputMode: 'url', spellcheck: false });
      input.setAttribute('aria-describedby', 'hosting-hint');
      input.addEventListener('input', () => update({ dataUrls: { ...choices.dataUrls, [file.name]: input.value } }));
      return element('div', { className: 'field' }, [element('label', { htmlFor: input.id, className: 'field-label', textContent: m.page.fileAddress({ file: file.name }) }), input]);
    }),
  );
}

/** The sex and age selects, shown when the chosen indicator's file has several of either. */
function renderSexAndAge(): void {
  const found = sexAndAgeOf(choices.files, choices.indicator);
  sexAndAge.hidden = !found;
  if (!found) return;
  const { sexes, ages, sexGroups, filter } = found.choice;
  const title = indicatorOptions().find(([id]) => id === choices.indicator)?.[1] ?? choices.indicator;
  sexAndAgeHint.textContent = m.sexAndAgeHint({ indicator: title });
  fillSelect(sexSelect, [...(sexGroups ? [['', m.sexGroups] as [string, string]] : []), ...sexes.map((s): [string, string] => [s, s])], filter.sex);
  fillSelect(ageSelect, ages.map((a): [string, string] => [a, a]), filter.age);
}

/** Reads the indicator's file again with the sex and age chosen. */
function chooseSexAndAge(filter: { sex?: string; age?: string }): void {
  const found = sexAndAgeOf(choices.files, choices.indicator);
  if (!found) return;
  const reread = withSexAndAge(found.file, choices.indicator, filter, lang);
  choices = withFiles(choices, choices.files.map((f) => (f === found.file ? reread : f)));
  renderSexAndAge();
  renderOutputs();
}

/** A pair of inputs for text a spec may give in English and Welsh; `set` gets the text as the spec writes it. */
function bilingualFields(id: string, label: string, value: unknown, set: (text: string | { en: string; cy: string }) => void, fallback = ''): HTMLElement[] {
  const parts = textParts(value);
  const en = element('input', { type: 'text', id, value: parts.en });
  const cy = element('input', { type: 'text', id: `${id}-cy`, value: parts.cy, lang: 'cy' });
  const changed = () => set(bilingual(en.value.trim() || fallback, cy.value));
  en.addEventListener('change', changed);
  cy.addEventListener('change', changed);
  return [
    element('div', { className: 'field' }, [element('label', { htmlFor: en.id, className: 'field-label', textContent: m.page.inEnglish({ label }) }), en]),
    element('div', { className: 'field' }, [element('label', { htmlFor: cy.id, className: 'field-label', textContent: m.page.inWelsh({ label }) }), cy]),
  ];
}

function renderFrameworkEditor(): void {
  const framework = choices.framework;
  const fileOption = frameworkSelect.querySelector<HTMLOptionElement>('option[value="file"]')!;
  const fromFile = choices.files.some((f) => f.framework);
  fileOption.hidden = fileOption.disabled = !fromFile;
  if (!framework) {
    frameworkEditor.replaceChildren();
    return;
  }
  const title = bilingualFields('framework-title', m.page.frameworkTitle, framework.title, (text) =>
    update({ framework: { ...framework, title: text as unknown as Framework['title'] } }),
  );
  const list = element('ol', { className: 'domain-list' });
  domainList(framework, lang).forEach(({ domain, path }, index) => {
    const id = `domain-${index}`;
    const within = path.split(' › ').slice(0, -1).join(' › ');
    const fields = bilingualFields(id, within ? m.page.domainWithin({ path: within }) : m.domain, domain.label, (text) => {
      const copy = structuredClone(framework);
      domainList(copy)[index]!.domain.label = text as unknown as Domain['label'];
      update({ framework: copy });
    }, textIn(domain.label));
    const remove = element('button', { type: 'button', className: 'button secondary small', textContent: m.page.removeDomain({ domain: textIn(domain.label, lang) }) });
    remove.addEventListener('click', () => update({ framework: removeDomain(framework, domain.id) }));
    list.append(element('li', {}, [...fields, remove]));
  });
  const add = element('button', { type: 'button', className: 'button secondary', textContent: m.page.addDomain });
  add.addEventListener('click', () => {
    const copy = structuredClone(framework);
    const n = domainList(copy).length + 1;
    copy.domains.push({ id: `domain-${n}`, label: m.page.newDomain({ number: String(n) }), indicators: [] });
    update({ framework: copy });
    (document.getElementById(`domain-${n - 1}`) as HTMLInputElement | null)?.focus();
  });
  frameworkEditor.replaceChildren(...title, element('h3', { textContent: m.page.domains }), list, add);
}

function removeDomain(framework: Framework, id: string): Framework {
  const copy = structuredClone(framework);
  const strip = (domains: Framework['domains']): Framework['domains'] =>
    domains.filter((d) => d.id !== id).map((d) => (d.children ? { ...d, children: strip(d.children) } : d));
  copy.domains = strip(copy.domains);
  return copy;
}

function renderIndicatorEditor(): void {
  const domains = domainList(choices.framework, lang);
  indicatorEditor.replaceChildren(
    ...choices.indicators.map((fields, index) => {
      const prefix = `ind-${index}`;
      const set = (patch: Partial<typeof fields>) =>
        update({ indicators: choices.indicators.map((f, i) => (i === index ? { ...f, ...patch } : f)) });
      const title = bilingualFields(`${prefix}-title`, m.page.title, bilingual(fields.title, fields.titleCy), (text) => {
        const parts = textParts(text);
        set({ title: parts.en, titleCy: parts.cy });
      });
      const unit = element('input', { type: 'text', id: `${prefix}-unit`, value: fields.unit });
      unit.addEventListener('change', () => set({ unit: unit.value }));
      const polarity = element('select', { id: `${prefix}-polarity` });
      fillSelect(polarity, [['higher-is-better', m.page.higherIsBetter], ['lower-is-better', m.page.lowerIsBetter], ['no-judgement', m.page.noJudgement]], fields.polarity);
      polarity.addEventListener('change', () => set({ polarity: polarity.value as typeof fields.polarity }));
      const valueType = element('select', { id: `${prefix}-value-type` });
      fillSelect(valueType, [['', m.page.notGiven], ...VALUE_TYPES.map((v): [string, string] => [v, m.page.valueTypes[v] ?? v])], fields.valueType);
      valueType.addEventListener('change', () => set({ valueType: valueType.value }));
      const shownTitle = textIn(bilingual(fields.title, fields.titleCy), lang);
      const children: Node[] = [
        element('legend', { textContent: shownTitle ? `${shownTitle} (${fields.id})` : fields.id }),
        ...title,
        element('div', { className: 'field' }, [element('label', { htmlFor: unit.id, className: 'field-label', textContent: m.page.unit }), unit]),
        element('div', { className: 'field' }, [element('label', { htmlFor: polarity.id, className: 'field-label', textContent: m.page.polarity }), polarity]),
        element('div', { className: 'field' }, [element('label', { htmlFor: valueType.id, className: 'field-label', textContent: m.page.valueType }), valueType]),
      ];
      if (domains.length && choices.framework) {
        const framework = choices.framework;
        const boxes = domains.map(({ domain, path }, d) => {
          const box = element('input', { type: 'checkbox', id: `${prefix}-d${d}`, checked: (domain.indicators ?? []).includes(fields.id) });
          box.addEventListener('change', () => update({ framework: placeIndicator(framework, domain.id, fields.id, box.checked) }));
          return element('div', { className: 'check' }, [box, element('label', { htmlFor: box.id, textContent: path })]);
        });
        children.push(element('fieldset', { className: 'domains' }, [element('legend', { textContent: m.placeIn({ indicator: shownTitle }) }), ...boxes]));
      }
      return element('fieldset', { className: 'indicator' }, children);
    }),
  );
}

/** The problems, the HTML to paste, the spec file and (a moment later) the preview. */
function renderOutputs(): void {
  const problems = findProblems(choices, lang);
  problemsBox.replaceChildren(
    element('p', { textContent: problems.length ? m.problemCount({ count: problems.length }) : m.noProblems }),
    ...(problems.length ? [element('ul', {}, problems.map((p) => element('li', {}, [p.path.startsWith('(') ? '' : element('code', { textContent: p.path }), p.path.startsWith('(') ? '' : ': ', p.message])))] : []),
  );
  snippet.value = choices.files.length ? writeSnippet(choices, lang) : '';
  if (downloadUrl) URL.revokeObjectURL(downloadUrl);
  downloadUrl = choices.files.length ? URL.createObjectURL(new Blob([specFileText(choices)], { type: 'application/json' })) : undefined;
  download.hidden = !downloadUrl;
  if (downloadUrl) download.href = downloadUrl;
  clearTimeout(previewTimer);
  previewTimer = setTimeout(renderPreview, 250);
}

function renderPreview(): void {
  if (!choices.files.length) {
    preview.replaceChildren();
    return;
  }
  const spec = assembleSpec(choices);
  preview.replaceChildren(
    ...choices.elements.map((tag) => {
      const el = document.createElement(tag) as HTMLElement & { spec: unknown };
      for (const [name, value] of elementAttributes(tag, choices)) el.setAttribute(name, value);
      el.spec = specForElement(spec, tag, choices);
      return el;
    }),
  );
}

function update(patch: Partial<BuilderChoices>): void {
  choices = { ...choices, ...patch };
  if ('framework' in patch || 'indicators' in patch) {
    // Keep focus where it was: the editors are rebuilt, so remember the focused control's id.
    const focused = document.activeElement?.id;
    renderFrameworkEditor();
    renderIndicatorEditor();
    if (focused) document.getElementById(focused)?.focus();
  }
  if ('indicators' in patch) {
    const current = indicatorSelect.value;
    fillSelect(indicatorSelect, indicatorOptions(), current);
  }
  renderOutputs();
}

filesInput.addEventListener('change', async () => {
  const chosen = [...(filesInput.files ?? [])];
  const read: ReadFile[] = [];
  const failures: string[] = [];
  for (const file of chosen) {
    try {
      read.push(readFile(file.name, await file.text(), lang));
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  const rows = read.reduce((n, f) => n + f.rows.length, 0);
  // The count is said again in a new language; what the readers said stays in the language it was read in.
  filesSummary = () =>
    [read.length ? m.filesRead({ count: read.length, rows }) : '', ...read.flatMap((f) => f.warnings.slice(0, 3)), ...failures].filter(Boolean).join(' ');
  filesStatus.textContent = filesSummary();
  filesStatus.classList.toggle('error-text', failures.length > 0);
  choices = choices.files.length ? withFiles(choices, read) : { ...defaultChoices(read), libraryUrl: choices.libraryUrl, includeLibrary: choices.includeLibrary };
  frameworkSelect.value = read.some((f) => f.framework) ? 'file' : frameworkSelect.value;
  renderControls();
});

indicatorSelect.addEventListener('change', () => {
  update({ indicator: indicatorSelect.value });
  renderSexAndAge();
});
sexSelect.addEventListener('change', () => chooseSexAndAge({ sex: sexSelect.value }));
ageSelect.addEventListener('change', () => chooseSexAndAge({ age: ageSelect.value }));
areaSelect.addEventListener('change', () => update({ area: areaSelect.value }));
benchmarkSelect.addEventListener('change', () => update({ benchmark: benchmarkSelect.value }));
titleInput.addEventListener('input', () => update({ title: titleInput.value }));
titleCyInput.addEventListener('input', () => update({ titleCy: titleCyInput.value }));
for (const box of elementBoxes) {
  box.addEventListener('change', () => update({ elements: elementBoxes.filter((b) => b.checked).map((b) => b.value as ElementTag) }));
}
frameworkSelect.addEventListener('change', () => {
  const key = frameworkSelect.value;
  const fromFile = choices.files.find((f) => f.framework)?.framework;
  const start = key === 'file' ? (fromFile ? { framework: structuredClone(fromFile), source: undefined } : undefined) : startingFramework(key);
  update({ framework: start?.framework, frameworkSource: start?.source });
});
includeLibrary.addEventListener('change', () => update({ includeLibrary: includeLibrary.checked }));
libraryUrl.addEventListener('input', () => update({ libraryUrl: libraryUrl.value }));

copyButton.addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippet.value);
    copyStatus.textContent = m.copied;
  } catch {
    snippet.select();
    copyStatus.textContent = m.copyFailed;
  }
});

/** The page's own words in `next`: its texts, its title, then every control and output again. */
function showLanguage(next: string): void {
  lang = next;
  m = messagesFor(lang).builder;
  document.documentElement.lang = lang;
  const names = namesIn(lang);
  document.title = m.page.documentTitle(names);
  const words = { ...m, ...m.page } as Record<string, unknown>;
  for (const node of document.querySelectorAll<HTMLElement>('[data-text]')) {
    const entry = words[node.dataset.text!];
    node.textContent = typeof entry === 'function' ? (entry as (p: typeof NAMES) => string)(names) : String(entry);
  }
  // The switch offers the other language only (without examples.css too, as in dist/builder/).
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a.language-switch')) link.hidden = link.hreflang === lang;
  if (filesSummary) filesStatus.textContent = filesSummary();
  renderControls();
}

for (const link of document.querySelectorAll<HTMLAnchorElement>('a.language-switch')) {
  link.addEventListener('click', (event) => {
    event.preventDefault();
    const next = link.hreflang;
    history.pushState(null, '', `?lang=${next}`);
    showLanguage(next);
    // The link pressed is hidden now: focus the one that goes back.
    document.querySelector<HTMLAnchorElement>(`a.language-switch:not([hreflang="${next}"])`)?.focus();
  });
}
window.addEventListener('popstate', () => showLanguage(languageAsked()));

showLanguage(lang);
