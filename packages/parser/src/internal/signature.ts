/**
 * Signature lines (发文机关署名, GB/T 9704-2012 §7.3.5): an organisation, several organisations
 * (joint issuance, on one line separated by spaces; one with its characters spaced out, 国 务 院),
 * or a person with a title as orders (令) are
 * signed — `市长 张三`, `市长：何 健`, `总理李鹏`, `市 长 袁宝成`, `省长` alone, `市长 （签名）`.
 */

import { isSpaceChar } from './space.js';

const ORG_SUFFIX =
  /(?:人民政府|政府|办公室|办公厅|委员会|管委会|管理委员会|局|厅|部|院|署|委|办|处|科|室|所|站|队|社|行|司|公司|集团|中心|小组|协会|学会|联合会|总会|商会|大学|学院|学校|医院|法院|检察院|监察委员会|人大常委会|常委会|党委|党组|组|会)$/u;

/** A title ending a signing person's office, then the name after spaces (市长 张三, 自治区主席 乌力吉). */
const PERSON_SIGNATURE =
  /^([\p{Script=Han}]{1,12}?(?:长|主任|书记|主席|总理|委员|代表|负责人))[\s\u3000]+([\p{Script=Han}·]{2,5})$/u;

/**
 * The offices that sign orders and announcements, recognised without a space before the name
 * (总理李鹏) or without a name at all (省长; 市长 （签名）).
 */
const OFFICE =
  /^((?:代理|代|常务副|副)?(?:国务院)?(?:总理|主席|自治区主席|自治州州长|省长|市长|县长|区长|州长|盟长|旗长|镇长|乡长|委员长|部长|局长|厅长|主任|署长|行长|院长|检察长))/u;

/** What may stand where the name of a signing person is not printed. */
const NO_NAME = /^[（(]?(?:签名|签字|签章|印|盖章)?[）)]?$/u;

/** An organisation named, then 与/和/及/同 and more: two parties (X人民政府与Y集团), not one organisation. */
const TWO_PARTIES = /(?:人民政府|政府|委员会|集团|公司)[与和及同]\p{Script=Han}/u;

/** Whether a text can be an organisation name as a signature (发文机关署名): no spaces, no punctuation. */
export function isOrganizationName(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 40) return false;
  if (/[\s，。；：:、,;！？!?《》“”()（）\d]/u.test(t)) return false;
  if (/网站$|关于|印发/u.test(t)) return false;
  // Two parties joined by 与/和/及/同 (安徽省人民政府与海航集团): a phrase of a title, not one name.
  if (TWO_PARTIES.test(t)) return false;
  return ORG_SUFFIX.test(t);
}

/**
 * Whether a text names an organisation in full, with its place or as a national organ (高青县人民政府办公室,
 * 国务院办公厅) — not a website's short form (政府办, 县政府网站).
 */
export function isFullOrganizationName(text: string): boolean {
  const t = text.trim();
  return (
    t.length >= 5 &&
    isOrganizationName(t) &&
    /^(?:中华人民共和国|国务院|国家|中共|中国)|^\p{Script=Han}{1,12}?(?:省|自治区|市|州|盟|县|区|旗|镇|乡|街道)/u.test(
      t,
    )
  );
}

/** A place prefix a name may carry or drop (浙江省, 中华人民共和国): 浙江省金华市人民政府 is 金华市人民政府. */
const PLACE_PREFIX = /^(?:中华人民共和国|\p{Script=Han}{1,10}(?:省|自治区|市|州|盟|县|区|旗))$/u;

/** Whether two names are one organisation: the same, or one with a place prefix the other drops. */
export function sameOrganization(a: string, b: string): boolean {
  const x = a.trim();
  const y = b.trim();
  if (x === y) return true;
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  return long.endsWith(short) && PLACE_PREFIX.test(long.slice(0, long.length - short.length));
}

/** A signature line: one or several organisation names, or a person with a title (市长 张三). */
export interface SignatureLine {
  /** Each signatory with its place in the line (`from`/`to` span the name, or the title when there is none). */
  readonly names: Array<{ name?: string; title?: string; from: number; to: number }>;
}

/** A person's signature written without spaces, with spaced characters, or without a name. */
function officeSignature(text: string): SignatureLine | undefined {
  // Positions of the non-space characters, so that 市 长 袁宝成 reads as 市长袁宝成.
  const at: number[] = [];
  let dense = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (isSpaceChar(c)) continue;
    at.push(i);
    dense += c;
  }
  const office = OFFICE.exec(dense);
  if (!office) return undefined;
  const title = office[1] as string;
  let rest = dense.slice(title.length);
  let restAt = title.length;
  if (/^[:：]/u.test(rest)) {
    rest = rest.slice(1);
    restAt++;
  }
  const titleFrom = at[0] as number;
  const titleTo = (at[title.length - 1] as number) + 1;
  if (NO_NAME.test(rest)) return { names: [{ title, from: titleFrom, to: titleTo }] };
  if (!/^[\p{Script=Han}·]{2,4}$/u.test(rest)) return undefined;
  const from = at[restAt] as number;
  const to = (at[dense.length - 1] as number) + 1;
  return { names: [{ name: rest, title, from, to }] };
}

/** Reads a line as a signature (发文机关署名), or undefined when it is not one. */
export function signatureOfLine(text: string): SignatureLine | undefined {
  const t = text.trim();
  if (t.length > 60) return undefined;
  if (isOrganizationName(t)) {
    const from = text.indexOf(t);
    return { names: [{ name: t, from, to: from + t.length }] };
  }
  const office = officeSignature(text);
  if (office) return office;
  const person = PERSON_SIGNATURE.exec(t);
  if (person) {
    const title = person[1] as string;
    const name = person[2] as string;
    const from = text.indexOf(name, text.indexOf(title) + title.length);
    return { names: [{ name, title, from, to: from + name.length }] };
  }
  const parts = [...t.matchAll(/\S+/gu)];
  // An organisation with its characters spaced out (国 务 院, 国　务　院), as centred signatures are typed.
  if (parts.length >= 2 && parts.every((p) => /^\p{Script=Han}$/u.test(p[0]))) {
    const name = parts.map((p) => p[0]).join('');
    if (isOrganizationName(name)) {
      const offset = text.indexOf(t);
      return { names: [{ name, from: offset, to: offset + t.length }] };
    }
  }
  // Joint issuers on one line, separated by spaces.
  if (parts.length >= 2 && parts.every((p) => isOrganizationName(p[0]))) {
    const offset = text.indexOf(t);
    return {
      names: parts.map((p) => ({
        name: p[0],
        from: offset + (p.index ?? 0),
        to: offset + (p.index ?? 0) + p[0].length,
      })),
    };
  }
  return undefined;
}
