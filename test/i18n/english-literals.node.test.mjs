/**
 * No user-facing English outside the catalogues (issue 10): every word a reader may see comes from
 * src/i18n/en.ts and its Welsh twin src/i18n/cy.ts, so a Welsh page never shows an English word the
 * translator could not see. This test reads every source file in src/ with the TypeScript compiler
 * and fails on a word written as a literal where it reaches a reader:
 *
 * - the text of a Lit template (html`…`, svg`…`, staticHtml`…`) between tags, and its assistive or
 *   visible attributes (aria-label, title, alt, placeholder, label…), including text put there by
 *   `${…}` (a string or a condition's branches, not the arguments of a call);
 * - the message of an error a reader is shown (any `new …Error(…)` except RangeError and TypeError,
 *   which by JavaScript's convention tell the programmer who called a function wrongly, in English
 *   like the platform's own);
 * - text set through the DOM: textContent, innerText, title, placeholder, aria* properties,
 *   setAttribute('aria-label' | 'title' | …, …), createTextNode(…);
 * - a `message`, `title`, `description`, `label`, `summary` or `text` property of an object literal
 *   (a problem's message, a chart's title), or one named like the DOM properties above (an element
 *   helper's `{ textContent: … }`). A chart spec's `@signal:name` is a slot filled from the catalogue.
 *
 * A word is a run of two letters or more; what is not a word (CSS, ids, units, file extensions, format
 * codes) is listed in NOT_WORDS. Code that is for developers only can say so with a comment containing
 * "not for readers" on the line of, or the line above, the literal; the reason goes in the comment.
 * Run with: node --test test/i18n/english-literals.node.test.mjs
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import ts from 'typescript';

/** The catalogues, and the catalogue machinery (plural rules, Welsh mutations work on words). */
const CATALOGUE_FILES = /^src\/i18n\//;
/**
 * Data, not the library's words: Fingertips' own indicator titles and the published frameworks the
 * builder starts from, generated from data/raw/ by scripts/build-builder-data.mjs (like a spec's text).
 */
const DATA_FILES = /^src\/builder\/data\//;

/**
 * Folders whose English is being moved into the catalogue by another change; the test reports (does
 * not fail on) what is left there, so remove a folder from this list once its English is gone.
 * (src/builder's form labels are in the catalogue now.)
 */
/** @type {string[]} */
const NOT_YET = [];

/** Tokens that look like words but are not language: units, file extensions, CSS, formats, codes. */
export const NOT_WORDS = new Set([
  // units and file extensions
  'px', 'em', 'rem', 'ch', 'vh', 'vw', 'ms', 'kb', 'csv', 'svg', 'png', 'json', 'geojson', 'topojson', 'html', 'xml',
  // code names a reader types as they are
  'spec', 'vega', 'lite', 'lang', 'en', 'cy', 'id', 'url', 'src',
]);

/** Attributes whose value a reader sees or hears. */
const READER_ATTRIBUTES = new Set([
  'aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'aria-braillelabel',
  'title', 'alt', 'placeholder', 'label', 'summary', 'value-text', 'download',
]);

/** DOM properties whose value a reader sees or hears. */
const READER_PROPERTIES = new Set([
  'textContent', 'innerText', 'title', 'placeholder', 'alt', 'label', 'download',
  'ariaLabel', 'ariaDescription', 'ariaRoleDescription', 'ariaValueText', 'ariaPlaceholder', 'ariaBrailleLabel',
]);

/** Object literal properties that carry a reader's text. */
const READER_KEYS = new Set(['message', 'title', 'description', 'label', 'summary', 'text']);

/** Error classes for the programmer (JavaScript's convention): their messages are not a reader's. */
const PROGRAMMER_ERRORS = new Set(['RangeError', 'TypeError']);

const TEMPLATE_TAGS = new Set(['html', 'svg', 'staticHtml', 'staticSvg']);

const HOLE = '\u0000';

