// The demo page: two forms (art-18.c, art-16.b) and a zone summary of a register evaluated in the
// browser by the package's web build, served at ./pkg/. The register is read from a local file
// (never uploaded) or fetched from ./examples/ on the same origin. Plain ES module, no dependencies, no inline code (the page runs under
// a strict Content-Security-Policy). Everything is written with textContent, never as HTML.

import init, { ambiguities, implMeasuresDeadline, jointMeetings, labels, rulebook, validate, zoneSummary } from './pkg/devzone_rules_wasm.js';

const LANGS = ['zh', 'ko', 'en'];
const HTML_LANG = { zh: 'zh-Hans', ko: 'ko', en: 'en' };
const EXAMPLE_REGISTER = './examples/yanbian-register.json';

/** The page's own labels. The answers come from the engine in the chosen language. */
const T = {
  en: {
    pageTitle: 'Development zone rules',
    title: 'Development zone rules',
    subtitle: 'Checks against the Yanbian Prefecture opinions on the reform and innovative development of development zones.',
    language: 'Language',
    loading: 'Loading the rules engine…',
    ready: 'Rules engine ready.',
    loadFailed: 'The rules engine could not be loaded:',
    s1Title: 'Implementation measures deadline',
    s1Intro: "Relevant prefecture departments and each county (city) must adopt implementation measures within 6 months of the opinion's issuance. One evaluation covers one department or county.",
    issueDate: 'Issuance date',
    issueDateHint: 'Required: the date is not in the source text.',
    adoptedDate: 'Measures adopted on (optional)',
    asOf: 'As of (optional)',
    s1Hint: 'Give the adoption date, the as-of date, or both.',
    evaluate: 'Evaluate',
    s2Title: 'Joint work meetings',
    s2Intro: 'The Leading Group must hold at least 2 joint work meetings every year, starting with the first full calendar year after issuance.',
    year: 'Year checked',
    asOfYearHint: 'Leave empty to judge the year as complete.',
    meetings: 'Meeting dates, one per line',
    meetingsHint: "Format YYYY-MM-DD, optionally followed by a comma and the convener's code (e.g. 2021-05-10,CTY.YANJI). Without a code the Leading Group (ACT.LG) is assumed; only its meetings count.",
    spread: 'Require a meeting in each half-year (parameter meetingsRequireSpread, AMB-31)',
    meetingsComplete: 'These are all the meetings of the year (with none listed: none was held). Unticked, an empty list is answered as “unknown (no information)”.',
    meetingsPlaceholder: 'Example only, not data:\n2020-03-01\n2020-11-01',
    privacy: 'Everything is computed in this browser (WebAssembly); nothing is sent anywhere.',
    error: 'Error',
    errorCode: 'Code',
    errorPath: 'Field',
    errorHelp: 'Help',
    errorExpected: 'Expected',
    errorGot: 'Given',
    errorProblems: 'Problems found: {count}',
    badDate: '“{field}” holds an incomplete or impossible date.',
    badNumber: '“{field}” is not a number.',
    s3Title: 'Zone summary',
    s3Intro: 'Load a zone register (JSON), pick a zone and a date: every finding of the zone checks, and what the zone may do this year.',
    registerFile: 'Register file (JSON)',
    registerFileHint: 'The file is read in this browser; nothing is uploaded.',
    or: 'or',
    useExample: 'Use the example register',
    exampleName: 'the example register',
    noRegister: 'No register loaded yet.',
    readingRegister: 'Reading {name}…',
    loadedRegister: 'Loaded {name}: {zones} zones, {counties} counties (cities).',
    zone: 'Zone',
    asOfRequired: 'As of',
    showSummary: 'Show summary',
    notJson: '{name} is not valid JSON: {detail}',
    tooLarge: '{name} is {size} bytes: a register may be at most 33,554,432 bytes (32 MiB) of JSON',
    exampleFetchFailed: 'The example register could not be fetched: {detail}',
    noZones: 'The register lists no zones.',
    s4Title: 'Open questions of the text (ambiguity register)',
    s4Intro: 'Where the words of the opinion leave a choice, the rules engine says which reading it applies. Every AMB number in an answer above links to its entry here.',
    exampleNotice:
      'Note: this is computed from the example register. It is an example that contains made-up records (marked [illustrative] below), not official data; its description is under “About this register”.',
    aboutRegister: 'About this register',
    registerIssueDate: 'Issue date: {date}',
    registerIssueDateHypothetical: 'Issue date: {date} (hypothetical)',
    noDescription: 'The register has no description.',
  },
  zh: {
    pageTitle: '开发区规则核查',
    title: '开发区规则核查',
    subtitle: '依据延边州关于促进开发区改革和创新发展的意见进行核查。',
    language: '语言',
    loading: '正在加载规则引擎…',
    ready: '规则引擎已就绪。',
    loadFailed: '规则引擎加载失败:',
    s1Title: '落实措施期限',
    s1Intro: '州直有关部门、各县(市)须自意见印发之日起6个月内制定落实措施。每次评估针对一个部门或县(市)。',
    issueDate: '印发日期',
    issueDateHint: '必填:原文未载明印发日期。',
    adoptedDate: '落实措施制定日期(可选)',
    asOf: '评估基准日(可选)',
    s1Hint: '请填写制定日期、评估基准日,或两者都填。',
    evaluate: '评估',
    s2Title: '联席工作会议',
    s2Intro: '领导小组每年须召开2次以上联席工作会议,自印发后的第一个完整日历年度起适用。',
    year: '核查年度',
    asOfYearHint: '留空则按全年已结束判断。',
    meetings: '会议日期(每行一个)',
    meetingsHint: '格式为 YYYY-MM-DD,可在逗号后附召集单位代码(如 2021-05-10,CTY.YANJI)。未填代码视为领导小组(ACT.LG)召开;只计入领导小组召开的会议。',
    spread: '要求上下半年各至少召开一次(参数 meetingsRequireSpread,AMB-31)',
    meetingsComplete: '以上是该年全部会议(未填任何会议即表示一次也未召开)。不勾选时,未填会议按“情况不明”作答。',
    meetingsPlaceholder: '仅为示例,不是数据:\n2020-03-01\n2020-11-01',
    privacy: '全部计算均在本浏览器内完成(WebAssembly),不向任何地方发送数据。',
    error: '错误',
    errorCode: '代码',
    errorPath: '字段',
    errorHelp: '提示',
    errorExpected: '应为',
    errorGot: '实际',
    errorProblems: '发现 {count} 个问题',
    badDate: '“{field}”中的日期不完整或不存在。',
    badNumber: '“{field}”不是数字。',
    s3Title: '开发区综合情况',
    s3Intro: '载入开发区登记册(JSON),选择开发区和日期:显示该开发区的全部核查结论,以及本年度能否扩区、调区、升级等。',
    registerFile: '登记册文件(JSON)',
    registerFileHint: '文件仅在本浏览器内读取,不会上传。',
    or: '或',
    useExample: '使用示例登记册',
    exampleName: '示例登记册',
    noRegister: '尚未载入登记册。',
    readingRegister: '正在读取{name}…',
    loadedRegister: '已载入{name}:{zones} 个开发区,{counties} 个县(市)。',
    zone: '开发区',
    asOfRequired: '评估基准日',
    showSummary: '查看综合情况',
    notJson: '{name}不是有效的 JSON:{detail}',
    tooLarge: '{name}有{size}字节:登记册的 JSON 最多 33,554,432 字节(32 MiB)',
    exampleFetchFailed: '无法获取示例登记册:{detail}',
    exampleNotice: '注意:以下结果依据示例登记册计算。该登记册是示例,含虚构记录(结果中标有[示例]),不是官方数据;其说明见“关于此登记册”。',
    aboutRegister: '关于此登记册',
    registerIssueDate: '印发日期:{date}',
    registerIssueDateHypothetical: '印发日期:{date}(假设值)',
    noDescription: '此登记册没有说明。',
    exampleDescription:
      '这是 devzone-rules 的示例登记册(docs/example-register.md 逐条说明)。取自公开资料的事实:延边 8 个县(市)和其中 12 个开发区的名称、级别、类型、所在县(市)、状态和管理机构。这些资料来自二手来源,不是官方名单,正式使用前须与吉林省、延边州官方网站核对。虚构内容(非真实):印发日期 2019-06-01(规则目录的假设日期,未找到真实的印发日期);编号以 ILLUS- 开头的 3 个开发区;全部考核、环保基础设施、统计、撤销、整改、会议、土地评价和工业用地再利用记录(备注均以 ILLUSTRATIVE: 开头)。排名按 88 个参加排名的开发区计算,结果在次年 9 月公布,与吉林省 2020 年考核相同。',
    originalDescription: '登记册文件中的说明原文(英文):',
    noZones: '登记册中没有开发区。',
    s4Title: '原文未明之处(歧义登记)',
    s4Intro: '凡意见原文留有选择余地之处,规则引擎都说明所采用的理解。上方答复中的每个 AMB 编号都链接到这里的相应条目。',
  },
  ko: {
    pageTitle: '개발구 규칙 점검',
    title: '개발구 규칙 점검',
    subtitle: '《전 주 개발구의 개혁과 혁신발전을 촉진할 데 관한 의견》에 따라 점검합니다.',
    language: '언어',
    loading: '규칙 엔진을 불러오는 중…',
    ready: '규칙 엔진이 준비되였습니다.',
    loadFailed: '규칙 엔진을 불러오지 못했습니다:',
    s1Title: '락착조치 기한',
    s1Intro: '주 직속 관련 부문과 각 현(시)은 의견 인쇄발행일로부터 6개월 내에 락착조치를 제정하여야 합니다. 한 번의 평가는 한 부문 또는 현(시)을 대상으로 합니다.',
    issueDate: '인쇄발행일',
    issueDateHint: '필수: 원문에 인쇄발행일이 기재되여 있지 않습니다.',
    adoptedDate: '락착조치 제정일(선택)',
    asOf: '평가 기준일(선택)',
    s1Hint: '제정일, 평가 기준일 또는 둘 다 입력하십시오.',
    evaluate: '평가하기',
    s2Title: '련석사업회의',
    s2Intro: '령도소조는 매년 2회 이상 련석사업회의를 소집하여야 하며, 인쇄발행 후 첫 번째 완전한 력년부터 적용됩니다.',
    year: '점검 년도',
    asOfYearHint: '비워 두면 해당 년도가 끝난 것으로 판단합니다.',
    meetings: '회의 날자(한 줄에 하나)',
    meetingsHint: '형식은 YYYY-MM-DD이며, 쉼표 뒤에 소집 주체 코드를 덧붙일 수 있습니다(례: 2021-05-10,CTY.YANJI). 코드가 없으면 령도소조(ACT.LG)가 소집한 것으로 보며, 령도소조가 소집한 회의만 산입합니다.',
    spread: '상·하반기 각 1회 이상 요구(매개변수 meetingsRequireSpread, AMB-31)',
    meetingsComplete: '이것이 그해의 모든 회의입니다(회의를 하나도 적지 않으면 한 번도 소집하지 않았다는 뜻입니다). 선택하지 않으면 빈 목록은 ‘정황 불명’으로 답합니다.',
    meetingsPlaceholder: '실례일 뿐 자료가 아님:\n2020-03-01\n2020-11-01',
    privacy: '모든 계산은 이 브라우저 안에서(WebAssembly) 이루어지며 어떤 자료도 전송되지 않습니다.',
    error: '오류',
    errorCode: '코드',
    errorPath: '항목',
    errorHelp: '도움말',
    errorExpected: '기대',
    errorGot: '입력',
    errorProblems: '발견된 문제: {count}개',
    badDate: '“{field}”의 날자가 불완전하거나 존재하지 않습니다.',
    badNumber: '“{field}” 항목은 수자가 아닙니다.',
    s3Title: '개발구 종합 현황',
    s3Intro: '개발구 등록부(JSON)를 불러와 개발구와 날자를 선택하십시오. 해당 개발구의 모든 점검 결과와 올해 구역 확장·조정·승격 등의 가능 여부를 보여 줍니다.',
    registerFile: '등록부 파일(JSON)',
    registerFileHint: '파일은 이 브라우저 안에서만 읽으며 업로드되지 않습니다.',
    or: '또는',
    useExample: '실례 등록부 사용',
    exampleName: '실례 등록부',
    noRegister: '아직 불러온 등록부가 없습니다.',
    readingRegister: '{name} 읽는 중…',
    loadedRegister: '{name} 불러옴: 개발구 {zones}곳, 현(시) {counties}곳.',
    zone: '개발구',
    asOfRequired: '평가 기준일',
    showSummary: '종합 현황 보기',
    notJson: '“{name}” 파일은 올바른 JSON이 아닙니다: {detail}',
    tooLarge: '“{name}” 파일은 {size}바이트입니다. 등록부 JSON은 최대 33,554,432바이트(32 MiB)입니다',
    exampleFetchFailed: '실례 등록부를 가져오지 못했습니다: {detail}',
    exampleNotice:
      '주의: 아래 결과는 실례 등록부로 계산한 것입니다. 이 등록부는 실례이며 가공의 기록(결과에 [실례]로 표시)을 포함하므로 공식 자료가 아닙니다. 설명은 ‘이 등록부에 대하여’에서 볼 수 있습니다.',
    aboutRegister: '이 등록부에 대하여',
    registerIssueDate: '인쇄발행일: {date}',
    registerIssueDateHypothetical: '인쇄발행일: {date}(가정한 날자)',
    noDescription: '이 등록부에는 설명이 없습니다.',
    exampleDescription:
      '이것은 devzone-rules의 실례 등록부입니다(docs/example-register.md에서 항목마다 설명합니다). 공개 자료에서 찾은 사실: 연변의 8개 현(시)과 그중 12개 개발구의 명칭, 급별, 류형, 소속 현(시), 상태와 관리기구입니다. 이 자료는 2차 자료에서 가져온 것으로 공식 명단이 아니므로 실제로 사용하기 전에 길림성과 연변주의 공식 사이트에서 확인하여야 합니다. 가공한 내용(사실이 아님): 인쇄발행일 2019-06-01(규칙 목록의 가정한 날자이며 실제 인쇄발행일은 찾지 못했습니다), 번호가 ILLUS-로 시작하는 3개 개발구, 모든 심사평가·환경보호 기초시설·통계·철회·정돈·회의·토지 평가·공업용지 재리용 기록(비고가 모두 ILLUSTRATIVE:로 시작합니다). 순위는 88개 개발구가 순위에 든 것으로 하고 결과는 이듬해 9월에 공포한 것으로 하였습니다. 길림성의 2020년 심사평가와 같습니다.',
    originalDescription: '등록부 파일에 적힌 설명 원문(영문):',
    noZones: '등록부에 개발구가 없습니다.',
    s4Title: '원문이 불명확한 점(모호성 등록)',
    s4Intro: '의견 원문이 선택의 여지를 남기는 곳마다 규칙 엔진은 어떤 해석을 적용하는지 밝힙니다. 위의 답변에 나오는 AMB 번호는 모두 여기의 해당 항목으로 이어집니다.',
  },
};

