/**
 * Compared papers aligned by checklist item: for each category, every paper's score side by side;
 * for each item, every paper's answer and justification, and whether the answers differ. Scores
 * come from `scoring.ts`, the same code the build uses, so the page never disagrees with the audits.
 */
import { RUBRIC, type RubricCategory, type RubricItem } from '../scan-format/rubric.ts';
import type { Scan } from '../scan-format/schema.ts';
import { itemAnswer, type ItemAnswer } from '../scan-format/answers.ts';
import { scoreScan, type Score } from '../scoring/scoring.ts';
import { compareValue } from '../scoring/ranking.ts';

/** One compared paper: its id and scan as published. */
export interface ComparedPaper {
  id: string;
  scan: Scan;
}

/** One paper's answer to an item. */
export interface AlignedAnswer {
  answer: ItemAnswer;
  justification: string;
}

/** One item across the compared papers, in paper order. */
export interface AlignedItem {
  item: RubricItem;
  answers: AlignedAnswer[];
  /** Whether the papers answer differently (justifications aside). */
  differs: boolean;
}

/** One category across the compared papers. */
export interface AlignedCategory {
  category: RubricCategory;
  scores: Score[];
  /** Whether the scores' values differ (1/2 and 2/4 are the same score). */
  differs: boolean;
  items: AlignedItem[];
}

/** The whole comparison. */
export interface Alignment {
  overall: Score[];
  overallDiffers: boolean;
  categories: AlignedCategory[];
  /** Items answered differently, over all categories. */
  differingItems: number;
}

function scoresDiffer(scores: readonly Score[]): boolean {
  return scores.some((score) => compareValue(score, scores[0]!) !== 0);
}

/** Align papers item by item, in rubric order; papers stay in the given order. */
export function alignPapers(papers: readonly ComparedPaper[]): Alignment {
  const scores = papers.map((paper) => scoreScan(paper.scan));
  const categories = RUBRIC.map((category): AlignedCategory => {
    const categoryScores = scores.map((score) => score.categories[category.key]);
    const items = category.items.map((item): AlignedItem => {
      const answers = papers.map((paper) => {
        const given = paper.scan.checklist[category.key]?.[item.key];
        return { answer: given ? itemAnswer(given) : 'na', justification: given?.justification ?? '' };
      });
      return { item, answers, differs: answers.some((answer) => answer.answer !== answers[0]!.answer) };
    });
    return { category, scores: categoryScores, differs: scoresDiffer(categoryScores), items };
  });
  const overall = scores.map((score) => score.overall);
  return {
    overall,
    overallDiffers: scoresDiffer(overall),
    categories,
    differingItems: categories.reduce((sum, category) => sum + category.items.filter((item) => item.differs).length, 0),
  };
}
