/**
 * `<gb-compare>`: the compare page. Reads the papers from the address (`?papers=a,b`), loads only
 * their published scan.json, scores them with the site's own scoring module and draws them side
 * by side. Adding or removing a paper makes a new history entry, so Back undoes it; every change
 * is announced in the page's status line. All scan text goes in as text nodes, never as HTML.
 */
import { alignPapers, type AlignedCategory, type ComparedPaper } from '../lib/compare/align.ts';
import {
  MAX_COMPARED,
  MIN_COMPARED,
  addId,
  normaliseId,
  parseCompareState,
  problemMessage,
  removeId,
  serialiseCompareState,
  type CompareProblem,
} from '../lib/compare/compare-state.ts';
import { fetchPaperList, matchPapers, type PaperChoice } from '../lib/compare/paper-list.ts';
import { scanFilePath } from '../lib/publishing/published-paths.ts';
import { ANSWER_TEXT, type ItemAnswer } from '../lib/scan-format/answers.ts';
import type { Scan } from '../lib/scan-format/schema.ts';
import { formatCounts, formatPercent, type Score } from '../lib/scoring/scoring.ts';
import { scoreBucketClass } from '../lib/scoring/score-bucket.ts';
import { itemAnchor } from '../lib/site/anchors.ts';
import { countOf } from '../lib/site/format-count.ts';
import { linkify } from '../lib/site/linkify.ts';
import { categoryPath, itemPath, paperPath, withBase } from '../lib/site/urls.ts';

const SUGGESTIONS_SHOWN = 8;
const DEBOUNCE_MS = 120;

type Loaded = { ok: true; paper: ComparedPaper } | { ok: false; problem: CompareProblem };

/** An element with optional text and class. */
function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = element('a', text);
  anchor.href = href;
  return anchor;
}

/** Scan text with its http(s) URLs as links (the same rule as the audit pages). */
function linkedText(text: string): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const segment of linkify(text)) {
    if (segment.kind === 'text') fragment.append(segment.text);
    else {
      const anchor = link(segment.href, segment.text);
      anchor.rel = 'nofollow noopener';
      fragment.append(anchor);
    }
  }
  return fragment;
}

/** An answer as a word, its symbol drawn by answers.css (`.answer.yes`; the audit checklist's span carries only the answer's class). */
function answerBadge(answer: ItemAnswer): HTMLElement {
  return element('span', ANSWER_TEXT[answer].word, `answer ${answer}`);
}

function scoreCell(score: Score): HTMLTableCellElement {
  const cell = element('td');
  cell.append(element('span', formatPercent(score), `chip ${scoreBucketClass(score.value)}`), ' ', element('span', formatCounts(score), 'score-counts'));
  return cell;
}

function differsMark(text: string): HTMLElement {
  return element('span', `≠ ${text}`, 'compare-differs');
}

/** A wide table inside a keyboard-scrollable region, as the site's other tables. */
function scrollRegion(label: string, table: HTMLTableElement): HTMLDivElement {
  const region = element('div', undefined, 'compare-scroll');
  region.setAttribute('role', 'region');
  region.setAttribute('aria-label', label);
  region.tabIndex = 0;
  region.append(table);
  return region;
}

class Compare extends HTMLElement {
  private base = '/';
  private readonly scans = new Map<string, Promise<Loaded>>();
  private list?: Promise<PaperChoice[]>;
  /** Ids of the papers shown (loaded), in order: what add and remove start from. */
  private ids: string[] = [];
  private titles = new Map<string, string>();
  private renderToken = 0;
  private form?: HTMLFormElement;
  private timer?: number;

  connectedCallback(): void {
    this.base = this.dataset.base ?? '/';
    this.mountAddForm();
    window.addEventListener('popstate', () => void this.show());
    void this.show();
  }

  private href(sitePath: string): string {
    return withBase(sitePath, this.base);
  }

  private piece<T extends HTMLElement>(name: string): T {
    return this.querySelector<T>(`[data-${name}]`)!;
  }

  /** Load one paper's scan.json once; a 404 means no such audit. */
  private load(id: string): Promise<Loaded> {
    let loaded = this.scans.get(id);
    if (!loaded) {
      loaded = fetch(this.href(scanFilePath(id)))
        .then(async (response): Promise<Loaded> => {
          // An unread error body keeps the request open (the browser waits for a reader), so read it.
          if (!response.ok) await response.text();
          if (response.status === 404) return { ok: false, problem: { kind: 'not-found', id } };
          if (!response.ok) return { ok: false, problem: { kind: 'unavailable', id, reason: `HTTP ${response.status}` } };
          return { ok: true, paper: { id, scan: (await response.json()) as Scan } };
        })
        .catch((error: unknown): Loaded => ({ ok: false, problem: { kind: 'unavailable', id, reason: String(error) } }));
      // A failed load is tried again next time rather than remembered.
      void loaded.then((result) => {
        if (!result.ok) this.scans.delete(id);
      });
      this.scans.set(id, loaded);
    }
    return loaded;
  }

