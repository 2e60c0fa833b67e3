/**
 * `<copy-text for="id">` wraps a hidden button that copies the text of the element with that id.
 * Without JS the button stays hidden and the text stays selectable; the result is announced
 * through the element's own live region, written with textContent only.
 */
class CopyText extends HTMLElement {
  connectedCallback(): void {
    const button = this.querySelector('button');
    const status = this.querySelector('[role="status"]');
    const source = document.getElementById(this.getAttribute('for') ?? '');
    if (!button || !status || !source || !navigator.clipboard) return;
    button.hidden = false;
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
