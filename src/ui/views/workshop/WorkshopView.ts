/**
 * The workshop in motion (pixi.js v8): nodes and gauges, order and lot tokens easing between
 * them, negotiation bubbles, and the selected order ringed. `update` reads the run (never
 * changes it); pixi's ticker animates between updates. Hovering a token previews its order,
 * clicking selects it.
 */
import 'pixi.js/unsafe-eval'; // no eval: the built app's CSP forbids it (see vite.config.ts)
import { Application, Graphics } from 'pixi.js';
import type { TranscriptEntry } from '../../../negotiation/transcript';
import type { Simulation } from '../../../simulation/simulation';
import { COLOR } from '../../config/colors';
import { workshopLayout, type WorkshopLayout } from '../../config/layout';
import { familiesOf } from '../../model/levers';
import { tokensAt } from '../../model/tokens';
import { NodesLayer } from './nodesLayer';
import { clientTrust } from '../../../agents/trust';
import { TokenLayer, type TokenTarget } from './tokenLayer';
import { BubbleLayer } from './bubbleLayer';
import { placeTokens } from './placement';

/**
 * Which pixi renderer to use: `?renderer=webgl|canvas` when given; else WebGL on a real GPU
 * and pixi's Canvas 2D renderer when WebGL is software (SwiftShader, llvmpipe), where it is
 * several times faster (no read-back of every frame).
 */
export function rendererPreference(): 'webgl' | 'canvas' {
  const asked = new URLSearchParams(location.search).get('renderer');
  if (asked === 'webgl' || asked === 'canvas') return asked;
  const gl = document.createElement('canvas').getContext('webgl2') ?? document.createElement('canvas').getContext('webgl');
  if (!gl) return 'canvas';
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return /swiftshader|llvmpipe|software/i.test(name) ? 'canvas' : 'webgl';
}

/** What the view tells the app. */
export interface WorkshopEvents {
  hover(order: number | null): void;
  select(order: number): void;
}

/** The pixi workshop view. */
export class WorkshopView {
  readonly app = new Application();
  private readonly nodes = new NodesLayer();
  private readonly tokens = new TokenLayer();
  private readonly bubbles = new BubbleLayer();
  private readonly ring = new Graphics();
  private layout!: WorkshopLayout;
  private sim: Simulation | null = null;
  /** Whether clients' trust, stopped lines and the agents' speech show (off on a played role's screen that may not see them). */
  clientState = true;
  private selected: number | null = null;
  private observer?: ResizeObserver;

  constructor(
    private readonly host: HTMLElement,
    private readonly events: WorkshopEvents,
  ) {}

  /** Creates the renderer in `host` (WebGL, falling back as pixi decides). */
  async init(): Promise<void> {
    await this.app.init({ background: COLOR.background, antialias: false, resizeTo: this.host, preference: rendererPreference(), autoDensity: true, resolution: Math.min(2, window.devicePixelRatio || 1) });
    this.app.canvas.dataset.testid = 'workshop-canvas';
    this.host.appendChild(this.app.canvas);
    this.tokens.init(this.app.renderer);
    this.app.stage.addChild(this.nodes.container, this.tokens.container, this.ring, this.bubbles.container);
    this.app.ticker.add((tk) => this.tick(tk.deltaMS / 1000));
    this.app.canvas.addEventListener('pointermove', (e) => this.events.hover(this.pickAt(e)?.order ?? null));
    this.app.canvas.addEventListener('pointerleave', () => this.events.hover(null));
    this.app.canvas.addEventListener('click', (e) => {
      const t = this.pickAt(e);
      if (t) this.events.select(t.order);
    });
    this.observer = new ResizeObserver(() => this.relayout());
    this.observer.observe(this.host);
  }

  private pickAt(e: PointerEvent | MouseEvent): TokenTarget | null {
    const r = this.app.canvas.getBoundingClientRect();
    return this.tokens.pick(e.clientX - r.left, e.clientY - r.top);
  }

  /** Shows `sim` (a new run, or the same one after a jump: bubbles restart from now). */
  setRun(sim: Simulation): void {
    this.sim = sim;
    this.bubbles.reset(sim.transcript.length);
    this.relayout();
  }

  /** Re-lays the nodes out (size or language changed). */
  relayout(): void {
    if (!this.sim || !this.app.renderer) return;
    this.app.renderer.resize(this.host.clientWidth, this.host.clientHeight);
    const s = this.sim.scenario;
    this.layout = workshopLayout(this.app.screen.width, this.app.screen.height, s.clients.length, s.stations.length, familiesOf(s).length);
    this.nodes.build(this.layout, s);
    this.update(this.sim.now, false);
  }

  /** Reads the run at time `time` (hours) and sets the targets; `animate` false for jumps. */
  update(time: number, animate = true): void {
    const sim = this.sim;
    if (!sim || !this.layout) return;
    this.nodes.update(sim.state, this.clientState ? sim.scenario.clients.map((_, i) => clientTrust(sim, i)) : null);
    const clientIndex = new Map(sim.scenario.clients.map((c, i) => [c.id, i]));
    const toks = tokensAt(sim.state, sim.scenario, time, sim.shipmentsInTransit());
    this.tokens.setTargets(placeTokens(toks, this.layout, (o) => clientIndex.get(sim.state.orders[o]?.client) ?? 0, this.tokens.lastPositions()));
    if (animate && this.clientState) this.bubbles.update(sim.transcript, (e) => this.anchor(e, clientIndex), this.app.screen.width);
    else this.bubbles.reset(sim.transcript.length);
  }

  /** Shows synthetic targets (benchmark only). */
  setTargets(targets: TokenTarget[]): void {
    this.tokens.setTargets(targets);
  }

  /** The current layout (benchmark only). */
  get currentLayout(): WorkshopLayout {
    return this.layout;
  }

  private anchor(e: TranscriptEntry, clientIndex: Map<string, number>): { x: number; y: number } {
    const L = this.layout;
    if (e.agent === 'lanceur') return { x: L.board.x + L.board.w / 2, y: L.board.y + 20 };
    if (e.agent === 'commercial') return { x: L.book.x + L.book.w / 2, y: L.book.y + 20 };
    if (e.agent === 'fabrication') return { x: L.control.x - 240, y: L.control.y + L.control.h };
    if (e.agent === 'trainer') return { x: L.stations[0].x, y: L.stations[0].y + 40 };
    const i = clientIndex.get(e.agent) ?? clientIndex.get(e.client ?? '');
    return i === undefined ? { x: L.stations[0].x, y: L.stations[0].y + 60 } : L.clients[i];
  }

  /** Rings the tokens of `order` (null for none). */
  select(order: number | null): void {
    this.selected = order;
  }

  private tick(dt: number): void {
    const d = Math.min(dt, 0.1);
    this.tokens.tick(d);
    this.bubbles.tick(d);
    this.ring.clear();
    if (this.selected !== null) for (const p of this.tokens.positionsOf(this.selected)) this.ring.circle(p.x, p.y, 8).stroke({ width: 2, color: COLOR.selection });
  }

  /** Tokens drawn now. */
  get tokenCount(): number {
    return this.tokens.count;
  }

  destroy(): void {
    this.observer?.disconnect();
    this.nodes.destroy();
    this.tokens.destroy();
    this.bubbles.destroy();
    this.app.destroy(true);
  }
}