/**
 * The words of the answers come from the core (`labels(lang)`, the same the CLI prints), never from
 * the page: these keys of `t()` are looked up there.
 */
const CORE = {
  outcome: (w) => w.phrases.OUTCOME,
  due: (w) => w.fields.due,
  unadjustedDue: (w) => w.fields.unadjustedDue,
  daysLate: (w) => w.fields.daysLate,
  daysOverdue: (w) => w.fields.daysOverdue,
  daysRemaining: (w) => w.fields.daysRemaining,
  reasons: (w) => w.phrases.REASONS,
  needsHuman: (w) => w.phrases.NEEDS_HUMAN,
  clause: (w) => w.phrases.CLAUSE,
  quote: (w) => w.phrases.ORIGINAL,
  rendering: (w) => w.phrases.RENDERING,
  paramsUsed: (w) => w.phrases.PARAMS_USED,
  citation: (w) => w.phrases.CITATION,
  rulebook: (w) => w.phrases.RULEBOOK_VERSION,
  sourceHash: (w) => w.phrases.SOURCE_SHA256,
  ambiguities: (w) => w.phrases.AMBIGUITIES,
  s4Title: (w) => w.phrases.AMB_REGISTER_TITLE,
  ambRules: (w) => w.phrases.AMB_RULES,
  ambQuestion: (w) => w.phrases.AMB_QUESTION,
  ambReading: (w) => w.phrases.AMB_READING,
  ambAlternatives: (w) => w.phrases.AMB_ALTERNATIVES,
  ambWhy: (w) => w.phrases.AMB_WHY,
  ambParams: (w) => w.phrases.AMB_PARAMS,
  ambDeparts: (w) => w.phrases.AMB_DEPARTS,
  resultYear: (w) => w.fields.year,
  firstYear: (w) => w.fields.firstApplicableYear,
  countRequired: (w) => `${w.fields.count} / ${w.fields.required}`,
  countedDates: (w) => w.fields.counted,
  firstHalf: (w) => w.fields.firstHalf,
  secondHalf: (w) => w.fields.secondHalf,
  yearComplete: (w) => w.fields.yearComplete,
  yes: (w) => w.phrases.YES,
  no: (w) => w.phrases.NO,
  none: (w) => w.phrases.NONE,
  zoneName: (w) => w.fields.zoneId,
  summaryAsOf: (w) => capitalized(w.phrases.AS_OF),
  assessmentYear: (w) => w.phrases.ASSESSMENT_YEAR,
  action: (w) => w.phrases.ACTION,
  decidedBy: (w) => w.phrases.DECIDED_BY,
  allowedCol: (w) => w.phrases.UNDER_THIS_OPINION,
  allowedYes: (w) => w.enums.PermissionStatus.NOT_BARRED,
  allowedNo: (w) => w.enums.PermissionStatus.BARRED,
  allowedReview: (w) => w.enums.PermissionStatus.NEEDS_HUMAN,
  allowedNotSupported: (w) => w.enums.PermissionStatus.NOT_SUPPORTED,
  findings: (w) => w.phrases.FINDINGS,
  illustrative: (w) => w.phrases.ILLUSTRATIVE,
};

