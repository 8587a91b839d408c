/**
 * Text widths for the layout, from canvas text metrics in the element's own font (the DOM side of
 * `Measure`). Falls back to the approximate measure where no canvas is available.
 */
import { approximateMeasure, type Measure } from './labels.js';

/** A measure for a font family (as computed on the host), caching each width. */
export function canvasMeasure(fontFamily: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  if (!context) return approximateMeasure;
  const cache = new Map<string, number>();
  return (text, fontSize, weight = 'normal') => {
    const key = `${weight}|${fontSize}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      context.font = `${weight === 'bold' ? 700 : 400} ${fontSize}px ${fontFamily}`;
      // A little extra: SVG text and canvas text may round differently.
      width = context.measureText(text).width * 1.03;
      cache.set(key, width);
    }
    return width;
  };
}
