/**
 * The GitHub issue forms (`.github/ISSUE_TEMPLATE/*.yml`) as data. Issue forms are static YAML,
 * so the "dispute an answer" dropdown is generated from the rubric by `npm run generate`, and a
 * test fails when the committed files drift from what this module produces.
 *
 * The dispute form asks for exactly what a reply file holds (`scan-format/reply-schema.ts`), so a
 * maintainer can turn an issue into `scans/<id>/replies/<date>-<name>.json` field by field:
 * name, ORCID, affiliation and role become `by`, the part of the audit and its number become
 * `about` with `item`, `red_flag` or `claim`, and the text and evidence become the statement.
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

/** The parts of a scan besides checklist items that a dispute can be about (all but red flags and claims are recorded as about the whole audit). */
export const OTHER_DISPUTE_TARGETS = [
  'The audit as a whole',
  'A red flag',
  'A claim or its support level',
  'Paper details (title, authors, year, venue, identifiers)',
  'Key findings',
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

/** The "dispute an answer" issue form: its fields are those of a reply file. */
export function disputeForm(): Record<string, unknown> {
  const input = (id: string, label: string, description: string, required: boolean): FormElement => ({
    type: 'input',
    id,
    attributes: { label, description },
    validations: { required },
  });
  return {
    name: 'Dispute an answer',
    description: 'Report an answer in an audit that you think is wrong: which one, what it should be, and the evidence.',
    title: DISPUTE_TITLE_PREFIX,
    labels: ['dispute'],
    body: [
      markdown(
        'Audits are claims about people\'s work, so every answer can be challenged, and authors of the paper are especially welcome. A maintainer records what you write here as a reply on the audit page (a file `scans/<id>/replies/<date>-<your-name>.json`), marked open until it is settled: either the audit is corrected in a pull request that links this issue, or a maintainer explains here why it stands. Your name and what you write are published with the reply. The reply format is described under "Disputes and replies" in CONTRIBUTING.md; you can also write the file yourself with `npm run new-reply -- <paper id>` and open a pull request.',
      ),
      paperInput('The audit id: the arXiv id as in the page address `/papers/<id>/`, or the slug.'),
      {
        type: 'dropdown',
        id: 'item',
        attributes: {
          label: 'Which part of the audit?',
          description:
            'Checklist items are listed as category: item (key in scan.json). For several points, open one issue per point or list the others below.',
          options: [...itemOptions(), ...OTHER_DISPUTE_TARGETS],
        },
        validations: { required: true },
      },
      input(
        'position',
        'Which red flag or claim?',
        'For a red flag or a claim: its number as listed on the audit page (1 for the first). Leave empty otherwise.',
        false,
      ),
      {
        type: 'textarea',
        id: 'correction',
        attributes: {
          label: 'What is wrong, and what should it say?',
          description: 'In your own words; this becomes the text of your statement.',
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
      input('name', 'Your name', 'As it should appear with your reply on the audit page.', true),
      input('orcid', 'ORCID iD (optional)', 'e.g. 0000-0002-1825-0097, if you want it shown with your name.', false),
      input('affiliation', 'Affiliation (optional)', 'Institution or company, if you want it shown.', false),
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
