/**
 * Valid fixtures taken from 长治市人民政府公报 2024年第3期 (abridged where the text is long).
 * Typed with the input types, so a fixture that drifts from the schemas fails to compile.
 */

import type {
  AttachedDocumentSchema,
  DocumentNumberSchema,
  DocumentSchema,
  GazetteIssueSchema,
  TableSchema,
} from '@gongbao/core';
import type { z } from 'zod';

type In<T extends z.ZodType> = z.input<T>;

export const number5: In<typeof DocumentNumberSchema> = {
  agency: '长政发',
  year: 2024,
  serial: 5,
  canonical: '长政发〔2024〕5号',
  raw: '长政发〔2024〕5号',
};

export const vehicleTable: In<typeof TableSchema> = {
  id: '长政发-2024-5/附件2',
  title: '长治市消防救援队伍消防车辆配备计划表',
  label: '附件2',
  documentNumber: number5,
  columns: [
    { name: '序号', type: 'integer' },
    { name: '单位', type: 'string', header: ['单位名称'] },
    { name: '消防站', type: 'string', header: ['单位名称'] },
    { name: '车辆种类', type: 'string' },
    { name: '短缺数量', type: 'integer', unit: '辆' },
  ],
  rows: [
    {
      序号: 1,
      单位: '长治市支队本级',
      消防站: '长治市消防救援支队应急装备储备库',
      车辆种类: '全地形越野运输车',
      短缺数量: 4,
    },
    { 序号: 2, 单位: '长治市支队本级', 消防站: '长治市消防救援支队应急装备储备库', 车辆种类: '冷藏车', 短缺数量: 1 },
    { 序号: 3, 单位: '长治市支队本级', 消防站: null, 车辆种类: '泡沫消防车', 短缺数量: 1 },
  ],
  totals: [{ label: '合计', values: { 短缺数量: 6 } }],
  notes: [],
  parts: 2,
  source: { start: 10_500, end: 12_000, line: 234, endLine: 282 },
  rowSources: [
    { start: 10_600, end: 10_640, line: 240 },
    { start: 10_641, end: 10_670, line: 241 },
    { start: 10_671, end: 10_760, line: 242, endLine: 244 },
  ],
  totalSources: [{ start: 11_950, end: 12_000, line: 282 }],
};

export const notice5: In<typeof DocumentSchema> = {
  id: '长政发-2024-5',
  docNumber: number5,
  title: '长治市人民政府关于印发长治市加强和改进全市消防工作实施意见的通知',
  type: '通知',
  issuers: [{ name: '长治市人民政府', kind: 'government', level: 'municipal' }],
  addressees: ['各县、区人民政府', '长治高新区、经开区管委会', '市直各有关单位'],
  body: [
    {
      type: 'paragraph',
      text: '《长治市加强和改进全市消防工作实施意见》已经市政府第47次常务会议通过，现印发给你们，请认真贯彻落实。',
    },
  ],
  signatories: [{ name: '长治市人民政府' }],
  writtenDate: '2024-06-04',
  note: '此件公开发布',
  disclosure: 'public',
  attachments: [
    { number: 1, title: '长治市消防站及乡镇专职消防站建设计划表（119座）' },
    {
      number: 2,
      title: '长治市消防救援队伍消防车辆配备计划表',
      label: '附件 2',
      body: [{ type: 'table', table: vehicleTable }],
    },
  ],
  enclosures: [
    {
      title: '长治市加强和改进全市消防工作实施意见',
      type: '意见',
      body: [
        { type: 'paragraph', text: '为全面提升全市公共消防安全水平……制定本实施意见。' },
        {
          type: 'heading',
          level: 1,
          marker: { kind: 'chinese', level: 1, index: 1, raw: '一、' },
          text: '总体要求',
          children: [
            {
              type: 'heading',
              level: 2,
              marker: { kind: 'parenthesized-chinese', level: 2, index: 1, raw: '(一)' },
              text: '指导思想。深入贯彻习近平总书记关于发展新时代消防事业的重要论述精神……',
              children: [],
            },
          ],
        },
        { type: 'note', label: '注', text: '现苏店镇已开工，黄碾镇正在办理用地手续。' },
      ],
    },
  ],
  citations: [
    { title: '关于加强和改进消防工作的意见', issuer: '国务院', text: '国务院《关于加强和改进消防工作的意见》' },
  ],
  repeals: [],
  section: '市政府文件',
  pages: { start: 1, end: 11 },
  source: { start: 2_000, end: 16_000, line: 102, endLine: 313 },
};

