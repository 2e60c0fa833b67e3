/**
 * Search by title for "compare with…" on an audit page, loaded by `compare-with.ts` when the
 * search box is first focused: the list of audited papers is fetched then (it is ~77 KB gzip at
 * 10,000 scans, too much for every audit page's first load), matches are offered as links to the
 * compare page, and Enter goes straight there when the text names one paper.
 */
import { serialiseCompareState } from '../lib/compare/compare-link.ts';
import { normaliseId } from '../lib/compare/compare-state.ts';
import { fetchPaperList, matchPapers, type PaperChoice } from '../lib/compare/paper-list.ts';
import { countOf } from '../lib/site/format-count.ts';
import { element } from './element.ts';

const SHOWN = 6;
const DEBOUNCE_MS = 120;

class CompareWithSearch {
  private list?: Promise<PaperChoice[]>;
  private timer?: number;
  private readonly input: HTMLInputElement;
  private readonly dataset: DOMStringMap;

  constructor(private readonly host: HTMLElement) {
    this.dataset = host.dataset;
    const form = host.querySelector('form')!;
    this.input = form.querySelector('input[type="search"]')!;
    void this.load().catch(() => undefined);
    this.input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.suggest(), DEBOUNCE_MS);
    });
    host.addEventListener('keydown', (event) => this.onKey(event));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.go();
    });
    // Text typed while this module loaded gets its matches now.
    if (this.input.value.trim()) void this.suggest();
  }

  private piece(name: string): HTMLElement {
    return this.host.querySelector<HTMLElement>(`[data-${name}]`)!;
  }

  /** The compare page with this paper and another. */
  private href(other: string): string {
    return this.dataset.listing! + serialiseCompareState([this.dataset.id!, other]);
  }

  private load(): Promise<PaperChoice[]> {
    this.list ??= fetchPaperList(this.dataset.list!);
    // Forget a failed load, so the next try fetches again.
    this.list.catch(() => (this.list = undefined));
    return this.list;
  }

  private async findPapers(text: string): Promise<{ shown: PaperChoice[]; total: number }> {
    return matchPapers(await this.load(), text, new Set([this.dataset.id!]), SHOWN);
  }

  private say(text: string): void {
    this.piece('status').textContent = text;
  }

  private show(papers: readonly PaperChoice[]): void {
    const list = this.piece('matches');
    list.replaceChildren(
      ...papers.map((paper) => {
        const link = element('a', paper.title);
        link.href = this.href(paper.id);
        link.append(' ', element('span', `${paper.id} · ${paper.year}`, 'id'));
        const item = element('li');
        item.append(link);
        return item;
      }),
    );
    list.hidden = papers.length === 0;
  }

  private async suggest(): Promise<void> {
    const text = this.input.value.trim();
    try {
      const { shown, total } = text ? await this.findPapers(text) : { shown: [], total: 0 };
      this.show(shown);
      this.say(!text ? '' : total === 0 ? `No other audited paper matches “${text}”.` : `${countOf(total, 'paper')} ${total === 1 ? 'matches' : 'match'}.`);
    } catch (error) {
      this.show([]);
      this.say(`Could not load the list of papers (${String(error)}); an exact id still works.`);
    }
  }

  /** Enter: open the comparison when the text names one paper, else say why not. */
  private async go(): Promise<void> {
    // A suggestion still waiting to run would overwrite what this says.
    clearTimeout(this.timer);
    const text = this.input.value.trim();
    const id = normaliseId(text);
    if (!text) return this.say('Type part of a title or an id first.');
    if (id === this.dataset.id) return this.say('That is this paper: choose another one.');
    try {
      // An id as readers paste it ("arXiv:2405.05949v2") is looked up as the id it names.
      const { shown, total } = await this.findPapers(id ?? text);
      const pick = shown.find((paper) => paper.id === id) ?? (total === 1 ? shown[0] : undefined);
      if (pick) return location.assign(this.href(pick.id));
      this.show(shown);
      this.say(total === 0 ? `No other audited paper matches “${text}”.` : `${countOf(total, 'paper')} match: choose one from the list.`);
    } catch {
      // Without the list an id is still worth opening: the compare page says whether it exists.
      if (id) location.assign(this.href(id));
      else this.say('Could not load the list of papers; type the other paper’s exact id.');
    }
  }

  /** Down and up move between the search box and the matches; Escape closes them. */
  private onKey(event: KeyboardEvent): void {
    const links = [...this.piece('matches').querySelectorAll('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
    if (event.key === 'Escape' && links.length > 0) {
      this.show([]);
      this.input.focus();
    } else if (step !== 0 && links.length > 0 && (at >= 0 || event.target === this.input)) {
      event.preventDefault();
      const next = at + step;
      (next < 0 ? this.input : links[Math.min(next, links.length - 1)]!).focus();
    }
  }
}

/** Add search by title to a `gb-compare-with` element. */
export function enhance(host: HTMLElement): void {
  new CompareWithSearch(host);
}