const state = {
  lang: 'en',
  ready: false,
  /** `rulebook()` once the engine is loaded. */
  book: null,
  /** `labels(lang)` of the engine for the current language, once it is loaded. */
  words: null,
  /** The last successfully evaluated input per section, re-evaluated when the language changes. */
  last: { 18: null, 16: null, zone: null },
  /** The register loaded for the zone summary (already accepted by the engine), and its source. */
  register: null,
  /** `{ example: true }` or `{ file: name }`, for the "loaded" line; `{ reading: … }` while reading. */
  registerSource: null,
};

const $ = (sel) => {
  const el = document.querySelector(sel);
  if (!el) throw new Error(`page element ${sel} is missing`);
  return el;
};

/** Builds an element; children are nodes or text (never parsed as HTML). */
function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k === 'dataset') Object.assign(el.dataset, v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === undefined || c === null || c === false) continue;
    el.append(c instanceof Node ? c : String(c));
  }
  return el;
}

/** A word of the page: the engine's (`CORE`) once it is loaded, else the page's own (`T`). */
const t = (key) =>
  key in CORE && state.words ? CORE[key](state.words) : (T[state.lang][key] ?? T.en[key] ?? key);
/** The first letter in upper case (an English label used as a caption). */
const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const fill = (text, args) => text.replace(/\{(\w+)\}/g, (m, k) => (k in args ? String(args[k]) : m));

// ---------------------------------------------------------------- language

function pickInitialLang() {
  try {
    const saved = localStorage.getItem('devzone-rules.lang');
    if (LANGS.includes(saved)) return saved;
  } catch {
    // Storage may be unavailable (private mode, file://): fall back to the browser's languages.
  }
  for (const l of navigator.languages ?? []) {
    const base = String(l).toLowerCase().split('-')[0];
    if (LANGS.includes(base)) return base;
  }
  return 'en';
}

