import { describe, expect, it } from 'vitest';
import { balanced, FSI, isolate, PDI, visibleControls } from '../../src/ui/i18n/bidi';
import type { TranscriptEntry } from '../../src/negotiation/transcript';
import { renderEntry } from '../../src/ui/i18n/transcript';

const RLO = '\u202E';
const RLI = '\u2067';

describe('bidi isolation of scenario strings', () => {
  it('wraps a string in FSI … PDI', () => {
    expect(isolate('Atelier')).toBe(`${FSI}Atelier${PDI}`);
    expect(isolate(`${RLO}evil`)).toBe(`${FSI}${RLO}evil${PDI}`);
  });

  it('drops a PDI that would close the isolate early, and closes an isolate left open', () => {
    expect(balanced(`a${PDI}${RLO}b`)).toBe(`a${RLO}b`);
    expect(isolate(`${PDI}${RLO}x`)).toBe(`${FSI}${RLO}x${PDI}`);
    expect(balanced(`a${RLI}b`)).toBe(`a${RLI}b${PDI}`);
    expect(balanced(`${RLI}a${PDI}b${PDI}`)).toBe(`${RLI}a${PDI}b`);
    expect(balanced('plain')).toBe('plain');
  });

  it('isolates the client, product and station of a transcript line, not the app words', () => {
    const e: TranscriptEntry = { time: 30, kind: 'order.received', agent: 'C1', client: 'C1', order: 3, params: { client: `${RLO}C1`, kind: 'internal', quantity: 4, product: 'P2', urgent: false } };
    expect(renderEntry(e, 'en', isolate)).toContain(`client ${FSI}${RLO}C1${PDI} (internal) orders 4 × ${FSI}P2${PDI}`);
    expect(renderEntry(e, 'fr', isolate)).toContain('(interne)');
    expect(renderEntry(e, 'en')).toContain(`client ${RLO}C1 (internal)`);
    const before = { quantity: 4, product: 'P2', day: 9, priority: 'normal' as const };
    const answered: TranscriptEntry = { time: 30, kind: 'change.answered', agent: 'lanceur', client: null, order: 3, params: { verdict: 'counter', terms: { product: 'P3' }, before } };
    expect(renderEntry(answered, 'fr', isolate)).toContain(`le lanceur contre-propose le produit ${FSI}P3${PDI} au lieu de ${FSI}P2${PDI}`);
    const lever: TranscriptEntry = { time: 30, kind: 'lever.set', agent: 'trainer', client: null, order: null, params: { path: 'odd.path', value: 'x' } };
    expect(renderEntry(lever, 'en', isolate)).toContain(`“${FSI}odd.path${PDI}” to “${FSI}x${PDI}”`);
    expect(e.params).toMatchObject({ client: `${RLO}C1` });
  });

  it('shows the direction controls of a message as code points', () => {
    expect(visibleControls(`got "${RLO}abc", expected`)).toBe('got "<U+202E>abc", expected');
    expect(visibleControls(`${FSI}x${PDI}\u200F`)).toBe('<U+2068>x<U+2069><U+200F>');
  });
});
