import { readFileSync } from 'node:fs';
import { parseGazette } from '../src/index.js';

const source = readFileSync('../data/source/changzhi-gongbao-2024-03.md', 'utf8');
const lines = source.split('\n');
for (const n of ['长政函[2024]30号', '长政发[2024]6号', '长政办发[2024]14号', '长科规[2024]1号']) {
  const text = lines.filter((l) => !(l.startsWith('- ') && l.includes(n))).join('\n');
  const { issue, diagnostics } = parseGazette(text);
  console.log(
    n,
    issue.documents.length,
    diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code + ':' + d.message.slice(0, 60)),
  );
}
{
  const a = source.indexOf('# 目 录');
  const b = source.indexOf('# 长治市人民政府 关于印发长治市加强');
  const text = source.slice(0, a) + source.slice(b);
  const { issue, diagnostics } = parseGazette(text);
  console.log(
    'no toc',
    issue.documents.length,
    issue.number,
    issue.title,
    diagnostics.filter((d) => d.severity !== 'info').map((d) => d.code + ':' + d.message.slice(0, 60)),
  );
}
