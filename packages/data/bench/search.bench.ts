import { bench, describe } from 'vitest';
import { findDocuments, searchText } from '../src/index';

// In-process: the first call of the run prepares each document's texts once (warm-up), every
// sample after that measures the search itself.
describe('full-text search over the 17 documents', () => {
  bench("searchText('有效期5年')", () => void searchText('有效期5年'));
  bench("searchText('消防') (many hits)", () => void searchText('消防'));
  bench("findDocuments({ text: '低空经济' })", () => void findDocuments({ text: '低空经济' }));
});
