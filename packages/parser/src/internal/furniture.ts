/**
 * Page furniture of a web copy: the breadcrumbs, dates, counters and share buttons around an
 * article, and the footer under it (责任编辑, 相关链接 …). The head reader leaves such lines out
 * above a head, the frame leaves them out of a document, and the splitters read a page's end by
 * them. The tests run on every line: their patterns are module constants (a literal in a function
 * is a new object on every call) and nothing is copied unless a line starts with a bullet.
 */

/** Page furniture: breadcrumbs, dates and counters, share buttons. */
const CHROME =
  /^(?:您的位置|当前位置|所在位置|首页|作者|时间|日期|来源|发布时间|发布日期|浏览|阅读|点击|字号|字体|分享|打印|关闭|下载|简介|归档时间|视力保护色|今天是|返回|上一篇|下一篇|相关|责任编辑|【|\[)/u;
/** Bullets and separators before a line of furniture. */
const CHROME_LEAD = /^[\s•·\-*>»|]+/u;
/** A breadcrumb cut after its separator (首页 >). */
const CHROME_END = /[>»|]\s*$/u;
/** A metadata label without its value (来源：). */
const EMPTY_LABEL = /^\S{1,6}[:：]\s*$/u;
/** A publication time (2024-03-01 10:00). */
const ISO_DATE = /^\d{4}-\d{1,2}-\d{1,2}/u;

/** The first line of a page's footer under an article: its editor, links to more, share buttons. */
const FOOTER =
  /^(?:责任编辑|更多精彩|相关新闻|相关阅读|相关链接|相关文章|上一篇|下一篇|扫一扫|分享到|打印本页|关闭窗口)/u;
/** Bullets and brackets before a footer's first words. */
const FOOTER_LEAD = /^[\s•·\-*>»|【[]+/u;

/** Whether a line opens the footer a web page prints under an article: nothing after it is the document's. */
export function isFooterLine(text: string): boolean {
  return FOOTER.test(text.replace(FOOTER_LEAD, ''));
}

/** Whether a line is page furniture (or an empty metadata label). */
export function isChromeLine(text: string): boolean {
  const t = text.replace(CHROME_LEAD, '');
  return CHROME.test(t) || CHROME_END.test(t) || EMPTY_LABEL.test(t) || ISO_DATE.test(t);
}
