/**
 * A scrolling list that creates only the rows in view, for lists of tens of thousands of
 * lines (the transcript, the plan versions). Rows have a fixed height; `render` fills a row
 * element for an index; `onPick` is called with the index of a clicked row.
 */
import { el } from '../app/shell';

const ROW = 20;

/** The virtual list. */
export class VirtualList {
  /** The scrolling box: in the Tab order, so a keyboard can scroll it (WCAG 2.1.1). */
  readonly element = el('div', { class: 'vlist', tabindex: '0' });
  private readonly spacer = el('div');
  private count = 0;

  constructor(
    private readonly render: (row: HTMLElement, index: number) => void,
    private readonly onPick: (index: number) => void,
  ) {
    this.element.append(this.spacer);
    this.element.addEventListener('scroll', () => this.draw());
  }

  /** Sets the row count and redraws; `follow` scrolls to the end if it was at the end. */
  setCount(n: number, follow: boolean): void {
    const atEnd = this.element.scrollTop + this.element.clientHeight >= this.count * ROW - ROW;
    this.count = n;
    this.spacer.style.height = `${n * ROW}px`;
    if (follow && atEnd) this.element.scrollTop = n * ROW;
    this.draw();
  }

  /**
   * Sets the row count of a newest-first list, whose new rows come in at the top: a list
   * scrolled to the top stays there (the newest row shows); one scrolled down keeps the same
   * rows in view.
   */
  setCountNewestFirst(n: number): void {
    const top = this.element.scrollTop;
    const added = n - this.count;
    this.count = n;
    this.spacer.style.height = `${n * ROW}px`;
    if (top >= ROW && added !== 0) this.element.scrollTop = Math.max(0, top + added * ROW);
    this.draw();
  }

  /** Scrolls so that row `i` is in view. */
  reveal(i: number): void {
    this.element.scrollTop = Math.max(0, i * ROW - this.element.clientHeight / 2);
    this.draw();
  }

  /** Redraws the rows in view. */
  draw(): void {
    const first = Math.max(0, Math.floor(this.element.scrollTop / ROW) - 5);
    const last = Math.min(this.count, first + Math.ceil((this.element.clientHeight || 400) / ROW) + 10);
    const rows: HTMLElement[] = [];
    for (let i = first; i < last; i++) {
      const row = el('div', { class: 'row', 'data-index': String(i) });
      row.style.top = `${i * ROW}px`;
      this.render(row, i);
      row.onclick = () => this.onPick(i);
      rows.push(row);
    }
    this.spacer.replaceChildren(...rows);
  }
}
