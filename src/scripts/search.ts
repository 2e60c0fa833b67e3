/**
 * `<flag-search>`: runs the red-flag search as you type. The engine and fuse.js load with
 * `import()` on first use, so the page's own script stays small; results are built from text
 * nodes and `<mark>` elements only, so scan text can never become markup.
 */
import type { SearchEngine, SearchOutcome } from '../lib/search/search-engine.ts';
import type { FlagRecord, Posting, VocabularyFile } from '../lib/search/search-index.ts';
import { highlightSegments } from '../lib/search/search-tokens.ts';
import { paperPath, withBase } from '../lib/site/urls.ts';
import { countOf, formatCount } from '../lib/site/format-count.ts';
import { flagAnchor } from '../lib/site/anchors.ts';
import { element } from './element.ts';

const PAGE = 20;
// Screen readers hear the count once typing pauses, not after every keystroke.
const ANNOUNCE_DELAY_MS = 500;

class FlagSearch extends HTMLElement {
  #engine: Promise<SearchEngine> | undefined;
  #input!: HTMLInputElement;
  #results!: HTMLOListElement;
  #status!: HTMLElement;
  #more!: HTMLButtonElement;
  #listing: HTMLElement | null = null;
  #listingSpot = document.createComment('every red flag, by paper');
  #run = 0;
  #shown = 0;
  #outcome: SearchOutcome | undefined;
  #announce: ReturnType<typeof setTimeout> | undefined;

  connectedCallback(): void {
    this.#input = this.querySelector('input[name="q"]')!;
    this.#results = this.querySelector('[data-results]')!;
    this.#status = this.querySelector('[data-status]')!;
    this.#more = this.querySelector('[data-more]')!;
    this.#listing = document.querySelector('[data-listing]');
    this.querySelector<HTMLElement>('[data-hint]')!.hidden = false;
    this.querySelector('form')!.addEventListener('submit', (event) => {
      event.preventDefault();
      void this.#search();
    });
    this.#input.addEventListener('input', () => void this.#search());
    this.#input.addEventListener('focus', () => void this.#load(), { once: true });
    this.#more.addEventListener('click', () => void this.#showMore());
    this.addEventListener('keydown', (event) => this.#onKey(event));
    // Words typed before this script ran count too; otherwise the query comes from the URL.
    const query = this.#input.value || new URLSearchParams(location.search).get('q');
    if (query) {
      this.#input.value = query;
      void this.#search();
    }
  }

  #load(): Promise<SearchEngine> {
    // A failed load is forgotten, so the next keystroke tries again.
    this.#engine ??= loadEngine(this.dataset.index!, this.dataset.version!).catch((error: unknown) => {
      this.#engine = undefined;
      throw error;
    });
    return this.#engine;
  }

  async #search(): Promise<void> {
    const run = ++this.#run;
    const query = this.#input.value;
    rememberQuery(query);
    if (!query.trim()) return this.#reset();
    this.#results.dataset.state = 'loading';
    // The listing goes as soon as there is a query, so no listing link passes for a result.
    this.#showListing(false);
    try {
      const engine = await this.#load();
      const outcome = await engine.search(query);
      const flags = await engine.flags(outcome.ids.slice(0, PAGE));
      if (run !== this.#run) return;
      this.#outcome = outcome;
      this.#results.replaceChildren(...flags.map((flag) => resultItem(flag, outcome.highlightTerms)));
      this.#shown = flags.length;
      this.#finish(query);
    } catch (error) {
      if (run !== this.#run) return;
      this.#results.dataset.state = 'error';
      this.#showListing(true);
      this.#status.textContent = 'Search could not load its index. Type again to retry; the list below shows every red flag.';
      console.error(error);
    }
  }

  async #showMore(): Promise<void> {
    const outcome = this.#outcome;
    if (!outcome) return;
    const engine = await this.#load();
    const flags = await engine.flags(outcome.ids.slice(this.#shown, this.#shown + PAGE));
    // A new query may have replaced the results while these loaded.
    if (outcome !== this.#outcome) return;
    const items = flags.map((flag) => resultItem(flag, outcome.highlightTerms));
    this.#results.append(...items);
    this.#shown += flags.length;
    this.#updateMore();
    items[0]?.querySelector('a')?.focus();
  }

  #finish(query: string): void {
    const outcome = this.#outcome!;
    const total = outcome.ids.length;
    this.#results.dataset.count = String(total);
    this.#results.dataset.state = 'ready';
    this.#updateMore();
    clearTimeout(this.#announce);
    this.#announce = setTimeout(() => {
      this.#status.textContent = statusText(total, outcome.matchedAll, query.trim());
    }, ANNOUNCE_DELAY_MS);
  }

  #updateMore(): void {
    const total = this.#outcome?.ids.length ?? 0;
    this.#more.hidden = this.#shown >= total;
    this.#more.textContent = `Show more results (${formatCount(this.#shown)} of ${formatCount(total)} shown)`;
  }

  #reset(): void {
    this.#outcome = undefined;
    this.#results.replaceChildren();
    this.#results.dataset.state = 'idle';
    this.#results.dataset.count = '0';
    this.#more.hidden = true;
    this.#status.textContent = '';
    clearTimeout(this.#announce);
    this.#showListing(true);
  }

  // Taken out of the document rather than hidden, so nothing (a test, an extension, find-in-page)
  // mistakes a listing link for a result while a query is shown.
  #showListing(shown: boolean): void {
    const listing = this.#listing;
    if (!listing || shown === listing.isConnected) return;
    if (shown) this.#listingSpot.replaceWith(listing);
    else listing.replaceWith(this.#listingSpot);
  }

  // Arrow keys walk from the box through the result links and back; Escape returns to the box.
  #onKey(event: KeyboardEvent): void {
    const links = [...this.#results.querySelectorAll<HTMLAnchorElement>('a')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    let target: HTMLElement | undefined;
    if (event.key === 'ArrowDown') target = links[at + 1];
    else if (event.key === 'ArrowUp' && at >= 0) target = at === 0 ? this.#input : links[at - 1];
    else if (event.key === 'Escape' && at >= 0) target = this.#input;
    if (!target) return;
    event.preventDefault();
    target.focus();
  }
}

