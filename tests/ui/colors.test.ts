import { describe, expect, it } from 'vitest';
import { COLOR, contrast, KIND_COLOR, KIND_SHAPE } from '../../src/ui/config/colors';

describe('the canvas palette', () => {
  it('computes WCAG contrast ratios', () => {
    expect(contrast(0xffffff, 0x000000)).toBeCloseTo(21, 5);
    expect(contrast(0x777777, 0x777777)).toBe(1);
    expect(contrast(0xffffff, 0x767676)).toBeCloseTo(4.54, 2);
  });
  it('keeps white client labels at 4.5:1 or more on every kind and on a lost client', () => {
    for (const c of [...Object.values(KIND_COLOR), COLOR.lost]) expect(contrast(0xffffff, c)).toBeGreaterThanOrEqual(4.5);
  });
  it('keeps text at 4.5:1 or more on the panels, the background and the delivery lane', () => {
    for (const fg of [COLOR.text, COLOR.muted]) for (const bg of [COLOR.panel, COLOR.background, COLOR.lane]) expect(contrast(fg, bg)).toBeGreaterThanOrEqual(4.5);
  });
  it('tells client kinds apart by shape as well as colour', () => {
    expect(new Set(Object.values(KIND_SHAPE)).size).toBe(Object.keys(KIND_SHAPE).length);
  });
});