export const draftingNote: In<typeof AttachedDocumentSchema> = {
  title: '长治市住房和城乡建设局关于长治市推进以县城为重要载体的城镇化建设行动方案的起草说明及采纳情况',
  issuers: [{ name: '长治市住房和城乡建设局', kind: 'bureau' }],
  addressees: ['市政府'],
  body: [
    {
      type: 'heading',
      level: 1,
      marker: { kind: 'chinese', level: 1, index: 1, raw: '一、' },
      text: '背景及依据',
      children: [
        { type: 'paragraph', text: '根据中共中央办公厅、国务院办公厅《关于推进以县城为重要载体的城镇化建设的意见》……' },
      ],
    },
  ],
  signatories: [{ name: '长治市住房和城乡建设局' }],
  writtenDate: '2024-05-29',
};

export const grainRules: In<typeof DocumentSchema> = {
  id: '长政规-2024-1',
  docNumber: { agency: '长政规', year: 2024, serial: 1, canonical: '长政规〔2024〕1号', raw: '长政规〔2024〕1 号' },
  title: '长治市人民政府关于印发长治市市级储备粮管理办法的通知',
  type: '通知',
  issuers: [{ name: '长治市人民政府' }],
  addressees: ['各县、区人民政府', '市直各有关单位'],
  body: [{ type: 'paragraph', text: '《长治市市级储备粮管理办法》已经市人民政府同意，现印发给你们，请认真贯彻执行。' }],
  signatories: [{ name: '长治市人民政府' }],
  writtenDate: '2024-05-22',
  note: '此件公开发布',
  disclosure: 'public',
  attachments: [],
  enclosures: [
    {
      title: '长治市市级储备粮管理办法',
      type: '办法',
      body: [
        {
          type: 'heading',
          level: 1,
          marker: { kind: 'chapter', level: 2, index: 1, raw: '第一章' },
          text: '总 则',
          children: [
            {
              type: 'heading',
              level: 2,
              marker: { kind: 'article', level: 4, index: 1, raw: '第一条' },
              text: '为了维护粮食市场稳定……制定本办法。',
              children: [],
            },
          ],
        },
      ],
    },
  ],
  citations: [
    {
      title: '长治市人民政府关于印发长治市储备粮管理暂行办法的通知',
      docNumber: { agency: '长政发', year: 2019, serial: 2, canonical: '长政发〔2019〕2号', raw: '长政发〔2019〕2号' },
    },
  ],
  validity: {
    effectiveFrom: '2024-06-22',
    period: { value: 5, unit: 'year' },
    until: '2029-06-21',
    text: '本办法自2024年6月22日起执行,有效期5年。',
  },
  repeals: [{ agency: '长政发', year: 2019, serial: 2, canonical: '长政发〔2019〕2号', raw: '长政发〔2019〕2号' }],
  section: '市政府规范性文件',
  pages: { start: 68, end: 72 },
};

export const issue: In<typeof GazetteIssueSchema> = {
  title: '长治市人民政府公报',
  romanizedTitle: 'CHANGZHISHI RENMIN ZHENGFU GONGBAO',
  year: 2024,
  number: 3,
  cumulative: 27,
  frequency: '双月刊',
  publicationDate: '2024-06-30',
  sponsor: '长治市人民政府办公室',
  editor: '长治市人民政府办公室信息科',
  printer: '长治日报社印刷厂',
  contact: { postcode: '046000', phone: '(0355)2192572', website: 'http://www.changzhi.gov.cn/' },
  editorialBoard: [
    { role: '顾问', people: ['陈向阳'] },
    { role: '主任', people: ['桑利刚'] },
    { role: '委员', people: ['范连星', '许炜', '宋旭岗', '李保明', '郭进卫', '宋海浪', '王慧斌', '郭仁起', '王爱军'] },
    { role: '主编', people: ['桑利刚'] },
    { role: '本期责编', people: ['孙甜甜', '崔起堂', '殷文飞'] },
  ],
  toc: [
    {
      section: '市政府文件',
      title: '长治市人民政府关于印发长治市加强和改进全市消防工作实施意见的通知',
      docNumber: { ...number5, raw: '长政发[2024]5号' },
      startPage: 1,
      endPage: 11,
      documentId: '长政发-2024-5',
    },
    {
      section: '市政府规范性文件',
      title: '长治市人民政府关于印发长治市市级储备粮管理办法的通知',
      startPage: 68,
      documentId: '长政规-2024-1',
    },
  ],
  documents: [notice5, grainRules],
  backCover: ['传达政令', '宣传政策', '指导工作', '服务社会'],
};
