import { parseDocument } from '@gongbao/parser';
import { describe, expect, it } from 'vitest';
import { factsOf } from './helpers/facts.js';

/** Variants of the head and the 附件说明 seen in real documents, each as a small synthetic text. */
const facts = (lines: readonly string[]) => factsOf(parseDocument(lines.join('\n')).document);

describe('the head', () => {
  it('reads a 纪要 with its session line under the title and a body that opens with 现纪要如下：', () => {
    const f = facts([
      '某市人民政府常务会议纪要',
      '〔2021〕第5次',
      '2021年3月10日，市长李四主持召开市政府第5次常务会议，研究了有关事项。现纪要如下：',
      '一、会议原则同意《某市某某办法》，请市司法局按程序印发。',
      '出席：李四、王五、赵六',
    ]);
    expect(f).toMatchObject({ title: '某市人民政府常务会议纪要', type: '纪要', docNumber: null, addressees: [] });
  });

  it('reads 签发人 between the 发文字号 and the title', () => {
    const f = facts([
      '某市人民政府办公室文件',
      '某政办函〔2023〕12号',
      '签发人：王五',
      '某市人民政府办公室关于商请支持某项目的函',
      '省交通运输厅：',
      '为加快推进某项目建设，恳请贵厅给予支持。',
      '某市人民政府办公室',
      '2023年4月7日',
    ]);
    expect(f).toMatchObject({ docNumber: '某政办函〔2023〕12号', type: '函', addressees: ['省交通运输厅'] });
    expect(
      parseDocument(
        ['某政办函〔2023〕12号', '签发人：王五', '某市人民政府办公室关于某事的函', '省交通运输厅：', '请支持。'].join(
          '\n',
        ),
      ).document.signers,
    ).toEqual(['王五']);
  });

  it('takes no opening sentence of the body for the 主送机关', () => {
    const lines = [
      '某市人民政府',
      '关于某某事项的公告',
      '为了加强管理，根据有关规定，现公告如下：',
      '一、自2024年7月1日起，禁止某行为。',
      '特此公告。',
      '某市人民政府',
      '２０２４年６月２０日',
    ];
    expect(facts(lines)).toMatchObject({
      title: '某市人民政府关于某某事项的公告',
      type: '公告',
      addressees: [],
      writtenDate: '2024-06-20',
    });
    // A 主送机关 line is still one (经济开发区 is no 经…同意).
    const addressed = [
      '某市人民政府关于某事的通知',
      '各县（区）人民政府，经济开发区管委会：',
      '现将有关事项通知如下。',
      '某市人民政府',
      '2024年6月20日',
    ];
    expect(facts(addressed).addressees).toEqual(['各县（区）人民政府', '经济开发区管委会']);
  });
});

describe('the 附件说明', () => {
  const notice = (list: string[]) => [
    '某市财政局关于下达2020年农业专项资金的通知',
    '某财农〔2020〕15号',
    '各县（区）财政局：',
    '现将2020年农业专项资金下达给你们，请按规定使用。',
    ...list,
    '某市财政局',
    '2020年5月6日',
  ];

  it('reads the label 附件 alone (no colon) over one title before the signature', () => {
    expect(facts(notice(['附件', '2020年农业专项资金分配表'])).attachments).toEqual(['2020年农业专项资金分配表']);
    expect(facts(notice(['附件：', '2020年农业专项资金分配表'])).attachments).toEqual(['2020年农业专项资金分配表']);
    expect(facts(notice(['附件', '1.资金分配表', '2.项目清单'])).attachments).toEqual(['1.资金分配表', '2.项目清单']);
  });

  it('takes no paragraph after a bare 附件 for a title', () => {
    expect(facts(notice(['附件', '各县要按照要求，及时将资金拨付到位。'])).attachments).toEqual([]);
  });
});
