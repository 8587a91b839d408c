// Serves the example pages' extra routes inside the test runner exactly as `npm start` does
// (scripts/example-routes.mjs): the CSP header of examples/csp.html and /api/spec/<area>.json.
// The runner already serves the repository root, so /examples/… and /dist/… need nothing here.

import { fileURLToPath } from 'node:url';
import { answerApi, headersFor } from '../../scripts/example-routes.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export function examplesPlugin() {
  return {
    name: 'wellbeing-examples',
    async serve(context) {
      const answer = await answerApi(ROOT, context.path);
      if (!answer) return undefined;
      // The dev server answers every plugin-served request with 200; the status is put back in transform().
      context.state.exampleStatus = answer.status;
      return { body: answer.body, type: answer.type, headers: answer.headers };
    },
    transform(context) {
      if (context.state.exampleStatus) context.status = context.state.exampleStatus;
      const headers = headersFor(context.path, context.querystring);
      return Object.keys(headers).length ? { headers } : undefined;
    },
  };
}
