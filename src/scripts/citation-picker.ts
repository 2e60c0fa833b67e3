/**
 * `<citation-picker>`: without JS every format is a `<details>` block (the first ones open),
 * each selectable and copyable as text. With JS a `<select>` appears and one format shows at a
 * time; the choice is remembered in localStorage for the next page, when storage is allowed.
 */
import { PICKER_STORAGE_KEY, initialChoice } from '../lib/publishing/citation-picker.ts';

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

class CitationPicker extends HTMLElement {
  connectedCallback(): void {
    const control = this.querySelector<HTMLElement>('[data-picker-control]');
    const select = control?.querySelector('select');
    const blocks = [...this.querySelectorAll<HTMLDetailsElement>('details[data-format]')];
    if (!control || !select || blocks.length === 0) return;
    const show = (key: string) => {
      for (const block of blocks) {
        block.hidden = block.dataset.format !== key;
        block.open = true;
        // The select names the format now; the summary would repeat it and collapse the text when clicked.
        block.querySelector('summary')?.setAttribute('hidden', '');
      }
    };
    const choice = initialChoice(
      remembered(),
      blocks.map((block) => block.dataset.format ?? ''),
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
