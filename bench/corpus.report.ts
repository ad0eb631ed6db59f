// npm run corpus:report [-- --misses] — the importer against every real notice in tests/fixtures/notices.
import { scoreCorpus } from '../tests/support/notice-corpus.ts';
import { formatCorpusReport } from '../tests/support/notice-corpus-report.ts';

const scores = await scoreCorpus();
console.log(formatCorpusReport(scores, process.argv.includes('--misses')));