function applyLabels() {
  if (state.ready) state.words = labels(state.lang);
  document.documentElement.lang = HTML_LANG[state.lang];
  document.title = t('pageTitle');
  for (const el of document.querySelectorAll('[data-i18n]')) {
    el.replaceChildren(...withAmbLinks(t(el.dataset.i18n)));
  }
  // The placeholder says it is an example, so that it is not taken for data.
  $('#m-meetings').placeholder = t('meetingsPlaceholder');
  const status = $('#status');
  if (status.dataset.state === 'ready') status.textContent = t('ready');
  renderRulebookInfo();
  renderAmbiguities();
  renderRegisterLine();
  renderZoneOptions();
  for (const input of document.querySelectorAll('input[name="lang"]')) {
    input.checked = input.value === state.lang;
  }
}

/** Footer: which rulebook the engine carries. */
function renderRulebookInfo() {
  if (!state.book) return;
  $('#rulebook-info').replaceChildren(
    `${t('rulebook')}: `,
    h('span', { dataset: { field: 'rulebookVersion' } }, state.book.version),
    ` · ${t('sourceHash')}: `,
    h('code', { class: 'hash', title: state.book.sourceSha256 }, `${state.book.sourceSha256.slice(0, 16)}…`),
  );
}

function setLang(lang) {
  if (!LANGS.includes(lang)) return;
  state.lang = lang;
  try {
    localStorage.setItem('devzone-rules.lang', lang);
  } catch {
    // Not remembering the choice is fine.
  }
  applyLabels();
  if (!state.ready) return;
  // Answers are rendered by the engine in one language: ask again in the new one.
  for (const section of [SECTIONS[18], SECTIONS[16], SECTIONS.zone]) {
    const input = state.last[section.id];
    if (input) runSection(section, input);
    else if (section === SECTIONS.zone && state.register && !section.lastError) {
      // The register's notice and description, shown before any summary.
      section.resultBox.replaceChildren(...registerNotes());
    } else section.relabelError();
  }
}

// ---------------------------------------------------------------- form reading

/** A field the browser itself cannot read; its message follows the page language. */
class PageInputError extends Error {
  constructor(key, input) {
    super(key);
    this.key = key;
    this.input = input;
  }

  localized() {
    return fill(t(this.key), { field: labelText(this.input) });
  }
}

/** A problem the page finds itself (a file that is not JSON, …); its message follows the page language. */
class PageMessageError extends Error {
  constructor(key, args = {}) {
    super(key);
    this.key = key;
    this.args = args;
  }

  localized() {
    const args = Object.fromEntries(Object.entries(this.args).map(([k, v]) => [k, typeof v === 'function' ? v() : v]));
    return fill(t(this.key), args);
  }
}

function labelText(input) {
  return input.labels?.[0]?.textContent?.trim() ?? input.name;
}

/** A `type="date"` value, or undefined when empty. A date the browser cannot read is an error. */
function dateValue(input) {
  if (input.validity.badInput) {
    throw new PageInputError('badDate', input);
  }
  return input.value === '' ? undefined : input.value;
}

function yearValue(input) {
  if (input.validity.badInput) {
    throw new PageInputError('badNumber', input);
  }
  // Passed as a number; the engine reports fractions and out-of-range years.
  return input.value.trim() === '' ? undefined : Number(input.value);
}

/** Meeting lines: `YYYY-MM-DD` or `YYYY-MM-DD,CONVENER`. Dates go to the engine as typed. */
function parseMeetings(text) {
  const meetings = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '') continue;
    const comma = line.indexOf(',');
    if (comma < 0) {
      meetings.push({ date: line });
    } else {
      const date = line.slice(0, comma).trim();
      const convenedBy = line.slice(comma + 1).trim();
      meetings.push(convenedBy === '' ? { date } : { date, convenedBy });
    }
  }
  return meetings;
}

/** Drops undefined fields so the engine sees a missing field as missing. */
function compact(obj) {
  return Object.fromEntries(Object.entries(obj).filter(([, v]) => v !== undefined));
}

// ---------------------------------------------------------------- rendering

/** The page id of an ambiguity entry's element. */
const ambAnchor = (id) => `amb-${id}`;

/** A link to an entry of the ambiguity register below (opened when followed). */
function ambLink(id) {
  return h('a', { class: 'amb-link', href: `#${ambAnchor(id)}`, dataset: { amb: id } }, id);
}

/** `text` with every AMB id in it made a link to its entry; other text stays text. */
function withAmbLinks(text) {
  const parts = String(text).split(/(AMB-\d+[a-z]?)/);
  return parts.map((part, i) => (i % 2 === 1 ? ambLink(part) : part)).filter((p) => p !== '');
}

/** A list of ambiguity ids as links, or “none”. */
function ambList(ids) {
  return ids.length ? ids.map((id, i) => [i ? ', ' : null, ambLink(id)]) : t('none');
}

/** The ambiguity register in the page's language: one closed entry per id, opened by its links. */
function renderAmbiguities() {
  const box = $('#amb-list');
  if (!state.ready) return;
  const opened = new Set([...box.querySelectorAll('details[open]')].map((d) => d.dataset.amb));
  const entries = ambiguities(null, { lang: state.lang });
  box.replaceChildren(
    ...entries.map((a) =>
      h(
        'details',
        { class: 'amb-entry', id: ambAnchor(a.id), dataset: { amb: a.id }, open: opened.has(a.id) },
        h('summary', {}, h('code', { class: 'amb-id' }, a.id), ' ', h('span', { dataset: { field: 'ambQuestion' } }, a.question)),
        factList([
          ['ambRules', [a.rules.map((r, i) => [i ? ', ' : null, h('code', {}, r)]), a.scope ? [a.rules.length ? '; ' : null, a.scope] : null], 'ambRules'],
          ['ambReading', a.reading, 'ambReading'],
          ['ambAlternatives', a.alternatives, 'ambAlternatives'],
          ['ambWhy', a.why, 'ambWhy'],
          ['ambParams', a.params.length ? a.params.map((p, i) => [i ? ', ' : null, h('code', {}, p)]) : t('none'), 'ambParams'],
        ]),
        a.departs ? h('p', { class: 'amb-departs', dataset: { field: 'ambDeparts' } }, t('ambDeparts')) : null,
      ),
    ),
  );
  openFromHash();
}

/** Opens the entry the address names (`#amb-AMB-26`), as a followed link does. */
function openFromHash() {
  const id = decodeURIComponent(location.hash.slice(1));
  if (!id.startsWith('amb-')) return;
  const target = document.getElementById(id);
  if (target instanceof HTMLDetailsElement) target.open = true;
}

function factList(rows) {
  const dl = h('dl', { class: 'facts' });
  for (const [key, value, field] of rows) {
    if (value === undefined || value === null) continue;
    dl.append(h('div', { class: 'fact' }, h('dt', {}, t(key)), h('dd', { dataset: { field } }, value)));
  }
  return dl;
}

