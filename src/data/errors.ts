import type { SpecIssue } from '../spec/issues.js';

export type LoadErrorKind =
  | 'status'
  | 'no-content'
  | 'html'
  | 'broken-json'
  | 'network'
  | 'redirect'
  | 'redirect-loop'
  | 'timeout'
  | 'too-big'
  | 'csv'
  | 'spec';

/** A failure to load or read a spec, with a sentence for people and the facts behind it. */
export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly issues: SpecIssue[];
  /** The language the message is written in, when it is not the page's (a spec's own "lang"). */
  lang: string | undefined;

  constructor(kind: LoadErrorKind, message: string, details: { url?: string | undefined; status?: number; issues?: SpecIssue[] } = {}) {
    super(message);
    this.name = 'LoadError';
    this.kind = kind;
    this.url = details.url;
    this.status = details.status;
    this.issues = details.issues ?? [];
  }
}
