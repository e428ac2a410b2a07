import { z } from 'zod';
import { bounded } from './internal/issues.js';

/**
 * The 15 types of official documents (公文种类) of 《党政机关公文处理工作条例》 (中办发〔2012〕14号,
 * 第八条), in the order the regulation lists them. 令 is the short form of 命令 and is not a
 * separate type: {@link documentTypeFromTitle} maps it to `命令`.
 *
 * @example
 * ```ts
 * OFFICIAL_DOCUMENT_TYPES.length; //=> 15
 * ```
 */
export const OFFICIAL_DOCUMENT_TYPES = Object.freeze([
  '决议',
  '决定',
  '命令',
  '公报',
  '公告',
  '通告',
  '意见',
  '通知',
  '通报',
  '报告',
  '请示',
  '批复',
  '议案',
  '函',
  '纪要',
] as const);

/**
 * The type (文种) of an official document; one of {@link OFFICIAL_DOCUMENT_TYPES}.
 *
 * @example
 * ```ts
 * DocumentTypeSchema.parse('批复'); //=> '批复'
 * DocumentTypeSchema.safeParse('令').success; //=> false
 * ```
 */
export const DocumentTypeSchema = bounded(
  z
    .literal(OFFICIAL_DOCUMENT_TYPES)
    .describe(
      '文种: one of the 15 types of 《党政机关公文处理工作条例》: 决议 决定 命令(令) 公报 公告 通告 意见 通知 通报 报告 请示 批复 议案 函 纪要.',
    ),
);

/** The type of an official document; see {@link DocumentTypeSchema}. */
export type DocumentType = z.infer<typeof DocumentTypeSchema>;

/**
 * Kinds of enclosed texts (the 办法, 方案, 细则 … that a 印发 notice publishes, and the texts
 * attached to documents). Not 公文 types themselves; 意见 and 决定 appear in both lists.
 *
 * @example
 * ```ts
 * ENCLOSED_TEXT_TYPES.includes('办法'); //=> true
 * ```
 */
export const ENCLOSED_TEXT_TYPES = Object.freeze([
  '办法',
  '方案',
  '细则',
  '意见',
  '规划',
  '目录',
  '清单',
  '说明',
  '规定',
  '规则',
  '计划',
  '条例',
  '决定',
  '要点',
  '纲要',
  '指南',
  '标准',
  '制度',
  '预案',
  '名单',
  '章程',
] as const);

/**
 * The kind of an enclosed text; one of {@link ENCLOSED_TEXT_TYPES}.
 *
 * @example
 * ```ts
 * EnclosedTextTypeSchema.parse('细则'); //=> '细则'
 * ```
 */
export const EnclosedTextTypeSchema = bounded(
  z
    .literal(ENCLOSED_TEXT_TYPES)
    .describe(
      'Kind of enclosed text: 办法 方案 细则 意见 规划 目录 清单 说明 规定 规则 计划 条例 决定 要点 纲要 指南 标准 制度 预案 名单 章程.',
    ),
);

/** The kind of an enclosed text; see {@link EnclosedTextTypeSchema}. */
export type EnclosedTextType = z.infer<typeof EnclosedTextTypeSchema>;

// Trailing qualifiers that follow the kind: 实施细则(试行), 管理办法（暂行）, 起草说明及采纳情况.
const QUALIFIERS = ['试行', '暂行', '修订', '草案', '征求意见稿'];
const SPACE = /\s/u;

/** `title` without its trailing qualifiers and spaces, read backwards once (linear on any input). */
function withoutTrailing(title: string): string {
  let end = title.length;
  for (;;) {
    const last = title.charAt(end - 1);
    if (last !== '' && SPACE.test(last)) end -= 1;
    else if (title.endsWith('及采纳情况', end)) end -= 5;
    else if (last === ')' || last === '）') {
      const word = QUALIFIERS.find(
        (q) => title.endsWith(q, end - 1) && '(（'.includes(title.charAt(end - 2 - q.length) || 'x'),
      );
      if (word === undefined) break;
      end -= word.length + 2;
    } else break;
  }
  return title.slice(0, end);
}

// The longest of `words` that `text` (a title without its trailing qualifiers) ends with.
function lastWordOf<T extends string>(text: string, words: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const word of words) if (text.endsWith(word) && (best === undefined || word.length > best.length)) best = word;
  return best;
}

/**
 * The 公文 type named by the last words of a title (`……的通知` → 通知, `……的批复` → 批复); `令` maps to
 * `命令`.
 *
 * @param title - The document title, e.g. `长治市人民政府关于……的通知`.
 * @returns The type, or `undefined` when the title ends in none of the 15 types (or is no string).
 * @throws Never.
 * @example
 * ```ts
 * documentTypeFromTitle('长治市人民政府关于长治市现代水网建设规划(2021-2035年)的批复'); //=> '批复'
 * documentTypeFromTitle('长治市人民政府令');  //=> '命令'
 * documentTypeFromTitle('国务院关于授予……荣誉称号的命令'); //=> '命令'
 * documentTypeFromTitle('长治市市级储备粮管理办法'); //=> undefined
 * ```
 */
export function documentTypeFromTitle(title: string): DocumentType | undefined {
  if (typeof title !== 'string') return undefined;
  const text = withoutTrailing(title);
  return text.endsWith('令') ? '命令' : lastWordOf(text, OFFICIAL_DOCUMENT_TYPES);
}

/**
 * The kind of enclosed text named by the last words of its title, ignoring qualifiers such as
 * （试行） and 及采纳情况.
 *
 * @param title - The title of the enclosed text.
 * @returns The kind, or `undefined` when the title ends in none of {@link ENCLOSED_TEXT_TYPES} (or is no string).
 * @throws Never.
 * @example
 * ```ts
 * enclosedTextTypeFromTitle('长治市化工重点监控点认定管理实施细则(试行)'); //=> '细则'
 * enclosedTextTypeFromTitle('长治市加强和改进全市消防工作实施意见');       //=> '意见'
 * enclosedTextTypeFromTitle('基础骨干项目清单');                          //=> '清单'
 * enclosedTextTypeFromTitle('长治市消防车辆配备计划表');                  //=> undefined
 * ```
 */
export function enclosedTextTypeFromTitle(title: string): EnclosedTextType | undefined {
  if (typeof title !== 'string') return undefined;
  return lastWordOf(withoutTrailing(title), ENCLOSED_TEXT_TYPES);
}
