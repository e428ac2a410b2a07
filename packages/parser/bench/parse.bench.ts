import { parseDocument, parseGazette } from '@gongbao/parser';
import { bench, describe } from 'vitest';
import { issueText, syntheticIssues } from './synthetic.js';

const grainStart = issueText.indexOf('## 长治市人民政府\n\n## 关于印发长治市市级储备粮管理办法的通知');
const grainEnd = issueText.indexOf('# 长治市科学技术局 关于印发市新型研发机构');
const grain = issueText.slice(grainStart, grainEnd);
const hundred = syntheticIssues(100);

describe('parse', () => {
  bench('parseGazette: the whole issue (≈250 KB), validated', () => {
    parseGazette(issueText);
  });
  bench('parseGazette: the whole issue, without validation', () => {
    parseGazette(issueText, { validate: false });
  });
  bench('parseDocument: 长政规〔2024〕1号 (≈14 KB)', () => {
    parseDocument(grain);
  });
});

describe('parse 100 issues', () => {
  bench(
    'parseGazette: 100 issues (≈25 MB), validated',
    () => {
      parseGazette(hundred);
    },
    { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 },
  );
});
