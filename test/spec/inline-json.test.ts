import { expect } from '@open-wc/testing';
import { inlineJsonCut, toInlineJson } from '../../src/spec/inline-json.js';

describe('inline JSON (specs pasted into HTML)', () => {
  it('writes every < as \\u003c: the same value to JSON.parse, and nothing the HTML parser acts on', () => {
    const value = { title: 'a </script> b <!--<script> c', n: [1, 2.5, null], nested: { x: '<b>' } };
    const text = toInlineJson(value);
    expect(text).not.to.include('<');
    expect(text).to.include('\\u003c/script>');
    expect(JSON.parse(text)).to.deep.equal(value);
  });

  it('survives the HTML parser: the script text is the whole spec', () => {
    const value = { version: 1, title: 'Trends </script><script>alert(1)</script> and <!--<script> gaps' };
    const doc = new DOMParser().parseFromString(`<div><script type="application/json">${toInlineJson(value)}</script><p>after</p></div>`, 'text/html');
    expect(doc.querySelectorAll('script')).to.have.length(1);
    expect(JSON.parse(doc.querySelector('script')!.textContent!)).to.deep.equal(value);
    expect(doc.querySelector('p')!.textContent).to.equal('after');
  });

  it('notices a spec closed early by </script>: broken JSON with the rest of it after the block', () => {
    const doc = new DOMParser().parseFromString('<div><script type="application/json">{ "title": "a </script> b" }</script></div>', 'text/html');
    const script = doc.querySelector('script')!;
    expect(inlineJsonCut(script.textContent!, script.nextSibling!.textContent!)).to.equal('closed-early');
  });

  it('notices <!--<script>, which reads the rest of the page into the spec', () => {
    const doc = new DOMParser().parseFromString(
      '<div><script type="application/json">{ "title": "<!--<script>" }</script></div><p>the rest of the page</p>',
      'text/html',
    );
    const script = doc.querySelector('script')!;
    expect(script.textContent).to.include('the rest of the page');
    expect(inlineJsonCut(script.textContent!, '')).to.equal('comment-script');
  });

  it('says nothing about a spec that parses, or broken JSON with nothing after it', () => {
    expect(inlineJsonCut('{ "title": "<!--<script>-->" }', '')).to.equal(undefined);
    expect(inlineJsonCut('{ "title": "x" }', 'fallback text')).to.equal(undefined);
    expect(inlineJsonCut('{ "title": ', '   ')).to.equal(undefined);
  });
});
