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
  withFiles,
  withSexAndAge,
  writeSnippet,
  type BuilderChoices,
  type ElementTag,
  type ReadFile,
} from './builder-model.js';
import type { Framework } from '../spec/schema.js';

const m = messagesFor(document.documentElement.lang).builder;
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;

const filesInput = $<HTMLInputElement>('files');
const filesStatus = $('files-status');
const indicatorSelect = $<HTMLSelectElement>('indicator');
const areaSelect = $<HTMLSelectElement>('area');
const sexAndAge = $('sex-age');
const sexAndAgeHint = $('sex-age-hint');
const sexSelect = $<HTMLSelectElement>('sex');
const ageSelect = $<HTMLSelectElement>('age');
const benchmarkSelect = $<HTMLSelectElement>('benchmark');
const titleInput = $<HTMLInputElement>('title');
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

/** Redraws every control from `choices`, then the outputs. */
function renderControls(): void {
  const areas = areasOf(choices.files);
  fillSelect(indicatorSelect, choices.indicators.map((i) => [i.id, i.title === i.id ? i.id : `${i.title} (${i.id})`]), choices.indicator);
  fillSelect(areaSelect, areas.map((a) => [a.code, a.name === a.code ? a.code : `${a.name} (${a.code})`]), choices.area);
  fillSelect(benchmarkSelect, [['', 'Nothing'], ...areas.map((a): [string, string] => [a.code, a.name === a.code ? a.code : `${a.name} (${a.code})`])], choices.benchmark);
  renderSexAndAge();
  titleInput.value = choices.title;
  for (const box of elementBoxes) box.checked = choices.elements.includes(box.value as ElementTag);
  includeLibrary.checked = choices.includeLibrary;
  libraryUrl.value = choices.libraryUrl;
  renderFrameworkEditor();
  renderIndicatorEditor();
  renderOutputs();
}

/** The sex and age selects, shown when the chosen indicator's file has several of either. */
function renderSexAndAge(): void {
  const found = sexAndAgeOf(choices.files, choices.indicator);
  sexAndAge.hidden = !found;
  if (!found) return;
  const { sexes, ages, sexGroups, filter } = found.choice;
  const title = choices.indicators.find((i) => i.id === choices.indicator)?.title ?? choices.indicator;
  sexAndAgeHint.textContent = m.sexAndAgeHint({ indicator: title });
  fillSelect(sexSelect, [...(sexGroups ? [['', m.sexGroups] as [string, string]] : []), ...sexes.map((s): [string, string] => [s, s])], filter.sex);
  fillSelect(ageSelect, ages.map((a): [string, string] => [a, a]), filter.age);
}

/** Reads the indicator's file again with the sex and age chosen. */
function chooseSexAndAge(filter: { sex?: string; age?: string }): void {
  const found = sexAndAgeOf(choices.files, choices.indicator);
  if (!found) return;
  const reread = withSexAndAge(found.file, choices.indicator, filter, document.documentElement.lang);
  choices = withFiles(choices, choices.files.map((f) => (f === found.file ? reread : f)));
  renderSexAndAge();
  renderOutputs();
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
  const title = element('input', { type: 'text', id: 'framework-title', value: framework.title });
  title.addEventListener('change', () => update({ framework: { ...framework, title: title.value } }));
  const list = element('ol', { className: 'domain-list' });
  domainList(framework).forEach(({ domain, path }, index) => {
    const id = `domain-${index}`;
    const input = element('input', { type: 'text', id, value: domain.label });
    input.addEventListener('change', () => {
      const copy = structuredClone(framework);
      domainList(copy)[index]!.domain.label = input.value.trim() || domain.label;
      update({ framework: copy });
    });
    const label = element('label', { htmlFor: id, className: 'field-label' }, [path.includes(' › ') ? `Domain (in ${path.split(' › ').slice(0, -1).join(' › ')})` : 'Domain']);
    const remove = element('button', { type: 'button', className: 'button secondary small', textContent: `Remove ${domain.label}` });
    remove.addEventListener('click', () => update({ framework: removeDomain(framework, domain.id) }));
    list.append(element('li', {}, [label, input, remove]));
  });
  const add = element('button', { type: 'button', className: 'button secondary', textContent: 'Add a domain' });
  add.addEventListener('click', () => {
    const copy = structuredClone(framework);
    const n = domainList(copy).length + 1;
    copy.domains.push({ id: `domain-${n}`, label: `Domain ${n}`, indicators: [] });
    update({ framework: copy });
    (document.getElementById(`domain-${n - 1}`) as HTMLInputElement | null)?.focus();
  });
  frameworkEditor.replaceChildren(
    element('div', { className: 'field' }, [element('label', { htmlFor: 'framework-title', className: 'field-label', textContent: 'Framework title' }), title]),
    element('h3', { textContent: 'Domains' }),
    list,
    add,
  );
}