function sourceFiles(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The words of a text: runs of two letters or more, less the non-words. */
export function wordsIn(text) {
  // @signal:name is a chart spec's slot that the chart fills from the catalogue when it draws.
  return (text.replace(/&[a-z]+;|&#\d+;|@signal:\w+/gi, ' ').match(/\p{L}[\p{L}'’]*\p{L}/gu) ?? []).filter((word) => !NOT_WORDS.has(word.toLowerCase()));
}

/** The text a reader gets from a template's static parts: text between tags and reader attributes. */
export function templateReaderText(parts) {
  const source = parts.join(HOLE).replace(/<!--[\s\S]*?-->/g, ' ').replace(/<(style|script)\b[\s\S]*?<\/\1>/gi, ' ');
  const texts = [];
  /** For each hole, whether a reader gets what is put there: 'text', an attribute name, or null. */
  const holes = [];
  let at = 0;
  while (at < source.length) {
    const open = source.indexOf('<', at);
    const textEnd = open < 0 ? source.length : open;
    const text = source.slice(at, textEnd);
    texts.push(text);
    for (let i = 0; i < text.split(HOLE).length - 1; i++) holes.push('text');
    if (open < 0) break;
    // Inside a tag: attributes, until the '>' outside quotes.
    let i = open + 1;
    let quote = '';
    let attribute = '';
    let name = '';
    while (i < source.length) {
      const c = source[i];
      if (quote) {
        if (c === quote) {
          if (READER_ATTRIBUTES.has(name)) texts.push(attribute);
          quote = '';
          attribute = '';
        } else {
          attribute += c;
          if (c === HOLE) holes.push(READER_ATTRIBUTES.has(name) ? name : null);
        }
      } else if (c === '"' || c === "'") {
        quote = c;
      } else if (c === '>') {
        break;
      } else if (c === HOLE) {
        // An unquoted attribute value (attr=${…}) or a tag name (staticHtml`<${tag}>`).
        const before = source.slice(open, i);
        const match = /([.?@]?[\w:-]+)\s*=\s*$/.exec(before);
        const attributeName = match ? match[1].replace(/^[.?@]/, '') : '';
        holes.push(READER_ATTRIBUTES.has(attributeName) || READER_PROPERTIES.has(attributeName) ? attributeName : null);
      } else if (/[\s=]/.test(c) === false) {
        // part of a name: remember the last name before '='
        const match = /([\w:-]+)$/.exec(source.slice(open + 1, i + 1));
        name = match ? match[1] : name;
      }
      i++;
    }
    at = i + 1;
  }
  return { text: texts.join(' ').replace(new RegExp(HOLE, 'g'), ' '), holes };
}

/** The strings an expression evaluates to directly (a literal, a condition's branches, a fallback, a sum). */
function directStrings(node) {
  if (!node) return [];
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node];
  if (ts.isTemplateExpression(node)) return [node];
  if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isNonNullExpression(node)) return directStrings(node.expression);
  if (ts.isConditionalExpression(node)) return [...directStrings(node.whenTrue), ...directStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken, ts.SyntaxKind.PlusToken].includes(node.operatorToken.kind)) {
    return [...(node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? [] : directStrings(node.left)), ...directStrings(node.right)];
  }
  return [];
}

function literalText(node) {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join(' ');
  return '';
}

