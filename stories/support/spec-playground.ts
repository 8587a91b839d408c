/**
 * `<wb-spec-playground>`: a Storybook-only element where a designer pastes or edits spec JSON,
 * sees every problem listed by JSON path, and sees all three elements draw the spec.
 * The logic lives in playground-model.ts (no DOM); this file only wires it to the page.
 */
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { readPlaygroundText, specTextFromFile, type ElementChoices, type PlaygroundResult } from './playground-model.js';

const CHECK_DELAY_MS = 350;

export class SpecPlayground extends LitElement {
  static override properties = {
    text: { type: String },
    result: { state: true },
    shownSpec: { state: true },
    shownChoices: { state: true },
    fileNote: { state: true },
    dragging: { state: true },
  };

  /** The spec text in the editor. */
  text = '';
  protected result: PlaygroundResult = { kind: 'empty' };
  /** The last spec that was JSON: the elements keep showing it while the text is not JSON. */
  protected shownSpec: unknown = null;
  protected shownChoices: ElementChoices = {};
  /** What happened to the last file chosen or dropped, in words. */
  protected fileNote = '';
  protected dragging = false;
  private timer: ReturnType<typeof setTimeout> | undefined;

  static override styles = css`
    :host {
      display: block;
      font-family: system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif;
      color: var(--wb-color-text, #0b0c0c);
    }
    .layout {
      display: grid;
      gap: 1.5rem;
      grid-template-columns: minmax(0, 1fr);
    }
    @media (min-width: 64rem) {
      .layout {
        grid-template-columns: minmax(0, 2fr) minmax(0, 3fr);
      }
    }
    label {
      display: block;
      font-weight: 700;
      margin-bottom: 0.25rem;
    }
    .hint {
      margin: 0 0 0.5rem;
      color: var(--wb-color-muted, #505a5f);
    }
    textarea {
      box-sizing: border-box;
      width: 100%;
      min-height: 28rem;
      font: 0.875rem/1.4 ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
      color: inherit;
      background: var(--wb-color-background, #ffffff);
      border: 2px solid var(--wb-color-text, #0b0c0c);
      padding: 0.5rem;
      tab-size: 2;
    }
    textarea:focus-visible {
      outline: 3px solid var(--wb-color-focus, #ffdd00);
      outline-offset: 0;
      box-shadow: inset 0 0 0 2px var(--wb-color-focus-text, #0b0c0c);
    }
    .problems {
      margin-top: 1rem;
      padding: 0.75rem 1rem;
      border-left: 5px solid var(--wb-color-error, #d4351c);
    }
    .problems.ok {
      border-left-color: var(--wb-status-better, #1b7837);
    }
    .problems h2,
    .elements-heading {
      font-size: 1.125rem;
      margin: 0 0 0.5rem;
    }
    .dropping {
      outline: 3px dashed var(--wb-color-focus-text, #0b0c0c);
      outline-offset: 0.5rem;
    }
    input[type='file'] {
      min-height: 24px;
      margin-bottom: 0.25rem;
    }
    input[type='file']:focus-visible {
      outline: 3px solid var(--wb-color-focus, #ffdd00);
      box-shadow: 0 0 0 5px var(--wb-color-focus-text, #0b0c0c);
    }
    .file-note {
      margin: 0 0 1rem;
    }
    .problems p {
      margin: 0;
    }
    .problems ul {
      margin: 0.5rem 0 0;
      padding-left: 1.25rem;
    }
    code {
      font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .elements {
      display: grid;
      gap: 1.5rem;
      min-width: 0;
    }
    .elements section {
      min-width: 0;
    }
    .elements h3 {
      font-size: 1rem;
      margin: 0 0 0.25rem;
    }
    .elements p {
      margin: 0 0 0.5rem;
      color: var(--wb-color-muted, #505a5f);
      font-size: 0.875rem;
    }
  `;

  protected override willUpdate(changed: PropertyValues<this>): void {
    // The first text is checked at once; typing is checked after a pause.
    if (changed.has('text') && !this.hasUpdated) this.check();
  }