function removeDomain(framework: Framework, id: string): Framework {
  const copy = structuredClone(framework);
  const strip = (domains: Framework['domains']): Framework['domains'] =>
    domains.filter((d) => d.id !== id).map((d) => (d.children ? { ...d, children: strip(d.children) } : d));
  copy.domains = strip(copy.domains);
  return copy;
}

function renderIndicatorEditor(): void {
  const domains = domainList(choices.framework);
  indicatorEditor.replaceChildren(
    ...choices.indicators.map((fields, index) => {
      const prefix = `ind-${index}`;
      const set = (patch: Partial<typeof fields>) =>
        update({ indicators: choices.indicators.map((f, i) => (i === index ? { ...f, ...patch } : f)) });
      const text = (name: 'title' | 'unit', label: string) => {
        const input = element('input', { type: 'text', id: `${prefix}-${name}`, value: fields[name] });
        input.addEventListener('change', () => set({ [name]: input.value }));
        return element('div', { className: 'field' }, [element('label', { htmlFor: input.id, className: 'field-label', textContent: label }), input]);
      };
      const polarity = element('select', { id: `${prefix}-polarity` });
      fillSelect(polarity, [['higher-is-better', 'Higher is better'], ['lower-is-better', 'Lower is better'], ['no-judgement', 'Neither (no judgement)']], fields.polarity);
      polarity.addEventListener('change', () => set({ polarity: polarity.value as typeof fields.polarity }));
      const valueType = element('select', { id: `${prefix}-value-type` });
      fillSelect(valueType, [['', 'Not given'], ...VALUE_TYPES.map((v): [string, string] => [v, v.replace(/-/g, ' ')])], fields.valueType);
      valueType.addEventListener('change', () => set({ valueType: valueType.value }));
      const children: Node[] = [
        element('legend', { textContent: `${fields.title} (${fields.id})` }),
        text('title', 'Title'),
        text('unit', 'Unit (for example %, years, per 100,000)'),
        element('div', { className: 'field' }, [element('label', { htmlFor: polarity.id, className: 'field-label', textContent: 'Which is better' }), polarity]),
        element('div', { className: 'field' }, [element('label', { htmlFor: valueType.id, className: 'field-label', textContent: 'Type of value' }), valueType]),
      ];
      if (domains.length && choices.framework) {
        const framework = choices.framework;
        const boxes = domains.map(({ domain, path }, d) => {
          const box = element('input', { type: 'checkbox', id: `${prefix}-d${d}`, checked: (domain.indicators ?? []).includes(fields.id) });
          box.addEventListener('change', () => update({ framework: placeIndicator(framework, domain.id, fields.id, box.checked) }));
          return element('div', { className: 'check' }, [box, element('label', { htmlFor: box.id, textContent: path })]);
        });
        children.push(element('fieldset', { className: 'domains' }, [element('legend', { textContent: m.placeIn({ indicator: fields.title }) }), ...boxes]));
      }
      return element('fieldset', { className: 'indicator' }, children);
    }),
  );
}

/** The problems, the HTML to paste, the spec file and (a moment later) the preview. */
function renderOutputs(): void {
  const problems = findProblems(choices, document.documentElement.lang);
  problemsBox.replaceChildren(
    element('p', { textContent: problems.length ? m.problemCount({ count: problems.length }) : m.noProblems }),
    ...(problems.length ? [element('ul', {}, problems.map((p) => element('li', {}, [p.path.startsWith('(') ? '' : element('code', { textContent: p.path }), p.path.startsWith('(') ? '' : ': ', p.message])))] : []),
  );
  snippet.value = choices.files.length ? writeSnippet(choices, document.documentElement.lang) : '';
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
    fillSelect(indicatorSelect, choices.indicators.map((i) => [i.id, i.title === i.id ? i.id : `${i.title} (${i.id})`]), current);
  }
  renderOutputs();
}

filesInput.addEventListener('change', async () => {
  const chosen = [...(filesInput.files ?? [])];
  const read: ReadFile[] = [];
  const failures: string[] = [];
  for (const file of chosen) {
    try {
      read.push(readFile(file.name, await file.text(), document.documentElement.lang));
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  const rows = read.reduce((n, f) => n + f.rows.length, 0);
  filesStatus.textContent = [read.length ? m.filesRead({ count: read.length, rows }) : '', ...read.flatMap((f) => f.warnings.slice(0, 3)), ...failures]
    .filter(Boolean)
    .join(' ');
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

renderControls();
