import type { Locale } from '../index.js';

/** A text in both languages. */
export interface Text {
  readonly vi: string;
  readonly en: string;
}

/** One command's help: its usage line, a one-line summary and its options. */
interface CommandHelp {
  readonly usage: string;
  readonly summary: Text;
  readonly options: readonly (readonly [string, Text])[];
}

const CRITERIA: readonly [string, Text] = [
  '--criteria <tệp|thư mục|mã>',
  {
    vi: 'bộ tiêu chí của bạn, nạp chồng lên bộ có sẵn, hoặc mã một bộ có sẵn (lặp lại được)',
    en: 'your frameworks, loaded over the bundled ones, or a bundled framework id (repeatable)',
  },
];
const NO_BUNDLED: readonly [string, Text] = [
  '--no-bundled',
  { vi: 'không nạp bộ tiêu chí có sẵn', en: 'do not load the bundled criteria' },
];

/** Help of every command, in the order `cdht --help` lists them. */
export const COMMANDS: Readonly<Record<string, CommandHelp>> = {
  validate: {
    usage: 'cdht validate <tệp|thư mục…> [--json]',
    summary: {
      vi: 'kiểm tra tệp bộ tiêu chí, kế hoạch, ca kiểm thử; liệt kê mọi lỗi',
      en: 'check framework, plan and case files; list every problem',
    },
    options: [
      ['--json', { vi: 'kết quả dạng JSON cho máy đọc', en: 'machine-readable JSON output' }],
      CRITERIA,
      NO_BUNDLED,
    ],
  },
  lint: {
    usage: 'cdht lint <tệp|thư mục…> [--json]',
    summary: {
      vi: 'phân tích tĩnh: danh hiệu không thể đạt, chỉ số luôn/không bao giờ có điểm, …',
      en: 'static analysis: unreachable titles, indicators that always/never score, …',
    },
    options: [['--json', { vi: 'kết quả dạng JSON', en: 'JSON output' }], CRITERIA, NO_BUNDLED],
  },
  evaluate: {
    usage: 'cdht evaluate [--criteria <tệp|thư mục>] [--framework <id>] [--as-of <yyyy-MM-dd>] <minh-chứng>',
    summary: {
      vi: 'đánh giá minh chứng (JSON, NDJSON, CSV, XLSX) theo luồng',
      en: 'evaluate evidence (JSON, NDJSON, CSV, XLSX), streaming',
    },
    options: [
      CRITERIA,
      NO_BUNDLED,
      [
        '--framework <id>',
        { vi: 'đánh giá mọi hồ sơ theo bộ tiêu chí này', en: 'evaluate every record against this framework' },
      ],
      [
        '--as-of <yyyy-MM-dd>',
        {
          vi: 'ngày đánh giá (mặc định: cuối kỳ của hồ sơ)',
          en: 'evaluation date (default: end of the record period)',
        },
      ],
      [
        '--format ndjson|json|csv|xlsx',
        {
          vi: 'định dạng kết quả (mặc định ndjson); csv và xlsx: mỗi người một dòng, điểm từng chỉ số, lý do, còn thiếu gì (xlsx cần --out)',
          en: 'output format (default ndjson); csv and xlsx: a row per person with points per indicator, reasons and what is still needed (xlsx needs --out)',
        },
      ],
      [
        '--collectives <tệp>',
        {
          vi: 'tệp tập thể (gia đình, dòng họ, cộng đồng, đơn vị; JSON, NDJSON, CSV, XLSX): mỗi tập thể được xét từ kết quả các thành viên của lần chạy này',
          en: 'collectives file (households, clans, communities, units; JSON, NDJSON, CSV, XLSX): each is decided from its members’ evaluations of this run',
        },
      ],
      [
        '--collectives-out <tệp>',
        {
          vi: 'kết quả xét tập thể, .ndjson hoặc .json (mặc định <out>.collectives.ndjson hoặc collective-evaluations.ndjson); tập thể bị từ chối ghi vào <tệp>.rejects.ndjson',
          en: 'collective evaluations, .ndjson or .json (default <out>.collectives.ndjson or collective-evaluations.ndjson); rejected collectives go to <file>.rejects.ndjson',
        },
      ],
      [
        '--follow-up <tệp.xlsx|tệp.csv>',
        {
          vi: 'danh sách người chưa đạt hoặc chưa xác định và còn thiếu gì, theo thôn',
          en: 'the people not awarded or undetermined and what each still needs, by village',
        },
      ],
      [
        '--input-format json|ndjson|csv|xlsx',
        {
          vi: 'định dạng đầu vào khi không đoán được từ đuôi tệp (bắt buộc với -)',
          en: 'input format when the extension does not tell (required for -)',
        },
      ],
      ['--out <tệp>', { vi: 'ghi kết quả ra tệp thay vì stdout', en: 'write results to a file instead of stdout' }],
      [
        '--rejects <tệp>',
        {
          vi: 'tệp dòng bị từ chối: .ndjson, .csv hoặc .xlsx (mặc định <out>.rejects.<định dạng> hoặc rejects.ndjson); tệp cũ bị xoá khi không còn dòng nào bị từ chối',
          en: 'rejected rows file: .ndjson, .csv or .xlsx (default <out>.rejects.<format> or rejects.ndjson); an old one is removed when nothing is rejected',
        },
      ],
      ['--strict', { vi: 'trả mã 1 khi có dòng bị từ chối', en: 'exit 1 when any row is rejected' }],
      [
        '--no-duplicate-check',
        {
          vi: 'không kiểm tra hồ sơ trùng (tiết kiệm ~24 byte mỗi người)',
          en: 'skip the duplicate check (saves ~24 bytes a person)',
        },
      ],
      [
        '--detail full|summary',
        {
          vi: 'full (mặc định): đầy đủ từng chỉ số, lý do, khoảng cách; summary: chỉ tổng điểm, tiêu chí và quyết định',
          en: 'full (default): every indicator, reasons, gap; summary: totals, criteria and decisions only',
        },
      ],
      [
        '--workers <n>',
        {
          vi: 'số luồng (worker thread) chấm điểm; đọc và kiểm tra vẫn ở luồng chính, kết quả giống hệt với mọi n',
          en: 'worker threads that evaluate; reading and validation stay on the main thread, output is identical for any n',
        },
      ],
    ],
  },
  template: {
    usage: 'cdht template <bộ-tiêu-chí> [--format xlsx|csv] [--out <tệp>]',
    summary: {
      vi: 'mẫu phiếu trống để nhập minh chứng (tiêu đề tiếng Việt, dòng ví dụ, kiểm tra dữ liệu)',
      en: 'a blank evidence sheet to fill in (Vietnamese headers, an example row, data validation)',
    },
    options: [
      CRITERIA,
      NO_BUNDLED,
      ['--format xlsx|csv', { vi: 'định dạng (mặc định xlsx)', en: 'format (default xlsx)' }],
      [
        '--out <tệp>',
        {
          vi: 'tệp ghi ra (mặc định mau-<mã>-<phiên bản>.<định dạng>)',
          en: 'file to write (default mau-<id>-<version>.<format>)',
        },
      ],
    ],
  },
  report: {
    usage:
      'cdht report --plan <kế-hoạch> <kết-quả…> [--by commune] [--as-of <yyyy-MM-dd>] [--format md|html|csv|json|xlsx] [--annex <tệp>] [--mapping <tệp|mã>…]',
    summary: { vi: 'tiến độ so với chỉ tiêu của kế hoạch', en: 'progress against a plan’s targets' },
    options: [
      [
        '--plan <tệp|mã>',
        {
          vi: 'tệp kế hoạch hoặc mã kế hoạch có sẵn (vd. kon-ray-2022); kế hoạch cha tìm trong cùng thư mục và trong các kế hoạch có sẵn',
          en: 'plan file or bundled plan id (e.g. kon-ray-2022); parent plans are looked up in its folder and among the bundled plans',
        },
      ],
      [
        '--by <cấp>',
        {
          vi: 'chỉ liệt kê đơn vị ở cấp này (vd. commune)',
          en: 'list only units of this level (e.g. commune)',
        },
      ],
      [
        '--as-of <yyyy-MM-dd>',
        {
          vi: 'ngày báo cáo (mặc định: cuối kỳ đánh giá, ngày muộn nhất trong các kết quả đọc được; không có kỳ: hôm nay)',
          en: 'report date (default: the end of the assessment period, the latest among the evaluations read; none: today)',
        },
      ],
      [
        '--mapping <tệp|mã>',
        {
          vi: 'tệp chuyển đơn vị (cũ → mới từ một ngày hiệu lực, vd. kon-ray-2025-mapping; lặp lại được): xếp số liệu vào các đơn vị đang có hiệu lực vào ngày báo cáo; đơn vị không còn hiệu lực mà không được chuyển thì bị loại (unit_not_in_force). Không có: xếp theo đơn vị như đã ghi',
          en: 'unit-mapping file (old → new from an effective date, e.g. kon-ray-2025-mapping; repeatable): place the data on the units in force on the report date; a unit no longer in force that no entry carries over is left out (unit_not_in_force). Without it: units as recorded',
        },
      ],
      [
        '--population <tệp>',
        {
          vi: 'bảng dân số theo đơn vị (JSON, CSV hoặc XLSX: cột Tỉnh, Huyện, Xã, Thôn và một cột số cho mỗi nhóm dân số)',
          en: 'population table per unit (JSON, CSV or XLSX: Tỉnh, Huyện, Xã, Thôn columns and a count column per population)',
        },
      ],
      [
        '--submitted <năm,…>',
        {
          vi: 'các năm đã gửi báo cáo (vd. 2022,2023; none: chưa gửi năm nào); khi có, hạn đã qua mà chưa gửi được liệt kê là quá hạn',
          en: 'years whose report was sent (e.g. 2022,2023; none: none yet); with it, past deadlines not sent are listed as overdue',
        },
      ],
      [
        '--format md|html|csv|json|xlsx',
        { vi: 'định dạng báo cáo (mặc định md; xlsx cần --out)', en: 'report format (default md; xlsx needs --out)' },
      ],
      ['--out <tệp>', { vi: 'ghi ra tệp', en: 'write to a file' }],
      [
        '--annex <tệp.html|tệp.xlsx>',
        {
          vi: 'ghi danh sách công nhận theo mẫu (STT, họ và tên, năm sinh, thôn, đơn vị, tổng điểm), theo từng xã, xếp theo tên',
          en: 'write the recognition annex (no., name, year of birth, village, unit, total), per commune, sorted by given name',
        },
      ],
    ],
  },
  docs: {
    usage: 'cdht docs <bộ-tiêu-chí…> --out <thư-mục> [--format md|html]',
    summary: { vi: 'sinh tài liệu cho bộ tiêu chí', en: 'generate documentation for frameworks' },
    options: [
      ['--out <thư-mục>', { vi: 'thư mục kết quả', en: 'output folder' }],
      ['--format md|html', { vi: 'định dạng (mặc định md)', en: 'format (default md)' }],
      CRITERIA,
      NO_BUNDLED,
    ],
  },
  diff: {
    usage: 'cdht diff <cũ> <mới>',
    summary: {
      vi: 'những gì thay đổi giữa hai phiên bản bộ tiêu chí, bằng lời',
      en: 'what changed between two framework versions, in words',
    },
    options: [['--json', { vi: 'danh sách thay đổi dạng JSON', en: 'changes as JSON' }], CRITERIA, NO_BUNDLED],
  },
  init: {
    usage: 'cdht init <id-mới> --extends <id>',
    summary: {
      vi: 'tạo khung bộ tiêu chí địa phương kế thừa bộ chính thức',
      en: 'scaffold a local framework that adapts an official one',
    },
    options: [
      ['--extends <id>', { vi: 'bộ tiêu chí gốc (vd. cdht-household)', en: 'parent framework (e.g. cdht-household)' }],
      [
        '--out <tệp>',
        { vi: 'đường dẫn tệp (mặc định <id-mới>/1.0.0.json)', en: 'file path (default <new-id>/1.0.0.json)' },
      ],
      ['--force', { vi: 'ghi đè tệp đã có', en: 'overwrite an existing file' }],
      CRITERIA,
      NO_BUNDLED,
    ],
  },
  schema: {
    usage: 'cdht schema <bộ-tiêu-chí>',
    summary: {
      vi: 'JSON Schema của minh chứng theo bộ tiêu chí (cho biểu mẫu, API)',
      en: 'JSON Schema of a framework’s evidence (for forms and APIs)',
    },
    options: [
      [
        '--scope record|data',
        { vi: 'cả hồ sơ (mặc định) hay chỉ phần data', en: 'whole record (default) or data only' },
      ],
      ['--version <x.y.z>', { vi: 'phiên bản (mặc định: cao nhất)', en: 'version (default: highest)' }],
      CRITERIA,
      NO_BUNDLED,
    ],
  },
  compile: {
    usage: 'cdht compile <bộ-tiêu-chí> [--out <tệp>] [--criteria <tệp|thư mục>] [--no-bundled]',
    summary: {
      vi: 'biên dịch trước một bộ tiêu chí thành mô-đun JavaScript chấm điểm độc lập (không cần eval)',
      en: 'compile a framework ahead of time to a standalone JavaScript scoring module (no eval needed)',
    },
    options: [
      [
        '--out <tệp>',
        {
          vi: 'tệp ghi ra (mặc định scorer-<mã>-<phiên bản>.mjs)',
          en: 'file to write (default scorer-<id>-<version>.mjs)',
        },
      ],
      [
        '--runtime <mô-đun>',
        {
          vi: 'nơi mô-đun nhập phần chạy (mặc định cdht/aot-runtime)',
          en: 'where the module imports its runtime from (default cdht/aot-runtime)',
        },
      ],
      CRITERIA,
      NO_BUNDLED,
    ],
  },
  test: {
    usage: 'cdht test <tệp-ca…> [--criteria <tệp|thư mục>] [--no-bundled]',
    summary: {
      vi: 'chạy ca kiểm thử, báo chỉ số và kết quả danh hiệu chưa được thử',
      en: 'run criteria test cases; report outcomes never exercised',
    },
    options: [['--json', { vi: 'kết quả dạng JSON', en: 'JSON output' }], CRITERIA, NO_BUNDLED],
  },
  list: {
    usage: 'cdht list [--json]',
    summary: {
      vi: 'liệt kê bộ tiêu chí và kế hoạch có sẵn và đã nạp: phiên bản, nhóm, văn bản, hiệu lực',
      en: 'list bundled and loaded frameworks and plans: version, group, source, dates',
    },
    options: [
      ['--json', { vi: 'kết quả dạng JSON', en: 'JSON output' }],
      CRITERIA,
      NO_BUNDLED,
      ['--plan <tệp>', { vi: 'thêm kế hoạch của bạn (lặp lại được)', en: 'add your plan (repeatable)' }],
    ],
  },
  demo: {
    usage: 'cdht demo',
    summary: { vi: 'chạy thử với dữ liệu mẫu huyện Kon Rẫy', en: 'run on the Kon Rẫy sample data' },
    options: [],
  },
};

