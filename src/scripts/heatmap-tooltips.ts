/**
 * `<gb-heatmap>`: turns the static heatmap's cells into SVG links (or labelled images) reachable
 * by keyboard, with a tooltip on hover and focus. One tab stop per heatmap; arrow keys, Home and
 * End move between cells (a 1,100-cell heatmap would otherwise be 1,100 tab stops); Enter or a
 * click follows the link natively. Links and labels follow heatmap-cells.ts and are set as
 * attributes and textContent only, so scan text can never become markup.
 */
import { cellDescription, cellHref, type CellAxis } from '../lib/charts/heatmap-cells.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';

function axis(label: SVGElement): CellAxis {
  const { full = '', href, page, fragment } = label.dataset;
  return { full, href, cellPage: page, fragment };
}

class Heatmap extends HTMLElement {
  private tip!: HTMLElement;
  private cells: SVGElement[] = [];
  private columns = 1;

  connectedCallback(): void {
    const svg = this.querySelector<SVGSVGElement>('svg[data-columns]');
    this.tip = this.querySelector<HTMLElement>('[data-tip-box]')!;
    if (!svg) return;
    this.columns = Number(svg.dataset.columns);
    const rows = [...svg.querySelectorAll<SVGElement>('.heatmap-rows text')].map(axis);
    const columns = [...svg.querySelectorAll<SVGElement>('.heatmap-columns text')].map(axis);
    // Cells whose words follow from their text (✓ → yes) do not repeat them; the chart carries the mapping.
    const textWords = JSON.parse(svg.dataset.textWords ?? '{}') as Record<string, string>;
    this.cells = [...svg.querySelectorAll<SVGGElement>('.heatmap-cells > g')].map((shape, i) => {
      const row = rows[Math.floor(i / this.columns)]!;
      const column = columns[i % this.columns]!;
      const href = cellHref(row, column);
      const description = cellDescription(row, column, shape.dataset.w ?? textWords[shape.textContent?.trim() ?? ''] ?? '');
      const cell = href ? document.createElementNS(SVG_NS, 'a') : shape;
      if (href) {
        cell.setAttribute('href', href);
        cell.setAttribute('class', shape.getAttribute('class') ?? '');
        cell.append(...shape.childNodes);
        shape.replaceWith(cell);
      } else cell.setAttribute('role', 'img');
      cell.setAttribute('aria-label', description);
      cell.dataset.tip = description;
      cell.setAttribute('tabindex', i === 0 ? '0' : '-1');
      return cell;
    });
    // The cells are now interactive, so the chart is a group of them rather than one image.
    svg.setAttribute('role', 'group');
    svg.addEventListener('keydown', (event) => this.onKey(event));
    this.addEventListener('pointerover', (event) => this.show(event.target as Element));
    this.addEventListener('focusin', (event) => this.show(event.target as Element));
    this.addEventListener('pointerleave', () => this.hide());
    this.addEventListener('focusout', () => this.hide());
  }

  private cellOf(target: Element): SVGElement | undefined {
    const cell = target.closest<SVGElement>('.heatmap-cells > *');
    return cell && this.cells.includes(cell) ? cell : undefined;
  }

  private onKey(event: KeyboardEvent): void {
    const cell = this.cellOf(event.target as Element);
    if (!cell) return;
    const index = this.cells.indexOf(cell);
    const rowStart = index - (index % this.columns);
    const moves: Record<string, number> = {
      ArrowRight: Math.min(index + 1, rowStart + this.columns - 1),
      ArrowLeft: Math.max(index - 1, rowStart),
      ArrowDown: index + this.columns < this.cells.length ? index + this.columns : index,
      ArrowUp: index - this.columns >= 0 ? index - this.columns : index,
      Home: rowStart,
      End: rowStart + this.columns - 1,
    };
    if (event.key === 'Escape') return this.hide();
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    cell.setAttribute('tabindex', '-1');
    const target = this.cells[next]!;
    target.setAttribute('tabindex', '0');
    target.focus();
  }

  private show(target: Element): void {
    const cell = this.cellOf(target);
    if (!cell) return this.hide();
    this.tip.textContent = cell.dataset.tip!;
    this.tip.hidden = false;
    const box = cell.getBoundingClientRect();
    const frame = this.tip.offsetParent!.getBoundingClientRect();
    // Below the cell, kept inside the figure so it never runs off a phone screen.
    const left = Math.min(box.left - frame.left, frame.width - this.tip.offsetWidth);
    this.tip.style.left = `${Math.max(0, left)}px`;
    this.tip.style.top = `${box.bottom - frame.top + 4}px`;
  }

  private hide(): void {
    this.tip.hidden = true;
  }
}

customElements.define('gb-heatmap', Heatmap);
