import { z } from 'zod';
import { DocumentSchema } from './document.js';
import { bounded, quote } from './internal/issues.js';
import { boundedText, LIMITS, positiveInt } from './internal/text.js';
import { IsoDateSchema } from './iso-date.js';
import { SourceRangeSchema } from './source-range.js';
import { TocEntrySchema } from './toc-entry.js';

/**
 * Publication frequencies (刊期) as gazettes print them.
 *
 * @example
 * ```ts
 * FREQUENCIES.includes('双月刊'); //=> true
 * ```
 */
export const FREQUENCIES = Object.freeze([
  '周刊',
  '旬刊',
  '半月刊',
  '月刊',
  '双月刊',
  '季刊',
  '半年刊',
  '年刊',
  '不定期',
] as const);

/**
 * Contact details of the editorial office (联系方式): postcode, telephone, website, as written.
 *
 * @example
 * ```ts
 * ContactSchema.parse({ postcode: '046000', phone: '(0355)2192572', website: 'http://www.changzhi.gov.cn/' }).postcode; //=> '046000'
 * ```
 */
export const ContactSchema = bounded(
  z
    .strictObject({
      /** 邮编: six-digit postcode. */
      postcode: z
        .string()
        .regex(/^\d{6}$/u, 'Expected a six-digit postcode (邮编)')
        .optional()
        .describe('邮编: six-digit postcode.'),
      /** 电话 as written, e.g. (0355)2192572. */
      phone: boundedText(LIMITS.name, 'the phone number').optional().describe('电话 as written, e.g. (0355)2192572.'),
      /** 网址: the website URL. */
      website: z
        .url({ error: 'Expected a website URL (网址)' })
        .max(2000)
        .optional()
        .describe('网址: the website URL.'),
      /** 地址 as written. */
      address: boundedText(LIMITS.title, 'the address').optional().describe('地址 as written.'),
      /** 电子邮箱 as written. */
      email: boundedText(LIMITS.name, 'the e-mail address').optional().describe('电子邮箱 as written.'),
    })
    .refine((contact) => Object.values(contact).some((value) => value !== undefined), {
      message: 'Expected at least one contact detail (leave contact out when there is none)',
    })
    .describe('联系方式: contact details of the editorial office.'),
);

/** Contact details; see {@link ContactSchema}. */
export type Contact = z.infer<typeof ContactSchema>;

/**
 * One role of the editorial board (编辑委员会) and the people in it, in the order printed
 * (顾问, 主任, 委员, 主编, 副主编, 执行总编, 本期责编 …).
 *
 * @example
 * ```ts
 * EditorialRoleSchema.parse({ role: '主编', people: ['桑利刚'] }).people; //=> ['桑利刚']
 * ```
 */
export const EditorialRoleSchema = bounded(
  z
    .strictObject({
      /** 职务: the role as printed, e.g. 主任, 委员, 本期责编. */
      role: boundedText(LIMITS.name, 'the role').describe('职务: the role as printed, e.g. 主任, 委员, 本期责编.'),
      /** The names in that role, in the order printed. */
      people: z
        .array(boundedText(LIMITS.name, 'a name'))
        .min(1, 'Expected at least one person')
        .describe('The names in that role, in the order printed.'),
    })
    .describe('编辑委员会: a role and its people.'),
);

/** A role of the editorial board; see {@link EditorialRoleSchema}. */
export type EditorialRole = z.infer<typeof EditorialRoleSchema>;

/**
 * An issue of a government gazette (政府公报): the masthead (title, romanised title, year, issue
 * `number`, `cumulative` number 总第N期, frequency, publication date, sponsor, editor, printer,
 * contact, editorial board in order), the table of contents (`toc`), the documents in gazette
 * order and the back-cover text. Document ids must be unique; the cumulative number is at least the
 * issue number; every `documentId` of the table of contents names a document of the issue (once),
 * whose 发文字号 is the one the entry lists.
 *
 * @example
 * ```ts
 * const issue = GazetteIssueSchema.parse({
 *   title: '长治市人民政府公报',
 *   romanizedTitle: 'CHANGZHISHI RENMIN ZHENGFU GONGBAO',
 *   year: 2024, number: 3, cumulative: 27, frequency: '双月刊',
 *   publicationDate: '2024-06-30',
 *   sponsor: '长治市人民政府办公室',
 *   editor: '长治市人民政府办公室信息科',
 *   printer: '长治日报社印刷厂',
 *   contact: { postcode: '046000' },
 *   editorialBoard: [{ role: '主编', people: ['桑利刚'] }],
 *   toc: [],
 *   documents: [],
 *   backCover: ['传达政令', '宣传政策', '指导工作', '服务社会'],
 * });
 * issue.cumulative; //=> 27
 * GazetteIssueSchema.safeParse({ ...issue, publicationDate: '2024-06-31' }).success; //=> false
 * ```
 */