  /** Show the papers the address names; `said` (what just changed) leads the status line. */
  private async show(said = ''): Promise<void> {
    const state = parseCompareState(location.search);
    const token = ++this.renderToken;
    this.piece('status').textContent = state.ids.length > 0 ? `${said} Loading ${countOf(state.ids.length, 'audit')}…`.trim() : said;
    const loaded = await Promise.all(state.ids.map((id) => this.load(id)));
    // A newer address (Back pressed twice quickly) has taken over.
    if (token !== this.renderToken) return;
    const papers = loaded.flatMap((result) => (result.ok ? [result.paper] : []));
    const problems = [...state.problems, ...loaded.flatMap((result) => (result.ok ? [] : [result.problem]))];
    this.ids = papers.map((paper) => paper.id);
    for (const paper of papers) this.titles.set(paper.id, paper.scan.paper.title);
    this.renderProblems(problems);
    this.renderComparison(papers);
    this.updateAddForm();
    document.title = papers.length >= MIN_COMPARED ? `Comparing ${countOf(papers.length, 'audit')} · Glassbox` : 'Compare audits · Glassbox';
    this.piece('status').textContent = [said, this.summary(papers, problems.length)].filter(Boolean).join(' ');
  }

  private summary(papers: readonly ComparedPaper[], problems: number): string {
    const trouble = problems === 0 ? '' : ` ${countOf(problems, 'message')} about the address ${problems === 1 ? 'is' : 'are'} listed below.`;
    if (papers.length === 0) return `Choose ${MIN_COMPARED} to ${MAX_COMPARED} papers to compare.${trouble}`;
    if (papers.length === 1) return `One paper chosen: add at least one more to compare.${trouble}`;
    const differing = alignPapers(papers).differingItems;
    return `Comparing ${countOf(papers.length, 'paper')}: answered differently on ${countOf(differing, 'checklist item')}.${trouble}`;
  }

  private renderProblems(problems: readonly CompareProblem[]): void {
    const box = this.piece('problems');
    const list = this.piece('problem-list');
    list.replaceChildren(...problems.map((problem) => element('li', problemMessage(problem))));
    box.hidden = problems.length === 0;
  }

  /** Go to a new set of papers: a new history entry, then the new view. */
  private navigate(ids: readonly string[], said: string): void {
    history.pushState(null, '', this.dataset.listing! + serialiseCompareState(ids));
    void this.show(said);
  }

  // ---- The add form ----

