import type { Messages } from '../i18n/index.js';

/** A problem found in a spec: where (a JSON path such as `data[3].value`) and what, in plain words. */
export interface SpecIssue {
  path: string;
  message: string;
}

/** `['data', 3, 'value']` → `data[3].value`. */
export function formatPath(path: ReadonlyArray<PropertyKey>, messages?: Messages): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else {
      const name = String(key);
      out += /^[A-Za-z_$][\w$]*$/.test(name) ? (out ? `.${name}` : name) : `[${JSON.stringify(name)}]`;
    }
  }
  return out || (messages?.spec.wholeSpec ?? '(the spec)');
}

/** How a value found in a spec reads in a message: "seven" in quotes, a list, an object, null. */
export function describeValue(value: unknown, messages?: Messages): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return messages?.spec.aList ?? 'a list';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 37)}…` : value;
    return JSON.stringify(shown);
  }
  if (typeof value === 'object') return messages?.spec.anObject ?? 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return String(value);
}

export function typeName(expected: string, messages: Messages): string {
  return messages.spec.typeNames[expected] ?? expected;
}
