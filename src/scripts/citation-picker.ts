/**
 * `<citation-picker>`: without JS every format is a `<details>` block (the first ones open),
 * each selectable and copyable as text. With JS a `<select>` appears and one format shows at a
 * time; the choice is remembered in localStorage for the next page, when storage is allowed.
 * A format the page leaves out (an `<option data-src>`: large sites link their data files rather
 * than print them) is fetched when chosen, into a block made like the first one.
 */
import { PICKER_STORAGE_KEY, initialChoice } from '../lib/publishing/citation-choices.ts';

function remembered(): string | null {
  try {
    return localStorage.getItem(PICKER_STORAGE_KEY);
  } catch {
    return null; // Storage blocked (privacy settings): the picker still works, it just forgets.
  }
}

function remember(key: string): void {
  try {
    localStorage.setItem(PICKER_STORAGE_KEY, key);
  } catch {
    // As above: nothing to do.
  }
}

/** Give the ids in a cloned block a new format name (`cite-apa-text` → `cite-ris-text`). */
function renameIds(block: HTMLElement, from: string, to: string): void {
  const rename = (value: string | null) => value?.replace(`-${from}`, `-${to}`) ?? '';
  for (const element of [block, ...block.querySelectorAll<HTMLElement>('[id], [for], [aria-labelledby]')]) {
    if (element.id) element.id = rename(element.id);
    for (const attribute of ['for', 'aria-labelledby'])
      if (element.hasAttribute(attribute)) element.setAttribute(attribute, rename(element.getAttribute(attribute)));
  }
}

/** A block for a format the page links rather than prints: the first block's shape, its file's text fetched. */
function fetchedBlock(template: HTMLDetailsElement, option: HTMLOptionElement): HTMLDetailsElement {
  const block = template.cloneNode(true) as HTMLDetailsElement;
  const src = option.dataset.src!;
  const name = src.slice(src.lastIndexOf('/') + 1);
  renameIds(block, template.dataset.format ?? '', option.value);
  block.dataset.format = option.value;
  block.querySelector('summary')!.textContent = option.text;
  // Its copy button is made anew for this format when the block is added (copy-button.ts).
  block.querySelector('copy-text')?.setAttribute('data-label', option.text);
  const download = document.createElement('a');
  download.href = src;
  download.download = name;
  download.textContent = `Download ${name}`;
  block.querySelector('.citation-head')?.append(download);
  const text = block.querySelector('pre')!;
  text.textContent = 'Loading…';
  fetch(src)
    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(String(response.status)))))
    .then((body) => (text.textContent = body.trimEnd()))
    .catch(() => (text.textContent = `Could not load ${name}: use the download link instead.`));
  return block;
}

class CitationPicker extends HTMLElement {
  connectedCallback(): void {
    const control = this.querySelector<HTMLElement>('[data-picker-control]');
    const select = control?.querySelector('select');
    const blocks = [...this.querySelectorAll<HTMLDetailsElement>('details[data-format]')];
    if (!control || !select || blocks.length === 0) return;
    const blockFor = (key: string) => {
      const found = blocks.find((block) => block.dataset.format === key);
      const option = [...select.options].find((candidate) => candidate.value === key);
      if (found || !option?.dataset.src) return found;
      const made = fetchedBlock(blocks[0]!, option);
      blocks.at(-1)!.after(made);
      blocks.push(made);
      return made;
    };
    const show = (key: string) => {
      blockFor(key);
      for (const block of blocks) {
        block.hidden = block.dataset.format !== key;
        block.open = true;
        // The select names the format now; the summary would repeat it and collapse the text when clicked.
        block.querySelector('summary')?.setAttribute('hidden', '');
      }
    };
    const choice = initialChoice(
      remembered(),
      [...select.options].map((option) => option.value),
    );
    if (!choice) return;
    select.value = choice;
    show(choice);
    control.hidden = false;
    select.addEventListener('change', () => {
      show(select.value);
      remember(select.value);
    });
  }
}

customElements.define('citation-picker', CitationPicker);