function outcomeBadge(answer) {
  return h(
    'p',
    { class: 'outcome', dataset: { outcome: answer.outcome, field: 'outcome' } },
    h('span', { class: 'outcome-caption' }, t('outcome')),
    h('span', { class: 'outcome-label', dataset: { field: 'outcomeLabel' } }, answer.outcomeLabel),
    h('code', { class: 'outcome-code' }, answer.outcome),
  );
}

function reasonList(key, reasons, field) {
  if (!reasons.length) return null;
  return [
    h('h3', {}, t(key)),
    h(
      'ol',
      { class: 'reasons', dataset: { field } },
      reasons.map((r) =>
        h('li', {}, h('span', { class: 'reason-message' }, withAmbLinks(r.message)), ' ', h('code', { class: 'reason-code' }, r.code)),
      ),
    ),
  ];
}

function clauseBlock(answer) {
  const c = answer.clause;
  return h(
    'div',
    { class: 'clause' },
    h('h3', {}, t('clause'), ' ', h('span', { lang: 'zh-Hans', dataset: { field: 'clauseHeading' } }, `${c.number} ${c.title}`)),
    h('p', { class: 'clause-caption' }, t('quote')),
    h('blockquote', { class: 'quote', lang: 'zh-Hans', cite: answer.citation, dataset: { field: 'quote' } }, c.quote),
    answer.lang === 'zh'
      ? null
      : [
          h('p', { class: 'clause-caption' }, t('rendering')),
          h('blockquote', { class: 'rendering', lang: HTML_LANG[answer.lang], dataset: { field: 'rendering' } }, c.rendering),
        ],
  );
}

function paramsBlock(answer) {
  const entries = Object.entries(answer.paramsUsed);
  return [
    h('h3', {}, t('paramsUsed')),
    h(
      'dl',
      { class: 'params', dataset: { field: 'paramsUsed' } },
      entries.map(([k, v]) => h('div', { class: 'param' }, h('dt', {}, h('code', {}, k)), h('dd', {}, h('code', {}, String(v))))),
    ),
  ];
}

function metaBlock(answer) {
  return factList([
    ['citation', h('code', {}, answer.citation), 'citation'],
    ['rulebook', answer.rulebook.version, 'rulebookVersion'],
    ['ambiguities', ambList(answer.ambiguities), 'ambiguities'],
  ]);
}

function render18(a) {
  return [
    outcomeBadge(a),
    factList([
      ['due', a.due, 'due'],
      ['unadjustedDue', a.unadjustedDue, 'unadjustedDue'],
      ['daysLate', a.daysLate, 'daysLate'],
      ['daysOverdue', a.daysOverdue, 'daysOverdue'],
      ['daysRemaining', a.daysRemaining, 'daysRemaining'],
    ]),
    reasonList('reasons', a.reasons, 'reasons'),
    reasonList('needsHuman', a.needsHuman, 'needsHuman'),
    clauseBlock(a),
    paramsBlock(a),
    metaBlock(a),
  ];
}

function render16(a) {
  return [
    outcomeBadge(a),
    factList([
      ['resultYear', a.year, 'year'],
      ['firstYear', a.firstApplicableYear, 'firstApplicableYear'],
      ['countRequired', `${a.count} / ${a.required}`, 'countRequired'],
      ['countedDates', a.counted.length ? a.counted.join(', ') : t('none'), 'counted'],
      ['yearComplete', a.yearComplete ? t('yes') : t('no'), 'yearComplete'],
    ]),
    factList([
      ['firstHalf', a.firstHalf, 'firstHalf'],
      ['secondHalf', a.secondHalf, 'secondHalf'],
    ]),
    reasonList('reasons', a.reasons, 'reasons'),
    reasonList('needsHuman', a.needsHuman, 'needsHuman'),
    clauseBlock(a),
    paramsBlock(a),
    metaBlock(a),
  ];
}

/** The form field a problem's path names (`input.meetings[1].date` → the meetings box), if any. */
function fieldFor(section, path) {
  const m = /^input\.([A-Za-z]+)/.exec(path ?? '');
  const el = m ? section.form().querySelector(`[name="${m[1]}"]`) : null;
  if (el) return el;
  return section.id === 'zone' && /^input\.register\b/.test(path ?? '') ? $('#z-file') : null;
}

/** Removes the marks of earlier problems from a section's fields. */
function clearMarks(section) {
  for (const el of section.form().querySelectorAll('[aria-invalid="true"]')) el.removeAttribute('aria-invalid');
  for (const el of section.form().querySelectorAll('.field-error')) el.remove();
}

/** Marks the field of each problem: `aria-invalid` and the problem's message under the field. */
function markFields(section, problems) {
  clearMarks(section);
  for (const p of problems) {
    const el = fieldFor(section, p.path);
    if (!el) continue;
    el.setAttribute('aria-invalid', 'true');
    const note = h('small', { class: 'field-error', dataset: { path: p.path } }, withCode(withoutPath(p.message, p.path)));
    // A field's grid has three rows (label, input, hint): the note goes in the hint's row.
    const field = el.closest('.field') ?? el.parentElement;
    (field.querySelector(':scope > .hint') ?? field).append(note);
  }
}

/** A message's `quoted` spans as code, the rest as text (the engine marks names and values so). */
function withCode(text) {
  return String(text ?? '')
    .split('`')
    .map((part, i) => (i % 2 ? h('code', {}, part) : part));
}

/** A message without the field path it starts with (`input.asOf: …`): the page marks the field. */
function withoutPath(message, path) {
  const text = String(message ?? '');
  return path && text.startsWith(`${path}: `) ? text.slice(path.length + 2) : text;
}

/** One problem's facts: code, field, expected, given, help (in the language it was asked in).
 * A help that points to the command-line tool (`devzone schema …`) is the CLI's, not the page's. */
function problemFacts(p) {
  const facts = [];
  if (p?.code) facts.push(['errorCode', h('code', {}, p.problem ? `${p.code} · ${p.problem}` : p.code), 'errorCode']);
  if (p?.path) facts.push(['errorPath', h('code', {}, p.path), 'errorPath']);
  if (p?.expected) facts.push(['errorExpected', withCode(p.expected), 'errorExpected']);
  if (p?.got) facts.push(['errorGot', h('code', {}, p.got), 'errorGot']);
  if (p?.help && !p.help.includes('`devzone ')) facts.push(['errorHelp', withCode(p.help), 'errorHelp']);
  return facts;
}

