/**
 * The GitHub issue forms (`.github/ISSUE_TEMPLATE/*.yml`) as data. Issue forms are static YAML,
 * so the "dispute an answer" dropdown is generated from the rubric by `npm run generate`, and a
 * test fails when the committed files drift from what this module produces.
 */
import { allItems } from '../scan-format/rubric.ts';

/** File name of the dispute form below `.github/ISSUE_TEMPLATE/`; audit pages link to it. */
export const DISPUTE_FORM = 'dispute.yml';
/** File name of the audit request form. */
export const REQUEST_FORM = 'request-audit.yml';
/** Field id of the paper in both forms; a `?paper=` query parameter prefills it. */
export const PAPER_FIELD = 'paper';
/** Issue title prefix of disputes, also used by the prefilled link. */
export const DISPUTE_TITLE_PREFIX = 'Dispute: ';

/** The parts of a scan besides checklist items that a dispute can be about. */
export const OTHER_DISPUTE_TARGETS = [
  'Paper details (title, authors, year, venue, identifiers)',
  'Key findings',
  'A claim or its support level',
  'A red flag',
  'Cited papers',
  'Methodology tags',
  'Something else',
] as const;

/** One dropdown option per rubric item: `Artifacts: Code released (artifacts.code_released)`. */
export function itemOptions(): string[] {
  return allItems().map(({ category, item }) => `${category.label}: ${item.label} (${category.key}.${item.key})`);
}

type FormElement = Record<string, unknown>;

const markdown = (value: string): FormElement => ({ type: 'markdown', attributes: { value } });

/** The required paper field; its id lets a link prefill it (`?paper=<id>`). */
const paperInput = (description: string): FormElement => ({
  type: 'input',
  id: PAPER_FIELD,
  attributes: { label: 'Paper', description, placeholder: '2405.05949' },
  validations: { required: true },
});

/** The "dispute an answer" issue form. */
export function disputeForm(): Record<string, unknown> {
  return {
    name: 'Dispute an answer',
    description: 'Report an answer in an audit that you think is wrong: which one, what it should be, and the evidence.',
    title: DISPUTE_TITLE_PREFIX,
    labels: ['dispute'],
    body: [
      markdown(
        "Audits are claims about people's work, so every answer can be challenged. A maintainer checks your evidence against the paper and, if it holds, corrects the scan in a pull request that links this issue; the audit page then shows the new version and its history. Authors of the paper are welcome: say so below and your response is recorded in the issue.",
      ),
      paperInput('The audit id: the arXiv id as in the page address `/papers/<id>/`, or the slug.'),
      {
        type: 'dropdown',
        id: 'item',
        attributes: {
          label: 'Which part of the audit?',
          description: 'Checklist items are listed as category: item (key in scan.json).',
          options: [...itemOptions(), ...OTHER_DISPUTE_TARGETS],
        },
        validations: { required: true },
      },
      {
        type: 'textarea',
        id: 'correction',
        attributes: {
          label: 'What is wrong, and what should it say?',
          placeholder: 'The audit answers "no" to code released, but the code is linked in section 4.',
        },
        validations: { required: true },
      },
      {
        type: 'textarea',
        id: 'evidence',
        attributes: {
          label: 'Evidence',
          description: 'Where in the paper (section, table, page, appendix) or which public URL shows it. Quote the passage if you can.',
        },
        validations: { required: true },
      },
      {
        type: 'dropdown',
        id: 'role',
        attributes: { label: 'Are you an author of the paper?', options: ['No', 'Yes, I am an author'] },
        validations: { required: true },
      },
    ],
  };
}

/** The "request an audit" issue form. */
export function requestForm(): Record<string, unknown> {
  return {
    name: 'Request an audit',
    description: 'Ask for a paper to be audited, or say you will audit it yourself.',
    title: 'Audit request: ',
    labels: ['audit request'],
    body: [
      markdown(
        'Anyone can add an audit: `npm run new-scan -- <arXiv id>` writes the file to fill in, and CONTRIBUTING.md explains every field. Use this form to ask for one or to tell others you are working on it.',
      ),
      paperInput('arXiv id, DOI or link to the paper.'),
      {
        type: 'textarea',
        id: 'reason',
        attributes: { label: 'Why this paper?', description: 'For example: widely cited, used as a baseline, makes strong claims.' },
      },
      {
        type: 'checkboxes',
        id: 'volunteer',
        attributes: { label: 'Who will write the scan?', options: [{ label: 'I will open a pull request with the scan myself' }] },
      },
    ],
  };
}

/** Every issue form by file name. */
export function issueForms(): Record<string, Record<string, unknown>> {
  return { [DISPUTE_FORM]: disputeForm(), [REQUEST_FORM]: requestForm() };
}
