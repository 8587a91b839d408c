// Lets a test import the Storybook stories (stories/*.stories.ts) as Storybook's own build does:
// - `import data from '../examples/data/x.json'` in a story becomes a JS module (the import is given a
//   `?json-module` query, so a test's fetch() of the same file still gets the JSON itself);
// - `data/x.json` (Storybook's static folder, .storybook/main.ts) answers with examples/data/x.json when
//   the repository's own data/ has no such file;
// - /__stories lists the stories files, so a test can check it imported every one.

import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const JSON_MODULE = 'json-module';

export function storiesPlugin() {
  return {
    name: 'wellbeing-stories',
    resolveImport({ source, context }) {
      if (context.path.startsWith('/stories/') && source.endsWith('.json')) return `${source}?${JSON_MODULE}`;
      return undefined;
    },
    async serve(context) {
      if (context.path === '/__stories') {
        const files = (await readdir(`${ROOT}stories`)).filter((name) => name.endsWith('.stories.ts')).sort();
        return { body: JSON.stringify(files), type: 'json' };
      }
      if (context.path.endsWith('.json') && context.querystring === JSON_MODULE) {
        return { body: `export default ${await readFile(`${ROOT}${context.path.slice(1)}`, 'utf8')};`, type: 'js' };
      }
      if (context.path.startsWith('/data/') && !existsSync(`${ROOT}${context.path.slice(1)}`)) {
        const file = `${ROOT}examples${context.path}`;
        if (existsSync(file)) return { body: await readFile(file, 'utf8'), type: context.path.endsWith('.json') ? 'json' : 'text' };
      }
      return undefined;
    },
  };
}
