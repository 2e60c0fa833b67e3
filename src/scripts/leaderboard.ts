/**
 * `<gb-leaderboard>`: sorting, filtering and URL state over the server-rendered leaderboard.
 *
 * The server page stays the no-JS baseline. The full rows (one columnar JSON file) are fetched
 * only when the reader asks for a view other than the server's: a sort, a filter, or a shared
 * URL carrying one. Only the visible page of rows is rendered, so sorting 10,000 rows is one
 * array sort plus new text in 100 table rows.
 */
import { applyView, decodeRows, type LeaderboardData, type LeaderboardRow } from '../lib/scoring/leaderboard-filters.ts';
import { pageCount, pagerItems, pageSlice } from '../lib/site/pagination.ts';
import { isDefaultView, parseViewState, serialiseViewState, toggleSort, type ViewState } from '../lib/scoring/view-state.ts';
import { formatCount } from '../lib/site/format-count.ts';
import { element } from './element.ts';
import { LeaderboardRowView } from './leaderboard-row.ts';

const DEBOUNCE_MS = 150;
/** The filter form's fields, each named as its URL parameter. */
const FILTER_FIELDS = ['q', 'year', 'venue', 'tag', 'made', 'rubric', 'disputed'] as const;

class Leaderboard extends HTMLElement {
  private rows?: Promise<LeaderboardRow[]>;
  private columns: string[] = [];
  private sortKeys: string[] = [];
  private view!: ViewState;
  private form?: HTMLFormElement;
  private timer?: number;
  /** The table rows this script has drawn, reused from view to view. */
  private readonly rowViews: LeaderboardRowView[] = [];

  connectedCallback(): void {
    const headers = [...this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];
    this.sortKeys = headers.map((th) => th.dataset.sort!);
    this.columns = this.sortKeys.filter((key) => !['rank', 'title', 'flags', 'year', 'venue'].includes(key));
    headers.forEach((th) => this.addSortButton(th));
    this.addFilters();
    this.addEventListener('click', (event) => this.onPagerClick(event));
    // Start fetching the rows when the reader reaches for a sort button or a filter, so the
    // first sort rarely waits for the network while plain reading never fetches them.
    for (const controls of [this.querySelector('thead'), this.form])
      for (const intent of ['pointerover', 'focusin']) controls?.addEventListener(intent, () => void this.load().catch(() => undefined), { once: true });
    window.addEventListener('popstate', () => this.restore());
    this.restore();
  }

  private restore(): void {
    this.view = parseViewState(location.search, this.sortKeys);
    this.syncForm();
    if (!isDefaultView(this.view)) this.update(this.view);
    else if (!this.rows) return;
    // Back to the default view: page 1 can be redrawn here; another server page (/leaderboard/5/) is reloaded.
    else if (location.pathname === this.dataset.listing) void this.render();
    else location.reload();
  }

  private addSortButton(th: HTMLTableCellElement): void {
    const link = th.querySelector('a');
    const label = th.textContent!.trim();
    const button = element('button', link ? '' : label, link ? 'sort-only' : undefined);
    button.type = 'button';
    if (link) button.setAttribute('aria-label', `Sort by ${label}`);
    button.addEventListener('click', () => this.update(toggleSort(this.view, th.dataset.sort!), true));
    if (link) th.append(button);
    else th.replaceChildren(button);
  }

