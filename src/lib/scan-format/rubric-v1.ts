/**
 * Version 1 of the rubric (the first): 50 items in 11 categories, with guidance on what counts as
 * yes, as no, and as not applicable.
 *
 * A published version is never edited in meaning: scans answered under it are validated against
 * exactly these items. Rewording that keeps an item's meaning may happen here; a change in
 * meaning, an added or a removed item makes a new version (see rubric.ts).
 */
import type { RubricCategory } from './rubric.ts';

/** The categories and items of rubric version 1, in display order. */
export const RUBRIC_V1 = [
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
        guidance: {
          yes: 'A public repository or archive, linked from the paper or its official project page, holds the code for the main experiments.',
          no: 'No link to code; code promised for later or available only on request; a dead link; or a repository without the code for the reported experiments.',
          not_applicable: 'The paper reports no computational experiments, e.g. a purely theoretical, survey or position paper.',
        },
      },
      {
        key: 'data_released',
        label: 'Data released',
        question: 'Are the training and evaluation data publicly available, or precisely identified if third-party?',
        why: 'Results depend on data as much as on method; unavailable data makes results uncheckable and hides quality problems.',
        guidance: {
          yes: 'Every dataset used for training and evaluation is public and linked, or is a third-party dataset named precisely enough (name, version, split) to obtain the same copy.',
          no: 'Some data the results depend on is private, available only on request, only described, or named too loosely to find the exact version.',
          not_applicable: 'The paper uses no data, e.g. a purely theoretical paper.',
        },
      },
      {
        key: 'environment_specified',
        label: 'Environment specified',
        question: 'Are software dependencies and versions specified (requirements file, container, or equivalent)?',
        why: 'Library versions change numerical results; an unspecified environment is a common reason released code fails to reproduce.',
        guidance: {
          yes: 'A requirements or lock file, container image or equivalent lists the software and its versions, in the paper, an appendix or the released code.',
          no: 'Libraries are named without versions, or the environment is not described.',
          not_applicable: 'The paper runs no code.',
        },
      },
      {
        key: 'reproduction_instructions',
        label: 'Reproduction instructions',
        question: 'Are there step-by-step instructions to reproduce the main results?',
        why: 'Code without instructions leaves readers guessing which scripts, settings and checkpoints produced the reported numbers.',
        guidance: {
          yes: 'The paper or its released material gives the steps (commands, scripts, configurations) that produce the main reported results.',
          no: 'Code is released without instructions, or the instructions cover only installation or a demo, not the reported results.',
          not_applicable: 'The paper runs no experiments.',
        },
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
        guidance: {
          yes: 'The main results are shown with confidence intervals, standard errors, standard deviations or error bars, and the paper says which.',
          no: 'The main results are single numbers without any measure of uncertainty, or uncertainty is shown only for secondary results.',
          not_applicable: 'The paper reports no quantitative results.',
        },
      },
      {
        key: 'significance_tests',
        label: 'Significance tests',
        question: 'Are claims of improvement backed by an appropriate statistical test?',
        why: 'Claims that one method "outperforms" another need evidence that the difference is unlikely to be chance.',
        guidance: {
          yes: 'The main claims of improvement are backed by a named statistical test whose result is reported.',
          no: 'Improvements are claimed from point estimates alone, or a test is mentioned without its result.',
          not_applicable: 'The paper makes no claim that one method, model or condition performs better than another.',
        },
      },
      {
        key: 'effect_sizes_reported',
        label: 'Effect sizes reported',
        question: 'Are effect sizes reported with enough context to judge their magnitude?',
        why: 'A statistically detectable difference can still be too small to matter; readers need to see how large it is.',
        guidance: {
          yes: 'Differences are given in interpretable units or as standardised effect sizes, with the context needed to judge their size (such as the baseline level or the spread).',
          no: 'Only p-values, test outcomes or rankings are reported, or differences appear without the context needed to judge their size.',
          not_applicable: 'The paper makes no quantitative comparison.',
        },
      },
      {
        key: 'sample_size_justified',
        label: 'Sample size justified',
        question: 'Is the number of samples, runs or benchmark items justified for the claimed differences?',
        why: 'Small evaluation sets make small differences meaningless; a justification shows the authors checked.',
        guidance: {
          yes: 'The paper explains why the number of runs, evaluation items or participants is enough for the differences it claims, e.g. with a power analysis, a precision estimate or a minimum detectable difference.',
          no: 'Sample sizes are given without justification, or not given.',
          not_applicable: 'The paper makes no quantitative comparison.',
        },
      },
      {
        key: 'variance_reported',
        label: 'Variance reported',
        question: 'Is run-to-run variance (e.g. across seeds) reported?',
        why: 'Training is noisy; single runs can overstate or invert the ranking of methods.',
        guidance: {
          yes: 'Results are reported over several runs (e.g. random seeds or data orders) together with their spread.',
          no: 'Results come from a single run, or from several runs whose spread is not reported.',
          not_applicable: 'No result depends on training or on another random procedure that could vary between runs.',
        },
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
        guidance: {
          yes: 'The main results are compared with at least one existing method or a reasonable simple baseline, under comparable conditions.',
          no: 'The proposed method is reported alone, or compared only with variants of itself.',
          not_applicable: 'The paper proposes no method, model or system whose results could be compared, e.g. a theory paper or a survey.',
        },
      },
      {
        key: 'baselines_contemporary',
        label: 'Baselines contemporary',
        question: 'Are the baselines current for the time of submission?',
        why: 'Beating outdated baselines can make a method look better than the state of the art it claims to pass.',
        guidance: {
          yes: 'The baselines include the strongest relevant methods available at submission time, or the paper explains why they are left out.',
          no: 'Stronger relevant methods were available at submission time, and the paper neither compares with them nor explains why.',
          not_applicable: 'The paper compares with no baseline at all (that gap is recorded under baselines_included).',
        },
      },
      {
        key: 'ablation_study',
        label: 'Ablation study',
        question: 'Do ablations isolate the contribution of each proposed component?',
        why: 'Ablations show which parts of a method actually cause the gains the paper attributes to them.',
        guidance: {
          yes: 'Experiments remove or replace each proposed component in turn and report the effect on the main results.',
          no: 'The method has several proposed components but their separate contributions are not tested, or only some are.',
          not_applicable: 'The proposed method has a single component, or the paper proposes no method.',
        },
      },
      {
        key: 'multiple_metrics',
        label: 'Multiple metrics',
        question: 'Is the method evaluated on more than one metric or benchmark?',
        why: 'A single metric invites overfitting to it and hides trade-offs.',
        guidance: {
          yes: 'Results are reported on more than one metric or more than one benchmark relevant to the claims.',
          no: 'All conclusions rest on a single metric on a single benchmark.',
          not_applicable: 'The paper reports no evaluation.',
        },
      },
      {
        key: 'human_evaluation',
        label: 'Human evaluation',
        question: 'Where automated metrics are insufficient, is there a human evaluation?',
        why: 'For open-ended outputs, automated scores can diverge from the quality people actually perceive.',
        guidance: {
          yes: 'Open-ended outputs (e.g. generated text, images or dialogue) were judged by people, and the protocol is described.',
          no: 'Claims about the quality of open-ended outputs rest only on automated metrics.',
          not_applicable: 'The paper has no open-ended outputs, or automated metrics measure exactly what it claims (e.g. accuracy on labelled data).',
        },
      },
      {
        key: 'held_out_test_set',
        label: 'Held-out test set',
        question: 'Are final results reported on data not used for training or tuning?',
        why: 'Tuning on the test set inflates results and says little about performance on new data.',
        guidance: {
          yes: 'Final results are reported on data kept apart from training, model selection and tuning, and the paper says so.',
          no: 'The same data served for tuning and for the final results, or the paper does not say how the test data were kept apart.',
          not_applicable: 'The paper evaluates no learned model or tuned procedure.',
        },
      },
      {
        key: 'per_category_breakdown',
        label: 'Per-category breakdown',
        question: 'Are results broken down by task, subgroup or category, not only averaged?',
        why: 'Averages can hide regressions on parts of the evaluation that matter to some users.',
        guidance: {
          yes: 'Results are shown per task, dataset, subgroup or category, not only as one aggregate.',
          no: 'Only aggregate scores are given, although the evaluation spans distinguishable tasks or groups.',
          not_applicable: 'The evaluation has a single homogeneous task without meaningful subdivisions, or there is no evaluation.',
        },
      },
      {
        key: 'failure_cases_discussed',
        label: 'Failure cases discussed',
        question: 'Does the paper show and discuss cases where the method fails?',
        why: 'Failure cases tell readers where not to rely on the method.',
        guidance: {
          yes: 'The paper shows concrete examples or conditions where the method fails or underperforms, and discusses them.',
          no: 'Only successes are shown, or failures are mentioned only in general terms.',
          not_applicable: 'The paper proposes no method or system whose failures could be shown.',
        },
      },
      {
        key: 'negative_results_reported',
        label: 'Negative results reported',
        question: 'Are configurations that did not work reported?',
        why: 'Reporting only what worked hides how much searching produced the final result.',
        guidance: {
          yes: 'The paper reports designs, settings or ideas that were tried and did not work, in the main text or an appendix.',
          no: 'Only the final configuration is reported, with no mention of what was tried and discarded.',
          not_applicable: 'The paper reports no experimental exploration, e.g. a theory paper or a survey.',
        },
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
        guidance: {
          yes: 'Each claim in the abstract can be traced to a result, table, figure or proof in the paper that supports it at the strength stated.',
          no: 'At least one claim in the abstract is stronger than, or absent from, the results in the paper.',
          not_applicable: 'Always applies: every paper has an abstract.',
        },
      },
      {
        key: 'causal_claims_justified',
        label: 'Causal claims justified',
        question: 'Are causal claims backed by controlled comparisons?',
        why: 'Saying a component "causes" a gain requires experiments that change only that component.',
        guidance: {
          yes: 'Every claim that a component or factor causes an effect rests on a controlled comparison that changes only that factor, such as an ablation or a randomised experiment.',
          no: 'Effects are attributed to causes from comparisons that change several things at once, or from correlation alone.',
          not_applicable: 'The paper makes no causal claim.',
        },
      },
      {
        key: 'generalization_bounded',
        label: 'Generalization bounded',
        question: 'Are claims limited to the settings actually tested?',
        why: 'Results on a few benchmarks do not license claims about tasks or domains that were never evaluated.',
        guidance: {
          yes: 'Claims are stated for the models, data, tasks and settings that were tested, and broader statements are marked as conjecture; theoretical results are stated with their assumptions.',
          no: 'The paper claims its results hold for tasks, domains, languages, scales or populations it did not test.',
          not_applicable: 'Always applies.',
        },
      },
      {
        key: 'alternative_explanations_discussed',
        label: 'Alternative explanations discussed',
        question: 'Does the paper consider other explanations for its results (more data, more compute, tuning)?',
        why: 'Gains often come from confounds rather than the proposed idea; naming them lets readers weigh the claim.',
        guidance: {
          yes: 'The paper names plausible other explanations for its main results (e.g. more data, compute, parameters or tuning effort) and tests or discusses them.',
          no: 'Gains are attributed to the proposed idea without considering other explanations.',
          not_applicable: 'The paper reports no empirical result that needs explaining.',
        },
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
        guidance: {
          yes: 'Every model used is identified exactly: version, checkpoint, size, or API snapshot date.',
          no: 'At least one model is named only by its family or product name, without version or date.',
          not_applicable: 'The paper uses no pretrained or hosted model.',
        },
      },
      {
        key: 'prompts_provided',
        label: 'Prompts provided',
        question: 'Where prompts are used, are they given in full?',
        why: 'Small prompt changes move results substantially; unpublished prompts make results unrepeatable.',
        guidance: {
          yes: 'Every prompt or prompt template used in the experiments is given verbatim, in the paper, an appendix or released material.',
          no: 'Prompts are only described or abbreviated, or only some are given.',
          not_applicable: 'The experiments use no prompts.',
        },
      },
      {
        key: 'hyperparameters_reported',
        label: 'Hyperparameters reported',
        question: 'Are the hyperparameters of the reported runs given?',
        why: 'Hyperparameters are part of the method; leaving them out leaves the method underspecified.',
        guidance: {
          yes: 'The hyperparameters of the reported runs (e.g. learning rate, batch size, training steps, decoding settings) are listed, including for baselines the authors trained themselves.',
          no: 'Important hyperparameters are missing, or given for only some runs.',
          not_applicable: 'The paper trains and tunes nothing.',
        },
      },
      {
        key: 'scaffolding_described',
        label: 'Scaffolding described',
        question: 'Where agents, tools or pipelines wrap a model, is that scaffolding described?',
        why: "Scaffolding can drive much of an agent's score; undisclosed scaffolding credits the model for it.",
        guidance: {
          yes: 'The agent loop, tools, retrieval, memory, filtering or other components around the model are described well enough to rebuild, or released as code.',
          no: 'A wrapper around the model is used but only named or not described.',
          not_applicable: 'Models are used directly, without agents, tools or pipelines around them.',
        },
      },
      {
        key: 'data_preprocessing_documented',
        label: 'Data preprocessing documented',
        question: 'Are filtering, cleaning and formatting steps applied to the data documented?',
        why: 'Preprocessing choices change what a model learns and what a benchmark measures.',
        guidance: {
          yes: 'Filtering, deduplication, cleaning, tokenisation and formatting steps are listed with their settings.',
          no: 'Data are said to be cleaned, filtered or formatted without saying how, or steps are missing.',
          not_applicable: 'The paper processes no data.',
        },
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
        guidance: {
          yes: 'The paper has a section, or a clearly marked paragraph, about the limitations of the work.',
          no: 'Limitations are absent, or appear only as passing remarks scattered through the text.',
          not_applicable: 'Always applies.',
        },
      },
      {
        key: 'threats_to_validity_specific',
        label: 'Specific threats to validity',
        question: 'Are threats to validity specific to this work rather than generic?',
        why: 'Boilerplate caveats tell readers nothing; specific ones tell them what could be wrong here.',
        guidance: {
          yes: "The stated limitations name concrete ways in which this work's results could be wrong or misleading, such as a specific confound, dataset bias or untested setting.",
          no: 'The limitations are generic (e.g. "more experiments could be run") or absent.',
          not_applicable: 'Always applies.',
        },
      },
      {
        key: 'scope_boundaries_stated',
        label: 'Scope boundaries stated',
        question: 'Does the paper state where its results are not expected to hold?',
        why: 'Clear boundaries keep readers from applying results outside the settings that support them.',
        guidance: {
          yes: 'The paper says for which settings, data or populations its results are not expected to hold, or have not been tested.',
          no: 'No boundaries of the results are stated.',
          not_applicable: 'Always applies.',
        },
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
        guidance: {
          yes: 'Per-example outputs, predictions or responses behind the reported metrics are released.',
          no: 'Only aggregate results are available.',
          not_applicable: 'The paper reports no empirical results.',
        },
      },
      {
        key: 'data_collection_described',
        label: 'Data collection described',
        question: 'Is it described how the data were collected or obtained?',
        why: 'Collection methods determine biases and licensing of the data.',
        guidance: {
          yes: 'The paper says where each dataset came from: for new data, when and how it was collected; for third-party data, which source and version.',
          no: 'The origin of some data, or how it was collected, is missing or vague.',
          not_applicable: 'The paper uses no data.',
        },
      },
      {
        key: 'recruitment_methods_described',
        label: 'Recruitment methods described',
        question: 'Where people provided data or labels, is their recruitment described?',
        why: 'Who the annotators or participants were shapes the data and the ethics of collecting it.',
        guidance: {
          yes: 'Where people provided data, labels or judgements, the paper says how they were recruited, from where, and how they were compensated.',
          no: 'Annotators or participants are mentioned without how they were recruited.',
          not_applicable: 'No people provided data, labels or judgements for the work.',
        },
      },
      {
        key: 'data_pipeline_documented',
        label: 'Data pipeline documented',
        question: 'Is the path from raw data to training and evaluation sets documented?',
        why: 'An undocumented pipeline is where leakage, duplication and silent filtering go unnoticed.',
        guidance: {
          yes: 'The steps from raw data to the final training and evaluation sets (selection, splits, deduplication, decontamination) are documented or released as code.',
          no: 'Final datasets appear without the steps that produced them.',
          not_applicable: 'The paper builds no training or evaluation set of its own (it uses none, or uses published splits unchanged).',
        },
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
        guidance: {
          yes: 'The paper names its sources of funding and of compute (grants, companies, cloud credits), or states that the work had no specific funding.',
          no: 'The paper has no funding or compute statement.',
          not_applicable: 'Always applies.',
        },
      },
      {
        key: 'affiliations_disclosed',
        label: 'Affiliations disclosed',
        question: "Are the authors' affiliations stated?",
        why: 'Affiliations reveal which organisations stand behind, and may benefit from, the results.',
        guidance: {
          yes: "Every author's affiliation is given, or an author is stated to be independent.",
          no: 'Some or all affiliations are missing.',
          not_applicable: 'Always applies.',
        },
      },
      {
        key: 'funder_independent_of_outcome',
        label: 'Funder independent of outcome',
        question: 'Is the funder independent of the outcome, or is any dependence declared?',
        why: 'A company evaluating its own product has an interest in a favourable result.',
        guidance: {
          yes: "Neither the funders nor the authors' employers stand to gain from a particular result, or any such interest (e.g. evaluating the employer's own product) is declared in the paper.",
          no: 'A funder or employer stands to gain from the result and the paper does not say so, or undisclosed funding makes independence impossible to establish.',
          not_applicable: 'Always applies.',
        },
      },
      {
        key: 'financial_interests_declared',
        label: 'Financial interests declared',
        question: 'Are competing financial interests explicitly declared (or explicitly stated to be absent)?',
        why: 'A declaration, even of no conflict, makes the authors accountable for it.',
        guidance: {
          yes: 'The paper has an explicit competing-interests statement, including one stating that there are none.',
          no: 'The paper has no competing-interests statement.',
          not_applicable: 'Always applies.',
        },
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
        guidance: {
          yes: 'For each pretrained model evaluated, the training data cutoff date is stated or cited.',
          no: 'Pretrained models are evaluated without their training cutoff dates.',
          not_applicable: 'The paper evaluates no pretrained model.',
        },
      },
      {
        key: 'train_test_overlap_discussed',
        label: 'Train-test overlap discussed',
        question: 'Is overlap between training and test data checked or discussed?',
        why: 'Overlap turns a test of generalisation into a test of memory.',
        guidance: {
          yes: 'The paper checks for, or discusses, overlap between training and test data (e.g. by deduplication or n-gram matching) and reports what it found.',
          no: 'Overlap between training and test data is not mentioned.',
          not_applicable: 'No trained model is evaluated, so there is no training data to overlap.',
        },
      },
      {
        key: 'benchmark_contamination_addressed',
        label: 'Benchmark contamination addressed',
        question: 'Is contamination of public benchmarks through web-scale pre-training addressed?',
        why: 'Popular benchmarks circulate on the web; models trained on web data may have seen the answers.',
        guidance: {
          yes: 'For public benchmarks used with models pretrained on web-scale data, the paper tests or discusses whether benchmark items could be in the pretraining data.',
          no: 'Models pretrained on web-scale data are evaluated on public benchmarks without addressing contamination.',
          not_applicable: 'No model pretrained on web-scale data is evaluated on a public benchmark.',
        },
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
        guidance: {
          yes: 'A pre-registration (e.g. on OSF or AsPredicted) dated before data collection is cited.',
          no: 'No pre-registration is mentioned.',
          not_applicable: 'The paper reports no study or evaluation with human participants or raters.',
        },
      },
      {
        key: 'irb_or_ethics_approval',
        label: 'Ethics approval',
        question: 'Is ethics board (IRB) approval or exemption reported?',
        why: 'Research on people requires independent ethical review to protect participants.',
        guidance: {
          yes: 'The paper names the ethics board that approved the study or granted an exemption.',
          no: 'No ethics review is reported.',
          not_applicable: 'The paper reports no study or evaluation with human participants or raters.',
        },
      },
      {
        key: 'demographics_reported',
        label: 'Demographics reported',
        question: 'Are participant demographics reported?',
        why: 'Who took part limits to whom the findings apply.',
        guidance: {
          yes: 'Characteristics of the participants relevant to the study (e.g. number, age range, language, expertise, location) are reported.',
          no: 'Participants are described only by their number, or not at all.',
          not_applicable: 'The paper reports no study or evaluation with human participants or raters.',
        },
      },
      {
        key: 'inclusion_exclusion_criteria',
        label: 'Inclusion and exclusion criteria',
        question: 'Are the criteria for including and excluding participants or responses stated?',
        why: 'Undisclosed exclusions can manufacture an effect.',
        guidance: {
          yes: 'The paper states who could take part and which participants or responses were excluded, and why.',
          no: 'Participants or responses were, or may have been, excluded without stated criteria.',
          not_applicable: 'The paper reports no study or evaluation with human participants or raters.',
        },
      },
      {
        key: 'randomization_described',
        label: 'Randomisation described',
        question: 'Is the assignment of participants to conditions randomised and described?',
        why: 'Without randomisation, differences between groups may come from who was in them.',
        guidance: {
          yes: 'The paper says how participants or items were assigned to conditions, and that the assignment was random or why it was not.',
          no: 'Conditions are compared without saying how participants or items were assigned to them.',
          not_applicable: 'The paper reports no study with human participants, or its study has a single condition.',
        },
      },
      {
        key: 'blinding_described',
        label: 'Blinding described',
        question: 'Were participants or raters blind to the condition, and is this described?',
        why: 'Raters who know which system produced an output tend to favour the expected one.',
        guidance: {
          yes: 'The paper states whether participants or raters knew which system or condition they were judging, and how it was hidden from them.',
          no: 'Blinding is not mentioned.',
          not_applicable: 'The paper reports no study or evaluation with human participants or raters.',
        },
      },
      {
        key: 'attrition_reported',
        label: 'Attrition reported',
        question: 'Is the number of participants who dropped out or were removed reported?',
        why: 'Selective drop-out can bias results as much as selective inclusion.',
        guidance: {
          yes: 'The numbers of people who started, dropped out or were removed are reported, with the reasons.',
          no: 'Only the final number of participants is given.',
          not_applicable: 'The paper reports no study or evaluation with human participants or raters.',
        },
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
        guidance: {
          yes: "The cost of running the method (e.g. latency, memory, throughput, tokens or price per query) is measured and reported, preferably beside the baselines' costs.",
          no: 'Costs of running the method are not reported, or described only in words such as "efficient".',
          not_applicable: 'The paper proposes no method or system that is run, e.g. a dataset, survey or theory paper.',
        },
      },
      {
        key: 'compute_budget_stated',
        label: 'Compute budget stated',
        question: 'Is the compute used for training and experiments stated (e.g. GPU hours, hardware)?',
        why: 'Compute is a confound for gains and a barrier to reproduction; readers need to know it.',
        guidance: {
          yes: 'The hardware and the amount of compute (e.g. GPU type and GPU hours) used for training and experiments are stated.',
          no: 'Compute is not stated, or only the type of hardware is named, without amounts.',
          not_applicable: 'The paper runs no computation beyond trivial amounts.',
        },
      },
    ],
  },
] as const satisfies readonly RubricCategory[];