export const GazetteIssueSchema = bounded(
  z
    .strictObject({
      /** 刊名: e.g. 长治市人民政府公报. */
      title: boundedText(LIMITS.title, 'the gazette title').describe('刊名: e.g. 长治市人民政府公报.'),
      /** The romanised title printed on the masthead, e.g. CHANGZHISHI RENMIN ZHENGFU GONGBAO. */
      romanizedTitle: boundedText(LIMITS.title, 'the romanised title')
        .optional()
        .describe('The romanised title printed on the masthead, e.g. CHANGZHISHI RENMIN ZHENGFU GONGBAO.'),
      /** 年份: the year of the issue. */
      year: z
        .number({ error: 'Expected the year (a number)' })
        .int()
        .min(1949, 'Expected a year ≥ 1949')
        .max(9999, 'Expected a four-digit year')
        .describe('年份: the year of the issue.'),
      /** 期号: the issue number within the year (第3期 → 3). */
      number: positiveInt('the issue number').describe('期号: the issue number within the year (第3期 → 3).'),
      /** 总期号: the cumulative number (总第27期 → 27). */
      cumulative: positiveInt('the cumulative number')
        .optional()
        .describe('总期号: the cumulative number (总第27期 → 27).'),
      /** 刊期: e.g. 双月刊 (every two months). */
      frequency: z.literal(FREQUENCIES).optional().describe('刊期: e.g. 双月刊 (every two months).'),
      /** 出版日期: the publication date. */
      publicationDate: IsoDateSchema.describe('出版日期: the publication date.'),
      /** 主办单位: e.g. 长治市人民政府办公室. */
      sponsor: boundedText(LIMITS.name, 'the sponsor').optional().describe('主办单位: e.g. 长治市人民政府办公室.'),
      /** 编辑出版: the editing and publishing office. */
      editor: boundedText(LIMITS.name, 'the editor')
        .optional()
        .describe('编辑出版: the editing and publishing office.'),
      /** 印刷: the printer. */
      printer: boundedText(LIMITS.name, 'the printer').optional().describe('印刷: the printer.'),
      /** 联系方式: contact details of the editorial office. */
      contact: ContactSchema.optional(),
      /** 编辑委员会: roles and people, in the order printed. */
      editorialBoard: z.array(EditorialRoleSchema).describe('编辑委员会: roles and people, in the order printed.'),
      /** 目录: the table of contents, in order. */
      toc: z.array(TocEntrySchema).describe('目录: the table of contents, in order.'),
      /** The documents (公文), in gazette order. */
      documents: z.array(DocumentSchema).describe('The documents (公文), in gazette order.'),
      /** 封底: the back-cover text, one line per element. */
      backCover: z
        .array(boundedText(LIMITS.text, 'a back-cover line'))
        .optional()
        .describe('封底: the back-cover text, one line per element.'),
      /** Where the masthead is in the source. */
      source: SourceRangeSchema.optional().describe('Where the masthead is in the source.'),
    })
    .superRefine((issue, ctx) => {
      const byId = new Map<string, (typeof issue.documents)[number]>();
      issue.documents.forEach((doc, i) => {
        if (byId.has(doc.id)) {
          ctx.addIssue({
            code: 'custom',
            path: ['documents', i, 'id'],
            message: `Duplicate document id ${quote(doc.id)}`,
          });
        } else byId.set(doc.id, doc);
      });
      if (issue.cumulative !== undefined && issue.cumulative < issue.number) {
        ctx.addIssue({
          code: 'custom',
          path: ['cumulative'],
          message: `Expected the cumulative number (总第${issue.cumulative}期) to be at least the issue number (第${issue.number}期)`,
        });
      }
      // The table of contents lists the documents of this issue, by their own 发文字号.
      const listed = new Set<string>();
      issue.toc.forEach((entry, i) => {
        if (entry.documentId === undefined) return;
        const doc = byId.get(entry.documentId);
        const again = listed.has(entry.documentId);
        listed.add(entry.documentId);
        if (again) {
          // A document listed twice: the second entry stands for a document that is not there.
          ctx.addIssue({
            code: 'custom',
            path: ['toc', i, 'documentId'],
            message: `Expected each document listed once, got ${quote(entry.documentId)} again`,
          });
        } else if (doc === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['toc', i, 'documentId'],
            message: `Expected the id of a document of the issue, got ${quote(entry.documentId)}`,
          });
        } else if (entry.docNumber !== undefined && entry.docNumber.canonical !== doc.docNumber.canonical) {
          ctx.addIssue({
            code: 'custom',
            path: ['toc', i, 'docNumber'],
            message: `Expected the 发文字号 of document ${quote(doc.id)} (${quote(doc.docNumber.canonical)}), got ${quote(entry.docNumber.canonical)}`,
          });
        }
      });
    })
    .describe('政府公报: one issue of a government gazette.'),
);

/** An issue of a government gazette; see {@link GazetteIssueSchema}. */
export type GazetteIssue = z.infer<typeof GazetteIssueSchema>;
