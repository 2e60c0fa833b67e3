/**
 * `<gb-compare-with>`: "compare with…" on an audit page. Without it the form takes the other
 * paper's id; with it the label offers search by title, and the search (with the list of papers
 * it needs) is loaded the first time the box is focused, so the audit page's own script stays a
 * few hundred bytes. If that load fails, the plain id form still works.
 */
class CompareWith extends HTMLElement {
  connectedCallback(): void {
    this.querySelector('[data-hint]')!.textContent = 'search by title or id';
    this.querySelector('input[type="search"]')!.addEventListener(
      'focus',
      () => void import('./compare-with-search.ts').then(({ enhance }) => enhance(this)).catch(() => undefined),
      { once: true },
    );
  }
}

customElements.define('gb-compare-with', CompareWith);
