/**
 * `<gb-js-only><template>…</template></gb-js-only>`: controls that need JavaScript are shipped
 * inert in a template and put in place only when scripts run, so a reader without JS never meets
 * a control that does nothing.
 */
class JsOnly extends HTMLElement {
  connectedCallback(): void {
    const template = this.querySelector(':scope > template');
    if (template instanceof HTMLTemplateElement) this.replaceChildren(template.content.cloneNode(true));
  }
}

if (!customElements.get('gb-js-only')) customElements.define('gb-js-only', JsOnly);