/** Every literal English word that reaches a reader in one source file. */
export function findEnglish(fileName, source) {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const lines = source.split('\n');
  const found = [];
  const excused = (node) => {
    const line = file.getLineAndCharacterOfPosition(node.getStart()).line;
    return /not for readers/i.test(lines[line] ?? '') || /not for readers/i.test(lines[line - 1] ?? '');
  };
  const report = (node, text, where) => {
    const words = wordsIn(text);
    if (!words.length || excused(node)) return;
    const line = file.getLineAndCharacterOfPosition(node.getStart()).line + 1;
    found.push({ file: fileName, line, where, words, text: text.replace(/\s+/g, ' ').trim().slice(0, 100) });
  };
  const reportDirect = (expression, where) => {
    for (const literal of directStrings(expression)) report(literal, literalText(literal), where);
  };

  const visit = (node) => {
    if (ts.isTaggedTemplateExpression(node) && TEMPLATE_TAGS.has(node.tag.getText())) {
      const template = node.template;
      const parts = ts.isNoSubstitutionTemplateLiteral(template) ? [template.text] : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
      const { text, holes } = templateReaderText(parts);
      report(node, text, `${node.tag.getText()}\`…\``);
      if (ts.isTemplateExpression(template)) {
        template.templateSpans.forEach((span, i) => {
          if (holes[i]) reportDirect(span.expression, holes[i] === 'text' ? '${…} in a template' : `${holes[i]}=\${…}`);
        });
      }
    } else if (ts.isNewExpression(node) && /Error$/.test(node.expression.getText()) && !PROGRAMMER_ERRORS.has(node.expression.getText())) {
      for (const argument of node.arguments ?? []) {
        // LoadError('network', message), GapDataError(message, 'period'): a kind or a field's name is a code.
        if (ts.isStringLiteral(argument) && /^[a-z][a-z-]*$/.test(argument.text) && node.arguments.length > 1) continue;
        reportDirect(argument, `new ${node.expression.getText()}(…)`);
      }
    } else if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(node.left) && READER_PROPERTIES.has(node.left.name.text)) {
      reportDirect(node.right, `.${node.left.name.text} =`);
    } else if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const method = node.expression.name.text;
      const [first, second] = node.arguments;
      if (method === 'setAttribute' && first && ts.isStringLiteral(first) && READER_ATTRIBUTES.has(first.text)) reportDirect(second, `setAttribute('${first.text}', …)`);
      if (method === 'createTextNode') reportDirect(first, 'createTextNode(…)');
    } else if (ts.isPropertyAssignment(node) && (READER_KEYS.has(node.name.getText().replace(/['"]/g, '')) || READER_PROPERTIES.has(node.name.getText()))) {
      reportDirect(node.initializer, `${node.name.getText()}:`);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

test('the scanner finds English where a reader gets it, and leaves code alone', () => {
  const english = (source) => findEnglish('x.ts', source).flatMap((f) => f.words);
  assert.deepEqual(english('html`<button>Download</button>`'), ['Download']);
  assert.deepEqual(english('html`<button aria-label="Close the tip" class="wb-close">${x}</button>`'), ['Close', 'the', 'tip']);
  assert.deepEqual(english('html`<p>${open ? "Hide" : m.show}</p>`'), ['Hide']);
  assert.deepEqual(english('html`<input title=${"Pick a year"} type="range">`'), ['Pick', 'year']);
  assert.deepEqual(english('svg`<text>Value</text>`'), ['Value']);
  assert.deepEqual(english('throw new ViewError(`No data for ${area}`)'), ['No', 'data', 'for']);
  assert.deepEqual(english('el.textContent = "Loading"; el.setAttribute("aria-label", "Chart");'), ['Loading', 'Chart']);
  assert.deepEqual(english('issues.push({ path: "data", message: "must be a list" })'), ['must', 'be', 'list']);
  assert.deepEqual(english('element("button", { className: "button", textContent: `Remove ${name}` })'), ['Remove']);
  assert.deepEqual(english('const axis = { title: "@signal:axisTitle", orient: "left" }'), []);
  // Not a reader's: classes, parts, ids, styles, units, calls' arguments, programmer errors, excused code.
  assert.deepEqual(english('html`<div class="wb-table wrapper" part="table" id=${id} style="width: 12px">${this.render("summary")}</div>`'), []);
  assert.deepEqual(english('html`<style>.a { color: red }</style><span>${x}px</span>`'), []);
  assert.deepEqual(english('throw new RangeError("count must be >= 0")'), []);
  assert.deepEqual(english('throw new LoadError("broken-json", m.load.brokenJson({ url }))'), []);
  assert.deepEqual(english('// not for readers: a 2D canvas always exists in a browser\nthrow new Error("no canvas")'), []);
  assert.deepEqual(english('css`:host { display: block }`'), []);
});

test('no user-facing English in src/ outside the catalogues', (t) => {
  const all = sourceFiles('src')
    .filter((file) => !CATALOGUE_FILES.test(file) && !DATA_FILES.test(file))
    .flatMap((file) => findEnglish(file, readFileSync(file, 'utf8')));
  const found = all.filter((f) => !NOT_YET.some((prefix) => f.file.startsWith(prefix)));
  assert.deepEqual(
    found.map((f) => `${f.file}:${f.line} ${f.where} ${JSON.stringify(f.text)}`),
    [],
    'English a reader gets, written outside src/i18n/en.ts and cy.ts: add a key to both catalogues (docs/translation.md)',
  );
  for (const prefix of NOT_YET) {
    const left = all.filter((f) => f.file.startsWith(prefix));
    t.diagnostic(left.length ? `${prefix}: ${left.length} English literals left (not yet in the catalogue)` : `${prefix}: no English left; remove it from NOT_YET`);
  }
});