async function loadEngine(dataUrl: string, version: string): Promise<SearchEngine> {
  const fetchJson = async <T>(name: string): Promise<T> => {
    const response = await fetch(`${dataUrl}${name}.json?v=${encodeURIComponent(version)}`);
    if (!response.ok) throw new Error(`search index: ${name}.json answered ${response.status}`);
    return (await response.json()) as T;
  };
  const [{ createSearchEngine, parseVocabulary }, { default: Fuse }, vocabulary] = await Promise.all([
    import('../lib/search/search-engine.ts'),
    import('fuse.js/basic'),
    fetchJson<VocabularyFile>('vocab'),
  ]);
  return createSearchEngine({
    vocabulary: parseVocabulary(vocabulary),
    Fuse,
    loadPostings: (shard) => fetchJson<Posting[]>(`postings-${shard}`),
    loadRecords: (shard) => fetchJson<FlagRecord[]>(`records-${shard}`),
  });
}

function rememberQuery(query: string): void {
  const url = new URL(location.href);
  if (query.trim()) url.searchParams.set('q', query);
  else url.searchParams.delete('q');
  history.replaceState(history.state, '', url);
}

function statusText(total: number, matchedAll: boolean, query: string): string {
  if (total === 0) return `No red flag matches “${query}”.`;
  const flags = countOf(total, 'red flag matches', 'red flags match');
  return matchedAll ? `${flags} “${query}”.` : `No red flag has every word; ${flags} some of “${query}”.`;
}

function resultItem([paperId, position, title, flag, detail]: FlagRecord, terms: ReadonlySet<string>): HTMLLIElement {
  const item = element('li', undefined, 'flag-result');
  const link = element('a');
  // Records count flags from 1, as readers do; flagAnchor takes the 0-based index the audit page renders from.
  link.href = `${withBase(paperPath(paperId))}#${flagAnchor(position - 1)}`;
  link.append(highlighted(flag, terms));
  const paper = element('p', undefined, 'flag-result-paper');
  paper.append(highlighted(title, terms), ` · red flag ${position}`);
  const explanation = element('p', undefined, 'flag-result-detail');
  explanation.append(highlighted(detail, terms));
  item.append(link, paper, explanation);
  return item;
}

// Scan text as text nodes and <mark>s inside a <bdi>, so bidi controls cannot reorder the page.
function highlighted(text: string, terms: ReadonlySet<string>): HTMLElement {
  const isolate = element('bdi');
  for (const segment of highlightSegments(text, terms)) {
    if (!segment.mark) {
      isolate.append(segment.text);
      continue;
    }
    const mark = element('mark');
    mark.textContent = segment.text;
    isolate.append(mark);
  }
  return isolate;
}

customElements.define('flag-search', FlagSearch);
