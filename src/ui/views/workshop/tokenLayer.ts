/**
 * The moving tokens: one particle per order or lot in a single pixi ParticleContainer, drawn
 * from one atlas of twelve pre-coloured shapes (disc, late disc, urgent diamond, late urgent
 * diamond, in the three client-kind colours) rendered at their final size. Particles carry no
 * scene-graph transform, so the Canvas 2D renderer draws each with one unscaled drawImage and
 * WebGL in one batch; positions are whole pixels, so drawing is a plain copy. Each frame a
 * token eases toward its target, so movement stays smooth and readable at any speed. Holds
 * display state only; targets come from outside.
 */
import { Graphics, Particle, ParticleContainer, Rectangle, Texture, type Renderer } from 'pixi.js';
import { COLOR, TOKEN_COLOR } from '../../config/colors';

/** A token's target: where to go and how to look. */
export interface TokenTarget {
  key: string;
  order: number;
  x: number;
  y: number;
  kind: keyof typeof TOKEN_COLOR;
  urgent: boolean;
  late: boolean;
  /** Where a token that appears now starts from (defaults to its target). */
  fromX?: number;
  fromY?: number;
}

interface Live {
  particle: Particle;
  /** Eased position (sub-pixel); the particle shows it rounded. */
  x: number;
  y: number;
  target: TokenTarget;
  leaving: boolean;
}

/** Atlas cell sizes in pixels: discs (radius 2.7) and urgent diamonds (half-diagonal 4.3). */
const DISC = 8;
const DIAMOND = 10;
const STYLES = ['disc', 'late', 'urgent', 'urgentLate'] as const;

/** The token particles and their easing. */
export class TokenLayer {
  readonly container = new ParticleContainer({ dynamicProperties: { position: true, color: true, uvs: true, vertex: false, rotation: false } });
  private readonly live = new Map<string, Live>();
  private readonly pool: Particle[] = [];
  private readonly textures = new Map<string, Texture>();
  private atlas: Texture | null = null;
  private dirty = false;

  /** Draws the shapes into one atlas texture at the renderer's resolution; call once after the renderer exists. */
  init(renderer: Renderer): void {
    const g = new Graphics();
    const cells: [string, number, number][] = [];
    let x = 0;
    for (const [kind, color] of Object.entries(TOKEN_COLOR)) {
      for (const style of STYLES) {
        const urgent = style.startsWith('urgent');
        const size = urgent ? DIAMOND : DISC;
        const c = size / 2;
        const shape = () => (urgent ? g.poly([x + c, 0.7, x + size - 0.7, c, x + c, size - 0.7, x + 0.7, c]) : g.circle(x + c, c, 2.7));
        shape().fill(color);
        if (style === 'late' || style === 'urgentLate') shape().stroke({ width: 1.2, color: COLOR.late });
        cells.push([`${kind}-${style}`, x, size]);
        x += size + 2;
      }
    }
    this.atlas = renderer.generateTexture({ target: g, frame: new Rectangle(0, 0, x, DIAMOND), resolution: renderer.resolution });
    g.destroy();
    for (const [key, cx, size] of cells) this.textures.set(key, new Texture({ source: this.atlas.source, frame: new Rectangle(cx, 0, size, size) }));
    this.container.texture = this.atlas;
  }

  /** Sets the tokens to show: new keys appear at their start, missing keys fade out. */
  setTargets(targets: readonly TokenTarget[]): void {
    const seen = new Set<string>();
    for (const t of targets) {
      seen.add(t.key);
      let l = this.live.get(t.key);
      const texture = this.textures.get(`${t.kind}-${t.urgent ? (t.late ? 'urgentLate' : 'urgent') : t.late ? 'late' : 'disc'}`)!;
      if (!l) {
        const particle = this.pool.pop() ?? new Particle({ texture, anchorX: 0.5, anchorY: 0.5 });
        const x = t.fromX ?? t.x;
        const y = t.fromY ?? t.y;
        particle.x = Math.round(x);
        particle.y = Math.round(y);
        particle.alpha = 1;
        this.container.particleChildren.push(particle);
        this.dirty = true;
        l = { particle, x, y, target: t, leaving: false };
        this.live.set(t.key, l);
      }
      l.target = t;
      l.leaving = false;
      l.particle.texture = texture;
    }
    for (const [k, l] of this.live) if (!seen.has(k)) l.leaving = true;
  }

  /** Moves every token toward its target; `dt` in seconds. */
  tick(dt: number): void {
    const a = 1 - Math.exp(-dt * 9);
    let gone = false;
    for (const [k, l] of this.live) {
      const p = l.particle;
      l.x += (l.target.x - l.x) * a;
      l.y += (l.target.y - l.y) * a;
      p.x = Math.round(l.x);
      p.y = Math.round(l.y);
      if (l.leaving) {
        p.alpha -= dt * 2.5;
        if (p.alpha <= 0) {
          this.pool.push(p);
          this.live.delete(k);
          gone = true;
        }
      }
    }
    if (gone) this.container.particleChildren = [...this.live.values()].map((l) => l.particle);
    if (gone || this.dirty) this.container.update();
    this.dirty = false;
  }

  /** The token nearest to (x, y) within `radius` pixels, or null. */
  pick(x: number, y: number, radius = 9): TokenTarget | null {
    let best: TokenTarget | null = null;
    let bestD = radius * radius;
    for (const l of this.live.values()) {
      if (l.leaving) continue;
      const d = (l.x - x) ** 2 + (l.y - y) ** 2;
      if (d < bestD) {
        bestD = d;
        best = l.target;
      }
    }
    return best;
  }

  /** Current positions of the tokens of `order` (for the selection ring). */
  positionsOf(order: number): { x: number; y: number }[] {
    const out: { x: number; y: number }[] = [];
    for (const l of this.live.values()) if (l.target.order === order && !l.leaving) out.push({ x: l.x, y: l.y });
    return out;
  }

  /** Last position of any token of each order (so a lot can start where its order was). */
  lastPositions(): Map<number, { x: number; y: number }> {
    const out = new Map<number, { x: number; y: number }>();
    for (const l of this.live.values()) out.set(l.target.order, { x: l.x, y: l.y });
    return out;
  }

  /** Tokens currently drawn (leaving ones included). */
  get count(): number {
    return this.live.size;
  }

  destroy(): void {
    this.container.destroy();
    for (const t of this.textures.values()) t.destroy();
    this.atlas?.destroy(true);
  }
}
