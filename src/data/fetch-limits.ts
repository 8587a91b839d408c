/**
 * The limits of a fetch and how an abandoned one looks: what every element reads at once, apart
 * from the fetching itself (src/data/fetch.ts), which a page loads only when a spec comes from a URL
 * or names data files (src/data/load.ts).
 */
export interface FetchLimits {
  /** Milliseconds before the request is abandoned. Default 10 000. */
  timeoutMs?: number;
  /** Largest body accepted, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** Aborts the request when a newer load starts. */
  signal?: AbortSignal;
  lang?: string;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** True when a load was abandoned because a newer one replaced it (not an error to show). */
export function isSuperseded(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}
