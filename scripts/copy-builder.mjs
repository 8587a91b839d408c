// Puts the builder page into dist/builder/ beside its module, so the npm package carries a page a
// council can host as it is: index.html (examples/builder.html with its paths made local) and its
// stylesheet. Run by `npm run build` after rollup.builder.config.js.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

mkdirSync('dist/builder', { recursive: true });
copyFileSync('src/builder/builder.css', 'dist/builder/builder.css');
const page = readFileSync('examples/builder.html', 'utf8')
  .replace(/\s*<link rel="icon"[^>]*>/, '')
  .replace(/\s*<link rel="stylesheet" href="examples\.css">/, '')
  .replace('href="../dist/builder/builder.css"', 'href="builder.css"')
  .replace('src="../dist/wellbeing-widgets.js"', 'src="../wellbeing-widgets.js"')
  .replace('src="../dist/builder/builder.js"', 'src="builder.js"')
  .replace('<a class="site-name" href="index.html">', '<a class="site-name" href="https://www.npmjs.com/package/wellbeing-widgets">');
for (const path of ['builder.css', 'builder.js', 'wellbeing-widgets.js']) {
  if (!page.includes(`${path === 'wellbeing-widgets.js' ? '../' : ''}${path}"`)) throw new Error(`dist/builder/index.html: the path to ${path} was not rewritten`);
}
writeFileSync('dist/builder/index.html', page);
