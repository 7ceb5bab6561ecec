/**
 * Negotiations as they happen: the newest exchanges of the transcript (change requests and
 * answers, derogations, date moves, clients leaving, lines stopping) shown as short speech
 * bubbles beside the agent who speaks, each for about three seconds of wall time. At most
 * four at once; requests and answers win over routine date moves when time runs fast.
 */
import { Container, Graphics, Text } from 'pixi.js';
import type { TranscriptEntry } from '../../../negotiation/transcript';
import { renderEntry } from '../../i18n/transcript';
import { COLOR } from '../../config/colors';
import { language } from '../../i18n/i18n';
import { balanced, isolate } from '../../i18n/bidi';

const LIFE = 3;
const MAX = 4;
const IMPORTANT = new Set(['change.asked', 'change.answered', 'counter.answered', 'change.refusedAfterCutoff', 'derogation.offered', 'derogation.answered', 'client.lost', 'client.escalated', 'line.stopped', 'station.down', 'lever.set']);
const SHOWN = new Set([...IMPORTANT, 'date.moved', 'order.short']);

interface Bubble {
  box: Container;
  bg: Graphics;
  text: Text;
  age: number;
  important: boolean;
}

/** The speech bubbles. `anchor` says where each agent stands in the picture. */
export class BubbleLayer {
  readonly container = new Container();
  private readonly bubbles: Bubble[] = [];
  private seen = 0;

  /** Forgets what was shown (after a jump in time or a new run). */
  reset(transcriptLength: number): void {
    this.seen = transcriptLength;
    for (const b of this.bubbles) b.age = LIFE;
  }

  /** Shows the new entries of `transcript` since the last call. */
  update(transcript: readonly TranscriptEntry[], anchor: (e: TranscriptEntry) => { x: number; y: number }, width: number): void {
    if (transcript.length < this.seen) this.seen = 0;
    const fresh = transcript.slice(Math.max(this.seen, transcript.length - 40)).filter((e) => SHOWN.has(e.kind));
    this.seen = transcript.length;
    const important = fresh.filter((e) => IMPORTANT.has(e.kind));
    const pick = (important.length ? important : fresh).slice(-2);
    for (const e of pick) this.show(e, anchor(e), width);
  }

  private show(e: TranscriptEntry, at: { x: number; y: number }, width: number): void {
    const important = IMPORTANT.has(e.kind);
    let b = this.bubbles.find((x) => x.age >= LIFE);
    if (!b && this.bubbles.length < MAX) {
      const box = new Container();
      const bg = new Graphics();
      const text = new Text({ text: '', style: { fontFamily: 'system-ui, sans-serif', fontSize: 11, fill: COLOR.text, wordWrap: true, wordWrapWidth: 230 } });
      text.position.set(6, 4);
      box.addChild(bg, text);
      this.container.addChild(box);
      b = { box, bg, text, age: LIFE, important };
      this.bubbles.push(b);
    }
    if (!b) b = [...this.bubbles].sort((p, q) => Number(p.important) - Number(q.important) || q.age - p.age)[0];
    if (b.important && !important && b.age < LIFE) return;
    const s = renderEntry(e, language(), isolate);
    b.text.text = s.length > 110 ? balanced(s.slice(0, 107)) + '…' : s;
    b.bg.clear().roundRect(0, 0, b.text.width + 12, b.text.height + 8, 6).fill({ color: important ? 0xfff6d6 : 0xffffff, alpha: 0.95 }).stroke({ width: 1, color: important ? 0xd9a400 : COLOR.panelBorder });
    const slotY = this.bubbles.indexOf(b) * 26;
    b.box.position.set(Math.min(Math.max(4, at.x + 12), width - b.text.width - 20), Math.max(4, at.y - b.text.height - 10 + slotY));
    b.age = 0;
    b.important = important;
    b.box.alpha = 1;
  }

  /** Ages and fades the bubbles; `dt` in seconds. */
  tick(dt: number): void {
    for (const b of this.bubbles) {
      b.age += dt;
      b.box.alpha = b.age >= LIFE ? 0 : Math.min(1, (LIFE - b.age) * 2);
    }
  }

  destroy(): void {
    this.container.destroy({ children: true });
  }
}
