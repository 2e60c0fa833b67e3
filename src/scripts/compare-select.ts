/**
 * `<gb-compare-select>`: checkboxes on a ranking's rows to pick papers for the compare page.
 * The selection lives in sessionStorage so it survives the ranking's pages; the rows are watched
 * so checkboxes come back, and follow their papers, when the leaderboard script redraws them.
 */
import { MAX_COMPARED, MIN_COMPARED, addId, removeId, serialiseCompareState } from '../lib/compare/compare-link.ts';
import { countOf } from '../lib/site/format-count.ts';

const STORAGE_KEY = 'glassbox.compare-selection';

function readSelection(): string[] {
  try {
    const stored: unknown = JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === 'string').slice(0, MAX_COMPARED) : [];
  } catch {
    return [];
  }
}

class CompareSelect extends HTMLElement {
  private selected: string[] = [];
  private table?: HTMLTableElement | null;

  connectedCallback(): void {
    this.table = this.dataset.table ? document.querySelector<HTMLTableElement>(this.dataset.table) : this.closest('gb-leaderboard')?.querySelector('table');
    if (!this.table) return;
    const template = this.querySelector('template');
    template?.replaceWith(template.content.cloneNode(true));
    this.selected = readSelection();
    this.hidden = false;
    this.decorate();
    new MutationObserver(() => this.decorate()).observe(this.table, { childList: true, characterData: true, subtree: true });
    this.table.addEventListener('change', (event) => {
      const box = (event.target as Element).closest<HTMLInputElement>('input[data-compare-id]');
      if (box) this.toggle(box.dataset.compareId!, box.checked);
    });
    this.querySelector('[data-selection-clear]')!.addEventListener('click', () => {
      this.selected = [];
      this.save();
    });
    this.update();
  }

  /**
   * Give every row a checkbox for the paper it shows now. The leaderboard script writes a new
   * paper's text into the rows it drew before, so a row's box follows the id in its <small>.
   */
  private decorate(): void {
    for (const cell of this.table!.querySelectorAll<HTMLTableCellElement>('tbody th')) {
      // The paper cell's <small> is its id (LeaderboardTable.astro and leaderboard-row.ts draw the same markup).
      const id = cell.querySelector('small')?.textContent?.trim();
      if (!id) continue;
      let box = cell.querySelector<HTMLInputElement>('input[data-compare-id]');
      if (box?.dataset.compareId === id) continue;
      if (!box) {
        box = document.createElement('input');
        box.type = 'checkbox';
        box.className = 'compare-select-box';
        cell.prepend(box, ' ');
      }
      box.dataset.compareId = id;
      box.setAttribute('aria-label', `Select “${cell.querySelector('a')?.textContent ?? id}” to compare`);
    }
    this.syncBoxes();
  }

  private toggle(id: string, on: boolean): void {
    this.selected = on ? addId(this.selected, id).ids : removeId(this.selected, id);
    this.save();
  }

  private save(): void {
    try {
      sessionStorage.setItem(STORAGE_KEY, JSON.stringify(this.selected));
    } catch {
      // Private browsing may refuse storage: the selection then lasts as long as the page.
    }
    this.update();
  }

  private syncBoxes(): void {
    const full = this.selected.length >= MAX_COMPARED;
    for (const box of this.table!.querySelectorAll<HTMLInputElement>('input[data-compare-id]')) {
      box.checked = this.selected.includes(box.dataset.compareId!);
      box.disabled = full && !box.checked;
    }
  }

  private update(): void {
    this.syncBoxes();
    const count = this.selected.length;
    const go = this.querySelector<HTMLAnchorElement>('[data-selection-go]')!;
    go.href = this.dataset.listing! + serialiseCompareState(this.selected);
    go.hidden = count < MIN_COMPARED;
    this.querySelector<HTMLButtonElement>('[data-selection-clear]')!.hidden = count === 0;
    this.querySelector('[data-selection-status]')!.textContent =
      count === 0
        ? `Select ${MIN_COMPARED} to ${MAX_COMPARED} papers to compare them side by side.`
        : `${countOf(count, 'paper')} selected${count >= MAX_COMPARED ? ' (the most at once)' : count < MIN_COMPARED ? ': select at least one more' : ''}.`;
  }
}

customElements.define('gb-compare-select', CompareSelect);