  private mountAddForm(): void {
    const template = this.piece<HTMLTemplateElement>('add-form');
    this.form = (template.content.cloneNode(true) as DocumentFragment).querySelector('form')!;
    template.replaceWith(this.form);
    const input = this.query();
    input.addEventListener('focus', () => void this.loadList().catch(() => undefined), { once: true });
    input.addEventListener('input', () => {
      clearTimeout(this.timer);
      this.timer = window.setTimeout(() => void this.suggest(), DEBOUNCE_MS);
    });
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') this.clearSuggestions();
    });
    this.form.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.addFromQuery();
    });
    this.piece('suggestions').addEventListener('click', (event) => {
      const button = (event.target as Element).closest<HTMLButtonElement>('button[data-id]');
      if (button) this.add(button.dataset.id!, button.dataset.title!);
    });
  }

  private query(): HTMLInputElement {
    return this.form!.querySelector('input')!;
  }

  private loadList(): Promise<PaperChoice[]> {
    this.list ??= fetchPaperList(this.dataset.list!);
    // Forget a failed load, so the next keystroke tries again.
    this.list.catch(() => (this.list = undefined));
    return this.list;
  }

  private updateAddForm(): void {
    const full = this.ids.length >= MAX_COMPARED;
    const input = this.query();
    input.disabled = full;
    this.form!.querySelector('button')!.disabled = full;
    this.piece('add-hint').textContent = full
      ? `${MAX_COMPARED} papers are compared, the most at once: remove one to add another.`
      : `Type part of a title or an id, then choose a paper from the list (up to ${MAX_COMPARED} papers).`;
    if (full) this.clearSuggestions();
  }

  private clearSuggestions(): void {
    this.piece('suggestions').replaceChildren();
    this.piece('match-status').textContent = '';
  }

  private async findMatches(): Promise<{ shown: PaperChoice[]; total: number } | string> {
    const text = this.query().value;
    if (!text.trim()) return { shown: [], total: 0 };
    try {
      return matchPapers(await this.loadList(), text, new Set(this.ids), SUGGESTIONS_SHOWN);
    } catch (error) {
      return `Could not load the list of papers (${String(error)}); you can still add a paper by its exact id.`;
    }
  }

  private async suggest(): Promise<void> {
    const result = await this.findMatches();
    const status = this.piece('match-status');
    const list = this.piece('suggestions');
    if (typeof result === 'string') {
      list.replaceChildren();
      status.textContent = result;
      return;
    }
    list.replaceChildren(...result.shown.map((paper) => this.suggestion(paper)));
    const text = this.query().value.trim();
    status.textContent = !text
      ? ''
      : result.total === 0
        ? `No paper matches “${text}”.`
        : `${countOf(result.total, 'paper')} ${result.total === 1 ? 'matches' : 'match'}${result.total > result.shown.length ? `, the first ${result.shown.length} listed` : ''}.`;
  }

  private suggestion(paper: PaperChoice): HTMLLIElement {
    const button = element('button', undefined, 'compare-suggestion');
    button.type = 'button';
    button.dataset.id = paper.id;
    button.dataset.title = paper.title;
    button.append(element('span', 'Add ', 'visually-hidden'), element('span', paper.title), ' ', element('span', `${paper.id} · ${paper.year}`, 'id'));
    const item = element('li');
    item.append(button);
    return item;
  }

  /** Enter in the search: add the paper when the text names exactly one. */
  private async addFromQuery(): Promise<void> {
    const text = this.query().value.trim();
    if (!text) return;
    const result = await this.findMatches();
    const id = normaliseId(text);
    const exact = typeof result === 'string' ? undefined : result.shown.find((paper) => paper.id === id);
    if (exact) return this.add(exact.id, exact.title);
    if (typeof result !== 'string' && result.total === 1) return this.add(result.shown[0]!.id, result.shown[0]!.title);
    // The list did not load: an id is still worth trying (its scan.json says whether it exists).
    if (typeof result === 'string' && id) return this.add(id, id);
    this.piece('match-status').textContent =
      typeof result === 'string'
        ? result
        : result.total === 0
          ? `No paper matches “${text}”.`
          : `${countOf(result.total, 'paper')} match: choose one from the list.`;
  }

  private add(id: string, title: string): void {
    const { ids, refused } = addId(this.ids, id);
    if (refused) {
      this.piece('match-status').textContent =
        refused === 'duplicate' ? `“${title}” is already compared.` : `${MAX_COMPARED} papers are compared already: remove one first.`;
      return;
    }
    this.query().value = '';
    this.clearSuggestions();
    this.navigate(ids, `Added “${title}”.`);
    this.query().focus();
  }

  private removePaper(id: string): void {
    const title = this.titles.get(id) ?? id;
    this.navigate(removeId(this.ids, id), `Removed “${title}”.`);
    // The button is gone with its paper; the search is where the reader would go next.
    this.query().disabled = false;
    this.query().focus();
  }

  // ---- The comparison ----

  private renderComparison(papers: readonly ComparedPaper[]): void {
    const target = this.piece('comparison');
    if (papers.length === 0) {
      target.replaceChildren();
      return;
    }
    const parts: HTMLElement[] = [this.paperList(papers)];
    if (papers.length >= MIN_COMPARED) {
      const alignment = alignPapers(papers);
      parts.push(this.scoresSection(papers, alignment.overall, alignment.overallDiffers, alignment.categories));
      parts.push(this.itemsSection(papers, alignment.categories, alignment.differingItems));
    }
    target.replaceChildren(...parts);
  }

  private paperList(papers: readonly ComparedPaper[]): HTMLElement {
    const section = element('section', undefined, 'compare-chosen');
    section.setAttribute('aria-labelledby', 'compare-papers');
    const heading = element('h2', 'Papers compared');
    heading.id = 'compare-papers';
    const list = element('ol', undefined, 'compare-paper-list');
    for (const { id, scan } of papers) {
      const item = element('li', undefined, 'compare-paper');
      const title = element('p', undefined, 'compare-paper-title');
      title.append(link(this.href(paperPath(id)), scan.paper.title), ' ', element('span', id, 'id'));
      const meta = element('p', undefined, 'muted');
      meta.append(element('bdi', scan.paper.venue), ` ${scan.paper.year}`);
      const remove = element('button', 'Remove', 'small-button');
      remove.type = 'button';
      remove.setAttribute('aria-label', `Remove “${scan.paper.title}” from the comparison`);
      remove.addEventListener('click', () => this.removePaper(id));
      item.append(title, meta, remove);
      list.append(item);
    }
    section.append(heading, list);
    return section;
  }

  /** A table's header row: the first column's heading, then one column per paper. */
  private headRow(first: string, papers: readonly ComparedPaper[]): HTMLTableSectionElement {
    const head = element('thead');
    const row = element('tr');
    const firstCell = element('th', first);
    firstCell.scope = 'col';
    row.append(firstCell);
    for (const { id, scan } of papers) {
      const cell = element('th');
      cell.scope = 'col';
      cell.append(element('span', scan.paper.title, 'compare-col-title'), ' ', element('span', id, 'id'));
      row.append(cell);
    }
    head.append(row);
    return head;
  }

  private scoresSection(papers: readonly ComparedPaper[], overall: Score[], overallDiffers: boolean, categories: readonly AlignedCategory[]): HTMLElement {
    const section = element('section');
    section.setAttribute('aria-labelledby', 'compare-scores');
    const heading = element('h2', 'Scores by category');
    heading.id = 'compare-scores';
    const table = element('table', undefined, 'compare-table');
    table.append(element('caption', 'Each paper’s score per category: the share of applicable items answered yes, with the counts', 'visually-hidden'));
    table.append(this.headRow('Category', papers));
    const body = element('tbody');
    const row = (label: Node, scores: readonly Score[], differs: boolean) => {
      const tr = element('tr', undefined, differs ? 'differs' : 'same');
      const th = element('th');
      th.scope = 'row';
      th.append(label);
      if (differs) th.append(' ', differsMark('scores differ'));
      tr.append(th, ...scores.map(scoreCell));
      body.append(tr);
    };
    row(element('strong', 'Overall'), overall, overallDiffers);
    for (const { category, scores, differs } of categories) row(link(this.href(categoryPath(category.key)), category.label), scores, differs);
    table.append(body);
    section.append(heading, scrollRegion('Table: scores by category, side by side', table));
    return section;
  }

  private itemsSection(papers: readonly ComparedPaper[], categories: readonly AlignedCategory[], differing: number): HTMLElement {
    const section = element('section', undefined, 'compare-items');
    section.setAttribute('aria-labelledby', 'compare-answers');
    const heading = element('h2', 'Answers item by item');
    heading.id = 'compare-answers';
    const intro = element(
      'p',
      `Each paper’s answer and its justification, item by item. ${countOf(differing, 'item')} answered differently ${differing === 1 ? 'is' : 'are'} marked “≠ answers differ”.`,
    );
    const toggle = element('label', undefined, 'compare-toggle');
    const checkbox = element('input');
    checkbox.type = 'checkbox';
    checkbox.addEventListener('change', () => {
      section.classList.toggle('only-differences', checkbox.checked);
      this.piece('status').textContent = checkbox.checked ? `Showing only the ${countOf(differing, 'item')} answered differently.` : 'Showing every item.';
    });
    toggle.append(checkbox, ' Show only items answered differently');
    section.append(heading, intro, toggle);
    for (const aligned of categories) section.append(this.categoryItems(papers, aligned));
    return section;
  }

  private categoryItems(papers: readonly ComparedPaper[], { category, items }: AlignedCategory): HTMLElement {
    const part = element('section', undefined, items.some((item) => item.differs) ? 'compare-category' : 'compare-category same');
    const headingId = `compare-${category.key}`;
    part.setAttribute('aria-labelledby', headingId);
    const heading = element('h3', category.label);
    heading.id = headingId;
    const table = element('table', undefined, 'compare-table compare-answers');
    table.append(element('caption', `${category.label}: each paper’s answer and justification, item by item`, 'visually-hidden'));
    table.append(this.headRow('Item', papers));
    const body = element('tbody');
    for (const { item, answers, differs } of items) {
      const tr = element('tr', undefined, differs ? 'differs' : 'same');
      const th = element('th');
      th.scope = 'row';
      th.append(link(this.href(itemPath(category.key, item.key)), item.label), element('span', item.question, 'compare-question'));
      if (differs) th.append(differsMark('answers differ'));
      tr.append(th);
      answers.forEach(({ answer, justification }, i) => {
        const td = element('td');
        const why = element('p', undefined, 'compare-justification');
        why.append(linkedText(justification));
        const onAudit = link(this.href(paperPath(papers[i]!.id)) + '#' + itemAnchor(category.key, item.key), 'on the audit');
        onAudit.className = 'compare-on-audit';
        // Many links read "on the audit": the hidden part names which, for screen readers' link lists.
        onAudit.append(element('span', ` of “${papers[i]!.scan.paper.title}”`, 'visually-hidden'));
        td.append(answerBadge(answer), why, onAudit);
        tr.append(td);
      });
      body.append(tr);
    }
    table.append(body);
    part.append(heading, scrollRegion(`${category.label}: answers side by side`, table));
    return part;
  }
}

customElements.define('gb-compare', Compare);
