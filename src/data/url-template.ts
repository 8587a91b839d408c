import { messagesFor } from '../i18n/index.js';
import type { DataRef, ParsedSpec } from '../spec/schema.js';
import { LoadError } from './errors.js';
import type { DataView } from './data-view.js';

export { dataViewKey, type DataView } from './data-view.js';

const PLACEHOLDERS = /\{(indicator|area|period)\}/g;
type Placeholder = 'indicator' | 'area' | 'period';

/** True when a data URL holds `{indicator}`, `{area}` or `{period}`. */
export function isUrlTemplate(url: string): boolean {
  return /\{(indicator|area|period)\}/.test(url);
}

/** The URL with each placeholder replaced by its value, URL-encoded. */
export function fillUrlTemplate(url: string, values: Partial<Record<Placeholder, string>>): string {
  return url.replace(PLACEHOLDERS, (whole, name: Placeholder) => (values[name] === undefined ? whole : encodeURIComponent(values[name])));
}

/**
 * Replaces each data reference whose URL is a template by one reference per value it needs: one
 * URL for each area (the element's, the benchmark, each comparator) and, where the URL has
 * `{indicator}`, for each indicator; `{period}` is the element's period. References without
 * placeholders are kept as they are. Throws a LoadError naming the URL and the missing attribute
 * when the element does not say what to fill in.
 */
export function expandDataRefs(refs: readonly DataRef[], spec: ParsedSpec, view: DataView, lang?: string): DataRef[] {
  const out: DataRef[] = [];
  const seen = new Set<string>();
  for (const ref of refs) {
    if (!isUrlTemplate(ref.url)) {
      out.push(ref);
      continue;
    }
    const needs = new Set([...ref.url.matchAll(PLACEHOLDERS)].map((match) => match[1] as Placeholder));
    const indicators = needs.has('indicator') ? valuesFor('indicator', ref.url, indicatorsOf(spec, view), lang) : [undefined];
    const areas = needs.has('area') ? valuesFor('area', ref.url, areasOf(spec, view), lang) : [undefined];
    const period = needs.has('period') ? valuesFor('period', ref.url, view.period ? [view.period] : [], lang)[0] : undefined;
    for (const indicator of indicators) {
      for (const area of areas) {
        const url = fillUrlTemplate(ref.url, { indicator, area, period });
        if (seen.has(url)) continue;
        seen.add(url);
        // A wide-csv file's indicator id may itself be "{indicator}": the same value is meant.
        out.push({ ...ref, url, ...(ref.indicator && indicator !== undefined ? { indicator: fillText(ref.indicator, indicator) } : {}) });
      }
    }
  }
  return out;
}

function fillText(text: string, indicator: string): string {
  return text.replace(/\{indicator\}/g, indicator);
}

function valuesFor(name: Placeholder, url: string, values: readonly string[], lang?: string): readonly string[] {
  if (values.length) return values;
  const m = messagesFor(lang).load;
  throw new LoadError('spec', m.templateNeeds({ url, placeholder: name }), { url, issues: [{ path: 'data', message: m.templateNeeds({ url, placeholder: name }) }] });
}

/** The element's indicator; else the framework's (a wheel shows all of them); else the spec's list. */
function indicatorsOf(spec: ParsedSpec, view: DataView): string[] {
  if (view.indicator) return [view.indicator];
  const fromFramework = unique((spec.framework?.domains ?? []).flatMap(domainIndicators));
  if (fromFramework.length) return fromFramework;
  return unique(spec.indicators.map((indicator) => indicator.id));
}

interface DomainIndicators {
  indicators?: string[] | undefined;
  children?: DomainIndicators[] | undefined;
}

function domainIndicators(domain: DomainIndicators): string[] {
  return [...(domain.indicators ?? []), ...(domain.children ?? []).flatMap(domainIndicators)];
}

/** The areas the element names, with the spec's benchmark when it compares with it; else the spec's areas. */
function areasOf(spec: ParsedSpec, view: DataView): string[] {
  const named = [...(view.areas ?? [])];
  if (!named.length) return unique([...spec.areas.map((area) => area.code), ...(spec.benchmark ? [spec.benchmark] : [])]);
  if (view.usesSpecBenchmark && spec.benchmark) named.push(spec.benchmark);
  return unique(named);
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values.map((value) => value.trim()).filter(Boolean))];
}
