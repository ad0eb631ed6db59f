// npm run quality:report — the precision/recall table of the quality flags on the labelled set.
import { DEFAULT_QUALITY_RULES } from '../src/core/quality/index.ts';
import { LABELLED_FILINGS } from '../tests/fixtures/quality/filings.ts';
import { evaluate, formatEvaluation } from './quality-evaluation.ts';

console.log(formatEvaluation(evaluate(LABELLED_FILINGS, DEFAULT_QUALITY_RULES)));
