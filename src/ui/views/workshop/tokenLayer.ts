/**
 * The moving tokens: one sprite per order or lot, drawn from twelve shared textures (disc,
 * late disc, urgent diamond, late urgent diamond, each in the three client-kind colours,
 * pre-coloured so that neither WebGL nor the Canvas 2D renderer has to tint), so thousands
 * batch into a few draw calls. Each frame a sprite eases toward its target, so movement stays
 * smooth and readable at any speed. Holds display state only; targets come from outside.
 */
import { Container, Graphics, Sprite, type Renderer, type Texture } from 'pixi.js';
import { COLOR, KIND_COLOR } from '../../config/colors';

/** A token's target: where to go and how to look. */
export interface TokenTarget {
  key: string;
  order: number;
  x: number;
  y: number;
  kind: keyof typeof KIND_COLOR;
  urgent: boolean;
  late: boolean;
  /** Where a token that appears now starts from (defaults to its target). */
  fromX?: number;
  fromY?: number;
}

interface Live {
  sprite: Sprite;
  target: TokenTarget;
  leaving: boolean;
}

/** The token sprites and their easing. */
export class TokenLayer {
  readonly container = new Container();
  private readonly live = new Map<string, Live>();
  private readonly pool: Sprite[] = [];
  private readonly textures = new Map<string, Texture>();

  /** Creates the shared textures; call once after the renderer exists. */
  init(renderer: Renderer): void {
    const tex = (g: Graphics) => renderer.generateTexture({ target: g, resolution: 2 });
    const diamond = [6, 0.5, 11.5, 6, 6, 11.5, 0.5, 6];
    for (const [kind, color] of Object.entries(KIND_COLOR)) {
      const disc = () => new Graphics().circle(6, 6, 4.5).fill(color);
      const dia = () => new Graphics().poly(diamond).fill(color);
      this.textures.set(`${kind}-disc`, tex(disc()));
      this.textures.set(`${kind}-late`, tex(disc().circle(6, 6, 5).stroke({ width: 2, color: COLOR.late })));
      this.textures.set(`${kind}-urgent`, tex(dia()));
      this.textures.set(`${kind}-urgentLate`, tex(dia().poly(diamond).stroke({ width: 2, color: COLOR.late })));
    }
  }

  /** Sets the tokens to show: new keys appear at their start, missing keys fade out. */
  setTargets(targets: readonly TokenTarget[]): void {
    const seen = new Set<string>();
    for (const t of targets) {
      seen.add(t.key);
      let l = this.live.get(t.key);
      if (!l) {
        const sprite = this.pool.pop() ?? new Sprite();
        sprite.anchor.set(0.5);
        sprite.alpha = 1;
        sprite.position.set(t.fromX ?? t.x, t.fromY ?? t.y);
        this.container.addChild(sprite);
        l = { sprite, target: t, leaving: false };
        this.live.set(t.key, l);
      }
      l.target = t;
      l.leaving = false;
      l.sprite.texture = this.textures.get(`${t.kind}-${t.urgent ? (t.late ? 'urgentLate' : 'urgent') : t.late ? 'late' : 'disc'}`)!;
      l.sprite.scale.set(t.urgent ? 0.75 : 0.6);
    }
    for (const [k, l] of this.live) if (!seen.has(k)) l.leaving = true;
  }

  /** Moves every sprite toward its target; `dt` in seconds. */
  tick(dt: number): void {
    const a = 1 - Math.exp(-dt * 9);
    for (const [k, l] of this.live) {
      const s = l.sprite;
      s.x += (l.target.x - s.x) * a;
      s.y += (l.target.y - s.y) * a;
      if (l.leaving) {
        s.alpha -= dt * 2.5;
        if (s.alpha <= 0) {
          this.container.removeChild(s);
          this.pool.push(s);
          this.live.delete(k);
        }
      }
    }
  }

  /** The token nearest to (x, y) within `radius` pixels, or null. */
  pick(x: number, y: number, radius = 9): TokenTarget | null {
    let best: TokenTarget | null = null;
    let bestD = radius * radius;
    for (const l of this.live.values()) {
      if (l.leaving) continue;
      const d = (l.sprite.x - x) ** 2 + (l.sprite.y - y) ** 2;
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
    for (const l of this.live.values()) if (l.target.order === order && !l.leaving) out.push({ x: l.sprite.x, y: l.sprite.y });
    return out;
  }

  /** Last position of any token of each order (so a lot can start where its order was). */
  lastPositions(): Map<number, { x: number; y: number }> {
    const out = new Map<number, { x: number; y: number }>();
    for (const l of this.live.values()) out.set(l.target.order, { x: l.sprite.x, y: l.sprite.y });
    return out;
  }

  /** Tokens currently drawn (leaving ones included). */
  get count(): number {
    return this.live.size;
  }

  destroy(): void {
    this.container.destroy({ children: true });
    for (const t of this.textures.values()) t.destroy(true);
  }
}