  private addFilters(): void {
    const template = this.querySelector<HTMLTemplateElement>('template[data-filters]');
    if (!template) return;
    this.form = (template.content.cloneNode(true) as DocumentFragment).querySelector('form')!;
    template.replaceWith(this.form);
    this.form.addEventListener('submit', (event) => event.preventDefault());
    this.form.addEventListener('change', () => this.readForm());
    this.form.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => this.readForm(), DEBOUNCE_MS);
    });
    // Reset clears the fields after this event, so read them on the next tick.
    this.form.addEventListener('reset', () => setTimeout(() => this.readForm()));
  }

  private field(name: string): HTMLInputElement | HTMLSelectElement {
    return this.form!.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
  }

  private syncForm(): void {
    if (!this.form) return;
    this.field('q').value = this.view.q ?? '';
    this.field('year').value = this.view.year === undefined ? '' : String(this.view.year);
    this.field('venue').value = this.view.venue ?? '';
    this.field('tag').value = this.view.tag ?? '';
    this.field('made').value = this.view.made ?? '';
    this.field('rubric').value = this.view.rubric ?? '';
    this.field('disputed').value = this.view.disputed ? '1' : '';
  }

  private readForm(): void {
    const query = new URLSearchParams();
    for (const name of FILTER_FIELDS) query.set(name, this.field(name).value);
    const { q, year, venue, tag, made, rubric, disputed } = parseViewState(query, this.sortKeys);
    this.update({ ...this.view, q, year, venue, tag, made, rubric, disputed, page: 1 });
  }

  /** Show a view and put it in the URL: a new history entry for sorts and pages (Back undoes them), the same entry while typing filters. */
  private update(view: ViewState, newEntry = false): void {
    this.view = view;
    const url = this.dataset.listing! + serialiseViewState(view);
    if (newEntry) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    // A view started from /leaderboard/5/ now lives at /leaderboard/?…: drop the "page 5 of 100" heading.
    const heading = document.querySelector<HTMLElement>('[data-leaderboard-heading]');
    if (heading) heading.textContent = heading.dataset.leaderboardHeading!;
    void this.render();
  }

  private onPagerClick(event: Event): void {
    const link = (event.target as Element).closest<HTMLAnchorElement>('[data-pager] a[data-page]');
    if (!link) return;
    event.preventDefault();
    this.update({ ...this.view, page: Number(link.dataset.page) }, true);
    this.querySelector('table')!.scrollIntoView({ block: 'start' });
  }

  private load(): Promise<LeaderboardRow[]> {
    this.rows ??= fetch(this.dataset.rows!)
      .then((response) => {
        if (!response.ok) throw new Error(`HTTP ${response.status}`);
        return response.json() as Promise<LeaderboardData>;
      })
      .then(decodeRows);
    return this.rows;
  }

  private async render(): Promise<void> {
    const status = this.querySelector('[data-status]')!;
    let rows: LeaderboardRow[];
    try {
      rows = await this.load();
    } catch (error) {
      this.rows = undefined;
      status.textContent = `Could not load the full leaderboard (${String(error)}); showing the server's order.`;
      return;
    }
    // Named measures let the benchmark read sort and render times without instrumenting the page.
    const started = performance.now();
    const shown = applyView(rows, this.view, this.columns);
    performance.measure('leaderboard:sort', { start: started });
    const size = Number(this.dataset.pageSize);
    const pages = pageCount(shown.length, size);
    const page = Math.min(this.view.page, pages);
    const visible = pageSlice(shown, page, size);
    this.renderRows(visible);
    for (const th of this.querySelectorAll<HTMLElement>('th[data-sort]')) {
      if (th.dataset.sort === this.view.sort) th.setAttribute('aria-sort', this.view.dir === 'asc' ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    }
    const first = (page - 1) * size + 1;
    status.textContent =
      shown.length === 0
        ? 'No papers match these filters.'
        : `Papers ${formatCount(first)}–${formatCount(first + visible.length - 1)} of ${formatCount(shown.length)} shown (${formatCount(rows.length)} audited).`;
    this.renderPager(page, pages);
    performance.measure('leaderboard:view', { start: started });
  }

  /** Show `visible` in the table body, reusing the rows the last view drew (see LeaderboardRowView). */
  private renderRows(visible: readonly LeaderboardRow[]): void {
    for (const row of visible.slice(this.rowViews.length)) this.rowViews.push(new LeaderboardRowView(row.scores.length));
    visible.forEach((row, index) => this.rowViews[index]!.show(row));
    const body = this.querySelector('[data-rows-body]')!;
    const rows = this.rowViews.slice(0, visible.length).map((view) => view.tr);
    // Re-inserting rows already in place would dirty their layout for nothing.
    if (rows.length !== body.children.length || rows.some((row, index) => body.children[index] !== row)) body.replaceChildren(...rows);
  }

  private renderPager(current: number, total: number): void {
    const nav = this.querySelector('[data-pager]')!;
    const list = element('ul');
    const add = (page: number, text: string, currentPage = false) => {
      const link = element('a', text);
      link.href = this.dataset.listing! + serialiseViewState({ ...this.view, page });
      link.dataset.page = String(page);
      if (currentPage) link.setAttribute('aria-current', 'page');
      const item = element('li');
      item.append(link);
      list.append(item);
    };
    if (current > 1) add(current - 1, '← Previous');
    for (const item of pagerItems(current, total)) {
      if (item !== 'gap') add(item, String(item), item === current);
      else {
        const gap = element('li', '…');
        gap.setAttribute('aria-hidden', 'true');
        list.append(gap);
      }
    }
    if (current < total) add(current + 1, 'Next →');
    nav.replaceChildren(...(total > 1 ? [list] : []));
  }
}

customElements.define('gb-leaderboard', Leaderboard);
