import { describe, expect, test } from 'vitest';
import { parse, stringify } from 'yaml';
import {
  DISPUTE_FORM,
  DISPUTE_TITLE_PREFIX,
  OTHER_DISPUTE_TARGETS,
  PAPER_FIELD,
  REQUEST_FORM,
  disputeForm,
  issueForms,
  itemOptions,
  requestForm,
} from '../../../src/lib/contributing/issue-forms.ts';
import { allItems } from '../../../src/lib/scan-format/rubric.ts';

/** The part of GitHub's issue-form syntax these forms use. */
interface FormElement {
  type: string;
  id?: string;
  attributes: Record<string, unknown> & { label?: string; options?: unknown[] };
  validations?: { required: boolean };
}
interface Form {
  name: string;
  description: string;
  title: string;
  labels: string[];
  body: FormElement[];
}
const asForm = (form: Record<string, unknown>) => form as unknown as Form;
const element = (form: Form, id: string) => form.body.find((candidate) => candidate.id === id)!;

describe('itemOptions', () => {
  test('names each rubric item as "Category: Item (category.item)", in rubric order', () => {
    const options = itemOptions();
    expect(options[0]).toBe('Artifacts: Code released (artifacts.code_released)');
    expect(options.at(-1)).toBe('Cost and practicality: Compute budget stated (cost_and_practicality.compute_budget_stated)');
    expect(options).toEqual(allItems().map(({ category, item }) => `${category.label}: ${item.label} (${category.key}.${item.key})`));
    expect(new Set(options).size).toBe(options.length);
  });
});

describe.each([
  [DISPUTE_FORM, asForm(disputeForm())],
  [REQUEST_FORM, asForm(requestForm())],
])('%s follows GitHub issue-form rules', (_, form) => {
  test('has a name, a description and a body of known element types', () => {
    expect(form.name.trim()).not.toBe('');
    expect(form.description.trim()).not.toBe('');
    for (const part of form.body) expect(['markdown', 'input', 'textarea', 'dropdown', 'checkboxes']).toContain(part.type);
  });

  test('field ids are unique and every field has a label; markdown has neither', () => {
    const fields = form.body.filter((part) => part.type !== 'markdown');
    const ids = fields.map((part) => part.id);
    expect(ids.every((id) => typeof id === 'string' && /^[a-z][a-z0-9_-]*$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    for (const part of fields) expect(part.attributes.label?.trim(), part.id).toBeTruthy();
    for (const part of form.body.filter((candidate) => candidate.type === 'markdown')) expect(part.id).toBeUndefined();
  });

  test('asks for the paper first, as a required input a link can prefill', () => {
    const firstField = form.body.find((part) => part.type !== 'markdown')!;
    expect(firstField).toMatchObject({ type: 'input', id: PAPER_FIELD, validations: { required: true } });
  });

  test('dropdown options are unique and never "None", which GitHub reserves', () => {
    for (const part of form.body.filter((candidate) => candidate.type === 'dropdown')) {
      const options = part.attributes.options as string[];
      expect(options.length).toBeGreaterThan(0);
      expect(new Set(options).size).toBe(options.length);
      expect(options).not.toContain('None');
    }
  });

  test('is plain data that survives YAML unchanged', () => {
    expect(parse(stringify(form))).toEqual(form);
  });
});

describe('the dispute form', () => {
  const form = asForm(disputeForm());

  test('titles the issue with the prefix the audit pages prefill and labels it a dispute', () => {
    expect(form.title).toBe(DISPUTE_TITLE_PREFIX);
    expect(form.labels).toEqual(['dispute']);
  });

  test('offers every rubric item, then the other parts of a scan', () => {
    expect(element(form, 'item').attributes.options).toEqual([...itemOptions(), ...OTHER_DISPUTE_TARGETS]);
  });

  test('requires the correction, the evidence and whether the reporter is an author', () => {
    for (const id of ['item', 'correction', 'evidence', 'role']) expect(element(form, id).validations, id).toEqual({ required: true });
    expect(element(form, 'role').attributes.options).toEqual(['No', 'Yes, I am an author']);
  });

  test('asks for what a reply file holds, so a maintainer can write one from it', () => {
    expect(element(form, 'name')).toMatchObject({ type: 'input', validations: { required: true } });
    for (const id of ['orcid', 'affiliation', 'position']) expect(element(form, id), id).toMatchObject({ type: 'input', validations: { required: false } });
    for (const id of ['correction', 'evidence']) expect(element(form, id), id).toMatchObject({ type: 'textarea' });
    expect(element(form, 'item').attributes.options).toEqual(expect.arrayContaining(['The audit as a whole', 'A red flag', 'A claim or its support level']));
    expect(form.body[0]!.attributes.value).toContain('`scans/<id>/replies/<date>-<your-name>.json`');
    // The form is where "Suggest a correction" leads: it points on to the reply format and its scaffold.
    expect(form.body[0]!.attributes.value).toContain('"Disputes and replies" in CONTRIBUTING.md');
    expect(form.body[0]!.attributes.value).toContain('`npm run new-reply -- <paper id>`');
  });
});

test('the request form volunteers through a checkbox and leaves the reason optional', () => {
  const form = asForm(requestForm());
  expect(form.labels).toEqual(['audit request']);
  expect(element(form, 'reason').validations).toBeUndefined();
  expect(element(form, 'volunteer').type).toBe('checkboxes');
});

test('issueForms holds both forms by file name', () => {
  const forms = issueForms();
  expect(Object.keys(forms)).toEqual([DISPUTE_FORM, REQUEST_FORM]);
  expect(forms[DISPUTE_FORM]).toEqual(disputeForm());
  expect(forms[REQUEST_FORM]).toEqual(requestForm());
  for (const name of Object.keys(forms)) expect(name).toMatch(/^[a-z-]+\.yml$/);
});