const GLOBAL: readonly (readonly [string, Text])[] = [
  ['--lang vi|en', { vi: 'ngôn ngữ thông báo (mặc định vi)', en: 'message language (default vi)' }],
  [
    '--plugin <mô-đun>',
    {
      vi: 'nạp plugin (đường dẫn hoặc tên gói; lặp lại được)',
      en: 'load a plugin (path or package; repeatable)',
    },
  ],
  ['--help, -h', { vi: 'trợ giúp', en: 'help' }],
  ['--version', { vi: 'phiên bản', en: 'version' }],
];

function optionLines(options: readonly (readonly [string, Text])[], lang: Locale): string[] {
  const width = Math.max(0, ...options.map(([o]) => o.length)) + 2;
  return options.map(([o, t]) => `  ${o.padEnd(width)}${t[lang]}`);
}

/**
 * The usage line of a command, in the chosen language's words.
 *
 * @param command - command name
 * @param lang - language
 * @returns e.g. `cdht diff <cũ> <mới>`
 */
export function usageLine(command: string, lang: Locale): string {
  const help = COMMANDS[command];
  if (!help) return 'cdht <lệnh> [tuỳ chọn]';
  return lang === 'vi' ? help.usage : englishUsage(help.usage);
}

const WORDS: Readonly<Record<string, string>> = {
  'tệp|thư mục…': 'files|dirs…',
  'tệp|thư mục|mã': 'file|dir|id',
  'tệp|mã': 'file|id',
  'tệp|thư mục': 'file|dir',
  'minh-chứng': 'evidence',
  'kế-hoạch': 'plan',
  'kết-quả…': 'evaluations…',
  'bộ-tiêu-chí…': 'criteria…',
  'bộ-tiêu-chí': 'framework',
  'thư-mục': 'dir',
  cũ: 'old',
  mới: 'new',
  'id-mới': 'new-id',
  'tệp-ca…': 'case-files…',
  cấp: 'level',
  tệp: 'file',
  lệnh: 'command',
  'tuỳ chọn': 'options',
  'mô-đun': 'module',
};

