/**
 * The audit rubric as data: every checklist category and item, in display order.
 *
 * This module is the one place the checklist is defined. The scan schema derives its
 * allowed keys from it, the audit pages print its questions, and the methodology page
 * explains it. Adding an item here is the whole change needed to add it everywhere
 * (existing scans then fail validation until they answer it, which is intended).
 */

/** One yes/no question of the checklist. */
export interface RubricItem {
  /** Key used in scan.json, e.g. `code_released`. */
  readonly key: string;
  /** Short label for tables and headings. */
  readonly label: string;
  /** The question the item answers, in plain words; "yes" is always the transparent answer. */
  readonly question: string;
  /** One or two sentences on why the item matters to a reader checking the paper. */
  readonly why: string;
}

/** A group of related items, scored together. */
export interface RubricCategory {
  /** Key used in scan.json and in URLs, e.g. `artifacts`. */
  readonly key: string;
  /** Human-readable name. */
  readonly label: string;
  /** One sentence on what the category covers. */
  readonly summary: string;
  readonly items: readonly RubricItem[];
}

export const RUBRIC = [
  {
    key: 'artifacts',
    label: 'Artifacts',
    summary: 'Whether the code, data and environment needed to rerun the work are available.',
    items: [
      {
        key: 'code_released',
        label: 'Code released',
        question: 'Is the code needed to reproduce the results publicly available?',
        why: 'Without code, every result has to be taken on trust; with it, anyone can rerun and inspect the method.',
      },
      {
        key: 'data_released',
        label: 'Data released',
        question: 'Are the training and evaluation data publicly available, or precisely identified if third-party?',
        why: 'Results depend on data as much as on method; unavailable data makes results uncheckable and hides quality problems.',
      },
      {
        key: 'environment_specified',
        label: 'Environment specified',
        question: 'Are software dependencies and versions specified (requirements file, container, or equivalent)?',
        why: 'Library versions change numerical results; an unspecified environment is a common reason released code fails to reproduce.',
      },
      {
        key: 'reproduction_instructions',
        label: 'Reproduction instructions',
        question: 'Are there step-by-step instructions to reproduce the main results?',
        why: 'Code without instructions leaves readers guessing which scripts, settings and checkpoints produced the reported numbers.',
      },
    ],
  },
  {
    key: 'statistical_methodology',
    label: 'Statistical methodology',
    summary: 'Whether reported differences come with the uncertainty needed to judge them.',
    items: [
      {
        key: 'confidence_intervals_or_error_bars',
        label: 'Confidence intervals or error bars',
        question: 'Are main results reported with confidence intervals or error bars?',
        why: 'A point estimate alone cannot show whether a one-point gain is real or noise.',
      },
      {
        key: 'significance_tests',
        label: 'Significance tests',
        question: 'Are claims of improvement backed by an appropriate statistical test?',
        why: 'Claims that one method "outperforms" another need evidence that the difference is unlikely to be chance.',
      },
      {
        key: 'effect_sizes_reported',
        label: 'Effect sizes reported',
        question: 'Are effect sizes reported with enough context to judge their magnitude?',
        why: 'A statistically detectable difference can still be too small to matter; readers need to see how large it is.',
      },
      {
        key: 'sample_size_justified',
        label: 'Sample size justified',
        question: 'Is the number of samples, runs or benchmark items justified for the claimed differences?',
        why: 'Small evaluation sets make small differences meaningless; a justification shows the authors checked.',
      },
      {
        key: 'variance_reported',
        label: 'Variance reported',
        question: 'Is run-to-run variance (e.g. across seeds) reported?',
        why: 'Training is noisy; single runs can overstate or invert the ranking of methods.',
      },
    ],
  },
  {
    key: 'evaluation_design',
    label: 'Evaluation design',
    summary: 'Whether the experiments are built to test the claims fairly.',
    items: [
      {
        key: 'baselines_included',
        label: 'Baselines included',
        question: 'Are results compared against meaningful baselines?',
        why: 'Numbers without a point of comparison cannot show progress.',
      },
      {
        key: 'baselines_contemporary',
        label: 'Baselines contemporary',
        question: 'Are the baselines current for the time of submission?',
        why: 'Beating outdated baselines can make a method look better than the state of the art it claims to pass.',
      },
      {
        key: 'ablation_study',
        label: 'Ablation study',
        question: 'Do ablations isolate the contribution of each proposed component?',
        why: 'Ablations show which parts of a method actually cause the gains the paper attributes to them.',
      },
      {
        key: 'multiple_metrics',
        label: 'Multiple metrics',
        question: 'Is the method evaluated on more than one metric or benchmark?',
        why: 'A single metric invites overfitting to it and hides trade-offs.',
      },
      {
        key: 'human_evaluation',
        label: 'Human evaluation',
        question: 'Where automated metrics are insufficient, is there a human evaluation?',
        why: 'For open-ended outputs, automated scores can diverge from the quality people actually perceive.',
      },
      {
        key: 'held_out_test_set',
        label: 'Held-out test set',
        question: 'Are final results reported on data not used for training or tuning?',
        why: 'Tuning on the test set inflates results and says little about performance on new data.',
      },
      {
        key: 'per_category_breakdown',
        label: 'Per-category breakdown',
        question: 'Are results broken down by task, subgroup or category, not only averaged?',
        why: 'Averages can hide regressions on parts of the evaluation that matter to some users.',
      },
      {
        key: 'failure_cases_discussed',
        label: 'Failure cases discussed',
        question: 'Does the paper show and discuss cases where the method fails?',
        why: 'Failure cases tell readers where not to rely on the method.',
      },
      {
        key: 'negative_results_reported',
        label: 'Negative results reported',
        question: 'Are configurations that did not work reported?',
        why: 'Reporting only what worked hides how much searching produced the final result.',
      },
    ],
  },
  {
    key: 'claims_and_evidence',
    label: 'Claims and evidence',
    summary: 'Whether what the paper says matches what its experiments show.',
    items: [
      {
        key: 'abstract_claims_supported',
        label: 'Abstract claims supported',
        question: 'Is every claim in the abstract supported by results in the paper?',
        why: 'The abstract is what most readers and press see; unsupported claims there spread furthest.',
      },
      {
        key: 'causal_claims_justified',
        label: 'Causal claims justified',
        question: 'Are causal claims backed by controlled comparisons?',
        why: 'Saying a component "causes" a gain requires experiments that change only that component.',
      },
      {
        key: 'generalization_bounded',
        label: 'Generalization bounded',
        question: 'Are claims limited to the settings actually tested?',
        why: 'Results on a few benchmarks do not license claims about tasks or domains that were never evaluated.',
      },
      {
        key: 'alternative_explanations_discussed',
        label: 'Alternative explanations discussed',
        question: 'Does the paper consider other explanations for its results (more data, more compute, tuning)?',
        why: 'Gains often come from confounds rather than the proposed idea; naming them lets readers weigh the claim.',
      },
    ],
  },
  {
    key: 'setup_transparency',
    label: 'Setup transparency',
    summary: 'Whether the experimental setup is described well enough to rebuild it.',
    items: [
      {
        key: 'model_versions_specified',
        label: 'Model versions specified',
        question: 'Are the exact models, checkpoints or API versions used stated?',
        why: 'Model names cover many versions whose behaviour differs; without the exact one, results cannot be rechecked.',
      },
      {
        key: 'prompts_provided',
        label: 'Prompts provided',
        question: 'Where prompts are used, are they given in full?',
        why: 'Small prompt changes move results substantially; unpublished prompts make results unrepeatable.',
      },
      {
        key: 'hyperparameters_reported',
        label: 'Hyperparameters reported',
        question: 'Are the hyperparameters of the reported runs given?',
        why: 'Hyperparameters are part of the method; leaving them out leaves the method underspecified.',
      },
      {
        key: 'scaffolding_described',
        label: 'Scaffolding described',
        question: 'Where agents, tools or pipelines wrap a model, is that scaffolding described?',
        why: "Scaffolding can drive much of an agent's score; undisclosed scaffolding credits the model for it.",
      },
      {
        key: 'data_preprocessing_documented',
        label: 'Data preprocessing documented',
        question: 'Are filtering, cleaning and formatting steps applied to the data documented?',
        why: 'Preprocessing choices change what a model learns and what a benchmark measures.',
      },
    ],
  },
  {
    key: 'limitations_and_scope',
    label: 'Limitations and scope',
    summary: 'Whether the paper is candid about what it does not show.',
    items: [
      {
        key: 'limitations_section_present',
        label: 'Limitations section present',
        question: 'Does the paper have a section or paragraph devoted to its limitations?',
        why: 'An explicit limitations section signals that the authors looked for the weak points of their own work.',
      },
      {
        key: 'threats_to_validity_specific',
        label: 'Specific threats to validity',
        question: 'Are threats to validity specific to this work rather than generic?',
        why: 'Boilerplate caveats tell readers nothing; specific ones tell them what could be wrong here.',
      },
      {
        key: 'scope_boundaries_stated',
        label: 'Scope boundaries stated',
        question: 'Does the paper state where its results are not expected to hold?',
        why: 'Clear boundaries keep readers from applying results outside the settings that support them.',
      },
    ],
  },
  {
    key: 'data_integrity',
    label: 'Data integrity',
    summary: 'Whether the origin and handling of the data can be traced.',
    items: [
      {
        key: 'raw_data_available',
        label: 'Raw data available',
        question: 'Are raw outputs or per-example results available, not just aggregates?',
        why: 'Per-example data lets others recompute metrics and find errors that aggregates hide.',
      },
      {
        key: 'data_collection_described',
        label: 'Data collection described',
        question: 'Is it described how the data were collected or obtained?',
        why: 'Collection methods determine biases and licensing of the data.',
      },
      {
        key: 'recruitment_methods_described',
        label: 'Recruitment methods described',
        question: 'Where people provided data or labels, is their recruitment described?',
        why: 'Who the annotators or participants were shapes the data and the ethics of collecting it.',
      },
      {
        key: 'data_pipeline_documented',
        label: 'Data pipeline documented',
        question: 'Is the path from raw data to training and evaluation sets documented?',
        why: 'An undocumented pipeline is where leakage, duplication and silent filtering go unnoticed.',
      },
    ],
  },
  {
    key: 'conflicts_of_interest',
    label: 'Conflicts of interest',
    summary: 'Whether readers can see who paid for the work and who gains from its conclusions.',
    items: [
      {
        key: 'funding_disclosed',
        label: 'Funding disclosed',
        question: 'Are the sources of funding and compute disclosed?',
        why: 'Funding shapes research questions and incentives; readers need it to weigh the conclusions.',
      },
      {
        key: 'affiliations_disclosed',
        label: 'Affiliations disclosed',
        question: "Are the authors' affiliations stated?",
        why: 'Affiliations reveal which organisations stand behind, and may benefit from, the results.',
      },
      {
        key: 'funder_independent_of_outcome',
        label: 'Funder independent of outcome',
        question: 'Is the funder independent of the outcome, or is any dependence declared?',
        why: 'A company evaluating its own product has an interest in a favourable result.',
      },
      {
        key: 'financial_interests_declared',
        label: 'Financial interests declared',
        question: 'Are competing financial interests explicitly declared (or explicitly stated to be absent)?',
        why: 'A declaration, even of no conflict, makes the authors accountable for it.',
      },
    ],
  },
  {
    key: 'contamination',
    label: 'Contamination',
    summary: 'Whether evaluation data may have leaked into training.',
    items: [
      {
        key: 'training_cutoff_stated',
        label: 'Training cutoff stated',
        question: 'Is the training data cutoff date of the models stated?',
        why: 'The cutoff tells readers which benchmarks a model may have seen during training.',
      },
      {
        key: 'train_test_overlap_discussed',
        label: 'Train-test overlap discussed',
        question: 'Is overlap between training and test data checked or discussed?',
        why: 'Overlap turns a test of generalisation into a test of memory.',
      },
      {
        key: 'benchmark_contamination_addressed',
        label: 'Benchmark contamination addressed',
        question: 'Is contamination of public benchmarks through web-scale pre-training addressed?',
        why: 'Popular benchmarks circulate on the web; models trained on web data may have seen the answers.',
      },
    ],
  },
  {
    key: 'human_studies',
    label: 'Human studies',
    summary: 'Whether studies with human participants meet the standards of such research.',
    items: [
      {
        key: 'pre_registered',
        label: 'Pre-registered',
        question: 'Was the study pre-registered before data collection?',
        why: 'Pre-registration prevents choosing hypotheses and analyses after seeing the data.',
      },
      {
        key: 'irb_or_ethics_approval',
        label: 'Ethics approval',
        question: 'Is ethics board (IRB) approval or exemption reported?',
        why: 'Research on people requires independent ethical review to protect participants.',
      },
      {
        key: 'demographics_reported',
        label: 'Demographics reported',
        question: 'Are participant demographics reported?',
        why: 'Who took part limits to whom the findings apply.',
      },
      {
        key: 'inclusion_exclusion_criteria',
        label: 'Inclusion and exclusion criteria',
        question: 'Are the criteria for including and excluding participants or responses stated?',
        why: 'Undisclosed exclusions can manufacture an effect.',
      },
      {
        key: 'randomization_described',
        label: 'Randomisation described',
        question: 'Is the assignment of participants to conditions randomised and described?',
        why: 'Without randomisation, differences between groups may come from who was in them.',
      },
      {
        key: 'blinding_described',
        label: 'Blinding described',
        question: 'Were participants or raters blind to the condition, and is this described?',
        why: 'Raters who know which system produced an output tend to favour the expected one.',
      },
      {
        key: 'attrition_reported',
        label: 'Attrition reported',
        question: 'Is the number of participants who dropped out or were removed reported?',
        why: 'Selective drop-out can bias results as much as selective inclusion.',
      },
    ],
  },
  {
    key: 'cost_and_practicality',
    label: 'Cost and practicality',
    summary: 'Whether readers can tell what it costs to train and use the method.',
    items: [
      {
        key: 'inference_cost_reported',
        label: 'Inference cost reported',
        question: 'Is the cost of using the method (latency, memory, price per query) measured?',
        why: 'A method too expensive to run is not a practical improvement, whatever its score.',
      },
      {
        key: 'compute_budget_stated',
        label: 'Compute budget stated',
        question: 'Is the compute used for training and experiments stated (e.g. GPU hours, hardware)?',
        why: 'Compute is a confound for gains and a barrier to reproduction; readers need to know it.',
      },
    ],
  },
] as const satisfies readonly RubricCategory[];

/** A checklist category key, e.g. `artifacts`. */
export type CategoryKey = (typeof RUBRIC)[number]['key'];

/** Category keys in display order. */
// Marked pure so bundlers can drop the rubric from client scripts that import only its neighbours (anchors.ts).
export const CATEGORY_KEYS = /* @__PURE__ */ RUBRIC.map((category) => category.key) as [CategoryKey, ...CategoryKey[]];

/** Look up a category by key; undefined when the key is not in the rubric. */
export function findCategory(key: string): RubricCategory | undefined {
  return RUBRIC.find((category) => category.key === key);
}

/** Look up a category by key, throwing when it does not exist (for keys that came from the rubric). */
export function getCategory(key: string): RubricCategory {
  const category = findCategory(key);
  if (!category) throw new Error(`Unknown rubric category "${key}"`);
  return category;
}

/** Every item of the rubric with its category, in display order. */
export function allItems(): { category: RubricCategory; item: RubricItem }[] {
  return RUBRIC.flatMap((category) => category.items.map((item) => ({ category, item })));
}
