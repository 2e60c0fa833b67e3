/**
 * `<version-notice data-current="abc1234">`: when the page was reached through a citation
 * permalink for another version (`?v=…`), say so and link to the cited version's scan file.
 * The cited id comes from the URL, so it is checked to be a commit id and written as text only.
 */
const COMMIT = /^[0-9a-f]{7,40}$/;

class VersionNotice extends HTMLElement {
  connectedCallback(): void {
    const cited = new URLSearchParams(location.search).get('v');
    if (!cited || !COMMIT.test(cited) || cited === this.dataset.current) return;
    for (const slot of this.querySelectorAll('[data-cited]')) slot.textContent = cited;
    const link = this.querySelector<HTMLAnchorElement>('a[data-source]');
    const template = link?.dataset.source;
    if (link && template) link.href = template.replace('{commit}', cited);
    else link?.remove();
    this.hidden = false;
  }
}

customElements.define('version-notice', VersionNotice);