function showError(section, err) {
  const box = section.errorBox;
  box.replaceChildren();
  box.append(h('p', { class: 'error-title' }, t('error')));
  const problems = Array.isArray(err?.problems) ? err.problems : null;
  if (problems) {
    box.append(h('p', { class: 'error-message', dataset: { field: 'errorMessage' } }, fill(t('errorProblems'), { count: problems.length })));
    const list = h('ol', { class: 'problems' });
    for (const p of problems) {
      list.append(h('li', { class: 'problem', dataset: { path: p.path, problem: p.problem } }, h('p', {}, withCode(withoutPath(p.message, p.path))), factList(problemFacts(p))));
    }
    box.append(list);
    markFields(section, problems);
  } else {
    const message = typeof err?.localized === 'function' ? err.localized() : (err?.message ?? String(err));
    box.append(h('p', { class: 'error-message', dataset: { field: 'errorMessage' } }, withCode(withoutPath(message, err?.path))));
    const details = problemFacts(err);
    if (details.length) box.append(factList(details));
    if (err?.name === 'DevzoneError') markFields(section, [{ path: err.path, message: err.message }]);
    else clearMarks(section);
  }
  box.hidden = false;
  section.lastError = err;
  section.resultBox.replaceChildren();
}

function clearError(section) {
  clearMarks(section);
  section.errorBox.hidden = true;
  section.errorBox.replaceChildren();
  section.lastError = null;
}

// ---------------------------------------------------------------- zone summary

/** The badge colour of a finding: its severity, decided by the core (the same the report and the CLI show). */
const TONE = { VIOLATION: 'bad', WARNING: 'warn', REVIEW: 'human', INFO: 'info' };
const toneOf = (severity) => TONE[severity] ?? 'info';

/** A zone's name in the select: the English (Korean) name in English (Korean) when the register has one. */
function zoneOptionText(zone) {
  const local = localZoneName(zone);
  return { text: `${local ? local.name : zone.nameZh} (${zone.id})`, lang: local ? local.lang : 'zh-Hans' };
}

/** A zone's name in the page's language other than Chinese, when the register has it (`nameEn`, `nameKo`). */
function localZoneName(zone) {
  const name = state.lang === 'en' ? zone?.nameEn : state.lang === 'ko' ? zone?.nameKo : null;
  return typeof name === 'string' && name !== '' ? { name, lang: state.lang } : null;
}

function renderZoneOptions() {
  const select = $('#z-zone');
  const keep = select.value;
  const zones = state.register?.zones ?? [];
  select.replaceChildren(
    ...zones.map((zone) => {
      const { text, lang } = zoneOptionText(zone);
      return h('option', { value: zone.id, lang }, text);
    }),
  );
  if (zones.some((z) => z.id === keep)) select.value = keep;
  select.disabled = zones.length === 0;
  $('#form-zone button[type="submit"]').disabled = !(state.ready && state.register);
}

/** The line under the loader: nothing loaded, reading, or what was loaded. */
function renderRegisterLine() {
  const line = $('#z-loaded');
  const src = state.registerSource;
  if (!src) {
    line.dataset.state = 'none';
    line.textContent = t('noRegister');
    return;
  }
  const name = src.example ? t('exampleName') : src.file;
  if (src.reading) {
    line.dataset.state = 'reading';
    line.textContent = fill(t('readingRegister'), { name });
    return;
  }
  line.dataset.state = 'loaded';
  line.textContent = fill(t('loadedRegister'), {
    name,
    zones: state.register.zones.length,
    counties: Array.isArray(state.register.counties) ? state.register.counties.length : 0,
  });
}

/** A date to check a register against before a zone is chosen: its issuance date when it reads as one. */
function validationDate(register) {
  const d = register?.issueDate;
  return typeof d === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : '2000-01-01';
}

/**
 * Parses a register and lets the engine check all of it now, so that a bad file is reported
 * (with the engine's field path, e.g. `input.register.zones[3].level`) before a zone is chosen.
 */
function acceptRegister(text, source) {
  let register;
  try {
    register = JSON.parse(text);
  } catch (err) {
    throw new PageMessageError('notJson', {
      name: source.example ? () => t('exampleName') : source.file,
      detail: err?.message ?? String(err),
    });
  }
  const zones = Array.isArray(register?.zones) ? register.zones : [];
  const firstId = typeof zones[0]?.id === 'string' ? zones[0].id : '';
  try {
    zoneSummary({ register, zoneId: firstId, asOf: validationDate(register) }, { lang: state.lang });
  } catch (err) {
    if (String(err?.path ?? '').startsWith('input.register')) throw err;
    if (zones.length === 0) throw new PageMessageError('noZones');
    // Anything else concerns the zone or the date of this trial run, not the register.
  }
  if (zones.length === 0) throw new PageMessageError('noZones');
  return register;
}

let loadToken = 0;

/** The largest register file the page reads: the SDK's input limit (`limits::MAX_INPUT_BYTES`). */
const MAX_REGISTER_BYTES = 32 * 1024 * 1024;

/** Reads a register (`getText` resolves to its text) and makes it the one the summary uses. */
async function loadRegister(source, getText) {
  const section = SECTIONS.zone;
  const token = ++loadToken;
  state.registerSource = { ...source, reading: true };
  renderRegisterLine();
  let register = null;
  let error = null;
  try {
    register = acceptRegister(await getText(), source);
  } catch (err) {
    error = err;
  }
  if (token !== loadToken) return; // a later load took over
  state.last.zone = null;
  section.resultBox.replaceChildren();
  if (error) {
    state.register = null;
    state.registerSource = null;
    showError(section, error);
  } else {
    state.register = register;
    state.registerSource = source;
    clearError(section);
    // The example register's output opens with its notice at once, before any summary.
    section.resultBox.replaceChildren(...registerNotes());
  }
  renderRegisterLine();
  renderZoneOptions();
}

/**
 * What opens the zone section's output for the loaded register: for the example register, the
 * notice that it is an example with made-up records; for any register, its own description on
 * request (a closed “About this register”).
 */
function registerNotes() {
  const reg = state.register;
  if (!reg || !state.registerSource) return [];
  const description = typeof reg.description === 'string' && reg.description.trim() !== '' ? reg.description : null;
  const issue = typeof reg.issueDate === 'string' ? reg.issueDate : '';
  return [
    state.registerSource.example
      ? h('p', { class: 'example-notice', role: 'note', dataset: { field: 'exampleNotice' } }, t('exampleNotice'))
      : null,
    h(
      'details',
      { class: 'register-about', dataset: { field: 'registerAbout' } },
      h('summary', {}, t('aboutRegister')),
      h(
        'p',
        { dataset: { field: 'registerIssueDate' } },
        fill(t(reg.issueDateHypothetical === true ? 'registerIssueDateHypothetical' : 'registerIssueDate'), { date: issue }),
      ),
      // The example register's description is written in English; in Chinese and Korean the page
      // gives it in the page's language first, then the file's own words.
      ...(state.registerSource.example && description && state.lang !== 'en'
        ? [
            h('p', { class: 'register-description', dataset: { field: 'exampleDescription' } }, t('exampleDescription')),
            h('p', { class: 'register-description-original' }, t('originalDescription')),
          ]
        : []),
      h(
        'p',
        { class: 'register-description', lang: description ? 'en' : null, dataset: { field: 'registerDescription' } },
        description ?? t('noDescription'),
      ),
    ),
  ].filter(Boolean);
}

