/**
 * Problems shaped as zod's (from src/spec/check.ts, or from zod itself in tests) in the reader's
 * words, each with its JSON path. Imports nothing of zod: the elements load this.
 */
import type { Messages } from '../i18n/index.js';
import type { Problem } from './check.js';
import { describeValue, formatPath, typeName, type SpecIssue } from './issues.js';

type ZodIssue = Problem;
type ZodError = { readonly issues: readonly Problem[] };

function issueMessage(issue: ZodIssue, messages: Messages): string {
  const m = messages.spec;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected!, messages);
      return issue.input === undefined ? m.missing({ expected }) : m.expected({ expected, got: describeValue(issue.input, messages) });
    }
    case 'invalid_value':
      if (issue.values!.length === 1) return m.expected({ expected: JSON.stringify(issue.values![0]), got: describeValue(issue.input, messages) });
      return m.notOneOf({ options: issue.values!.map((v) => JSON.stringify(v)).join(', '), got: describeValue(issue.input, messages) });
    case 'invalid_union': {
      // Name every kind of value that would have been accepted.
      const expected = new Set<string>();
      for (const branch of issue.errors!) {
        // Text in several languages is an object, but the reader is told "text" (the docs explain the object).
        for (const inner of branch) if (inner.code === 'invalid_type' && inner.path.length === 0 && inner.expected !== 'record') expected.add(typeName(inner.expected!, messages));
      }
      const names = expected.size ? m.either({ items: [...expected] }) : m.somethingElse;
      return issue.input === undefined ? m.missing({ expected: names }) : m.expected({ expected: names, got: describeValue(issue.input, messages) });
    }
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return m.tooShort({ minimum: Number(issue.minimum) });
      return m.tooSmall({ minimum: Number(issue.minimum) });
    case 'too_big':
      return m.tooBig({ maximum: Number(issue.maximum) });
    case 'not_multiple_of':
      return m.notWhole;
    default:
      return m.checks[issue.message!] ?? issue.message!;
  }
}

export function toIssues(error: ZodError, prefix: PropertyKey[], messages: Messages): SpecIssue[] {
  return expandIssues(error.issues, prefix).map(({ issue, path }) => ({
    path: formatPath(path, messages),
    message: issue.code === 'invalid_type' && issue.expected === 'int' ? messages.spec.notWhole : issueMessage(issue, messages),
  }));
}

/**
 * Text may be a string or an object of languages: when an object was given and is wrong inside
 * (a bad language tag, a number for a language), say what is wrong inside rather than "expected text".
 */
function expandIssues(issues: readonly ZodIssue[], prefix: PropertyKey[]): Array<{ issue: ZodIssue; path: PropertyKey[] }> {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.input && typeof issue.input === 'object' && !Array.isArray(issue.input)) {
      const objectBranch = issue.errors!.find((branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
      if (objectBranch) return expandIssues(objectBranch, path);
    }
    if (issue.code === 'invalid_key' && issue.issues?.[0]) return [{ issue: issue.issues[0], path }];
    return [{ issue, path }];
  });
}