function englishUsage(text: string): string {
  return text.replace(/<([^>]+)>/g, (all, word: string) => (WORDS[word] ? `<${WORDS[word]}>` : all));
}

/**
 * The help of one command, or of `cdht` itself when no command is given.
 *
 * @param lang - language
 * @param command - a command name, or undefined for the overview
 * @param version - the package version, shown in the overview
 * @returns the help text
 */
export function helpText(lang: Locale, command?: string, version = ''): string {
  const en = lang === 'en';
  const help = command === undefined ? undefined : COMMANDS[command];
  if (help) {
    const opts = help.options.map(([o, t]) => [en ? englishUsage(o) : o, t] as const);
    return [
      `${en ? 'Usage' : 'Cách dùng'}: ${usageLine(command ?? '', lang)}`,
      '',
      help.summary[lang],
      '',
      ...(opts.length ? [en ? 'Options:' : 'Tuỳ chọn:', ...optionLines(opts, lang)] : []),
    ].join('\n');
  }
  const names = Object.keys(COMMANDS);
  const width = Math.max(...names.map((n) => n.length)) + 2;
  return [
    en
      ? `cdht ${version} — Learning Citizen criteria, evaluation and targets`
      : `cdht ${version} — bộ tiêu chí, đánh giá và chỉ tiêu Công dân học tập`,
    '',
    `${en ? 'Usage' : 'Cách dùng'}: ${en ? 'cdht <command> [options]' : 'cdht <lệnh> [tuỳ chọn]'}`,
    '',
    en ? 'Commands:' : 'Các lệnh:',
    ...names.map((n) => `  ${n.padEnd(width)}${COMMANDS[n]?.summary[lang] ?? ''}`),
    '',
    en ? 'Global options:' : 'Tuỳ chọn chung:',
    ...optionLines(
      GLOBAL.map(([o, t]) => [en ? englishUsage(o) : o, t] as const),
      lang,
    ),
    '',
    en
      ? 'Exit codes: 0 ok, 1 problems found, 2 usage error. `cdht <command> --help` for details.'
      : 'Mã thoát: 0 không có vấn đề, 1 có vấn đề, 2 dùng sai lệnh. Xem chi tiết: cdht <lệnh> --help.',
  ].join('\n');
}
