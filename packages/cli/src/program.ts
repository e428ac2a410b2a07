/**
 * The commands, their arguments and options, and their help — built with commander. Each action
 * imports its command module when it runs, so that `gongbao --version` or `gongbao workdays add`
 * loads neither the data nor the parser nor zod.
 */
import { createRequire } from 'node:module';
import type { Command as CommandType } from 'commander';
import { version } from '../package.json';
import type { Context } from './context.js';

// commander is CommonJS: required, not imported, because Node's ESM loader first scans a CommonJS
// module for its exports, which costs about 10 ms of every start-up (README, "Start-up").
const { Command, Option } = createRequire(import.meta.url)('commander') as typeof import('commander');

/** The options of the command an action belongs to. */
type Options = Record<string, unknown>;

/** `--notice FILE`, repeatable: the holiday notices that extend the calendar for the command. */
const NOTICE_FLAGS = '--notice <file>';
const collect = (value: string, previous: string[] | undefined): string[] => (previous ?? []).concat(value);
const NOTICE_HELP =
  "extend the calendar by a State Council holiday notice (its text; - for stdin), e.g. next year's; repeatable";

const examples = (...lines: string[]): string => `\nExamples:\n${lines.map((line) => `  $ ${line}`).join('\n')}\n`;

/** The whole `gongbao` command line. */
export function buildProgram(ctx: Context, configure: (command: CommandType) => void): CommandType {
  const program = new Command('gongbao');
  configure(program);
  program
    .description(
      // One paragraph: commander wraps it to the terminal's width (a \n here broke the line twice).
      'The documents and tables of 《长治市人民政府公报》2024年第3期, the parser for your own gazettes ' +
        'and 公文, and tools for working days, deadlines, 发文字号 and Chinese numerals.',
    )
    .version(version, '-v, --version', 'print the version of gongbao')
    .helpOption('-h, --help', 'print this help')
    .helpCommand('help [command]', 'print help for a command')
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      '\nExit codes: 0 success, 1 failure (or error diagnostics), 2 usage error.\n' +
        'Colour: on a terminal, unless NO_COLOR is set; FORCE_COLOR=1 forces it.\n' +
        examples(
          'gongbao summary --date 2025-01-01',
          'gongbao show 长政发[2024]5号',
          'gongbao workdays add 2024-09-30 1',
        ),
    );

  // Commander calls an action with the command's arguments, then its options (at most three values
  // here: `workdays add <date> <n>` and its options); each command takes them in that order.
  type Run = (ctx: Context, first: never, second: never, third: never) => Promise<void> | void;
  const action =
    (load: () => Promise<(ctx: Context, ...args: never[]) => Promise<void> | void>) =>
    async (first: unknown, second: unknown, third: unknown) => {
      const command = (await load()) as Run;
      await command(ctx, first as never, second as never, third as never);
    };

  program
    .command('summary')
    .description('a readable summary of the bundled issue: masthead, contents, table totals, legal effect')
    .option('--date <date>', 'legal effect on this date, YYYY-MM-DD (default: today in China)')
    .option('--json', 'print the summary as JSON')
    .addHelpText('after', examples('gongbao summary', 'gongbao summary --date 2030-01-01 --json'))
    .action(action(async () => (await import('./commands/summary.js')).summaryCommand));

  program
    .command('list')
    .description("the issue's documents, filtered")
    .option('--section <section>', 'only this section (栏目), e.g. 市政府规范性文件')
    .option('--type <type>', 'only this document type (文种), e.g. 批复')
    .option('--issuer <name>', 'only documents of an issuer whose name contains this, e.g. 财政局')
    .option('--status-on <date>', 'show the legal status on this date (YYYY-MM-DD)')
    .addOption(
      new Option('--status <status>', 'only documents with this status (on --status-on, default today)').choices([
        'in-force',
        'not-yet-in-force',
        'expired',
        'repealed',
        'unknown',
      ]),
    )
    .option('--json', 'print the documents as JSON (an array of core Documents)')
    .addHelpText(
      'after',
      examples('gongbao list --type 批复', 'gongbao list --section 市政府部门规范性文件 --status-on 2027-01-01'),
    )
    .action(action(async () => (await import('./commands/list.js')).listCommand));

  program
    .command('show')
    .description('one document: its facts and legal status, its outline, or its full text')
    .argument('<id...>', 'a document id (长政发-2024-5) or 发文字号 in any spelling (长政发[2024]5号)')
    .option('--date <date>', 'legal status on this date (default: today in China)')
    .addOption(new Option('--text', 'print the full text').conflicts(['outline', 'json']))
    .addOption(new Option('--outline', 'print the outline: headings, enclosures, attachments').conflicts('json'))
    .option('--json', 'print the document as JSON (a core Document)')
    .addHelpText('after', examples('gongbao show 长政发〔2024〕5号', 'gongbao show 长政规-2024-1 --outline'))
    .action(action(async () => (await import('./commands/show.js')).showCommand));

  program
    .command('search')
    .description('full-text search of the issue, each hit in its context')
    .argument('<query...>', 'the text to find (spaces and full-/half-width differences are ignored)')
    .option('--limit <n>', 'show at most n hits (default 20)')
    .option('--all', 'show every hit')
    .option('--json', 'print the hits as JSON')
    .addHelpText('after', examples('gongbao search 低空经济', 'gongbao search 有效期 --limit 5 --json'))
    .action(action(async () => (await import('./commands/search.js')).searchCommand));

  program
    .command('tables')
    .description('every table and dataset of the issue, with its stated totals checked')
    .option('--json', 'print the list as JSON')
    .action(action(async () => (await import('./commands/tables.js')).tablesCommand));

  program
    .command('table')
    .description('one table or dataset: its rows, totals checked against the sums')
    .argument('<id>', 'a table id from `gongbao tables`, e.g. fire-stations or 长政发-2024-5/附件2')
    .addOption(new Option('--format <format>', 'output format').choices(['md', 'csv', 'json']).default('md'))
    .option('--json', 'the same as --format json (a core Table)')
    .addHelpText(
      'after',
      examples('gongbao table fire-vehicles', 'gongbao table fire-stations --format csv > stations.csv'),
    )
    .action(action(async () => (await import('./commands/table.js')).tableCommand));

  program
    .command('export')
    .description('copy the analyst files of the issue (CSV, Parquet, SQLite, JSON Lines, a Data Package) into a folder')
    .addOption(
      new Option(
        '--format <format>',
        'which files: every CSV, every Parquet file, gongbao.sqlite, documents.jsonl, or datapackage.json with the CSVs',
      )
        .choices(['csv', 'parquet', 'sqlite', 'jsonl', 'datapackage'])
        .makeOptionMandatory(),
    )
    .addOption(
      new Option(
        '--out <dir>',
        'the folder to write them to (created if need be; files in it are replaced)',
      ).makeOptionMandatory(),
    )
    .option('--json', 'print what was written as JSON: { format, out, files: [{ name, path, bytes }], bytes }')
    .addHelpText(
      'after',
      '\nA progress bar is drawn on stderr when it is a terminal. The files are those of @gongbao/data/files.\n' +
        examples(
          'gongbao export --format csv --out gongbao-csv',
          'gongbao export --format datapackage --out gongbao-data --json',
        ),
    )
    .action(action(async () => (await import('./commands/export.js')).exportCommand));

  program
    .command('parse')
    .description('parse your own gazette issue (or one 公文 with --document); diagnostics like a compiler')
    .argument('<file>', 'the text or markdown file, or - for stdin')
    .option('--document', 'the file is one official document (公文), not a whole gazette issue')
    .addOption(
      new Option(
        '--documents',
        'the file holds one or more 公文, one after another: each is read (parseDocuments)',
      ).conflicts('document'),
    )
    .option(
      '--json',
      'print the result as JSON: { issue, tables, diagnostics }, { complete, document, diagnostics }, or an array of those with --documents',
    )
    .option('--out <file>', 'write the JSON result to this file')
    .option('--encoding <label>', 'the encoding of the file (default utf-8), e.g. gb18030')
    .option('--info', 'also print info diagnostics (rules the parser applied)')
    .addHelpText(
      'after',
      '\nDiagnostics go to stderr as  file:line:col severity code message.\n' +
        'Exit code 1 when there is an error diagnostic.\n' +
        examples(
          'gongbao parse gazette.md',
          'gongbao parse notice.txt --document --json',
          'gongbao parse replies.txt --documents',
          'cat notice.txt | gongbao parse - --document',
        ),
    )
    .action(action(async () => (await import('./commands/parse.js')).parseCommand));

  program
    .command('validate')
    .description('check a document, gazette issue or table JSON against the core schemas')
    .argument('<file>', 'the JSON file, or - for stdin')
    .addOption(
      new Option('--schema <schema>', 'the schema (default: from the JSON)').choices([
        'issue',
        'document',
        'document-draft',
        'table',
      ]),
    )
    .option('--json', 'print the result as JSON')
    .addHelpText('after', examples('gongbao show 长政发-2024-5 --json > doc.json && gongbao validate doc.json'))
    .action(action(async () => (await import('./commands/validate.js')).validateCommand));

  const workdays = program
    .command('workdays')
    .description('working days of the PRC calendar (holidays and 调休 of the State Council notices)');
  workdays
    .command('add')
    .description('the date n working days after a date (before it when n is negative)')
    .argument('<date>', 'the date, YYYY-MM-DD')
    .argument('<n>', 'the number of working days')
    .option(NOTICE_FLAGS, NOTICE_HELP, collect)
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      examples(
        'gongbao workdays add 2024-09-30 1',
        'gongbao workdays add 2024-06-11 -1',
        'gongbao workdays add 2026-12-28 5 --notice 2027-notice.txt',
      ),
    )
    .action(action(async () => (await import('./commands/workdays.js')).workdaysAddCommand));
  workdays
    .command('count')
    .description('the number of working days from one date to another, both included')
    .argument('<from>', 'the first day, YYYY-MM-DD')
    .argument('<to>', 'the last day, YYYY-MM-DD')
    .option(NOTICE_FLAGS, NOTICE_HELP, collect)
    .option('--json', 'print the result as JSON')
    .addHelpText(
      'after',
      examples(
        'gongbao workdays count 2024-10-01 2024-10-31',
        'gongbao workdays count 2027-01-01 2027-01-31 --notice 2027-notice.txt',
      ),
    )
    .action(action(async () => (await import('./commands/workdays.js')).workdaysCountCommand));

  program
    .command('deadline')
    .description(
      'the last day a deadline as documents write it allows: 2024年6月底前, 每年11月5日前, 自收到申请之日起15个工作日内',
    )
    .argument('<text...>', 'the deadline, e.g. 2024年6月底前, or a period, e.g. 自收到申请之日起15个工作日内')
    .option(
      '--reference <date>',
      'the date relative deadlines count from (次年, 每年 …), or the day of the event a period counts from, YYYY-MM-DD',
    )
    .option(NOTICE_FLAGS, `${NOTICE_HELP} (says whether the day is a working day)`, collect)
    .option('--json', 'print the deadline as JSON')
    .addHelpText(
      'after',
      examples(
        'gongbao deadline 2024年底前',
        'gongbao deadline 每年11月5日前 --reference 2024-06-04',
        'gongbao deadline 自收到申请之日起15个工作日内 --reference 2024-06-03',
        'gongbao deadline 2027年4月底前 --notice 2027-notice.txt',
      ),
    )
    .action(action(async () => (await import('./commands/deadline.js')).deadlineCommand));

  program
    .command('dates')
    .description('every date, deadline, effective date and duration in a text')
    .argument('<file>', 'the text file, or - for stdin')
    .option('--reference <date>', 'the date relative deadlines count from, YYYY-MM-DD')
    .option('--encoding <label>', 'the encoding of the file (default utf-8), e.g. gb18030')
    .option('--json', 'print the finds as JSON (findDates of @gongbao/utils)')
    .addHelpText(
      'after',
      examples('gongbao dates notice.txt', 'echo 本办法自2024年6月22日起执行，有效期5年。 | gongbao dates -'),
    )
    .action(action(async () => (await import('./commands/dates.js')).datesCommand));

  program
    .command('calendar')
    .description("a year's days off, 调休 working days and working-day count")
    .option('--year <year>', "the year (default: the notice's year with --notice, else this year in China)")
    .option(NOTICE_FLAGS, NOTICE_HELP, collect)
    .option('--json', 'print the calendar as JSON')
    .addHelpText(
      'after',
      '\nWith --notice, the calendar is the built-in one extended by the notice, for this command only.\n' +
        'A notice that contradicts itself (共N天 against its dates, a wrong weekday) is refused: INCONSISTENT.\n' +
        examples(
          'gongbao calendar --year 2024',
          'gongbao calendar --notice 2027-notice.txt',
          'pbpaste | gongbao calendar --notice - --json',
        ),
    )
    .action(action(async () => (await import('./commands/calendar.js')).calendarCommand));

  program
    .command('number')
    .description('parse a 发文字号, write it as GB/T 9704-2012 does, and explain its parts')
    .argument('<number...>', 'the document number, e.g. 长政发[2024]5号')
    .option('--json', 'print the parsed number as JSON')
    .addHelpText('after', examples('gongbao number 长政发[2024]5号', 'gongbao number 国务院令第713号 --json'))
    .action(action(async () => (await import('./commands/number.js')).numberCommand));

  program
    .command('numeral')
    .description('a Chinese numeral as a number, or a number as Chinese numerals')
    .argument('<value>', 'a Chinese numeral (一百零五, 二〇二四, 壹仟零伍) or a number (105)')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', examples('gongbao numeral 一百零五', 'gongbao numeral 2024'))
    .action(action(async () => (await import('./commands/numeral.js')).numeralCommand));

  return program;
}

export type { Options };