/** The marker of a finding (or a rule deciding a permission) that rests on made-up records. */
function illustrativeMark() {
  return h('span', { class: 'illustrative-mark', dataset: { field: 'illustrative' } }, t('illustrative'));
}

async function fetchExample() {
  let res;
  try {
    res = await fetch(EXAMPLE_REGISTER, { cache: 'no-cache' });
  } catch (err) {
    throw new PageMessageError('exampleFetchFailed', { detail: err?.message ?? String(err) });
  }
  if (!res.ok) throw new PageMessageError('exampleFetchFailed', { detail: `HTTP ${res.status} ${EXAMPLE_REGISTER}` });
  return res.text();
}

function permissionsTable(permissions, illustrativeRules = new Set(), zoneStatus = null) {
  // The opinion never grants an action by itself: NOT_BARRED means no clause bars it.
  // NOT_SUPPORTED: outside the support of the clause deciding it, which bars nothing.
  const verdict = (status) =>
    status === 'NOT_BARRED'
      ? ['yes', t('allowedYes')]
      : status === 'BARRED'
        ? ['no', t('allowedNo')]
        : status === 'NOT_SUPPORTED'
          ? ['unsupported', t('allowedNotSupported')]
          : ['review', t('allowedReview')];
  const actionLabel = (action) => state.words?.enums.Action[action] ?? action;
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'permissions', dataset: { field: 'permissions' } },
      h(
        'thead',
        {},
        h('tr', {}, h('th', { scope: 'col' }, t('action')), h('th', { scope: 'col' }, t('allowedCol')), h('th', { scope: 'col' }, t('decidedBy'))),
      ),
      h(
        'tbody',
        {},
        permissions.map((p) => {
          const [value, label] = verdict(p.status);
          return h(
            'tr',
            { dataset: { action: p.action } },
            h('th', { scope: 'row', dataset: { field: 'actionLabel' } }, actionLabel(p.action)),
            h('td', { dataset: { field: 'allowed' } }, h('span', { class: 'verdict', dataset: { allowed: value } }, label)),
            h(
              'td',
              { dataset: { field: 'decidedBy' } },
              p.decidedBy.length
                ? p.decidedBy.map((id, i) => [
                    i ? ', ' : null,
                    illustrativeRules.has(id) ? [illustrativeMark(), ' '] : null,
                    // The zone's status in the register (revoked, merged) in words, not its field's name.
                    id === 'register.status'
                      ? `${state.words?.phrases.REGISTER_STATUS ?? id}${zoneStatus ? ` (${state.words?.enums.ZoneStatus?.[zoneStatus] ?? zoneStatus})` : ''}`
                      : h('code', { class: 'rule-ref' }, id),
                  ])
                : '—',
            ),
          );
        }),
      ),
    ),
  );
}

function messageList(items, cls, field) {
  if (!items.length) return null;
  return h(
    'ul',
    { class: cls, dataset: { field } },
    items.map((r) => h('li', {}, h('span', { class: 'reason-message' }, withAmbLinks(r.message)), ' ', h('code', { class: 'reason-code' }, r.code))),
  );
}

function findingBlock(f, open) {
  const c = f.clause;
  const heading = [c.number, c.title].filter(Boolean).join(' ');
  return h(
    'article',
    { class: 'finding', dataset: { ruleId: f.ruleId, illustrative: f.illustrative ? 'true' : 'false' } },
    h(
      'div',
      { class: 'finding-head' },
      f.illustrative ? illustrativeMark() : null,
      h('code', { class: 'finding-rule', dataset: { field: 'ruleId' } }, f.ruleId),
      h(
        'span',
        { class: 'badge', dataset: { field: 'outcome', outcome: f.outcome, severity: f.severity, tone: toneOf(f.severity) } },
        h('span', { dataset: { field: 'outcomeLabel' } }, f.outcomeLabel),
      ),
    ),
    messageList(f.reasons, 'finding-reasons', 'reasons'),
    f.needsHuman.length
      ? h(
          'div',
          { class: 'finding-human' },
          h('p', { class: 'finding-sub' }, t('needsHuman')),
          messageList(f.needsHuman, 'finding-reasons', 'needsHuman'),
        )
      : null,
    h(
      'details',
      { class: 'finding-clause', open },
      h(
        'summary',
        {},
        t('clause'),
        heading ? [' ', h('span', { lang: 'zh-Hans' }, heading)] : null,
        ' ',
        h('code', { class: 'citation' }, f.citation),
      ),
      h('p', { class: 'clause-caption' }, t('quote')),
      h('blockquote', { class: 'quote', lang: 'zh-Hans', cite: f.citation, dataset: { field: 'quote' } }, c.quote),
      f.lang === 'zh'
        ? null
        : [
            h('p', { class: 'clause-caption' }, t('rendering')),
            h('blockquote', { class: 'rendering', lang: HTML_LANG[f.lang], dataset: { field: 'rendering' } }, c.rendering),
          ],
      f.ambiguities?.length
        ? h('p', { class: 'finding-amb', dataset: { field: 'ambiguities' } }, `${t('ambiguities')}: `, ambList(f.ambiguities))
        : null,
    ),
  );
}

function renderZone(s) {
  // Keep the clauses the reader opened when the same zone is shown again (language switch).
  const box = $('#result-zone');
  const opened = box.dataset.zoneId === s.zoneId
    ? new Set([...box.querySelectorAll('.finding-clause[open]')].map((d) => d.closest('.finding')?.dataset.ruleId))
    : new Set();
  box.dataset.zoneId = s.zoneId;
  const zone = state.register?.zones?.find((z) => z.id === s.zoneId);
  const local = localZoneName(zone);
  // A permission decided by a rule whose finding rests on made-up records shows the marker.
  const illustrativeRules = new Set(s.findings.filter((f) => f.illustrative).map((f) => f.ruleId));
  return [
    ...registerNotes(),
    h(
      'p',
      { class: 'zone-title' },
      h('span', { lang: 'zh-Hans', dataset: { field: 'zoneName' } }, s.zoneName),
      ' ',
      h('code', { class: 'rule-id', dataset: { field: 'zoneId' } }, s.zoneId),
      local ? h('span', { class: 'zone-title-en', lang: local.lang }, local.name) : null,
    ),
    factList([
      ['summaryAsOf', s.asOf, 'asOf'],
      ['assessmentYear', s.assessmentYear ?? t('none'), 'assessmentYear'],
      ['rulebook', s.rulebook.version, 'rulebookVersion'],
    ]),
    h('h3', {}, state.words ? state.words.phrases.THIS_YEAR.replace('{year}', s.asOf.slice(0, 4)) : ''),
    permissionsTable(s.permissions, illustrativeRules, s.zoneStatus),
    h('h3', {}, t('findings'), ` (${s.findings.length})`),
    h(
      'ol',
      { class: 'findings', dataset: { field: 'findings' } },
      s.findings.map((f) => h('li', {}, findingBlock(f, opened.has(f.ruleId)))),
    ),
  ];
}

