import { describe, expect, it } from 'vitest';
import { SessionRecorder } from '../../src/session/recorder';
import type { Session, SessionDecision } from '../../src/session/session';
import { CSV_COLUMNS, decisionsCsv, difference, viewSummary } from '../../src/ui/model/debrief';
import { runDebrief, type DebriefMessage } from '../../src/ui/model/debriefJob';
import { debriefStrings } from '../../src/ui/i18n/debrief';
import { baseline } from '../helpers';

const short = baseline({ days: 30, warmupDays: 20 });

function played(): Session {
  const rec = SessionRecorder.start(short, 5, { commercial: 'human' });
  for (let i = 0; i < 3 && rec.sim.runToEnd() === 'pending'; i++) {
    const s = rec.sim.desk.pending!.suggestion as { day: number };
    if (i === 1) rec.useSuggestion({ seconds: 1 });
    else rec.answer({ ...s, day: s.day + 2 }, { note: `why ${i}`, seconds: 3 });
  }
  return JSON.parse(JSON.stringify(rec.toSession()));
}

describe('the debrief job', () => {
  it('posts the views, the two base runs, one impact per answer not suggested, then done; progress rises to 1', () => {
    const session = played();
    const got: DebriefMessage[] = [];
    runDebrief({ session, hour: Infinity }, (m) => got.push(m));
    const types = got.filter((m) => m.type !== 'progress').map((m) => m.type);
    expect(types).toEqual(['views', 'base', 'impact', 'impact', 'done']);
    const impacts = got.filter((m) => m.type === 'impact');
    expect(impacts.map((m) => m.id)).toEqual([session.decisions[0].id, session.decisions[2].id]);
    const progress = got.filter((m) => m.type === 'progress').map((m) => m.done);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.at(-1)).toBeCloseTo(1, 9);
    const views = got.find((m) => m.type === 'views')!;
    expect(views.views.map(([id]) => id)).toEqual(session.decisions.map((d) => d.id));
    const base = got.find((m) => m.type === 'base')!;
    expect(base.played.series.wip.length).toBe(50);
    expect(Number.isFinite(base.automatic.values.onTimeRate)).toBe(true);
    // answering two promises two days late is a different run from the automatic one
    expect(JSON.stringify(base.played.values)).not.toBe(JSON.stringify(base.automatic.values));
  });
});

describe('the decision log as CSV', () => {
  const d: SessionDecision = { id: 4, kind: 'commercial.promise', agent: 'commercial', answer: { day: 12 }, suggestion: { day: 10 }, via: 'person', note: 'late, "on purpose"\nsecond line', seconds: 2.5, time: 50.5, digest: '0123456789abcdef' };

  it('quotes as RFC 4180 says and ends lines with CRLF', () => {
    const text = decisionsCsv([d], new Map([[4, { onTimeRate: -0.02, 'leadTimeDays.all.mean': 0.5, throughputUOPerWeek: 0, trustMean: NaN, clientsLost: 0 }]]));
    const [head, ...rest] = text.split('\r\n');
    expect(head).toBe(CSV_COLUMNS.join(','));
    expect(rest.join('\r\n')).toBe('4,commercial.promise,commercial,2,50.5,"{""day"":12}","{""day"":10}",person,"late, ""on purpose""\nsecond line",2.5,-0.02,0.5,0,,0\r\n');
  });

  it('leaves the effect columns empty when not computed', () => {
    const line = decisionsCsv([{ ...d, note: undefined, seconds: undefined }]).split('\r\n')[1];
    expect(line).toBe('4,commercial.promise,commercial,2,50.5,"{""day"":12}","{""day"":10}",person,,,,,,,');
  });
});

describe('debrief labels and view summaries', () => {
  it('has the same keys in English and French, none empty', () => {
    expect(Object.keys(debriefStrings.fr).sort()).toEqual(Object.keys(debriefStrings.en).sort());
    for (const table of [debriefStrings.en, debriefStrings.fr]) for (const v of Object.values(table)) expect(v.trim()).not.toBe('');
  });

  it('differences drop float noise', () => {
    expect(0.7 - 0.68).not.toBe(0.02);
    expect(difference(0.7, 0.68)).toBe(0.02);
    expect(difference(NaN, 1)).toBeNaN();
    expect(difference(3, 3)).toBe(0);
  });

  it('summarises a view by its first plain fields', () => {
    expect(viewSummary({ order: { id: 3, client: 'E1' }, load: 0.8512, client: 'E1', lines: [1, 2], nested: { a: 1 }, urgent: false, more: 1 })).toBe('order: 3 · load: 0.85 · client: E1 · lines: [2] · urgent: false');
  });
});
