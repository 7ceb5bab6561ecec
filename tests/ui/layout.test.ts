import { describe, expect, it } from 'vitest';
import { workshopLayout, type Rect } from '../../src/ui/config/layout';

/** A box with the title band above it, as drawn. */
const withTitle = (r: Rect): Rect => ({ x: r.x, y: r.y - 16, w: r.w, h: r.h + 16 });
const overlap = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

describe('the workshop layout', () => {
  // canvas sizes from a phone to a projector; the two bundled shapes (8 clients, 6 stations, 1 family; 2, 4, 2)
  const sizes: [number, number][] = [];
  for (let w = 320; w <= 1920; w += 80) for (let h = 320; h <= 1080; h += 95) if (w >= 640 || h >= 620) sizes.push([w, h]);
  // a phone's workshop is at least 620 px tall (styles.css), so the picture never has to fit less
  const shapes = [
    [8, 6, 1],
    [2, 4, 2],
    [12, 9, 3],
  ];
  it.each(shapes)('%i clients, %i stations, %i families: boxes inside the canvas, none overlapping, none too thin', (clients, stations, families) => {
    for (const [w, h] of sizes) {
      const L = workshopLayout(w, h, clients, stations, families);
      const boxes: [string, Rect][] = [['book', L.book], ['board', L.board], ['control', L.control], ['shipping', L.shipping], ...L.stations.map((r, i) => [`station ${i}`, r] as [string, Rect]), ...L.stocks.map((r, i) => [`stock ${i}`, r] as [string, Rect])];
      const where = `${w}×${h}`;
      for (const [name, r] of boxes) {
        expect(r.x, `${name} at ${where}`).toBeGreaterThanOrEqual(0);
        expect(r.y - 16, `${name} title at ${where}`).toBeGreaterThanOrEqual(L.legendH - 2);
        expect(r.x + r.w, `${name} at ${where}`).toBeLessThanOrEqual(w);
        expect(r.y + r.h, `${name} at ${where}`).toBeLessThanOrEqual(h);
        expect(r.w, `${name} width at ${where}`).toBeGreaterThanOrEqual(name.startsWith('station') ? 60 : 40);
        expect(r.h, `${name} height at ${where}`).toBeGreaterThanOrEqual(20);
      }
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) expect(overlap(withTitle(boxes[i][1]), withTitle(boxes[j][1])), `${boxes[i][0]} / ${boxes[j][0]} at ${where}`).toBe(false);
      for (const c of L.clients) {
        const disc = { x: c.x - c.r, y: c.y - c.r, w: 2 * c.r, h: 2 * c.r + 8 };
        expect(c.x - c.r, where).toBeGreaterThanOrEqual(0);
        expect(c.x + c.r, where).toBeLessThanOrEqual(w);
        for (const [name, r] of boxes) expect(overlap(disc, withTitle(r)), `client / ${name} at ${where}`).toBe(false);
      }
      expect(L.portrait, where).toBe(w < 640 || h > w * 1.15);
    }
  });
});
