/**
 * Seeded random streams, one per purpose, derived from the scenario seed with
 * seedrandom's Alea generator. A stream's state is plain data, so the whole set can be
 * saved in a snapshot and restored to continue the exact same sequence.
 */
import seedrandom from 'seedrandom';

/** The serialisable state of one Alea generator. */
export interface AleaState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** One stream of uniform numbers in [0, 1). */
export interface Stream {
  next(): number;
}

interface AleaPrng {
  (): number;
  state(): AleaState;
}

/**
 * The run's random streams. `stream(name)` always returns the same stream for a name; each
 * name gets its own generator seeded from `seed/name`, so drawing more in one stream never
 * shifts another.
 */
export class RandomStreams {
  private readonly prngs = new Map<string, AleaPrng>();
  private readonly streams = new Map<string, Stream>();

  constructor(
    readonly seed: number | string,
    saved?: Record<string, AleaState>,
  ) {
    if (saved) {
      for (const name of Object.keys(saved).sort()) {
        this.prngs.set(name, seedrandom.alea('', { state: saved[name] }) as unknown as AleaPrng);
      }
    }
  }

  /** The stream for `name` (for example `demand:C1`, `quality`, `agent:lanceur`). */
  stream(name: string): Stream {
    const known = this.streams.get(name);
    if (known) return known;
    let prng = this.prngs.get(name);
    if (!prng) {
      prng = seedrandom.alea(`${this.seed}/${name}`, { state: true }) as unknown as AleaPrng;
      this.prngs.set(name, prng);
    }
    const stream: Stream = { next: prng };
    this.streams.set(name, stream);
    return stream;
  }

  /** Every stream's state, by name in sorted order: plain JSON. */
  save(): Record<string, AleaState> {
    const out: Record<string, AleaState> = {};
    for (const name of [...this.prngs.keys()].sort()) out[name] = this.prngs.get(name)!.state();
    return out;
  }
}
