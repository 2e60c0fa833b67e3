/**
 * The dataset as a whole: its name, licence and description, shared by the `/data/` page and
 * checked against `CITATION.cff` and `.zenodo.json` by tests so the three never disagree.
 */

/** Facts about the Glassbox dataset. */
export const DATASET = {
  title: 'Glassbox: transparency audits of machine-learning research papers',
  description:
    'Structured audits of machine-learning papers against a transparency checklist (artifacts, statistics, evaluation design, claims, conflicts of interest and more), with claims, red flags and computed scores.',
  /** SPDX id of the licence of the audit data. */
  licence: 'CC-BY-4.0',
  licenceName: 'Creative Commons Attribution 4.0 International',
  licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
  /** SPDX id of the licence of the code. */
  codeLicence: 'MIT',
} as const;
