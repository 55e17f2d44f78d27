import { describe, expect, test } from 'vitest';
import { contrast, over, parseCssColor } from '../e2e/setup/contrast';

// The contrast arithmetic behind tests/e2e/highlight-contrast.test.ts, against WCAG's published values.
describe('WCAG contrast', () => {
  const white = parseCssColor('rgb(255, 255, 255)');
  const black = parseCssColor('rgb(0, 0, 0)');

  test('black on white is 21:1, a colour on itself 1:1', () => {
    expect(contrast(black, white)).toBeCloseTo(21, 5);
    expect(contrast(white, white)).toBe(1);
  });

  test('#767676 on white is the lightest grey that passes AA (4.54:1); #777777 fails (4.48:1)', () => {
    expect(contrast(parseCssColor('rgb(118, 118, 118)'), white)).toBeCloseTo(4.54, 2);
    expect(contrast(parseCssColor('rgb(119, 119, 119)'), white)).toBeCloseTo(4.48, 2);
  });

  test('translucent colours are composited over the background first', () => {
    const halfBlack = parseCssColor('rgba(0, 0, 0, 0.5)');
    expect(over(halfBlack, white)).toEqual({ r: 127.5, g: 127.5, b: 127.5, a: 1 });
    expect(contrast(halfBlack, white)).toBeCloseTo(contrast(parseCssColor('rgb(127.5, 127.5, 127.5)'), white), 10);
    expect(() => contrast(white, halfBlack)).toThrow(/opaque/);
  });

  test('reads the colour syntaxes getComputedStyle returns', () => {
    expect(parseCssColor('rgba(230, 159, 0, 0.18)')).toEqual({ r: 230, g: 159, b: 0, a: 0.18 });
    expect(parseCssColor('rgb(1 2 3 / 50%)')).toEqual({ r: 1, g: 2, b: 3, a: 0.5 });
    expect(() => parseCssColor('color(srgb 1 0 0)')).toThrow();
  });
});
