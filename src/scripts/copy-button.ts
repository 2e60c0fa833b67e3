/**
 * `<copy-text for="id" data-label="BibTeX">` becomes a "Copy BibTeX" button that copies the text
 * of the element with that id, and a live region that says whether it worked. Both are made here,
 * with textContent only, so without JS (or without a clipboard) the page shows no button that
 * cannot work and the text stays selectable.
 */
class CopyText extends HTMLElement {
  /** Whether this element has made its button: moved in the page, it keeps the one it has. */
  #made = false;

  connectedCallback(): void {
    const source = document.getElementById(this.getAttribute('for') ?? '');
    if (this.#made || !source || !navigator.clipboard) return;
    this.#made = true;
    // A copy of another block (the citation picker clones one for a fetched format) brings that
    // block's button without its listener, and its old label: make this element's own.
    this.replaceChildren();
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'small-button';
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = ` ${this.dataset.label ?? ''}`;
    button.append('Copy', name);
    // The live region exists before the first click, so screen readers announce what it says.
    const status = document.createElement('span');
    status.setAttribute('role', 'status');
    status.className = 'copy-status';
    this.append(button, ' ', status);
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent ?? '');
        status.textContent = 'Copied';
      } catch {
        status.textContent = 'Copy failed: select the text instead';
      }
    });
  }
}

customElements.define('copy-text', CopyText);
