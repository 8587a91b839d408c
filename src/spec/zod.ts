import * as z from 'zod/mini';

// zod/mini: the same checks as classic zod at a fraction of the bundle size.
// zod 4 probes for `eval` with `new Function("")` unless told not to; under a CSP without
// 'unsafe-eval' that probe is reported as a violation. Every schema module imports z from here.
z.config({ jitless: true });

export { z };
