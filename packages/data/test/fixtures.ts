/**
 * Small hand-made documents for testing the query and check logic before (and independently of)
 * the generated data. Test-only: never published.
 */
import { type Document, DocumentSchema } from '@gongbao/core';

const number = (agency: string, serial: number, raw = `${agency}〔2024〕${serial}号`) => ({
  agency,
  year: 2024,
  serial,
  canonical: `${agency}〔2024〕${serial}号`,
  raw,
});

export const fixtureDocuments: Document[] = [
  DocumentSchema.parse({
    id: '长政发-2024-5',
    docNumber: number('长政发', 5),
    title: '长治市人民政府关于印发长治市加强和改进全市消防工作实施意见的通知',
    type: '通知',
    issuers: [{ name: '长治市人民政府' }],
    addressees: ['各县、区人民政府'],
    body: [
      {
        type: 'paragraph',
        text: '《长治市加强和改进全市消防工作实施意见》已经市政府第47次常务会议通过，现印发给你们。',
      },
    ],
    signatories: [{ name: '长治市人民政府' }],
    writtenDate: '2024-06-04',
    note: '此件公开发布',
    disclosure: 'public',
    attachments: [
      {
        number: 3,
        title: '长治市消防救援队伍装备器材配备计划表',
        body: [
          {
            type: 'table',
            table: {
              id: '长政发-2024-5/附件3',
              title: '长治市消防救援队伍装备器材配备计划表',
              columns: [
                { name: '单位名称', type: 'string' },
                { name: '泡沫灭火剂', type: 'number', unit: '吨' },
              ],
              rows: [
                { 单位名称: '长治高 新技 术 产 业 开 发 区', 泡沫灭火剂: 13 },
                { 单位名称: '沁县沁州 路消防救援站', 泡沫灭火剂: 4 },
              ],
              totals: [{ label: '合计', values: { 泡沫灭火剂: 17 } }],
              notes: [],
            },
          },
        ],
      },
    ],
    enclosures: [
      {
        title: '长治市加强和改进全市消防工作实施意见',
        body: [
          {
            type: 'heading',
            level: 1,
            marker: { kind: 'chinese', level: 1, index: 1, raw: '一、' },
            text: '总体要求',
            children: [{ type: 'paragraph', text: '2024 年底前,消防车通道上违章搭建的固定障碍物基本清除。' }],
          },
        ],
      },
    ],
    citations: [],
    repeals: [],
    section: '市政府文件',
    pages: { start: 1, end: 11 },
  }),
  DocumentSchema.parse({
    id: '长政函-2024-22',
    docNumber: number('长政函', 22),
    title: '长治市人民政府关于长治市现代水网建设规划(2021—2035年)的批复',
    type: '批复',
    issuers: [{ name: '长治市人民政府' }],
    addressees: ['市水利局'],
    body: [{ type: 'paragraph', text: '你局《关于〈长治市现代水网建设规划(2021—2035年)〉批复的请示》收悉。' }],
    signatories: [{ name: '长治市人民政府' }],
    writtenDate: '2024-05-11',
    attachments: [],
    enclosures: [],
    citations: [],
    repeals: [],
    section: '市政府函件',
    pages: { start: 28 },
  }),
  DocumentSchema.parse({
    id: '长人社规-2024-1',
    docNumber: number('长人社规', 1, '长人社规〔2024〕1号'),
    title: '长治市人力资源和社会保障局 长治市财政局关于印发长治市公益性岗位人员管理暂行办法的通知',
    type: '通知',
    issuers: [{ name: '长治市人力资源和社会保障局' }, { name: '长治市财政局' }],
    addressees: [],
    body: [
      {
        type: 'list',
        items: [
          {
            marker: { kind: 'parenthesized-chinese', level: 2, index: 1, raw: '(一)' },
            text: '通过其他途径实现就业的;',
          },
          { text: '被依法追究刑事责任的;' },
        ],
      },
    ],
    signatories: [{ name: '长治市人力资源和社会保障局' }, { name: '长治市财政局' }],
    writtenDate: '2024-01-08',
    attachments: [],
    enclosures: [],
    citations: [],
    repeals: [],
    section: '市政府部门规范性文件',
    pages: { start: 79 },
  }),
];
