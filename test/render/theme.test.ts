import { expect } from '@open-wc/testing';
import { defaultPalette, statusLetter } from '../../src/render/theme.js';

/** WCAG 2.2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const channels = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('the default status palette', () => {
  it('gives every status at least 3:1 against a white page (WCAG 1.4.11)', () => {
    for (const [status, colour] of Object.entries(defaultPalette)) {
      expect(contrast(colour, '#ffffff'), status).to.be.at.least(3);
    }
  });

  it('gives every status a distinct letter, so none depends on colour alone', () => {
    const letters = Object.values(statusLetter);
    expect(new Set(letters).size).to.equal(letters.length);
  });
});
