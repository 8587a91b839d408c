// Apart from src/data/url-template.ts because every element reads it, while the templates' own code
// loads only for a spec that names data files (src/data/load.ts).

/**
 * What an element shows, from which a data URL with `{indicator}`, `{area}` or `{period}` is filled
 * (SPEC-v1, "Data files"). Empty values mean the element's attribute is not set.
 */
export interface DataView {
  /** The element's `indicator` attribute. */
  indicator?: string | undefined;
  /** The areas the element names: its `area`, its comparators and its own `benchmark`. */
  areas?: readonly string[] | undefined;
  /** The element's `period` attribute. */
  period?: string | undefined;
  /** The element compares with the spec's `benchmark` (it names no comparator of its own). */
  usesSpecBenchmark?: boolean | undefined;
}

/** The text that says which slice a view asks for: two loads with the same key fetch the same URLs. */
export function dataViewKey(view: DataView): string {
  return JSON.stringify([view.indicator ?? '', [...(view.areas ?? [])], view.period ?? '', !!view.usesSpecBenchmark]);
}
