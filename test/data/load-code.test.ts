/**
 * loadCode: a part of the library that did not download is said in words (which part, from where);
 * an error thrown by code that did download is not dressed up as a failed download.
 */
import { expect } from '@open-wc/testing';
import { LoadError, loadCode } from '../../src/data/errors.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.fail('expected a rejection'),
    (error: unknown) => error,
  );
}

describe('loadCode', () => {
  it('a failed download (the browsers\' TypeError naming the import) says which part and its URL', async () => {
    const url = 'https://example.org/dist/chunks/vega-abc.js';
    for (const message of [`Failed to fetch dynamically imported module: ${url}`, `error loading dynamically imported module: ${url}`]) {
      const error = await rejection(loadCode('charts', () => Promise.reject(new TypeError(message))));
      expect(error).to.be.instanceOf(LoadError);
      expect((error as Error).message).to.include(url);
      expect((error as Error).message).not.to.include('Failed to fetch');
    }
    const safari = await rejection(loadCode('charts', () => Promise.reject(new TypeError('Importing a module script failed.'))));
    expect(safari).to.be.instanceOf(LoadError);
  });

  it('a TypeError thrown by code that did download is passed on unchanged', async () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'width')");
    expect(await rejection(loadCode('charts', () => Promise.reject(bug)))).to.equal(bug);
  });
});