// ---------------------------------------------------------------- sections

const SECTIONS = {
  18: {
    id: 18,
    form: () => $('#form-18'),
    read() {
      return compact({
        issueDate: dateValue($('#issue-date')),
        adoptedDate: dateValue($('#adopted-date')),
        asOf: dateValue($('#as-of')),
      });
    },
    options: () => ({ lang: state.lang }),
    ruleId: 'art-18.c',
    evaluate: (input, options) => implMeasuresDeadline(input, options),
    render: render18,
  },
  16: {
    id: 16,
    form: () => $('#form-16'),
    read() {
      return {
        input: compact({
          issueDate: dateValue($('#m-issue-date')),
          year: yearValue($('#m-year')),
          meetings: parseMeetings($('#m-meetings').value),
          asOf: dateValue($('#m-as-of')),
          // Only when the official says the list is complete does an empty list mean "none held".
          meetingsComplete: $('#m-complete').checked || undefined,
        }),
        params: { meetingsRequireSpread: $('#m-spread').checked },
      };
    },
    ruleId: 'art-16.b',
    problems: ({ input, params }, options) => validate('art-16.b', input, { ...options, params }),
    evaluate: ({ input, params }, options) => jointMeetings(input, { ...options, params }),
    render: render16,
  },
  zone: {
    id: 'zone',
    form: () => $('#form-zone'),
    read() {
      if (!state.register) throw new PageMessageError('noRegister');
      return compact({
        zoneId: $('#z-zone').value || undefined,
        asOf: dateValue($('#z-as-of')),
      });
    },
    // The register is the one loaded now; `input` is only the zone and the date.
    evaluate: (input, options) => zoneSummary({ register: state.register, ...input }, options),
    render: renderZone,
  },
};

for (const s of Object.values(SECTIONS)) {
  s.lastError = null;
  s.relabelError = () => {
    // Problems found by `validate` are asked for again in the new language; other errors
    // re-render their labels.
    if (s.lastError?.problems && s.lastError.input !== undefined) {
      showError(s, problemsError(s, s.lastError.input));
    } else if (s.lastError) showError(s, s.lastError);
  };
}

/** Every problem of `input` at once (`validate`), as an error the box shows, or null. */
function problemsError(section, input) {
  if (!section.ruleId) return null;
  const options = { lang: state.lang };
  const problems = section.problems ? section.problems(input, options) : validate(section.ruleId, input, options);
  return problems.length ? { problems, input } : null;
}

function runSection(section, input) {
  const found = problemsError(section, input);
  if (found) {
    delete section.resultBox.dataset.outcome;
    state.last[section.id] = null;
    showError(section, found);
    return;
  }
  try {
    const answer = section.evaluate(input, { lang: state.lang });
    clearError(section);
    section.resultBox.replaceChildren(...section.render(answer).flat().filter(Boolean));
    if (answer.outcome) section.resultBox.dataset.outcome = answer.outcome;
    else delete section.resultBox.dataset.outcome;
    state.last[section.id] = input;
  } catch (err) {
    delete section.resultBox.dataset.outcome;
    state.last[section.id] = null;
    showError(section, err);
  }
}

function onSubmit(section, event) {
  event.preventDefault();
  if (!state.ready) return;
  let input;
  try {
    input = section.read();
  } catch (err) {
    if (!(err instanceof PageInputError) && !(err instanceof PageMessageError)) throw err;
    state.last[section.id] = null;
    showError(section, err);
    return;
  }
  runSection(section, input);
}

// ---------------------------------------------------------------- start

function wire() {
  SECTIONS[18].errorBox = $('#error-18');
  SECTIONS[18].resultBox = $('#result-18');
  SECTIONS[16].errorBox = $('#error-16');
  SECTIONS[16].resultBox = $('#result-16');
  SECTIONS.zone.errorBox = $('#error-zone');
  SECTIONS.zone.resultBox = $('#result-zone');
  for (const section of Object.values(SECTIONS)) {
    section.form().addEventListener('submit', (e) => onSubmit(section, e));
  }
  const file = $('#z-file');
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen || !state.ready) return;
    // The SDK reads at most 32 MiB of JSON (docs/reliability.md); a bigger file is not read.
    const getText = chosen.size > MAX_REGISTER_BYTES
      ? () => Promise.reject(new PageMessageError('tooLarge', { name: chosen.name, size: chosen.size }))
      : () => chosen.text();
    loadRegister({ file: chosen.name }, getText);
    // Choosing the same (corrected) file again must fire `change` again.
    file.value = '';
  });
  $('#z-example').addEventListener('click', () => {
    if (state.ready) loadRegister({ example: true }, fetchExample);
  });
  // A followed link to an ambiguity entry opens it (the address change scrolls to it).
  document.addEventListener('click', (e) => {
    const link = e.target instanceof Element ? e.target.closest('a.amb-link') : null;
    const entry = link ? document.getElementById(ambAnchor(link.dataset.amb)) : null;
    if (entry instanceof HTMLDetailsElement) entry.open = true;
  });
  window.addEventListener('hashchange', openFromHash);
  for (const input of document.querySelectorAll('input[name="lang"]')) {
    input.addEventListener('change', () => {
      if (input.checked) setLang(input.value);
    });
  }
}

async function start() {
  // The engine, started by boot.js as the page began to load (compiled, streaming, while the page
  // was parsed and laid out), or here when that script is missing; it finishes while the page
  // wires its forms and writes its labels, and is awaited below, inside the try.
  const engine = window.devzoneEngine ?? init().then(() => performance.mark('devzone-init'));
  engine.catch(() => {}); // handled by the `await` below; no unhandled-rejection report meanwhile
  state.lang = pickInitialLang();
  wire();
  applyLabels();
  const status = $('#status');
  try {
    await engine; // marks `devzone-init`: compiled and instantiated (tests/bench/page.bench.mjs)
    state.book = rulebook();
    state.words = labels(state.lang);
    renderRulebookInfo();
    state.ready = true;
    renderAmbiguities();
    for (const b of document.querySelectorAll('#form-18 button[type="submit"], #form-16 button[type="submit"]')) {
      b.disabled = false;
    }
    $('#z-file').disabled = false;
    $('#z-example').disabled = false;
    renderZoneOptions();
    status.dataset.state = 'ready';
    status.textContent = t('ready');
    document.documentElement.dataset.ready = 'true';
    performance.mark('devzone-ready'); // the page can evaluate (tests/bench/page.bench.mjs)
  } catch (err) {
    status.dataset.state = 'failed';
    status.textContent = `${t('loadFailed')} ${err?.message ?? err}`;
    document.documentElement.dataset.ready = 'failed';
  }
}

start();
