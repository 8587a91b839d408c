import { expect } from '@open-wc/testing';
import { locateJsonError } from '../../src/data/json-error.js';

describe('locateJsonError', () => {
  it('finds nothing wrong in valid JSON', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, "x\\n", true, null], "b": {}}')).to.equal(undefined);
  });

  it('points at a trailing comma, on the right line and column', () => {
    expect(locateJsonError('{\n  "version": 1,\n}')).to.deep.equal({ line: 3, column: 1, found: '"}"' });
  });

  it('points at single quotes, a missing colon and text after the end', () => {
    expect(locateJsonError("{'a': 1}")).to.deep.include({ line: 1, column: 2 });
    expect(locateJsonError('{"a" 1}')).to.deep.include({ column: 6, found: '"1"' });
    expect(locateJsonError('{} x')).to.deep.include({ column: 4 });
  });

  it('says when the text ends too soon', () => {
    expect(locateJsonError('{"a": [1, 2')).to.deep.include({ found: 'the end of the text' });
  });
});