  private onInput(event: Event): void {
    this.text = (event.target as HTMLTextAreaElement).value;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.check(), CHECK_DELAY_MS);
  }

  private check(): void {
    this.result = readPlaygroundText(this.text);
    if (this.result.kind === 'checked') {
      this.shownSpec = this.result.spec;
      this.shownChoices = this.result.choices;
    } else if (this.result.kind === 'empty') {
      this.shownSpec = null;
      this.shownChoices = {};
    }
  }

  /** A chosen or dropped file: a spec goes into the editor as it is, a data file as a spec of its rows. */
  private async takeFile(file: File | undefined): Promise<void> {
    if (!file) return;
    const made = specTextFromFile(file.name, await file.text());
    if ('problem' in made) {
      this.fileNote = made.problem;
      return;
    }
    this.fileNote = `Read ${file.name}: its areas, indicators and rows are in the editor.`;
    this.text = made.text;
    clearTimeout(this.timer);
    this.check();
  }

  private onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging = false;
    void this.takeFile(event.dataTransfer?.files[0]);
  }

  private onDragOver(event: DragEvent): void {
    if (![...(event.dataTransfer?.types ?? [])].includes('Files')) return;
    event.preventDefault();
    this.dragging = true;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.timer);
  }

  private renderProblems() {
    const result = this.result;
    let summary: string;
    let issues: Array<{ path: string; message: string }> = [];
    if (result.kind === 'empty') summary = 'The editor is empty: paste a spec.';
    else if (result.kind === 'not-json') summary = `${result.message} The elements still show the last spec that was valid JSON.`;
    else if (!result.issues.length) summary = 'None: the spec is valid.';
    else {
      issues = result.issues;
      summary = issues.length === 1 ? 'The spec has 1 problem:' : `The spec has ${issues.length} problems:`;
    }
    const ok = result.kind === 'checked' && !result.issues.length;
    // Only the summary is a live region: a screen reader hears the count, then can read the list.
    return html`<section class="problems ${ok ? 'ok' : ''}" aria-labelledby="problems-heading">
      <h2 id="problems-heading">Problems</h2>
      <p role="status">${summary}</p>
      ${issues.length
        ? html`<ul>
            ${issues.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
          </ul>`
        : nothing}
    </section>`;
  }

  private renderElements() {
    const spec = this.shownSpec;
    if (!spec) return nothing;
    const c = this.shownChoices;
    // `spec` is given as the raw object: each element parses it itself and shows its own error.
    return html`<div class="elements">
      <section aria-labelledby="wheel-heading">
        <h3 id="wheel-heading">&lt;wellbeing-wheel&gt;</h3>
        <p>area=${c.area ?? '(none)'}</p>
        <wellbeing-wheel .spec=${spec} area=${c.area ?? ''}></wellbeing-wheel>
      </section>
      <section aria-labelledby="trend-heading">
        <h3 id="trend-heading">&lt;indicator-trend&gt;</h3>
        <p>indicator=${c.trendIndicator ?? '(none)'} area=${c.area ?? '(none)'}</p>
        <indicator-trend .spec=${spec} indicator=${c.trendIndicator ?? ''} area=${c.area ?? ''}></indicator-trend>
      </section>
      <section aria-labelledby="gap-heading">
        <h3 id="gap-heading">&lt;inequality-gap&gt;</h3>
        <p>indicator=${c.gapIndicator ?? '(none)'} area=${c.gapArea ?? '(none)'}</p>
        <inequality-gap .spec=${spec} indicator=${c.gapIndicator ?? ''} area=${c.gapArea ?? ''}></inequality-gap>
      </section>
    </div>`;
  }

  protected override render() {
    return html`<div class="layout">
      <div
        class=${this.dragging ? 'dropping' : ''}
        @dragover=${this.onDragOver}
        @dragleave=${() => (this.dragging = false)}
        @drop=${this.onDrop}
      >
        <label for="spec-file">Your own file</label>
        <p class="hint" id="file-hint">A Fingertips download, an ONS Explore Local Statistics file, a spreadsheet saved as CSV, or a spec. Or drop it here. It stays on your computer.</p>
        <input
          id="spec-file"
          type="file"
          accept=".csv,.json,text/csv,application/json"
          aria-describedby="file-hint"
          @change=${(event: Event) => void this.takeFile((event.target as HTMLInputElement).files?.[0])}
        />
        <p class="file-note" role="status">${this.fileNote}</p>
        <label for="spec-text">Spec (JSON)</label>
        <p class="hint" id="spec-hint">Edit or paste a spec. Problems are listed below with their JSON path; the elements redraw as you type.</p>
        <textarea
          id="spec-text"
          aria-describedby="spec-hint"
          spellcheck="false"
          autocomplete="off"
          .value=${this.text}
          @input=${this.onInput}
        ></textarea>
        ${this.renderProblems()}
      </div>
      <div>
        <h2 class="elements-heading">What the elements draw</h2>
        ${this.renderElements()}
      </div>
    </div>`;
  }
}

/**
 * Defines <wb-spec-playground>. Called by the story rather than done on import: the package's
 * `sideEffects` field would let a production build drop a module imported only for its side effects.
 */
export function defineSpecPlayground(): void {
  if (!customElements.get('wb-spec-playground')) customElements.define('wb-spec-playground', SpecPlayground);
}

declare global {
  interface HTMLElementTagNameMap {
    'wb-spec-playground': SpecPlayground;
  }
}
