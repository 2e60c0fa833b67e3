/** The one DOM builder the client scripts share: scan text goes in as `textContent`, never as markup. */

/** Create an element with optional text and class names. */
export function element<K extends keyof HTMLElementTagNameMap>(tag: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}
