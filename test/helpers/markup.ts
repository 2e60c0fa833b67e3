/**
 * What a browser would build from a component's markup: its elements in document order, with
 * their attributes decoded, and its text. For component tests that check hostile text stays text.
 */
import { Parser } from 'htmlparser2';

export interface MarkupElement {
  name: string;
  attributes: Record<string, string>;
}

export function readMarkup(html: string): { elements: MarkupElement[]; tags: string[]; text: string } {
  const result = { elements: [] as MarkupElement[], tags: [] as string[], text: '' };
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        result.elements.push({ name, attributes });
        result.tags.push(name);
      },
      ontext: (text) => (result.text += text),
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return result;
}
