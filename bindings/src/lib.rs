//! WebAssembly bindings of `devzone-rules`: the npm package `devzone-rules`.
//!
//! Thin by design: convert the JS value to JSON data, call the core's JSON boundary
//! (`devzone_rules::api`), convert the answer back to a plain JS object. Only this crate knows
//! `JsValue`. Errors are thrown as instances of the package's `DevzoneError` class
//! (`js/devzone_error.js`) carrying `code`, `problem`, `path`, `expected`, `got`, `help` and
//! `lang`, in the call's language; nothing here can trap, so the module keeps working after an
//! error.

use devzone_rules::answer::ParamsUsed;
use devzone_rules::api;
use devzone_rules::dates::IsoDate;
use devzone_rules::error::{Error, ErrorCode, Problem, Text};
use devzone_rules::limits;
use devzone_rules::tree::Tree;
use devzone_rules::Lang;
use serde::Serialize;
use wasm_bindgen::prelude::*;

/// The module's allocator: talc instead of the Rust default for wasm32 (dlmalloc). A call
/// allocates and frees dozens of small blocks (the input's tree, the register's records, the
/// answer's text); talc does that in fewer instructions (issue 12; see docs/benchmarks.md).
/// The module is single-threaded (no `atomics`), which talc's cell requires.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

// Linked for its export `__devzone_unpack`, which the packaged module's start function calls to
// unpack the module's data (`cargo xtask pkg`, xtask/wasm-pack-data.mjs); nothing here calls it.
#[cfg(target_family = "wasm")]
use devzone_unpack as _;

/// `RuleId`, `RuleInputs`, `RuleDetails`, `RuleOutcomes` and `ZoneFindingRuleId`, generated
/// from the rulebook's registry by `cargo xtask codegen` (a core test fails when the file is stale).
#[wasm_bindgen(typescript_custom_section)]
const TS_GENERATED: &'static str = include_str!("generated.d.ts");

#[wasm_bindgen(typescript_custom_section)]
const TS_API: &'static str = r#"
/** An answer: the common envelope and the rule's own fields. */
export type AnswerView<D> = Envelope & D;

/**
 * The answer of rule `R`: the envelope, with `ruleId` narrowed to `R` and `outcome` to the
 * outcomes `R` can answer (`RuleOutcomes[R]`), and the rule's own fields.
 */
export type AnswerOf<R extends RuleId> = AnswerView<RuleDetails[R]> & { ruleId: R; outcome: RuleOutcomes[R] };

/** One finding of a zone summary, discriminated by `ruleId`. */
export type ZoneFinding = { [R in ZoneFindingRuleId]: AnswerOf<R> }[ZoneFindingRuleId];

/**
 * Every error the package throws is a `DevzoneError` (`instanceof` works; so does
 * `isDevzoneError`). Its message is `"<path>: <message>"` in the call's language
 * (`options.lang`; Chinese when none); its fields are the core's error in that language. The
 * module keeps working after one.
 */
export class DevzoneError extends Error {
  constructor(message: string, payload?: { code: ErrorCode; path: string; problem?: Problem; expected?: string; got?: string; help?: string; lang?: Lang });
  name: "DevzoneError";
  /** Stable code: which part of the call is wrong (`INVALID_INPUT`, `INVALID_OPTIONS`, `UNKNOWN_RULE`, `NOT_EVALUABLE`, `OUT_OF_RANGE`; `NOT_INITIALIZED` for a web-build function called before `init()`). */
  code: ErrorCode;
  /** Stable code: what is wrong. */
  problem: Problem;
  /** Field path from the call's root, e.g. `input.meetings[1].date`; empty when none. */
  path: string;
  /** What was expected, when there is something to say. */
  expected?: string;
  /** What was given, as the caller wrote it (JSON: `"2019-02-30"`, `42`, `[…]`). */
  got?: string;
  /** How to fix it. */
  help: string;
  /** The language of `message`, `expected` and `help`. */
  lang: Lang;
}

/** One problem of an input, as `validate` lists them: a `DevzoneError`'s fields, without the `Error`. */
export interface ValidationProblem {
  code: ErrorCode;
  problem: Problem;
  path: string;
  message: string;
  expected?: string;
  got?: string;
  help: string;
  lang: Lang;
}

/**
 * Every problem of a rule's input and options at once (where `evaluate` throws at the first),
 * each with its field path, in `options.lang`: empty when `evaluate` would answer. A form can
 * mark every bad field in one pass. Never throws for bad input.
 */
export function validate<R extends RuleId>(ruleId: R, input: unknown, options?: Options): ValidationProblem[];

/** Every problem of a register (decoding, then cross-references), paths from `register`. */
export function validateRegister(register: unknown, options?: Options): ValidationProblem[];

/**
 * Whether `value` is an error the package threw: a `DevzoneError` of this copy of the package,
 * or of another (another bundle, realm or build: recognised by its name, `code` and `path`).
 */
export function isDevzoneError(value: unknown): value is DevzoneError;

/**
 * Evaluates one rule. Returns the answer envelope as a plain object.
 * @throws {DevzoneError} for bad input or options (`INVALID_INPUT`, `INVALID_OPTIONS`, naming
 * the field), an unknown id (`UNKNOWN_RULE`) or a rule of the rulebook without a function
 * (`NOT_EVALUABLE`, saying why); the module keeps working afterwards.
 */
export function evaluate<R extends RuleId>(ruleId: R, input: RuleInputs[R], options?: Options): AnswerOf<R>;

/**
 * `evaluate` of one rule on every input of an array, in one call (one crossing of the boundary
 * each way): the answers in the same order.
 * @throws {DevzoneError} for the first input that cannot be answered, its path naming the item
 * (`input[3].zoneId`).
 */
export function evaluateBatch<R extends RuleId>(ruleId: R, inputs: RuleInputs[R][], options?: Options): AnswerOf<R>[];

/**
 * An answer in brief: the outcome, its severity and the codes of the reasons and of what a
 * person must decide, in order; no messages, facts, parameters or clause. The same question's
 * `evaluate` answer has the same `ruleId`, `outcome`, `severity` and codes (`reasons[i].code`,
 * `needsHuman[i].code`): ask `evaluate` for the answers a person reads.
 */
export interface Decision<R extends RuleId = RuleId> {
  ruleId: R;
  outcome: RuleOutcomes[R];
  severity: Severity;
  reasonCodes: ReasonCode[];
  /** Empty when nothing is for a person. */
  needsHumanCodes: ReasonCode[];
}

/**
 * `evaluate` in brief (`Decision`): for checking many cases, with the full answer asked only of
 * those a person reads. `options.lang` is checked and changes nothing.
 * @throws {DevzoneError} as `evaluate`.
 */
export function decide<R extends RuleId>(ruleId: R, input: RuleInputs[R], options?: Options): Decision<R>;

/** The rules whose input holds a register: the ones a `LoadedRegister` can be asked. */
export type RegisterRuleId = { [R in RuleId]: RuleInputs[R] extends { register: Register } ? R : never }[RuleId];

/** A question asked of a loaded register: the rule's input without its `register`. */
export type Question<R extends RegisterRuleId> = Omit<RuleInputs[R], "register">;

/**
 * A register loaded once: decoded, checked and indexed by `LoadedRegister.load`, then asked any
 * number of questions without being read again. Each answer is the one `evaluate` gives for the
 * same input with the register in it. (`Register` is the register's data type; this is the
 * loaded one.) Free it with `free()` when done.
 */
export class LoadedRegister {
  private constructor();
  /**
   * Loads a register, given as an object or as JSON text.
   * @throws {DevzoneError} naming the bad field (`register.zones[3].countyId`).
   */
  static load(register: Register | string, options?: Options): LoadedRegister;
  /** `evaluate(ruleId, { ...question, register })`. @throws {DevzoneError} naming the bad field. */
  evaluate<R extends RegisterRuleId>(ruleId: R, question: Question<R>, options?: Options): AnswerOf<R>;
  /** `evaluate` on every question of an array in one call. @throws {DevzoneError} for the first bad one (`input[3].zoneId`). */
  evaluateBatch<R extends RegisterRuleId>(ruleId: R, questions: Question<R>[], options?: Options): AnswerOf<R>[];
  /** `decide(ruleId, { ...question, register })`: the answer in brief. @throws {DevzoneError} naming the bad field. */
  decide<R extends RegisterRuleId>(ruleId: R, question: Question<R>, options?: Options): Decision<R>;
  /** `decide` on every question of an array in one call. @throws {DevzoneError} for the first bad one (`input[3].zoneId`). */
  decideBatch<R extends RegisterRuleId>(ruleId: R, questions: Question<R>[], options?: Options): Decision<R>[];
  /** `zoneSummary({ ...question, register })`. */
  zoneSummary(question: Omit<ZoneSummaryInput, "register">, options?: Options): ZoneSummaryView;
  /** `report({ ...question, register })`. */
  report(question: Omit<ReportInput, "register">, options?: ReportOptions): ReportView;
  /** `obligations({ ...question, register })`. */
  obligations(question: Omit<ObligationsInput, "register">, options?: Options): ObligationsView;
  /** Frees the register's memory in the module; the object cannot be used afterwards. */
  free(): void;
}

/** art-18.c: implementation measures within 6 months of issuance. */
export function implMeasuresDeadline(input: ImplMeasuresInput, options?: Options): AnswerOf<"art-18.c">;

/** art-16.b: at least 2 joint work meetings a year. */
export function jointMeetings(input: JointMeetingsInput, options?: Options): AnswerOf<"art-16.b">;

/** art-04.d: the one-time investment-promotion reward. */
export function investmentReward(input: RewardInput, options?: Options): AnswerOf<"art-04.d">;

/** art-11.e: the 5-year grace for reusing existing industrial property. */
export function industrialReuseGrace(input: GraceInput, options?: Options): AnswerOf<"art-11.e">;

/** art-11.f: the land-transfer fee of each component of a project. */
export function landTransferFee(input: ConstructionInput, options?: Options): AnswerOf<"art-11.f">;

/** art-11.g: the urban infrastructure fee of each component of a project. */
export function infraFee(input: ConstructionInput, options?: Options): AnswerOf<"art-11.g">;

/**
 * The fee calculator: a project's fees line by line (art-11.f land-transfer fee, art-11.g urban
 * infrastructure fee), each with its component, rule, base, relief, payable and reasons, then
 * subtotals per fee and totals. Amounts are exact strings of yuan (`"150000.00"`).
 * @throws {DevzoneError} for bad input (naming the field, e.g.
 * `input.components[0].baseInfraFee: invalid amount `-1`: must not be negative`) or a total above
 * the money limit (`OUT_OF_RANGE`); the module keeps working afterwards.
 */
export function fees(input: ConstructionInput, options?: Options): FeeCalculationView;

/** Every rule of the rulebook (all 78 catalog ids), in catalog order, as `devzone rules --json` lists them. */
export function rules(): RuleView[];

/**
 * One zone of a register as of a date: every finding of the zone checks, and what the zone may
 * do this year (expand, adjust, upgrade, apply for high-tech status, be assessed).
 * @throws {DevzoneError} for a bad register (naming the field, e.g. `input.register.zones[0].level`),
 * an unknown zone or bad options; the module keeps working afterwards.
 */
export function zoneSummary(input: ZoneSummaryInput, options?: Options): ZoneSummaryView;

/** The rulebook version and the SHA-256 of the source text. */
export function rulebook(): RulebookView;

/**
 * The compliance report of a whole register as of a date: every finding of every computed rule
 * (zone checks, art-02.c per county, the duties), sorted by severity then date, grouped per
 * zone, county and agency (`findings` of a group are indices into the report's `findings`).
 * `options` may narrow it: `county`, `zone`, `agency` (a code or any name: `"图们"`,
 * `"图们经开区"`, `"商务局"`), `severity`, `rule`. `lines` merges the repeated findings for
 * review of one rule; `notes` says what each total counts.
 * @throws {DevzoneError} for a bad register or options, naming the field (an unknown or
 * ambiguous name: `options.county`, with the candidates' names in `help`).
 */
export function report(input: ReportInput, options?: ReportOptions): ReportView;

/**
 * What a name stands for: a bearer, county or zone found by its code or any of its names in
 * Chinese, Korean or English, a short form (`商务局`, `图们`, `图们经开区`, `领导小组`) or the
 * beginning of a name. `status` is `FOUND` (one match), `AMBIGUOUS` (`matches` lists the
 * candidates) or `NOT_FOUND` (`matches` lists the nearest names: did you mean…?).
 * @throws {DevzoneError} for bad input or options, naming the field.
 */
export function lookup(input: LookupInput, options?: Options): LookupView;

/**
 * What every bearer (or `input.agency`) owes as of a date: each duty with its due date, status
 * and role (AMB-29 presumed lead as metadata), what is overdue and what is due within
 * `withinDays` (default 90).
 * @throws {DevzoneError} for a bad register, an agency that bears no duty, or bad options.
 */
export function obligations(input: ObligationsInput, options?: Options): ObligationsView;

/**
 * Every dated duty and deadline from `input.from` to `input.to`, with titles in zh/ko/en.
 * @throws {DevzoneError} for a bad register, `to` before `from`, or bad options.
 */
export function calendar(input: CalendarInput, options?: Options): CalendarView;

/**
 * An answer (as `evaluate` returns it) explained in words, as `devzone eval --format text` prints
 * it: the outcome, the reasons, what a person must decide, the rule's own fields under their
 * labels, the clause quoted, the parameters used. In `lang` when given (the outcome, reasons and
 * labels come from the answer's codes, so any language works), else in the answer's own.
 * @throws {DevzoneError} `INVALID_INPUT` when `answer` is not an object, `INVALID_OPTIONS` (path
 * `lang`) for another language.
 */
export function explain(answer: AnswerView<unknown> | ZoneFinding, lang?: Lang): string;

/** The words the core shows answers with, in `lang`: phrases, the labels of the answers' fields and of the stable names the views carry. */
export interface Labels {
  lang: Lang;
  phrases: Record<Phrase, string>;
  fields: Record<string, string>;
  enums: {
    Outcome: Record<Outcome, string>;
    Severity: Record<Severity, string>;
    Action: Record<Action, string>;
    PermissionStatus: Record<PermissionStatus, string>;
    DutyStatus: Record<DutyStatus, string>;
    Role: Record<Role, string>;
    EventKind: Record<EventKind, string>;
    ZoneStatus: Record<ZoneStatus, string>;
  };
}

/**
 * The words the core shows answers with, in `lang` (the page uses them instead of its own).
 * @throws {DevzoneError} `INVALID_OPTIONS` (path `lang`) for another language.
 */
export function labels(lang: Lang): Labels;

/**
 * One entry of the ambiguity register (the open questions of the text), in `options.lang`: the
 * rules it concerns, the question, the reading the SDK applies, the alternatives, why, and the
 * parameters that choose the reading. Every `ambiguities` id of an answer or of `rules()`, and
 * every "AMB-nn" of a message, is an entry; `"amb-26"` and `"26"` are read as `"AMB-26"`.
 * @throws {DevzoneError} `INVALID_INPUT` at `id` for an id the register does not hold (its `help`
 * names the entries near it), `INVALID_OPTIONS` for a bad language.
 */
export function ambiguities(id: AmbiguityId | (string & {}), options?: Options): AmbiguityView;
/** Every entry of the ambiguity register, in register order, in `options.lang`. */
export function ambiguities(id?: null, options?: Options): AmbiguityView[];

/**
 * The same calendar as iCalendar (RFC 5545) text: CRLF lines folded at 75 octets, all-day
 * events, stable UIDs, DTSTAMP from `input.asOf` (or `from`).
 * @throws {DevzoneError} as `calendar`.
 */
export function calendarIcs(input: CalendarInput, options?: Options): string;
"#;

fn to_js<T: Serialize + ?Sized>(value: &T) -> Result<JsValue, JsValue> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| {
            js_error(
                &Error::new(ErrorCode::InvalidInput, Problem::InvalidValue, "")
                    .with_detail(Text::same(e.to_string())),
                Lang::En,
            )
        })
}

/// The language of a call's errors: its `options.lang` when that is one (even if something
/// else in the options is wrong), else Chinese.
fn lang_of(options: &JsValue) -> Lang {
    if !options.is_object() {
        return Lang::default();
    }
    js_sys::Reflect::get(options, &"lang".into())
        .ok()
        .and_then(|l| l.as_string())
        .and_then(|l| l.parse().ok())
        .unwrap_or_default()
}

#[wasm_bindgen(module = "/js/devzone_error.js")]
extern "C" {
    /// A new `DevzoneError` (the package's exported class) with `message` and every field of
    /// `payload` (the error as data).
    #[wasm_bindgen(js_name = devzoneError)]
    fn devzone_error(message: &str, payload: JsValue) -> JsValue;
}

/// The JS error for `e` in `lang`: a `DevzoneError` whose message is `path: message` and whose
/// fields are the error's view (`code`, `problem`, `path`, `expected`, `got`, `help`, `lang`).
fn js_error(e: &Error, lang: Lang) -> JsValue {
    let v = e.view(lang);
    let text = if v.path.is_empty() {
        v.message.clone()
    } else {
        format!("{}: {}", v.path, v.message)
    };
    let payload = v
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::UNDEFINED);
    devzone_error(&text, payload)
}

/// `value` as JSON text, in JS and in the module, or `None` when it is not plain JSON data.
/// The text crosses as UTF-8 written by JS into [`TEXT_IN`] when it fits (`plain_json_into`),
/// else as a string.
fn plain_json(value: &JsValue) -> Option<(JsValue, String)> {
    let mut js = None;
    let text =
        text_in(&mut |at, cap, len_at| js = Some(plain_json_into_js(value, at, cap, len_at)));
    let Some(js) = js else {
        let js = plain_json_js(value).ok()?;
        let text = js.as_string()?;
        return Some((js, text));
    };
    if js.is_undefined() {
        return None;
    }
    let text = text.or_else(|| js.as_string())?;
    Some((js, text))
}

/// The text `write` has JS write into [`TEXT_IN`] (`write(at, cap, len_at)`), or `None` when
/// JS wrote none (too long, or `write` not called: no memory known to JS yet).
fn text_in(write: &mut dyn FnMut(u32, u32, u32)) -> Option<String> {
    send_rules()?;
    let (at, cap) = TEXT_IN.with(|b| {
        Some((
            u32::try_from(b.as_ptr() as usize).ok()?,
            u32::try_from(b.len()).ok()?,
        ))
    })?;
    let len_at = TEXT_IN_LEN.with(|n| {
        n.set(-2);
        u32::try_from(n.as_ptr() as usize).ok()
    })?;
    write(at, cap, len_at);
    let n = usize::try_from(TEXT_IN_LEN.with(core::cell::Cell::get)).ok()?;
    TEXT_IN.with(|b| {
        let bytes: Vec<u8> = b.get(..n)?.iter().map(core::cell::Cell::get).collect();
        String::from_utf8(bytes).ok()
    })
}

/// How long a JSON text [`TEXT_IN`] holds (bytes): most inputs' (a question and its options, a
/// register of a few zones); a longer one crosses as a string.
const TEXT_IN_BYTES: usize = 16 * 1024;

thread_local! {
    /// Where JS writes a JSON text's UTF-8 for the module (`plain_json_into`), read right after
    /// the call that wrote it (as [`QUESTION`]).
    static TEXT_IN: [core::cell::Cell<u8>; TEXT_IN_BYTES] = const {
        [const { core::cell::Cell::new(0) }; TEXT_IN_BYTES]
    };
    /// How many bytes of [`TEXT_IN`] JS wrote, `-2` for none.
    static TEXT_IN_LEN: core::cell::Cell<i32> = const { core::cell::Cell::new(-2) };
}

/// The JSON text `JSON.stringify` writes of options of a `lang` at most, by `options_lang`'s
/// number.
const LANG_OPTIONS: [&str; 5] = [
    "null",
    r#"{"lang":"zh"}"#,
    r#"{"lang":"ko"}"#,
    r#"{"lang":"en"}"#,
    "{}",
];

thread_local! {
    /// [`LANG_OPTIONS`] as JS strings, made once (a call's [`Redo`] holds its options' text).
    static LANG_OPTIONS_JS: core::cell::OnceCell<Vec<JsValue>> = const { core::cell::OnceCell::new() };
}

/// [`plain_json`] of a call's options: options of a `lang` at most (nearly every call's) told by
/// a number instead of written by `JSON.stringify` and read across the boundary (issue 12), the
/// same text either way.
fn options_json(options: &JsValue) -> Option<(JsValue, String)> {
    let known = usize::try_from(options_lang_js(options, 0))
        .ok()
        .and_then(|i| Some((lang_options_js(i)?, String::from(*LANG_OPTIONS.get(i)?))));
    known.or_else(|| plain_json(options))
}

/// [`LANG_OPTIONS`]' text of `options_lang`'s number `i`, as a JS string.
fn lang_options_js(i: usize) -> Option<JsValue> {
    LANG_OPTIONS_JS.with(|c| {
        c.get_or_init(|| LANG_OPTIONS.iter().map(|t| JsValue::from_str(t)).collect())
            .get(i)
            .cloned()
    })
}

/// The options `options_lang`'s number `n` stands for (its numbers are [`lang_code`]'s, and `4`
/// for `{}`): their language.
fn lang_of_options(n: i32) -> Option<Lang> {
    let lang = if n == 4 {
        None
    } else {
        lang_of_code(n.into())?
    };
    Some(lang.unwrap_or(api::Options::default().lang))
}

/// A stateless question of a rule whose input is dates alone (art-02.a, art-18.c:
/// `api::date_fields`) with options of a `lang` at most, read as values by JS
/// (`dates_question`: no `JSON.stringify`, no text read across and parsed): the input's JSON
/// text (JS writes it of the values), the options' number (`options_lang`) and the dates, as
/// many as the rule's fields. `None` for anything else: the call takes its own path, which
/// answers alike or names what is wrong.
struct DatesAsked {
    text: JsValue,
    options: i32,
    dates: [Option<IsoDate>; 5],
    fields: usize,
}

impl DatesAsked {
    fn read(
        rule: devzone_rules::RuleId,
        rule_js: &JsValue,
        input: &JsValue,
        options: &JsValue,
    ) -> Option<Self> {
        // How many fields `api::date_fields` reads from this text (the JS list of them).
        let declared = api::date_fields_text(rule);
        if declared.is_empty() {
            return None;
        }
        let fields = declared.bytes().filter(|b| *b == b',').count() + 1;
        let at = question_at()?;
        let text = dates_question_js(rule_js, input, options, at);
        if !text.is_string() {
            return None;
        }
        let numbers = question_numbers();
        let (&n, days) = numbers.split_first()?;
        let mut dates = [None; 5];
        for (date, &day) in dates.get_mut(..fields)?.iter_mut().zip(days) {
            *date = date_of(day)?;
        }
        Some(Self {
            text,
            options: n,
            dates,
            fields,
        })
    }

    fn dates(&self) -> &[Option<IsoDate>] {
        self.dates.get(..self.fields).unwrap_or_default()
    }
}

/// `evaluate` (`decide`: `decide`) of a [`DatesAsked`] question. An answer is made by
/// `api::evaluate_dates_text_sharing`, its reasons deferred as on the call's own path (asked
/// again on the input's JSON text JS returned); a brief is `api::decide_dates_words`' words made
/// the `Decision` as a zone-year question's are (`numbered_brief`). Either is the JSON
/// question's (`core/tests/decisions.rs`, `tests/node/quick.test.mjs`). `None` when it is not
/// one, or fails: the call then takes its own path.
fn dates_quick(
    rule: devzone_rules::RuleId,
    rule_js: &JsValue,
    input: &JsValue,
    options: &JsValue,
    decide: bool,
) -> Option<Result<JsValue, JsValue>> {
    let asked = DatesAsked::read(rule, rule_js, input, options)?;
    let lang = lang_of_options(asked.options)?;
    if decide {
        // A brief has no language (checked as `evaluate` checks it, above).
        let words = api::decide_dates_words(rule, asked.dates()).ok()?;
        return Some(numbered_brief(&words));
    }
    let options_js = lang_options_js(usize::try_from(asked.options).ok()?)?;
    stateless(|source| {
        let mut out = sharing(true, |held| {
            api::evaluate_dates_text_sharing(rule, asked.dates(), lang, held)
        })
        .ok()?;
        if let Out::Shared(_, fresh) = &mut out {
            fresh.redo = Some(Redo {
                source: source.clone(),
                input: asked.text.clone(),
                options: options_js,
                kept: -1,
            });
        }
        out.into_js().ok().map(Ok)
    })
}

/// The tree of a plain value's JSON text ([`plain_json`]) with the JS string it was read from,
/// `None` when there is no text or it is not one JSON value.
fn text_tree(plain: Option<&(JsValue, String)>) -> Option<(Tree<'_>, Option<JsValue>)> {
    let (js, text) = plain?;
    Tree::parse(text).ok().map(|t| (t, Some(js.clone())))
}

/// Runs `f` on JSON text when both arguments are plain JSON data and it succeeds; `None` sends
/// the call down the exact path.
///
/// Input or options whose JSON text is longer than the core's size limit are refused here, with
/// the core's own error, before that text is parsed and walked a second time by the exact path.
///
/// With a `source`, a rule's answer may defer its reasons ([`Redo`]): they are asked of `source`
/// again, on this call's JSON text, when first read.
fn fast(
    input: &JsValue,
    options: &JsValue,
    source: Option<(&JsValue, i32)>,
    f: &dyn Fn(&Tree<'_>, &Tree<'_>, bool) -> Result<Out, Error>,
    memo: Option<[&str; 2]>,
) -> Option<Result<JsValue, JsValue>> {
    let (input_js, input_text) = plain_json(input)?;
    if input_text.len() > limits::MAX_INPUT_BYTES {
        return Some(Err(js_error(
            &limits::too_large("input", ErrorCode::InvalidInput),
            lang_of(options),
        )));
    }
    let (options_js, options_text) = options_json(options)?;
    if options_text.len() > limits::MAX_INPUT_BYTES {
        return Some(Err(js_error(
            &limits::too_large("options", ErrorCode::InvalidOptions),
            lang_of(options),
        )));
    }
    // The same texts answered before, JS keeping that answer's head and detail: made again
    // from them, nothing read or written.
    let key = memo.map(|[kind, id]| [kind, id, options_text.as_str(), input_text.as_str()]);
    match (key.and_then(TextAnswers::find), source) {
        (Some(Told::Brief(words)), _) => return Some(brief_of(&words)),
        (Some(Told::Answer(head, number, _)), Some((source, kept))) => {
            let answer = known_answer(source, &input_js, &options_js, head, number, kept);
            if answer.is_undefined() {
                return Some(Err(known_answer_defect().unwrap_or_else(|e| e)));
            }
            return Some(Ok(answer));
        }
        _ => {}
    }
    // Read into a tree borrowing the text's strings (no `serde_json::Value`).
    let input = Tree::parse(&input_text).ok()?;
    let options = Tree::parse(&options_text).ok()?;
    let mut out = f(&input, &options, source.is_some()).ok()?;
    if let (Out::Shared(_, fresh), Some((source, kept))) = (&mut out, source) {
        fresh.redo = Some(Redo {
            source: source.clone(),
            input: input_js,
            options: options_js,
            kept,
        });
    }
    match (out, key) {
        (Out::Shared(text, fresh), Some(key)) => {
            let (value, told) = shared_into_js(text, fresh).ok()?;
            // Only a head told with its parameters' number (`head_params`): JS keeps the head
            // with those; without one it would put in the rule's latest, which may change.
            if let Some((head, number)) = told.filter(|(head, _)| head_params(*head) > 0) {
                if let Some(generation) = detail_generation(number) {
                    TextAnswers::learn(key, Told::Answer(head, number, generation));
                }
            }
            Some(Ok(value))
        }
        (Out::Words(words), Some(key)) => {
            let value = brief_of(&words).ok()?;
            TextAnswers::learn(key, Told::Brief(words.into_boxed_str()));
            Some(Ok(value))
        }
        (out, _) => out.into_js().ok().map(Ok),
    }
}

/// The answers of calls found by their JSON texts (issue 12): a rule's answer is a function of
/// its id, the options' text and the input's text (the core is pure: no clock, no state), and of
/// the register asked, when one is (told by its number: [`Loaded::memo_id`]), so the same asked
/// again are answered by [`known_answer`] from the head and
/// detail number JS read for them, without the input being read, the rule run or the answer
/// written (most of a call of a rule without a quick path), and a brief (`decide`) by its words.
/// Each answer's entry is learnt from an answer made in full that JS read as that head and
/// number, with every large part deferred;
/// it is used only while JS still keeps that detail (its generation unchanged) and that head,
/// and only for a head told with its parameters' number (`head_params`: JS keeps the head with
/// those parameters; without one, JS would put in the rule's latest, which may have changed).
/// A head keeps its rule's static parts. `WAYS` entries for each of `1 << BUCKET_BITS` buckets,
/// the bucket's oldest replaced; texts of at most [`TEXT_ANSWER_MAX`] bytes, and once
/// [`TEXT_ANSWERS_BYTES`] have been learnt since they were last, all are forgotten at once.
struct TextAnswers {
    buckets: Vec<Vec<TextAnswer>>,
    /// The bytes of the texts learnt since the entries were last forgotten (those replaced
    /// since included: a bound on what is kept).
    bytes: usize,
}

/// The texts' hash, the texts (what was asked, the rule's id, the options' and the input's,
/// `\n` between them), and what answers them.
type TextAnswer = (u64, Box<str>, Told);

/// What [`TextAnswers`] keeps for an `evaluate`: the answer's head and detail number with that
/// detail's generation; for a `decide`: the brief's words ([`Out::Words`]).
#[derive(Clone)]
enum Told {
    Answer(f64, u32, u32),
    Brief(Box<str>),
}

/// The longest texts an entry of [`TextAnswers`] keeps (the rule's id, the options' and the
/// input's JSON texts together).
const TEXT_ANSWER_MAX: usize = 2048;
/// How many bytes of texts [`TextAnswers`] learns before it forgets them all (4 MiB: 16,384
/// keys of 256 bytes; the module's memory never shrinks, so this bounds what it keeps).
const TEXT_ANSWERS_BYTES: usize = 4 << 20;

thread_local! {
    static BY_TEXT: core::cell::RefCell<TextAnswers> = const {
        core::cell::RefCell::new(TextAnswers { buckets: Vec::new(), bytes: 0 })
    };
}

impl TextAnswers {
    /// The hash of the texts.
    fn hash(key: [&str; 4]) -> u64 {
        key.iter().fold(0, |h, text| {
            api::hash_bytes(h ^ text.len() as u64, text.as_bytes())
        })
    }

    /// Whether `kept` is the texts of `key` with `\n` between them (what was asked, a rule's id
    /// and an options' JSON text hold no line break, so the places of the breaks are known).
    fn holds(kept: &str, key: [&str; 4]) -> bool {
        let mut at = 0_usize;
        for (i, text) in key.iter().enumerate() {
            let Some(end) = at.checked_add(text.len()) else {
                return false;
            };
            if !kept
                .get(at..end)
                .is_some_and(|k| devzone_rules::register::same_text(k, text))
            {
                return false;
            }
            at = end;
            if i < 3 {
                if kept.as_bytes().get(at) != Some(&b'\n') {
                    return false;
                }
                at += 1;
            }
        }
        at == kept.len()
    }

    /// What answers `key`: a brief's words, or a head and detail number that JS keeps both of.
    fn find(key: [&str; 4]) -> Option<Told> {
        let hash = Self::hash(key);
        let told = BY_TEXT.with(|t| {
            let t = t.try_borrow().ok()?;
            let bucket = t.buckets.get(QuickAnswers::bucket(hash))?;
            bucket
                .iter()
                .find(|(h, k, _)| *h == hash && Self::holds(k, key))
                .map(|(_, _, told)| told.clone())
        })?;
        match told {
            Told::Answer(head, number, generation) => {
                let held = detail_generation(number) == Some(generation) && holds_head(head);
                held.then_some(told)
            }
            Told::Brief(_) => Some(told),
        }
    }

    /// Learns that `told` answers `key` (an answer: the head and detail number JS was just told).
    fn learn(key: [&str; 4], told: Told) {
        let size = key.iter().map(|t| t.len() + 1).sum::<usize>();
        if size > TEXT_ANSWER_MAX {
            return;
        }
        let hash = Self::hash(key);
        BY_TEXT.with(|t| {
            let Ok(mut t) = t.try_borrow_mut() else {
                return;
            };
            if t.buckets.is_empty() || t.bytes + size > TEXT_ANSWERS_BYTES {
                t.buckets.clear();
                t.buckets.resize_with(1 << BUCKET_BITS, Vec::new);
                t.bytes = 0;
            }
            t.bytes += size;
            let Some(bucket) = t.buckets.get_mut(QuickAnswers::bucket(hash)) else {
                return;
            };
            replace_in(
                bucket,
                |(h, k, _), (h2, k2, _)| h == h2 && k == k2,
                (hash, key.join("\n").into_boxed_str(), told),
            );
        });
    }
}

/// What a call's answers whose reasons (and deferred parts) were deferred ([`Fresh::defer`]) ask
/// again when first read: `source.answers(ruleId, input, options, many)`, with the call's own
/// JSON text (JS strings, so the question cannot change in between), or a loaded zone-year
/// question's numbers ([`ZonePlaceAsked`]). The rules are pure functions of that question and,
/// for a loaded register, of the register, which cannot change: the reasons and parts are the
/// ones the answer would have carried.
struct Redo {
    /// A [`Source`].
    source: JsValue,
    input: JsValue,
    options: JsValue,
    /// The number of the kept register the answer was made of (`-1`: none): JS holds that
    /// register's JSON text with the answer ([`Source::answers`]' `register`).
    kept: i32,
}

/// An answer's JSON text, and how it becomes a JS value.
enum Out {
    /// Any JSON text: parsed as it is.
    Plain(String),
    /// A rule's answer (or an array of them) written by `evaluate_to_text_sharing`: its shared
    /// parts `null` where JS holds them already; what it carries for the first time is in the
    /// [`Fresh`].
    Shared(String, Fresh),
    /// A report's text and its groups' findings as numbers ([`api::ReportParts`]).
    Report(api::ReportParts),
    /// A brief's words ([`api::decide_to_words`]), made the `Decision` by `brief_of`, which
    /// splits each distinct brief's words once (the JSON of a brief was parsed for every call).
    Words(String),
}

impl Out {
    fn into_js(self) -> Result<JsValue, JsValue> {
        match self {
            Self::Plain(text) => js_sys::JSON::parse(&api::ascii_json(text)),
            Self::Report(parts) => {
                report_of(&api::ascii_json(parts.text), &parts.findings, &parts.sizes)
            }
            Self::Shared(text, fresh) => shared_into_js(text, fresh).map(|(value, _)| value),
            Self::Words(words) => brief_of(&words),
        }
    }
}

/// [`Out::Shared`] as a JS value; with, for one headless answer whose detail JS keeps by number
/// (or keeps from now on) with every large part of it deferred, its head and that number: what
/// [`known_answer`] makes that answer again from ([`QuickAnswers`]).
fn shared_into_js(
    text: String,
    mut fresh: Fresh,
) -> Result<(JsValue, Option<(f64, u32)>), JsValue> {
    // The spans are offsets into this text: kept only if it is ASCII as written
    // (it is, on wasm32; escaping it here would move them).
    let (text, spans) = if text.is_ascii() {
        (text, core::mem::take(&mut fresh.spans))
    } else {
        (api::ascii_json(text), Vec::new())
    };
    let none = JsValue::UNDEFINED;
    let (source, input, options, kept) = match &fresh.redo {
        Some(r) => (&r.source, &r.input, &r.options, r.kept),
        None => (&none, &none, &none, -1),
    };
    let (head, headless) = (fresh.head, fresh.headless);
    // A detail JS keeps is told by its number (only after a held head: `{`, the
    // detail's fields, `}`).
    let slot = if headless && fresh.single {
        DetailSlot::of(&text, &spans)
    } else {
        DetailSlot::None
    };
    let (number, known) = slot.told();
    // Kept, with nothing but deferred parts (each `null`): JS has all it needs.
    let deferred_only = number > 0
        && spans.chunks_exact(4).all(|s| match (s.get(2), s.get(3)) {
            (Some(start), Some(end)) => text.get(*start as usize..*end as usize) == Some("null"),
            _ => false,
        });
    let value = if known && deferred_only {
        let answer = known_answer(source, input, options, head, number, kept);
        if answer.is_undefined() {
            return Err(known_answer_defect().unwrap_or_else(|e| e));
        }
        answer
    } else {
        shared_answers(
            &text,
            &spans,
            source,
            input,
            options,
            head,
            headless,
            number,
            known,
            kept,
            fresh.params_number,
        )?
    };
    slot.commit();
    fresh.commit();
    Ok((value, deferred_only.then_some((head, number))))
}

// Parts shared (issue 12): an answer's `clause`, `ambiguities` and `rulebook` are the same in
// every answer of its rule in its language, and its `paramsUsed` the same as the rule's previous
// answer's whenever the parameters given are (for most rules they do not depend on the input).
// So the module writes such a part only when JS does not hold it, and JS keeps one deeply frozen
// copy, put back into each later answer in its place (assigning an existing key keeps the key's
// position, so `JSON.stringify` of the answer is the native text byte for byte). Frozen, so one
// caller changing an answer's clause or parameters cannot change another's. [`Fresh`] records
// what a call's text carries, and [`HELD`] and [`HELD_PARAMS`] learn it only once JS has read
// that text.
#[wasm_bindgen(inline_js = r#"
const shared = new Map();
const params = new Map();
function freeze(v) {
  if (typeof v === "object" && v !== null && !Object.isFrozen(v)) {
    for (const k of Object.keys(v)) freeze(v[k]);
    Object.freeze(v);
  }
  return v;
}
function missing(what) {
  return new Error("devzone-rules: the shared " + what + " are missing (a defect: please report it)");
}
// The parameters used JS keeps by number for one answer's text (`HELD_NUMBERED` in lib.rs), by
// rule: the number is the place in the rule's array (1-based; 0 for none: the latest, `params`).
// A number never changes what it names.
const numberedParams = new Map();
function paramsNumbered(ruleId, n) {
  const p = numberedParams.get(ruleId)?.[n];
  if (p === undefined) throw missing("parameters " + n + " of " + ruleId);
  return p;
}
// `n`: the number of the answer's parameters used (0: none).
function fill(a, n) {
  const key = a.ruleId + "\n" + a.lang;
  if (a.clause !== null) {
    shared.set(key, {
      clause: freeze(a.clause),
      ambiguities: freeze(a.ambiguities),
      rulebook: freeze(a.rulebook),
    });
  } else {
    const s = shared.get(key);
    if (s === undefined) throw missing("parts of " + key);
    a.clause = s.clause;
    a.ambiguities = s.ambiguities;
    a.rulebook = s.rulebook;
  }
  if (a.paramsUsed !== null) {
    params.set(a.ruleId, freeze(a.paramsUsed));
    if (n > 0) {
      let list = numberedParams.get(a.ruleId);
      if (list === undefined) numberedParams.set(a.ruleId, (list = []));
      list[n] = a.paramsUsed;
    }
  } else if (n > 0) {
    a.paramsUsed = paramsNumbered(a.ruleId, n);
  } else {
    const p = params.get(a.ruleId);
    if (p === undefined) throw missing("parameters of " + a.ruleId);
    a.paramsUsed = p;
  }
}
// Large parts read lazily (issue 12): `JSON.parse` of a whole answer cost as much as half of a
// peer engine's decision, and most callers read the outcome. The module notes where each answer's
// large arrays and objects are in the text (`spans`: the answer's index, then its key's, value's
// start and end offsets); they are left out of the text parsed now, and each is parsed when first
// read. The property is an own enumerable accessor in the value's place until then (so
// `JSON.stringify`, `Object.keys`, spreading and `structuredClone` see the same keys, in the same
// order, and the same values) and a plain data property of the answer after its first read or
// write. The accessors are shared, one getter
// and one setter per key for all answers (a getter made per answer cost ~40 % more per part in
// V8: each answer's object got a shape of its own). The getter finds its answer's parts through
// `this[PARTS]`, a non-enumerable symbol property of the answer (invisible to `JSON.stringify`,
// `Object.keys`, spreading, `structuredClone` and deep equality): the holder, one plain object of
// each part's text until it is parsed, by the part's key, and the answer itself under the symbol
// `ANSWER` (one object: a holder of the answer and of its parts apart were two allocations per
// answer). Through a Proxy (Vue's `reactive`, MobX, Immer) or an
// object made with `Object.create(answer)`, `this[PARTS]` still reaches the answer's holder, and
// the part is settled on the answer itself. The setter sets on `this`, as assignment to a data
// property would.
// On an answer frozen or sealed before its parts were read, a part stays an accessor that gives
// the same parsed value on every read (kept in the holder) and refuses assignment as a frozen
// property does.
const PARTS = Symbol("devzone-rules: parts not yet read");
const ANSWER = Symbol("devzone-rules: the answer of these parts");
const setters = new Map();
const getters = new Map();
function settle(o, key, value) {
  try {
    Object.defineProperty(o, key, { value, writable: true, enumerable: true, configurable: true });
    return true;
  } catch {
    return false;
  }
}
function setter(key) {
  let set = setters.get(key);
  if (set === undefined) {
    set = function (value) {
      if (!settle(this, key, value)) throw new TypeError("Cannot assign to read only property '" + key + "' of object");
    };
    setters.set(key, set);
  }
  return set;
}
function getter(key) {
  let get = getters.get(key);
  if (get === undefined) {
    get = function () {
      const held = this[PARTS];
      let value = held[key];
      if (typeof value === "string" || value instanceof Redo) {
        value = typeof value === "string" ? JSON.parse(value) : value.part(key);
        try {
          held[key] = value;
        } catch {
          // The holder itself frozen (a deep freeze through symbol keys): parsed at each read.
        }
      }
      settle(held[ANSWER], key, value);
      return value;
    };
    getters.set(key, get);
  }
  return get;
}
// One descriptor object for every part (defineProperty reads it; it keeps no reference).
const part = { get: undefined, set: undefined, enumerable: true, configurable: true };
// `target` is an answer just parsed (its prototype `Object.prototype`, which cannot hold the
// module's own `PARTS`). Its holder is a plain object: its keys are answer fields, never a name
// of `Object.prototype`. The accessor first, then the holder: the first accessor
// puts the answer's properties in a dictionary (V8), to which the holder is then one more entry
// (the other order made the holder a step of the answer's shape first; ~5 % of the JS that
// makes an answer, micro-benchmarked).
function lazy(target, key, source) {
  part.get = getter(key);
  part.set = setter(key);
  Object.defineProperty(target, key, part);
  let held = target[PARTS];
  if (held === undefined) {
    held = { [ANSWER]: target };
    Object.defineProperty(target, PARTS, { value: held });
  }
  held[key] = source;
}
// Reasons asked for when read (issue 12): an answer's `reasons` and `needsHuman`, with their
// messages and facts, are most of its text, so the module writes them as `null` when the call can
// be asked again (`Redo` in lib.rs): a `Redo` stands in the holder for both, and the first read
// of either asks the call's `source` (a `__DevzoneSource`: the loaded register, or none) for the
// call's answers again (each with its reasons and deferred parts in full), on the call's own
// JSON text, once for all the answers of the call; they are then settled as any part. The rules
// are pure, so they are the reasons the answer would have carried. A `null` in their place means
// this: both are arrays otherwise. A deferred part (a large part of the detail the module did
// not write: `json_text::DEFERRED_PARTS`, its noted text `null`) is asked again the same way.
// A call's one answer asks for itself: its `Redo` is its `asked` too (`redoOne`; one allocation
// where a `Redo` and the record it asks from were two). `register`: the JSON text of the kept
// register the answers were made of (`texts`, by the number the module told: `registerOf`), or
// `undefined`; the module asks the register kept under that text, or reads the text again once
// it is no longer kept (`Source::answers`), so that an answer holds no memory of the module.
function Redo(asked, index, source, ruleId, input, options, register) {
  this.asked = asked === undefined ? this : asked;
  this.index = index;
  this.source = source;
  this.ruleId = ruleId;
  this.input = input;
  this.options = options;
  this.many = false;
  this.answers = undefined;
  this.register = register;
}
const registerOf = (kept) => (kept >= 0 ? texts[kept] : undefined);
Redo.prototype.part = function (key) {
  const asked = this.asked;
  let answers = asked.answers;
  if (answers === undefined) {
    const v = JSON.parse(asked.source.answers(asked.ruleId, asked.input, asked.options, asked.many, asked.register));
    answers = asked.many ? v : [v];
    try {
      asked.answers = answers;
      asked.source = asked.input = asked.options = asked.register = undefined;
    } catch {
      // Frozen (a deep freeze through symbol keys): asked again at each read.
    }
  }
  return answers[this.index][key];
};
// A deferred part's text (`json_text::DEFERRED_PARTS` in the core): noted as a large part, its
// text `null`, which no other large part's is; it is asked again as the reasons are.
const DEFERRED = "null";
// Each answer's `Redo` (the answers of one call share what they ask: `asked`), for those that
// defer their reasons or a part (`later`: answer, key, text each); `undefined` for the others.
function redos(answers, later, source, input, options, many, register) {
  const out = new Array(answers.length);
  if (answers.length === 0) return out;
  const asked = { source, ruleId: answers[0].ruleId, input, options, many, answers: undefined, register };
  for (let i = 0; i < answers.length; i++) {
    if (answers[i].reasons === null || answers[i].needsHuman === null) out[i] = new Redo(asked, i);
  }
  for (let i = 0; i < later.length; i += 3) {
    if (later[i + 2] === DEFERRED && out[later[i]] === undefined) out[later[i]] = new Redo(asked, later[i]);
  }
  return out;
}
// One answer whose reasons were deferred, with every shared part held (issue 12): its head, the
// envelope up to and including `"rulebook":null`, is then one of a few texts per rule and
// language (the rule, its citation, the outcome, its label and severity, `null` or `[]` for each
// of `reasons` and `needsHuman`, `null` for every shared part). The module tells which head an
// answer has, as a number (`head`: `head_key` in lib.rs, 0 for none; `api::Holds::head`): the
// first text of a head carries it whole, and JS parses it once and keeps it by that number
// (`heads`; never forgotten: a few per rule, outcome and language); every later answer of that
// head is written without it (`headless`: `{`, the fields after the head, `}`). An answer is
// made from its head and its detail (the text after the head, parsed alone) as a new object
// whose keys are added in the text's order, the deferred ones as the shared accessors: its
// properties stay in V8's fast mode, where parsing the whole text and redefining `reasons` and
// `needsHuman` as accessors put them in a dictionary (that and parsing the head were ~40 % of
// a stateless `evaluate`). The answer is the same object as the general path makes, key for
// key. A head the module tells that JS cannot read, or does not hold, is a defect: the call
// fails (and the module does not count the head as held).
const heads = new Map();
const HEAD_END = '"rulebook":null';
const HEAD_KEYS = "ruleId,citation,clause,outcome,outcomeLabel,severity,reasons,needsHuman,paramsUsed,ambiguities,lang,rulebook";
const deferred = (v) => v === null || (Array.isArray(v) && v.length === 0);
function headOf(text, n) {
  const end = text.indexOf(HEAD_END) + HEAD_END.length;
  if (end < HEAD_END.length) return undefined;
  try {
    const v = JSON.parse(text.slice(0, end) + "}");
    const s = shared.get(v.ruleId + "\n" + v.lang);
    if (Object.keys(v).join() !== HEAD_KEYS || s === undefined || v.clause !== null || v.paramsUsed !== null ||
        v.ambiguities !== null || !deferred(v.reasons) || !deferred(v.needsHuman)) return undefined;
    const c = text.charCodeAt(end);
    if (c !== 44 && c !== 125) return undefined;
    // The parameters used of a head told with their number (`head_key` in lib.rs) are its own
    // (`ps`); without one, each answer takes the rule's latest.
    const ps = n > 0 ? paramsNumbered(v.ruleId, n) : undefined;
    return { ...v, clause: s.clause, ambiguities: s.ambiguities, rulebook: s.rulebook, end, ps };
  } catch {
    return undefined;
  }
}
const REASONS = { get: getter("reasons"), set: setter("reasons"), enumerable: true, configurable: true };
const NEEDS_HUMAN = { get: getter("needsHuman"), set: setter("needsHuman"), enumerable: true, configurable: true };
const holder = { value: undefined };
// The answer of head `t` and the detail after it in `text`, whose large parts noted in `spans`
// (all after the head, in the text's order) are left out of the text parsed now and read when
// first asked, as in the general path. The detail's text (with those parts left out) is parsed
// once and kept: an answer written without its head by the number the module tells for its
// detail (`numberedDetails` below), any other in `details` by its text (at most 1,024 texts of
// at most 1 KB, then forgotten all at once):
// the same zone and year asked again (a form checked as it is filled in, a page drawn again)
// gives the same text, and each answer gets its own copy of the kept values (`copy`: a new
// array or object for every one in the detail), which costs a fraction of parsing them (V8's
// `JSON.parse` makes every string anew: ~1.2 µs for art-14.d's ~230 bytes on this machine).
// A detail is kept as its keys, its values and how each is copied (`Detail`, made once): a
// value that is not an object as it is, an array of such values by `slice`, anything else by
// `copy` (a generic copy of every detail's values was ~20 % of making an answer).
const details = new Map();
const DETAIL_MAX = 1024;
const DETAILS_KEPT = 1024;
const AS_IS = 0;
const SLICE = 1;
const COPY = 2;
function Detail(v, later, like, zoneId) {
  // A numbered detail whose text is `like`'s but for its zone's id (`zoneLike`): `like`'s keys
  // and ways of copying (never changed once made), its values with this zone's id first.
  if (like !== undefined) {
    this.keys = like.keys;
    this.values = like.values.slice();
    this.values[0] = zoneId;
    this.how = like.how;
    this.later = later;
    return;
  }
  this.keys = Object.keys(v);
  this.values = [];
  this.how = [];
  // A numbered detail's large parts as read (`answer_of`; `undefined` for another): given
  // here, so that every detail has one shape from the start (a property added afterwards is
  // a new shape, and code optimized for the old one is thrown away).
  this.later = later;
  for (let i = 0; i < this.keys.length; i++) {
    const x = v[this.keys[i]];
    this.values.push(x);
    this.how.push(typeof x !== "object" || x === null ? AS_IS : Array.isArray(x) && x.every((e) => typeof e !== "object" || e === null) ? SLICE : COPY);
  }
}
// Numbered details by their text with the zone's id left out (`{"zoneId":""` and the rest): a
// rule's answers for zones asked for the first time differ only in the id at the start of
// their details (the year, triggers and measures of art-14.d's are few), and parsing a new
// detail's text made every string of it anew (~1.5 µs of a first call's ~20 for art-14.d's
// 240 bytes, issue 12). A new detail whose text is a kept one's but for the id is made from
// that one (`Detail`'s `like`): the same values, parsed from the same text, but the id. Only
// for an id written without an escape (a `\` would be one), and only when parsing the text
// gave that id first (a text with a second `zoneId` would not); at most 1,024 kept, then
// forgotten all at once.
const zoneLike = new Map();
const ZONE_LIKE_KEPT = 1024;
const ZONE_AT = '{"zoneId":"';
// The end of the zone's id in `body` (the index of its closing quote), or `-1`.
function zoneIdEnd(body) {
  if (!body.startsWith(ZONE_AT)) return -1;
  const end = body.indexOf('"', ZONE_AT.length);
  const escape = body.indexOf("\\", ZONE_AT.length);
  return end > 0 && (escape === -1 || escape > end) ? end : -1;
}
// The numbered detail of text `body` (large parts `later`), made from a kept one of the same
// text but for its zone's id, or parsed (and kept as one to make others from).
function numberedDetail(body, later) {
  const end = zoneIdEnd(body);
  if (end < 0) return new Detail(JSON.parse(body), later);
  const key = ZONE_AT + body.slice(end);
  const zoneId = body.slice(ZONE_AT.length, end);
  const like = zoneLike.get(key);
  if (like !== undefined) return new Detail(undefined, later, like, zoneId);
  const detail = new Detail(JSON.parse(body), later);
  if (detail.keys[0] === "zoneId" && detail.values[0] === zoneId) {
    if (zoneLike.size >= ZONE_LIKE_KEPT) zoneLike.clear();
    zoneLike.set(key, detail);
  }
  return detail;
}
function copy(v) {
  if (typeof v !== "object" || v === null) return v;
  if (Array.isArray(v)) {
    const out = [];
    for (let i = 0; i < v.length; i++) out.push(copy(v[i]));
    return out;
  }
  const out = {};
  const keys = Object.keys(v);
  for (let i = 0; i < keys.length; i++) put(out, keys[i], copy(v[keys[i]]));
  return out;
}
// `o[k] = value` as `JSON.parse` makes it: a key `__proto__` is an own property, not the prototype.
function put(o, k, value) {
  if (k === "__proto__") Object.defineProperty(o, k, { value, writable: true, enumerable: true, configurable: true });
  else o[k] = value;
}
// One accessor descriptor per key of a lazy part (`defineProperty` reads it; it keeps no reference).
const descriptors = new Map();
function descriptor(key) {
  let d = descriptors.get(key);
  if (d === undefined) {
    d = { get: getter(key), set: setter(key), enumerable: true, configurable: true };
    descriptors.set(key, d);
  }
  return d;
}
// `text` from `at` with the large parts noted in `spans` (four numbers each: the answer's
// index, the key's, the value's start and end offsets) cut out, a `0` in each one's place; each
// part pushed onto `later` as its answer's index, its key and its text.
function cut(text, at, spans, later) {
  let out = "";
  for (let i = 0; i < spans.length; i += 4) {
    out += text.slice(at, spans[i + 2]) + "0";
    at = spans[i + 3];
  }
  partsOf(text, spans, later);
  return out + text.slice(at);
}
// The large parts of `spans` pushed onto `later` (as `cut` does), the text left as it is.
function partsOf(text, spans, later) {
  for (let i = 0; i < spans.length; i += 4) {
    later.push(spans[i], text.slice(spans[i + 1] + 1, spans[i + 2] - 2), text.slice(spans[i + 2], spans[i + 3]));
  }
}
// The details the module tells by number (`DetailSlot` in lib.rs; 1-based, 0 for none): the
// module compares each detail it writes with the one it told under that number, and tells
// whether JS keeps it already (`known`), so that a kept detail is not made into a string and
// looked up by its text (a quarter of making an answer). A number told as new is kept here
// once its detail is read; the module counts it as kept only once this call has answered, so a
// failed call leaves no number the two sides disagree on.
const numberedDetails = [];
function answer_of(t, text, from, spans, source, input, options, slot, known, register, kept) {
  let detail;
  const later = [];
  if (slot > 0 && known) {
    detail = numberedDetails[slot];
    if (detail === undefined) throw missing("detail " + slot);
    partsOf(text, spans, later);
  } else if (from < text.length - 1) {
    // Headless, the text is the detail (`{…}`); else the detail follows the head's comma.
    const body = from === 1 ? cut(text, 0, spans, later) : "{" + cut(text, from, spans, later);
    detail = slot > 0 ? undefined : details.get(body);
    if (detail === undefined) {
      // A numbered one keeps its large parts (read, never changed): the same text has the
      // same keys, so the same parts deferred, which is all `known_answer` needs of them.
      detail = slot > 0 ? numberedDetail(body, later) : new Detail(JSON.parse(body), undefined);
      if (slot > 0) {
        // At most DETAIL_MAX long, as the module tells numbers only for those.
        numberedDetails[slot] = detail;
      } else if (body.length <= DETAIL_MAX) {
        if (details.size >= DETAILS_KEPT) details.clear();
        details.set(body, detail);
      } else {
        // Not kept: its values are this answer's own.
        detail.how.fill(AS_IS);
      }
    }
  }
  const answer = made(t, detail, later, source, input, options, register);
  // A numbered detail's answer is learnt for its question as `known_answer`'s is, when every
  // large part the detail keeps is deferred (asked again with the question, as `known_answer`
  // makes them): the entry's head and detail make this very answer again. (Issue 12:
  // details the module's numbers could not keep, 16 to a bucket, were told as new at every
  // call and never reached `known_answer`: with 10,000 zones asked in turn, 3.8 % of the
  // questions went into the module at every pass.)
  if (slot > 0 && detail !== undefined && detail.later.every((x, i) => i % 3 !== 2 || x === DEFERRED)) learnAnswer(kept, t, detail, source, input, options);
  return answer;
}
// An answer's head (its keys up to `rulebook`, in order), as a plain object: `new Head` makes an
// object whose prototype is `Object.prototype` (the function's `prototype`) and whose V8
// constructor is named `Object` (what a debugger shows), the same object as a literal with the
// same keys. Made by a constructor, the answer gets its fields in the object itself, room for
// the detail's fields included (V8 sizes a constructor's objects by the fields its body
// assigns, plus some): a literal's object had room for its six, and each field added after
// them grew an array of fields again (issue 12: 507 → 289 bytes allocated per art-14.d answer,
// micro-benchmarked; every byte allocated pays its share of the collector's marking when other
// code fills the heap).
const Head = { Object: function (t, ps, parts, redo) {
  this.ruleId = t.ruleId;
  this.citation = t.citation;
  this.clause = t.clause;
  this.outcome = t.outcome;
  this.outcomeLabel = t.outcomeLabel;
  this.severity = t.severity;
  if (t.reasons === null) {
    Object.defineProperty(this, "reasons", REASONS);
    parts.reasons = redo;
  } else this.reasons = [];
  if (t.needsHuman === null) {
    Object.defineProperty(this, "needsHuman", NEEDS_HUMAN);
    parts.needsHuman = redo;
  } else this.needsHuman = [];
  this.paramsUsed = ps;
  this.ambiguities = t.ambiguities;
  this.lang = t.lang;
  this.rulebook = t.rulebook;
} }.Object;
Head.prototype = Object.prototype;
// The answer of head `t` and `detail` (`undefined`: none), whose large parts are `later`
// (answer, key, text each, in the order of the detail's keys). Apart from `answer_of`, which
// reads texts, so that `known_answer`'s path, taken by nearly every call asked again, is
// small and sees one kind of value at each step (V8 optimizes it sooner, and for those).
function made(t, detail, later, source, input, options, register) {
  const ps = t.ps !== undefined ? t.ps : params.get(t.ruleId);
  if (ps === undefined) throw missing("parameters of " + t.ruleId);
  // The head stands for the answer here: its `reasons` and `needsHuman` are those written.
  const redo = redoOne(t, later, source, input, options, register);
  const parts = { [ANSWER]: undefined };
  const a = new Head(t, ps, parts, redo);
  parts[ANSWER] = a;
  // Own keys only (`Detail`: `for…in` would add any enumerable key someone put on
  // `Object.prototype`).
  const keys = detail === undefined ? [] : detail.keys;
  // The lazy parts (`later`: answer, key, text each) come in the order of the detail's keys.
  let j = 1;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    if (k === later[j]) {
      Object.defineProperty(a, k, descriptor(k));
      parts[k] = later[j + 1] === DEFERRED ? redo : later[j + 1];
      j += 3;
    } else {
      const v = detail.values[i];
      const how = detail.how[i];
      put(a, k, how === AS_IS ? v : how === SLICE ? v.slice() : copy(v));
    }
  }
  if (redo !== undefined || later.length > 0) {
    holder.value = parts;
    Object.defineProperty(a, PARTS, holder);
    holder.value = undefined;
  }
  return a;
}
// `redos` of one answer (`t`) made alone: no arrays made to hold it.
function redoOne(t, later, source, input, options, register) {
  let again = t.reasons === null || t.needsHuman === null;
  for (let i = 2; !again && i < later.length; i += 3) again = later[i] === DEFERRED;
  return again ? new Redo(undefined, 0, source, t.ruleId, input, options, register) : undefined;
}
// A headless answer whose detail JS keeps as number `slot`, every large part of it deferred:
// the module sends no text (`Out::into_js`).
// It never throws (imported without `catch`, as `zone_year_stateless` is): `undefined` when the
// answer cannot be made (a defect), its error kept for `known_answer_defect`.
let defect;
export function known_answer(source, input, options, head, slot, kept) {
  try {
    const t = heads.get(head);
    if (t === undefined) throw missing("head " + head);
    const detail = numberedDetails[slot];
    if (detail === undefined) throw missing("detail " + slot);
    // Every large part deferred, as when JS read this detail.
    const answer = made(t, detail, detail.later, source, input, options, registerOf(kept));
    learnAnswer(kept, t, detail, source, input, options);
    return answer;
  } catch (e) {
    defect = e;
    return undefined;
  }
}
// Answers and briefs JS makes itself (issue 12): a zone-year question of a kept register
// (stateless calls) or of a register loaded by the caller, asked again after the module told
// JS its answer's head and detail (`known_answer`) or its brief (`brief_new`,
// `brief_numbered`, `briefs_at`) by number, is kept here with that head and detail object or
// the brief's words, so the same question asked again is answered by `zone_year_stateless`,
// `zone_year_at` or `zone_years_at` at once: the module's key, its look-up, its decision and
// the call back to JS are skipped. The rules are pure; a kept register is never changed while
// its number names it (`forget_registers` forgets these entries with the registers), a loaded
// register never changes and its number (`Loaded::id` in lib.rs) is never given to another
// (`forget_loaded`, when it is freed, forgets its entries); an entry holds the very head and
// detail its answer was made of, with their own parameters used (a head without them, which
// takes the rule's latest, is not kept): the answer is the one the module would tell.
// Each register's entries are an `Answers`: by the question's kind (`kindOf`: the rule and the
// language, or the rule alone for a brief, which has no language), then by where it is asked
// (`atOf`: the zone's place and the year, and the date when there is one), small whole
// numbers wherever they can be (V8 finds those in a `Map` ~4× as fast as larger numbers, which
// it would box). The kept registers' by their numbers (`keptAnswers`; at most 65,536 entries
// for them all, then all forgotten), a loaded register's by its number (`loadedAnswers`; at
// most 65,536 a register, then that register's forgotten). An entry of a loaded register
// holds its `__DevzoneSource` (as its answers do), freed with the register's entries.
// (A register's first kind's entries are held by the `Answers` itself, `kind` and `map`: most
// registers are asked one kind of question, and each `Map` less is one less place in memory a
// call reads: with 10,000 registers asked in turn, a `Map` of kinds for each was 8 % more a
// call. Its first entry is held by the `Answers` too, `at` and `entry`, until a second entry of
// that kind makes `map`: every register asked once keeps one entry, and a register of one
// question asked again is found without a `Map`, `reg.evaluate` ~5 % faster.)
// A loaded register's `Answers` also hold its zones' places as the module gives them to
// `zone_year_at` (`places`, which `loadedAnswered` reads questions against; `undefined` for a
// kept register's).
function Answers(places) {
  this.size = 0;
  this.kind = NO_KIND;
  this.at = undefined;
  this.entry = undefined;
  this.map = undefined;
  this.kinds = undefined;
  this.places = places;
}
const NO_KIND = 0.5;
const keptAnswers = [];
let keptEntries = 0;
const KEPT_ANSWERS = 65536;
const loadedAnswers = new Map();
const LOADED_ANSWERS = 65536;
// A question's kind: the rule's number and the language's for an answer, `-1 -` the rule's for
// a brief.
const kindOf = (rule, lang, brief) => (brief ? -1 - rule : rule * 4 + lang);
// Where a question is asked: the zone's place and the year as one small number (below 2^30
// for a place below 65,536), with the date (`-1`: none) as a string when there is one (so one
// question asked as of several dates keeps each); `undefined` for a place past 65,535.
const atOf = (place, year, day) => (place > 65535 ? undefined : day === -1 ? place * 16384 + year : place * 16384 + year + "@" + day);
// The entry of `store` (an `Answers`, or `undefined`) for a question of `kind` at `at`.
function entryIn(store, kind, at) {
  if (store === undefined || at === undefined) return undefined;
  if (store.kind === kind) return store.map !== undefined ? store.map.get(at) : store.at === at ? store.entry : undefined;
  const m = store.kinds === undefined ? undefined : store.kinds.get(kind);
  return m === undefined ? undefined : m.get(at);
}
// What `zone_year_stateless` or `zone_year_at` read of the question whose answer or brief is
// about to be told (`learnAnswer`, `learnBrief`): its kind, where it is asked (with its date),
// its register's number among the kept ones (`-1`: a loaded one) or a loaded register's
// number (and its places, `learningPlaces`), and whether it is `decide`'s. Reset by every such
// call (`learningAt` undefined: none).
let learningAt;
let learningKind = 0;
let learningKept = -1;
let learningLoaded;
let learningPlaces;
let learningBrief = false;
// The answer `zone_year_stateless` or `zone_year_at` made (its `2`), for `stashed_answer`.
let stashed;
// Learns the answer `known_answer` made (head `t`, `detail`) for the question read last, if
// it was this kept register's (`kept`) and asked by numbers (the quick path's `input`).
function learnAnswer(kept, t, detail, source, input, options) {
  const at = learningAt;
  learningAt = undefined;
  if (at === undefined || learningBrief || kept !== learningKept || typeof input !== "number" || t.ps === undefined) return;
  keepEntry(learningLoaded, learningKept, learningKind, at, new Entry(t, detail, source, input, options, undefined), learningPlaces);
}
// Learns brief `b` (its words) the module gave for the `decide` question read last.
function learnBrief(b) {
  const at = learningAt;
  learningAt = undefined;
  if (at !== undefined && learningBrief) keepEntry(learningLoaded, learningKept, learningKind, at, briefEntry(b), learningPlaces);
}
// What is kept for a question: an answer's head `t`, detail and what its deferred parts are
// asked again with, or a brief's words `b` (one shape for both).
function Entry(t, detail, source, input, options, b) {
  this.t = t;
  this.detail = detail;
  this.source = source;
  this.input = input;
  this.options = options;
  this.b = b;
}
const briefEntry = (b) => new Entry(undefined, undefined, undefined, 0, 0, b);
// Answers the question of `rule`, `lang`, `place`, `year` and `day` from what `store` (an
// `Answers`, or `undefined`) keeps for it, `answering` an answer (1) or a brief (2): `true`
// with the answer stashed (`stashed_answer`). Otherwise notes the question, its register
// `kept` (a kept register's number, `-1` for a loaded one) or `loaded` (a loaded register's
// number, with its `places`), for its answer or brief to be learnt when the module gives it,
// and gives `false`. `register`: the kept register's JSON text, which the answer's deferred
// parts are asked again with (`undefined` for a loaded register, whose `__DevzoneSource` holds
// it).
function answerKept(store, register, kept, loaded, places, rule, lang, place, year, day, answering) {
  const brief = answering === 2;
  const kind = kindOf(rule, langNumber(lang), brief), where = atOf(place, year, day);
  const e = entryIn(store, kind, where);
  if (e !== undefined) {
    try {
      stashed = fromEntry(e, register);
      return true;
    } catch {
      stashed = undefined;
    }
  }
  learningAt = where;
  learningKind = kind;
  learningKept = kept;
  learningLoaded = loaded;
  learningPlaces = places;
  learningBrief = brief;
  return false;
}
// The `Answers` of loaded register `id` (its `places`), or (`id` undefined) of kept register
// `kept`, made if it has none.
function storeOf(id, kept, places) {
  let store = id === undefined ? keptAnswers[kept] : loadedAnswers.get(id);
  if (store === undefined) {
    store = new Answers(id === undefined ? undefined : places);
    if (id === undefined) keptAnswers[kept] = store;
    else loadedAnswers.set(id, store);
  }
  return store;
}
// An entry kept for a question of `kind` at `at`: among kept register `kept`'s (`id`
// undefined) or loaded register `id`'s own (`places`: its places, `zone_year_at`'s).
function keepEntry(id, kept, kind, at, entry, places) {
  if (id === undefined) {
    if (keptEntries >= KEPT_ANSWERS) {
      keptAnswers.length = 0;
      keptEntries = 0;
    }
    keptEntries++;
  }
  const store = storeOf(id, kept, places);
  if (store.size >= LOADED_ANSWERS) {
    store.kind = NO_KIND;
    store.at = store.entry = store.map = store.kinds = undefined;
    store.size = 0;
  }
  let m;
  if (store.kind === NO_KIND || (store.kind === kind && store.map === undefined && store.at === at)) {
    // The first entry, or the first entry anew: held by the `Answers` itself.
    store.size += store.kind === NO_KIND ? 1 : 0;
    store.kind = kind;
    store.at = at;
    store.entry = entry;
    return;
  } else if (store.kind === kind) {
    if (store.map === undefined) {
      store.map = new Map([[store.at, store.entry]]);
      store.at = store.entry = undefined;
    }
    m = store.map;
  } else {
    if (store.kinds === undefined) store.kinds = new Map();
    m = store.kinds.get(kind);
    if (m === undefined) store.kinds.set(kind, (m = new Map()));
  }
  if (!m.has(at)) store.size++;
  m.set(at, entry);
}
// What a kept entry makes: a new answer (`evaluate`) or a new `Decision` (`decide`).
function fromEntry(e, register) {
  return e.b !== undefined ? decision(e.b) : made(e.t, e.detail, e.detail.later, e.source, e.input, e.options, register);
}
// A loaded register freed (`Loaded`'s `Drop` in lib.rs): its answers' entries forgotten.
export function forget_loaded(id, glue) {
  loadedAnswers.delete(id);
}
// Never throws; `glue` is not read (a number argument makes wasm-bindgen call it through its
// glue, see `plain_json` in lib.rs).
export function stashed_answer(glue) {
  const a = stashed;
  stashed = undefined;
  return a;
}
export function known_answer_defect() {
  const e = defect;
  defect = undefined;
  return e;
}
export function shared_answers(text, spans, source, input, options, head, headless, slot, known, kept, paramsNumber) {
  const register = registerOf(kept);
  if (head > 0) {
    let t = heads.get(head);
    // Written without its head: `{`, the fields after it, `}`.
    if (headless) {
      if (t === undefined) throw missing("head " + head);
      return answer_of(t, text, 1, spans, source, input, options, slot, known, register, kept);
    }
    if (t === undefined) {
      // Kept from now on: the module writes this head no more once this text is read.
      t = headOf(text, paramsNumber);
      if (t === undefined) throw missing("head of " + text.slice(0, 64));
      heads.set(head, t);
    }
    return answer_of(t, text, t.end + 1, spans, source, input, options, 0, false, register, kept);
  }
  const later = [];
  const v = JSON.parse(cut(text, 0, spans, later));
  const many = Array.isArray(v);
  const list = many ? v : [v];
  // Deferred reasons and parts are asked again: only a call that can be (`source`) has them.
  const again = source === undefined ? [] : redos(list, later, source, input, options, many, register);
  // The lazy parts first: `fill` reads an answer's shared parts, which the first answer of a
  // rule carries (a large one among them is parsed there and then).
  for (let i = 0; i < later.length; i += 3) {
    const part = later[i + 2];
    // The module defers a part only for a call that can be asked again.
    if (part === DEFERRED && again[later[i]] === undefined) throw missing("source of " + later[i + 1]);
    lazy(list[later[i]], later[i + 1], part === DEFERRED ? again[later[i]] : part);
  }
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    if (a.reasons === null && again[i] !== undefined) lazy(a, "reasons", again[i]);
    if (a.needsHuman === null && again[i] !== undefined) lazy(a, "needsHuman", again[i]);
  }
  if (many) for (let i = 0; i < v.length; i++) fill(v[i], 0);
  else fill(v, paramsNumber);
  return v;
}
// A report whose groups' findings come apart from its text (`api::ReportParts`): the text has
// each group's `findings` as `[]`, filled here in the order of `zones`, `counties` and
// `agencies` from `sizes` (one number per group) and `findings` (every group's indices one
// after another; a view of the module's memory, copied now). The groups' indices were four
// fifths of a page's text: JS makes the arrays from numbers faster than it parses them.
export function report_of(text, findings, sizes) {
  const v = JSON.parse(text);
  let at = 0;
  let j = 0;
  for (const groups of [v.zones, v.counties, v.agencies]) {
    for (let i = 0; i < groups.length; i++) {
      const n = sizes[j++];
      const list = [];
      for (let k = 0; k < n; k++) list.push(findings[at + k]);
      groups[i].findings = list;
      at += n;
    }
  }
  if (j !== sizes.length || at !== findings.length) throw missing("the report's groups");
  return v;
}
// A question about one zone and year asked in brief of a loaded register (`reg.decide`,
// `reg.decideBatch`), read without JSON (issue 12) when the question is a plain object of
// `zoneId`, `year` and `asOf` alone with values of the right types, naming a zone of the
// register, and the options hold nothing but a known `lang` (a brief has no words: the language
// changes nothing). Anything else (another key, a `params`, an unknown zone, a getter that
// throws, a Proxy) gives `undefined`, and the call takes the path that reads JSON, which
// answers alike or names what is wrong. The values are read once each and given as numbers
// (below); the module checks them again (the year a whole number from 1 to 9999, the date a
// real one).
const LANGS = new Set(["zh", "ko", "en"]);
const P = Object.prototype;
function plainObject(v) {
  return typeof v === "object" && v !== null && Object.getPrototypeOf(v) === P;
}
function language(o) {
  if (o === undefined || o === null) return "";
  if (!plainObject(o)) return undefined;
  for (const k in o) if (k !== "lang") return undefined;
  if (o.lang === undefined) return "";
  return LANGS.has(o.lang) ? o.lang : undefined;
}
// A language as `language` gives it, as the module numbers it (`lang_of_code`, `LANG_OPTIONS`):
// `0` none, `1` zh, `2` ko, `3` en.
function langNumber(l) {
  return l === "" ? 0 : l === "zh" ? 1 : l === "ko" ? 2 : 3;
}
// Options of a `lang` at most as a number, for a call's own JSON path (`options_json` in lib.rs):
// `0` for `undefined` or `null` (written `null`), `4` for an object without a `lang` (`{}`),
// `1`, `2`, `3` for `{ lang }` of zh, ko, en; `-1` for any other options (the call then writes
// them with `plain_json`, which names anything wrong). The same text `JSON.stringify` writes,
// without writing it or sending it across (issue 12: most calls' options are a language).
export function options_lang(o) {
  try {
    const l = language(o);
    if (l === undefined) return -1;
    if (l === "" && o !== undefined && o !== null) return 4;
    return langNumber(l);
  } catch {
    return -1;
  }
}
// `reg.decideBatch`'s questions the same way, as numbers (issue 12: a batch's strings, packed
// and read back, cost more than its decisions): three per question in an `Int32Array`, the
// zone's place among the register's zones (`places`: a `Map` of the register's zone ids, made
// once per loaded register), the year, and the date as yyyymmdd (`-1`: none); `undefined` if
// any question is not such a question or names a zone the register does not hold (the JSON
// path then names it). The module checks each date again (2019-02-30 is no date).
function day(s) {
  if (typeof s !== "string" || s.length !== 10) return -2;
  let v = 0;
  for (let i = 0; i < 10; i++) {
    const c = s.charCodeAt(i);
    if (i === 4 || i === 7) {
      if (c !== 45) return -2;
    } else if (c < 48 || c > 57) {
      return -2;
    } else {
      v = v * 10 + (c - 48);
    }
  }
  return v;
}
// Whether a question's keys are `zoneId`, `year` and `asOf` alone.
function questionKeys(q) {
  for (const k in q) if (k !== "zoneId" && k !== "year" && k !== "asOf") return false;
  return true;
}
// A zone-year question's date as yyyymmdd (`-1`: none), or `-2` when its year is not a whole
// number from 1 to 9999 or its date not `YYYY-MM-DD`.
function dateOf(year, asOf) {
  if (!Number.isSafeInteger(year) || year < 1 || year > 9999) return -2;
  return asOf === undefined ? -1 : day(asOf);
}
// The place of zone `id` among a register's zones as JS keeps them (`places` in lib.rs: a
// register of one zone's id, or a `Map` of the ids), or `undefined`.
function placeIn(places, id) {
  return typeof places === "string" ? (places === id ? 0 : undefined) : places === undefined ? undefined : places.get(id);
}
// `rule` and `id`: the batch's rule and its register's number (`Loaded::id`): a batch whose
// every question's brief JS keeps for that register (`loadedAnswers`, a brief's `kindOf`) is answered
// here, as an array of `Decision`s; another batch's questions are noted (`batchLearning`), and
// their briefs kept when the module gives them (`briefs_at`).
let batchLearning;
export function zone_years_at(qs, o, places, rule, id) {
  batchLearning = undefined;
  learningAt = undefined;
  try {
    if (!Array.isArray(qs) || language(o) === undefined) return undefined;
    const n = qs.length;
    const out = new Int32Array(3 * n);
    const r = rules === undefined ? undefined : rules.get(rule);
    const kind = r === undefined ? undefined : kindOf(r, 0, true);
    const store = kind === undefined || n > LOADED_ANSWERS ? undefined : loadedAnswers.get(id);
    const keys = kind === undefined || n > LOADED_ANSWERS ? undefined : new Array(n);
    let entries = store === undefined ? undefined : new Array(n);
    for (let i = 0; i < n; i++) {
      const q = qs[i];
      if (!plainObject(q) || !questionKeys(q)) return undefined;
      const place = placeIn(places, q.zoneId), year = q.year;
      const d = dateOf(year, q.asOf);
      if (place === undefined || d === -2) return undefined;
      out[3 * i] = place;
      out[3 * i + 1] = year;
      out[3 * i + 2] = d;
      if (keys !== undefined) {
        const key = atOf(place, year, d);
        keys[i] = key;
        if (entries !== undefined) {
          const e = entryIn(store, kind, key);
          if (e !== undefined && e.b !== undefined) entries[i] = e;
          else entries = undefined;
        }
      }
    }
    if (entries !== undefined && n > 0) {
      const answers = new Array(n);
      for (let i = 0; i < n; i++) answers[i] = decision(entries[i].b);
      return answers;
    }
    if (keys !== undefined && keys.every((k) => k !== undefined)) batchLearning = { id, kind, keys, places };
    return out;
  } catch {
    batchLearning = undefined;
    return undefined;
  }
}
// `reg.decide`'s and `reg.evaluate`'s plain zone-year question the same way: `[rule, place,
// year, date, lang]`, the rule as its number in the module's list of rule ids (`set_rules`,
// given once), the language 0 when not given, else 1, 2, 3 for zh, ko, en; or `undefined`.
// `zoneYearRules`: the same for the rules whose input is a zone-year question (`zone_year`
// is 1 for them).
let rules, zoneYearRules;
// The module's input limit in bytes (`limits::MAX_INPUT_BYTES`), given with the rules: a batch's
// JSON text past it is refused by the module, so JS answers only batches well under it.
let inputLimit = 0;
// The module's memory (given with the rules) and a view of it: a quick question's numbers are
// written straight into the module's buffer for them (`QUESTION` in lib.rs, at `at`), not
// returned as an array the glue copies into memory the module allocates for it and frees
// (issue 12: a call into the module and an allocation per question). When the memory grows
// its old buffer is detached, and a view of it has length 0: made again.
let memory, numbers = new Int32Array(0);
function numbersAt() {
  if (numbers.length === 0) numbers = new Int32Array(memory.buffer);
  return numbers;
}
export function set_rules(ids, zone_year, dates, mem, limit) {
  memory = mem;
  inputLimit = limit;
  numbers = new Int32Array(0);
  rules = new Map();
  zoneYearRules = new Map();
  dateRules = new Map();
  for (let i = 0; i < ids.length; i++) {
    rules.set(ids[i], i);
    if (zone_year[i] === 1) zoneYearRules.set(ids[i], i);
    if (dates[i] !== "") dateRules.set(ids[i], dates[i].split(",").map((f) => (f.endsWith("!") ? [f.slice(0, -1), true] : [f, false])));
  }
}
// The rules whose input is dates alone (art-02.a, art-18.c: `api::date_fields`), by id: each
// field's name and whether it is required, in the module's order.
let dateRules;
// A stateless question of such a rule (issue 12: no `JSON.stringify` of it, no text read across
// and parsed): with options of a `lang` at most, each field a `YYYY-MM-DD` string (or, when not
// required, absent, `undefined` or `null`) and no other key, the options' number (as
// `options_lang` gives it) and each field's date as yyyymmdd (`-1`: none) are written into the
// module's memory at `at` (`QUESTION`), and the input's JSON text is returned, the fields given
// in the module's order (what its reasons are asked again with when first read: `Redo`).
// `undefined` for anything else: the call's own path answers it or names what is wrong. Each
// value is read once; the module checks each date again (2019-02-30 is no date).
export function dates_question(rule, input, o, at) {
  try {
    const fields = dateRules === undefined ? undefined : dateRules.get(rule);
    if (fields === undefined || !plainObject(input)) return undefined;
    const n = options_lang(o);
    if (n < 0) return undefined;
    for (const k in input) {
      let known = false;
      for (let j = 0; j < fields.length; j++) if (fields[j][0] === k) known = true;
      if (!known) return undefined;
    }
    const days = new Array(fields.length);
    let text = "";
    for (let j = 0; j < fields.length; j++) {
      const v = input[fields[j][0]];
      if (v === undefined || v === null) {
        if (fields[j][1]) return undefined;
        days[j] = -1;
      } else {
        const d = day(v);
        if (d < 0) return undefined;
        days[j] = d;
        // `v` is ten digits and dashes: nothing in it to escape.
        text += (text === "" ? '{"' : ',"') + fields[j][0] + '":"' + v + '"';
      }
    }
    const out = numbersAt();
    const i = at >>> 2;
    out[i] = n;
    for (let j = 0; j < days.length; j++) out[i + 1 + j] = days[j];
    return text === "" ? "{}" : text + "}";
  } catch {
    return undefined;
  }
}
// `writeAsked` writes a question's numbers into `out` from `at`: the rule, the zone's place,
// the year, the date and the language's number.
function writeAsked(out, at, rule, place, year, date, lang) {
  out[at] = rule;
  out[at + 1] = place;
  out[at + 2] = year;
  out[at + 3] = date;
  out[at + 4] = langNumber(lang);
  return out;
}
// A stateless zone-year question (`evaluate` / `decide` of `{ register, zoneId, year, asOf }`
// with options of a `lang` at most) in one step (issue 12: splitting the input, finding the
// register and reading the question were three calls out of the module): `1` with `[register,
// rule, place, year, date, lang]` written into the module's memory at `at` (as `zone_year_at`
// writes them), the register as its number among the kept ones (`kept_register`); or `0` when
// the register is not kept (the module reads its JSON text, `kept_text`, keeps it, and asks
// again); or `-1` for anything else: another rule, input or options, values of the wrong types,
// a zone the register does not hold (the call then takes its own path, which answers alike or
// names what is wrong), or `-2 - n` for those of a rule the module listed as its `n`th
// (`set_rules`), so that the call's own path has the rule without reading its id's text again.
// Each of the input's values is read once; the numbers are written last,
// after any code of the caller's (a getter) has run. `batch`: `0` for a call of its own, `1`
// for the first item of an `evaluateBatch`, `2` for its other items: within one batch a
// register object found once is not walked again (`inBatch`).
export function zone_year_stateless(rule, input, o, at, batch, answering) {
  // Trusted for this call only, whatever it answers.
  const trusted = justKept;
  justKept = undefined;
  learningAt = undefined;
  if (batch === 1) inBatch = new WeakMap();
  try {
    const r = zoneYearRules === undefined ? undefined : zoneYearRules.get(rule);
    if (r === undefined) {
      const n = rules === undefined ? undefined : rules.get(rule);
      return n === undefined ? -1 : -2 - n;
    }
    // Any other question of this rule: the rule told by its number.
    const other = -2 - r;
    const lang = language(o);
    if (lang === undefined || !zoneYearOf(input)) return other;
    // Read now: `kept_register` may run the caller's code (a getter), which may ask again.
    const register = asked.register, zoneId = asked.zoneId, year = asked.year, date = asked.date;
    asked.register = undefined;
    let n = batch === 0 ? undefined : inBatch.get(register);
    if (n === undefined) {
      n = kept_register(register, trusted);
      // Not kept: its text is `kept_text()`.
      if (typeof n !== "number") return n === undefined ? other : 0;
      if (batch !== 0) inBatch.set(register, n);
    }
    const place = placeIn(placesOf[n], zoneId);
    if (place === undefined) return other;
    // The question's numbers, also when JS answers it (a batch counts its bytes from them).
    const out = numbersAt();
    const i = at >>> 2;
    out[i] = n;
    writeAsked(out, i + 1, r, place, year, date, lang);
    return answerKept(keptAnswers[n], texts[n], n, undefined, undefined, r, lang, place, year, date, answering) ? 2 : 1;
  } catch {
    return -1;
  }
}
// `reg.decide`'s and `reg.evaluate`'s question the same way: `1` with `[rule, place, year,
// date, lang]` written at `at`, or `0`.
// `answering`: 1 for `reg.evaluate` of one question or an item of `reg.evaluateBatch`, 2 for
// `reg.decide`'s, which take the answer or brief JS makes from what it keeps for the same
// question of register `id` (`2`, `stashed_answer`; `loadedAnswers`).
export function zone_year_at(rule, q, o, places, at, id, answering) {
  learningAt = undefined;
  try {
    if (!loadedQuestion(rule, q, o, places)) return 0;
    const { r, lang, place, year, d } = loaded;
    // The question's numbers, also when JS answers it (a batch counts its bytes from them).
    writeAsked(numbersAt(), at >>> 2, r, place, year, d, lang);
    return answerKept(loadedAnswers.get(id), undefined, -1, id, places, r, lang, place, year, d, answering) ? 2 : 1;
  } catch {
    return 0;
  }
}
// A loaded register's zone-year question (`rule`, `q`, options `o`, the register's `places`)
// as `zone_year_at` and `loadedAnswered` read it: `true` with its rule's and language's
// numbers, the zone's place, the year and the date (`dateOf`) in `loaded`. One object for
// every call (the caller reads it at once, before any code of the caller's can run).
const loaded = { r: 0, lang: "", place: 0, year: 0, d: 0, zoneId: "" };
function loadedQuestion(rule, q, o, places) {
  const r = rules === undefined ? undefined : rules.get(rule);
  const lang = language(o);
  if (r === undefined || lang === undefined || !plainObject(q) || !questionKeys(q)) return false;
  const zoneId = q.zoneId, year = q.year;
  const place = placeIn(places, zoneId);
  const d = dateOf(year, q.asOf);
  if (place === undefined || d === -2) return false;
  loaded.r = r;
  loaded.lang = lang;
  loaded.place = place;
  loaded.year = year;
  loaded.d = d;
  loaded.zoneId = zoneId;
  return true;
}
// `reg.evaluate` (`answering` 1) and `reg.decide` (2) of a question asked again, answered
// before the module is called (issue 12: the call into the module, its call back into JS
// to read the question and the answer's way back through the module were a quarter of a
// loaded `evaluate` asked again): the answer or `Decision` made from what JS keeps for the same
// question of the same register (`loadedAnswers`), as `zone_year_at` makes it when the module
// asks (the same reading, `loadedQuestion`, and the same entry, `answerKept`), or `undefined`
// when JS keeps none, or for anything else (the method then calls the module, which answers,
// learns, or names what is wrong). `reg`: the method's `this`; its number (`Loaded::id`) is
// asked of the module (`__devzoneNumber`; a register freed cannot tell it) and, once JS keeps
// answers for it, kept on it under a symbol; a freed register's entries are forgotten
// (`forget_loaded`), so the module is called and refuses it. A register's places are those
// the module gave with its first question learnt (`Answers`' `places`: never changed while
// the register lives).
const NUMBER = Symbol("devzone-rules: the register's number");
function loadedAnswered(reg, rule, q, o, answering) {
  try {
    const store = loadedStore(reg);
    const e = store === undefined ? undefined : loadedEntry(store, rule, q, o, answering);
    return e === undefined ? undefined : fromEntry(e, undefined);
  } catch {
    return undefined;
  }
}
// The `Answers` JS keeps for loaded register `reg` (a method's `this`), or `undefined`.
function loadedStore(reg) {
  let n = reg[NUMBER];
  if (n !== undefined) return loadedAnswers.get(n);
  n = reg.__devzoneNumber();
  const store = loadedAnswers.get(n);
  // Noted once JS keeps answers for it (a register asked once is never noted).
  if (store !== undefined) Object.defineProperty(reg, NUMBER, { value: n });
  return store;
}
// The entry `store` keeps for question `q` as `loadedQuestion` reads it, or `undefined`.
function loadedEntry(store, rule, q, o, answering) {
  if (!loadedQuestion(rule, q, o, store.places)) return undefined;
  const { r, lang, place, year, d } = loaded;
  return entryIn(store, kindOf(r, langNumber(lang), answering === 2), atOf(place, year, d));
}
// `reg.evaluateBatch` of questions each asked before, answered as `loadedAnswered` answers each
// (the module's batch answers each as `reg.evaluate` does), when JS keeps every one of them and
// the batch's JSON text is surely under the module's input limit (each question's counted
// generously: its zone id's UTF-16 units as six bytes each, the rest of it as 64); `undefined`
// for anything else (the method then calls the module, which answers, learns, or names the
// item or refuses the array).
function loadedBatch(reg, rule, qs, o) {
  try {
    const store = Array.isArray(qs) && qs.length > 0 ? loadedStore(reg) : undefined;
    if (store === undefined) return undefined;
    const entries = new Array(qs.length);
    let bytes = 2;
    for (let i = 0; i < qs.length; i++) {
      const e = loadedEntry(store, rule, qs[i], o, 1);
      if (e === undefined) return undefined;
      bytes += loaded.zoneId.length * 6 + 64;
      if (bytes > inputLimit) return undefined;
      entries[i] = e;
    }
    const out = new Array(entries.length);
    for (let i = 0; i < entries.length; i++) out[i] = fromEntry(entries[i], undefined);
    return out;
  } catch {
    return undefined;
  }
}
// The stateless `evaluate` (`answering` 1) and `decide` (2) of a zone-year question asked
// again, answered the same way before the module is called: its register found among the kept
// ones by the object alone (`keptObject`: the object kept, or another of the same data; never
// by writing its text; a register never kept is left to the module before anything else is
// read), the question read as `zone_year_stateless` reads it (`zoneYearOf`, the same register
// object), and the entry `answerKept` would find; `undefined` for anything else (the function
// then calls the module, which reads the question again).
function statelessAnswered(rule, input, o, answering) {
  try {
    const r = zoneYearRules === undefined ? undefined : zoneYearRules.get(rule);
    if (r === undefined || !plainObject(input)) return undefined;
    // The register first: one never kept (a first call) is left to the module at once.
    const register = input.register;
    const n = keptOf(register, undefined);
    const lang = n < 0 ? undefined : language(o);
    const e = lang === undefined ? undefined : statelessEntry(r, input, register, n, lang, answering);
    return e === undefined ? undefined : fromEntry(e, texts[n]);
  } catch {
    return undefined;
  }
}
// The number of the kept register `register` is (`keptObject`), or `-1`; `seen`: a batch's
// register objects found so far (a `Map`, or `undefined`), each walked once in a batch as
// `zone_year_stateless` walks them (`inBatch`).
function keptOf(register, seen) {
  if (typeof register !== "object" || register === null) return -1;
  let n = seen === undefined ? undefined : seen.get(register);
  if (n === undefined) {
    n = keptObject(register, undefined);
    if (seen !== undefined) seen.set(register, n);
  }
  return n;
}
// The entry `keptAnswers` keeps for stateless question `input` (rule number `r`, language
// `lang` as `language` gives it) of kept register `n`, the object `register` it holds, read
// as `zone_year_stateless` reads it (`zoneYearOf`), or `undefined`.
function statelessEntry(r, input, register, n, lang, answering) {
  if (!zoneYearOf(input)) return undefined;
  // Read now, and the register let go of (`asked`); a getter may give another object.
  const same = asked.register === register, zoneId = asked.zoneId, year = asked.year, date = asked.date;
  asked.register = undefined;
  const place = same ? placeIn(placesOf[n], zoneId) : undefined;
  if (place === undefined) return undefined;
  return entryIn(keptAnswers[n], kindOf(r, langNumber(lang), answering === 2), atOf(place, year, date));
}
// A stateless `evaluateBatch` of zone-year questions each asked before, answered as
// `statelessAnswered` answers each (the module's batch answers each as `evaluate` does), when
// JS keeps every one of them and the batch's JSON text is surely under the module's input limit
// (each item counted generously: its register's kept text's UTF-16 units as nine bytes each,
// three for the register and six for a zone id, which is no longer than it, and 100 more);
// `undefined` for anything else (the function then calls the module).
function statelessBatch(rule, inputs, o) {
  try {
    const r = zoneYearRules === undefined ? undefined : zoneYearRules.get(rule);
    const lang = r === undefined || !Array.isArray(inputs) || inputs.length === 0 ? undefined : language(o);
    if (lang === undefined) return undefined;
    const seen = new Map();
    const entries = new Array(inputs.length);
    const kept = new Array(inputs.length);
    let bytes = 2;
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      if (!plainObject(input)) return undefined;
      const register = input.register;
      const n = keptOf(register, seen);
      const e = n < 0 ? undefined : statelessEntry(r, input, register, n, lang, 1);
      if (e === undefined) return undefined;
      bytes += texts[n].length * 9 + 100;
      if (bytes > inputLimit) return undefined;
      entries[i] = e;
      kept[i] = n;
    }
    const out = new Array(entries.length);
    for (let i = 0; i < entries.length; i++) out[i] = fromEntry(entries[i], texts[kept[i]]);
    return out;
  } catch {
    return undefined;
  }
}
// Called once by the package's glue (`cargo xtask pkg` adds the call: xtask/src/pkg.rs) with
// its `LoadedRegister` class, whose `evaluate`, `decide` and `evaluateBatch` then first ask
// `loadedAnswered` or `loadedBatch`, and its `evaluate`, `decide` and `evaluateBatch`
// functions: gives those three as they first ask `statelessAnswered` or `statelessBatch`, for
// the glue to export in their place.
export function answer_first(LoadedRegister, evaluate, decide, evaluateBatch) {
  if (typeof evaluate !== "function" || typeof decide !== "function" || typeof evaluateBatch !== "function") {
    throw missing("functions evaluate, decide and evaluateBatch");
  }
  // Methods (not constructors), named as the glue's.
  const first = {
    evaluate(rule_id, input, options) {
      const a = statelessAnswered(rule_id, input, options, 1);
      return a !== undefined ? a : evaluate(rule_id, input, options);
    },
    decide(rule_id, input, options) {
      const a = statelessAnswered(rule_id, input, options, 2);
      return a !== undefined ? a : decide(rule_id, input, options);
    },
    evaluateBatch(rule_id, inputs, options) {
      const a = statelessBatch(rule_id, inputs, options);
      return a !== undefined ? a : evaluateBatch(rule_id, inputs, options);
    },
  };
  loadedFirst(LoadedRegister);
  return [first.evaluate, first.decide, first.evaluateBatch];
}
function loadedFirst(LoadedRegister) {
  const p = LoadedRegister.prototype;
  const evaluate = p.evaluate, decide = p.decide, evaluateBatch = p.evaluateBatch;
  if (typeof evaluate !== "function" || typeof decide !== "function" || typeof evaluateBatch !== "function") {
    throw missing("methods of LoadedRegister");
  }
  const first = {
    evaluate(rule_id, question, options) {
      const a = loadedAnswered(this, rule_id, question, options, 1);
      return a !== undefined ? a : evaluate.call(this, rule_id, question, options);
    },
    decide(rule_id, question, options) {
      const a = loadedAnswered(this, rule_id, question, options, 2);
      return a !== undefined ? a : decide.call(this, rule_id, question, options);
    },
    evaluateBatch(rule_id, questions, options) {
      const a = loadedBatch(this, rule_id, questions, options);
      return a !== undefined ? a : evaluateBatch.call(this, rule_id, questions, options);
    },
  };
  p.evaluate = first.evaluate;
  p.decide = first.decide;
  p.evaluateBatch = first.evaluateBatch;
}
// A stateless zone-year question's values, each read once, into `asked` (`register`, `zoneId`,
// `year`, `asOf`, and `date`: `asOf` as `dateOf` gives it): whether `input` is a plain object
// holding `register` (a plain object), `zoneId` (a string), `year` and `asOf` alone, with a year
// and date `dateOf` takes. One object for every call (issue 12: an object made per question
// was garbage for every stateless call); the caller reads it at once, before any code of the
// caller's can run, and lets go of the register.
const asked = { register: undefined, zoneId: undefined, year: undefined, asOf: undefined, date: 0 };
function zoneYearOf(input) {
  asked.register = asked.zoneId = asked.year = asked.asOf = undefined;
  if (!plainObject(input)) return false;
  let register, zoneId, year, asOf;
  for (const k in input) {
    const v = input[k];
    if (k === "register") register = v;
    else if (k === "zoneId") zoneId = v;
    else if (k === "year") year = v;
    else if (k === "asOf") asOf = v;
    else return false;
  }
  if (!plainObject(register) || typeof zoneId !== "string") return false;
  const date = dateOf(year, asOf);
  if (date === -2) return false;
  asked.register = register;
  asked.zoneId = zoneId;
  asked.year = year;
  asked.asOf = asOf;
  asked.date = date;
  return true;
}
// A stateless call on a whole register (`zoneSummary`, `report`, `obligations`: `{ register,
// ...question }`): `[register, question]`, the question a new plain object of the input's other
// keys, or `undefined` when the input is not a plain object holding a plain-object `register`
// (or has a key `__proto__`, which would set the copy's prototype): the call then takes its own
// path. The question is not checked here: the loaded register's call checks it, and any error
// sends the call down its own path, which names the field as it always has. `again`: a call
// that keeps a register only when its object is asked again (`Sight::Second` in lib.rs) gets
// `undefined` at once for a register object seen for the first time (`firstSight`).
export function split_off_register(input, again) {
  try {
    if (!plainObject(input)) return undefined;
    const question = {};
    let register;
    for (const k in input) {
      if (k === "register") register = input[k];
      else if (k === "__proto__") return undefined;
      else question[k] = input[k];
    }
    if (!plainObject(register) || (again === true && firstSight(register))) return undefined;
    return [register, question];
  } catch {
    return undefined;
  }
}
// Whether `inputs` is a non-empty array of plain objects that all hold the same plain-object
// `register` (`register_batch` in lib.rs).
export function one_register(inputs) {
  try {
    if (!Array.isArray(inputs) || inputs.length === 0) return false;
    let register;
    for (let i = 0; i < inputs.length; i++) {
      const item = inputs[i];
      if (!plainObject(item)) return false;
      const r = item.register;
      if (i === 0) register = r;
      else if (r !== register) return false;
    }
    return plainObject(register);
  } catch {
    return false;
  }
}
// A loaded register's zone ids (an array, in the register's order) → their places.
export function zone_places(ids) {
  const m = new Map();
  for (let i = 0; i < ids.length; i++) m.set(ids[i], i);
  return m;
}
// A brief written as "<ruleId> <outcome> <severity> <codes,…> <codes,…>" (rule ids, outcomes,
// severities and reason codes hold no space or comma) made the `Decision` object. Making its
// strings was half the time of a quick `reg.decide` (by `JSON.parse` or by `split` alike), and
// most checks of a register answer the same few briefs: each brief's words are split once and
// kept (at most 4,096, then forgotten all at once), and every call gets a new plain object with
// new arrays of those strings (strings are values: sharing them is invisible).
const briefs = new Map();
function words(text) {
  const [ruleId, outcome, severity, reasons, human] = text.split(" ");
  return [ruleId, outcome, severity, reasons === "" ? [] : reasons.split(","), human === "" ? [] : human.split(",")];
}
function known(text) {
  let b = briefs.get(text);
  if (b === undefined) {
    b = words(text);
    if (briefs.size >= 4096) briefs.clear();
    briefs.set(text, b);
  }
  return b;
}
function decision(b) {
  return { ruleId: b[0], outcome: b[1], severity: b[2], reasonCodes: b[3].slice(), needsHumanCodes: b[4].slice() };
}
export function brief_of(text) {
  return decision(known(text));
}
// Briefs numbered by the module (`reg.decide`'s quick path): each one's words cross once, when
// the module first gives its number (`brief_new`); after that the number alone.
const numbered = [];
export function brief_new(n, text) {
  numbered[n] = words(text);
  learnBrief(numbered[n]);
  return decision(numbered[n]);
}
// Never throws (imported without `catch`, as `zone_year_stateless` is): `undefined` for a
// number JS does not hold (a defect; the module then sends the words).
export function brief_numbered(n) {
  const b = numbered[n];
  if (b === undefined) return undefined;
  learnBrief(b);
  return decision(b);
}
// The briefs of a batch: the distinct briefs' words, one a line, and for each question the line
// of its brief (`LoadedRegister::decide_zone_places_table`).
export function briefs_at(text, at) {
  const lines = text === "" ? [] : text.split("\n").map(known);
  const out = new Array(at.length);
  for (let i = 0; i < at.length; i++) out[i] = decision(lines[at[i]]);
  // The briefs of the batch `zone_years_at` read last, kept by its questions' keys.
  const learnt = batchLearning;
  batchLearning = undefined;
  if (learnt !== undefined && learnt.keys.length === at.length) {
    for (let i = 0; i < at.length; i++) {
      const b = lines[at[i]];
      if (b !== undefined) keepEntry(learnt.id, -1, learnt.kind, learnt.keys[i], briefEntry(b), learnt.places);
    }
  }
  return out;
}

// The fast path of the boundary (issue 12): plain JSON data crosses as one JSON text each way
// (`JSON.stringify` here, `serde_json` in the module, `JSON.parse` of the answer) instead of one
// call per field. `ok` refuses everything `JSON.stringify` would change silently and the exact
// walk (`from_js`) refuses with a message: non-finite numbers, BigInt, functions, symbols,
// objects that are not plain (Date, Map, class instances, boxed values), objects with `toJSON`;
// anything refused, thrown (cycles and very deep values overflow the stack; Proxy traps) takes
// the exact path, and so does every call that fails, so errors keep their exact field paths and
// words. `ok` walks the value before `JSON.stringify` writes it without a replacer: the same
// checks a replacer made, at half the cost (a replacer is a call per key; measured on the
// art-14.d input, Node 20: 23.2 µs with the replacer, 12.4 µs walk + stringify, on a busy
// machine). Both read each property twice, as the replacer did (a getter runs twice).
function plain(o) {
  if (Array.isArray(o)) return true;
  const p = Object.getPrototypeOf(o);
  return p === null || p === P || Object.getPrototypeOf(p) === null;
}
function ok(v) {
  switch (typeof v) {
    case "string":
    case "boolean":
    case "undefined":
      return true;
    case "number":
      return Number.isFinite(v);
    case "object":
      if (v === null) return true;
      if (!plain(v) || typeof v.toJSON === "function") return false;
      if (Array.isArray(v)) {
        for (let i = 0; i < v.length; i++) if (!ok(v[i])) return false;
        return true;
      }
      // Every enumerable key, its own (what JSON.stringify writes) and any an object it inherits
      // from has (an enumerable property someone added to Object.prototype): checking more than
      // is written only ever sends a call down the exact path. `for…in` allocates no array of
      // keys, as `Object.keys` did (the walk 41 % faster on the art-14.d inputs of the peers'
      // benchmark, Node 20).
      for (const key in v) if (!ok(v[key])) return false;
      return true;
    default:
      return false;
  }
}
export function plain_json(value) {
  if (value === undefined) return "null";
  try {
    return ok(value) ? JSON.stringify(value) : undefined;
  } catch {
    return undefined;
  }
}
// `plain_json` of `value`, its UTF-8 also written straight into the module's buffer for it
// (`TEXT_IN` in lib.rs: `cap` bytes at `at`) by `TextEncoder.encodeInto`, the bytes written put
// at `lenAt` (`-2`: not written, too long or no memory known yet; the module then reads the
// string returned). Issue 12: the glue's own way to pass a string allocates memory in the module
// for it (a call into the module) and copies it a UTF-16 unit at a time until the first that is
// not ASCII, 295 ns for 73 characters and 1.1 µs for 300 against encodeInto's 70–90 ns.
const encoder = new TextEncoder();
let textIn = new Uint8Array(0);
export function plain_json_into(value, at, cap, lenAt) {
  const text = plain_json(value);
  if (text !== undefined) intoModule(text, at, cap, lenAt);
  return text;
}
// `kept_text`'s text written so (`kept_text_into` in lib.rs; the string is not returned).
export function kept_text_into(at, cap, lenAt) {
  if (lastText !== undefined) intoModule(lastText, at, cap, lenAt);
}
// `text`'s UTF-8 into the module's `cap` bytes at `at`, its length at `lenAt`; left as it was
// (`-2`, set by the module before the call) when it does not fit or the memory is not known.
function intoModule(text, at, cap, lenAt) {
  try {
    if (memory === undefined || text.length > cap) return;
    if (textIn.length === 0 || textIn.byteOffset !== at || textIn.length !== cap) {
      textIn = new Uint8Array(memory.buffer, at, cap);
    }
    const r = encoder.encodeInto(text, textIn);
    if (r.read === text.length) numbersAt()[lenAt >> 2] = r.written;
  } catch {
    // The module then asks for the string.
  }
}
// The registers of stateless zone-year questions the module keeps (`zone_year_or_rule` in
// lib.rs), each by the module's number for it, so that a register seen before crosses as a
// number. `kept_register` gives the number, or the text for one not kept, or
// `undefined` for a value that is not plain JSON data.
//
// The same register object asked again (a form's register, the same object with each question)
// is found by the object (issue 12: writing its JSON text and finding that text in the `Map`, its
// hash and comparison, were 40 % of a stateless `decide`): `byObject` gives the number JS last
// knew for it, and `same` checks that the object still is the data kept, against the values of
// the kept text in order (`snapshots`, `flat`), so that an object changed in between is read
// again. `same` answers yes only when the object's JSON text would be the kept text: anything
// else it cannot vouch for (another prototype, a `toJSON`, a key inherited, a number not
// finite, a function, keys in another order) is a no, and the call keeps the register its text
// is (the module reads it as for a register not seen before).
//
// The kept registers by their JSON text (`byText`) are made only when an answer's deferred
// reasons ask for theirs (`kept_number`), and kept up from then on: finding a register by its
// text hashes the whole text, which was 3–4 % of a register's first call (issue 12; 860 ns for a
// one-zone register's 320 characters), and a register asked again is found by its object or its
// first zone. (An object of a kept register's data found by neither, rare, is kept once more.)
let byText;
// By number: each kept register's text, and the values `same` compares with, made from that
// text the first time the same object is asked again (a register asked once costs none).
const texts = [];
const snapshots = [];
// Each register object → its number `n`, or `-1 - n` for one found the same (`same`) and frozen
// all through, as plain data properties (Immer and Redux Toolkit freeze their state so). Such
// an object cannot change, so asked again it is the kept register without `same`'s walk over it
// (a 1,000-zone register's walk is most of a stateless call on it). One map for both: one
// look-up a call (issue 12: a second map for the frozen ones was a second look-up for every
// object, −1–4 % at 1,000 registers). (A `toJSON` put on `Object.prototype` later changes
// nothing: the call's own path reads a register's values, not its `toJSON`.)
let byObject = new WeakMap();
function frozenData(v) {
  if (typeof v !== "object" || v === null) return true;
  if (!Object.isFrozen(v)) return false;
  const d = Object.getOwnPropertyDescriptors(v);
  const keys = Object.keys(d);
  for (let i = 0; i < keys.length; i++) {
    const p = d[keys[i]];
    if (!("value" in p) || !frozenData(p.value)) return false;
  }
  return true;
}
// The object whose text `kept_register` last gave, and that text: the module keeps it next
// (`keep_register`).
let lastObject, lastText;
// Each kept register's zone ids → places (a `Map`, by number; a register of one zone: its id,
// at place 0, with no map), and the object the module kept
// last in the current call (`keep_register`): asked again in the same call, it is the register
// just written without `same`'s walk (no code of the caller's runs in between).
const placesOf = [];
let justKept;
// Each kept register's number by its first zone's id (`firstZoneOf`; the last kept of each id):
// an object not found by itself is checked (`same`) against that one before its text is
// written. A wrong guess costs a walk that stops at the first difference; the answer is never
// taken from a guess without `same`.
const firstZone = new Map();
// The register objects asked once by a call that keeps a register only when asked again.
const seenOnce = new WeakSet();
// The register objects whose text was too long to keep (`note_unkept`): such a call takes its
// own path at once, without writing the text again only to find it too long.
const unkept = new WeakSet();
export function note_unkept(register) {
  if (typeof register === "object" && register !== null) unkept.add(register);
}
// Whether `register` is an object neither kept, nor seen before, nor of a first zone a kept
// register has (`kept_register` then tries that one): noted as seen, the call takes its own
// path without a look-up (issue 12: a register asked once pays no more than the checks here);
// or one too long to keep (`unkept`).
function firstSight(register) {
  if (unkept.has(register)) return true;
  if (byObject.has(register) || seenOnce.has(register)) return false;
  const id = firstZoneOf(register);
  if (id !== undefined && firstZone.has(id)) return false;
  seenOnce.add(register);
  return true;
}
// The register objects of the `evaluateBatch` under way, each with its number once found (one
// array, read by the module item after item: a register object asked many times is walked
// once), made again at each batch's first item and when the kept registers are forgotten.
let inBatch = new WeakMap();
// The kept text's values in the order `JSON.stringify` wrote them (`flat`): an object as
// `OBJECT`, its number of keys, then each key and its value's entries; an array as `ARRAY`, its
// length, then its items' entries; anything else as itself. `same` walks the object along it,
// each key compared with the one expected next: no look-up of a key in a copy (issue 12: the
// copy's look-ups were most of the walk).
const OBJECT = {};
const ARRAY = {};
function flat(v, out) {
  if (typeof v !== "object" || v === null) out.push(v);
  else if (Array.isArray(v)) {
    out.push(ARRAY, v.length);
    for (let i = 0; i < v.length; i++) flat(v[i], out);
  } else {
    const keys = Object.keys(v);
    out.push(OBJECT, keys.length);
    for (let i = 0; i < keys.length; i++) {
      out.push(keys[i]);
      flat(v[keys[i]], out);
    }
  }
  return out;
}
// Whether `v` would be written as the kept entries of `t` from `i`: the index after them, or
// `-1`. An object's keys are expected in the text's order, which is the order `for…in` gives
// them for the object the text was written of (an object whose keys were put back in another
// order is found by its text instead).
function match(v, t, i) {
  const x = t[i];
  if (x !== OBJECT && x !== ARRAY) return v === x ? i + 1 : -1;
  if (typeof v !== "object" || v === null || typeof v.toJSON === "function") return -1;
  if (x === ARRAY) {
    if (!Array.isArray(v) || v.length !== t[i + 1]) return -1;
    i += 2;
    for (let j = 0; j < v.length && i >= 0; j++) {
      const e = v[j];
      // `JSON.stringify` writes an array's `undefined` as `null`.
      if (e === undefined) i = t[i] === null ? i + 1 : -1;
      else i = match(e, t, i);
    }
    return i;
  }
  const p = Object.getPrototypeOf(v);
  if ((p !== P && p !== null) || Array.isArray(v)) return -1;
  // Every key the object would write (not `undefined`; `for…in` also gives keys inherited from
  // `Object.prototype`, which the text does not have: a no), as many as the text has.
  let n = t[i + 1];
  i += 2;
  for (const k in v) {
    const e = v[k];
    if (e === undefined) continue;
    if (n === 0 || t[i] !== k) return -1;
    i = match(e, t, i + 1);
    if (i < 0) return -1;
    n--;
  }
  return n === 0 ? i : -1;
}
function same(v, t) {
  return match(v, t, 0) === t.length;
}
// The values of `v` as `flat` lists them, read once, as `JSON.stringify` would write them (an
// object's keys whose value is `undefined` left out, an array's `undefined` as `null`), pushed
// onto `out`; `false` for anything `ok` refuses.
function flatOk(v, out) {
  switch (typeof v) {
    case "string":
    case "boolean":
      out.push(v);
      return true;
    case "number":
      if (!Number.isFinite(v)) return false;
      out.push(v);
      return true;
    case "object": {
      if (v === null) {
        out.push(null);
        return true;
      }
      if (!plain(v) || typeof v.toJSON === "function") return false;
      if (Array.isArray(v)) {
        out.push(ARRAY, v.length);
        for (let i = 0; i < v.length; i++) {
          const e = v[i];
          if (e === undefined) out.push(null);
          else if (!flatOk(e, out)) return false;
        }
        return true;
      }
      const keys = Object.keys(v);
      const at = out.length;
      out.push(OBJECT, 0);
      let written = 0;
      for (let i = 0; i < keys.length; i++) {
        const e = v[keys[i]];
        if (e === undefined) continue;
        out.push(keys[i]);
        if (!flatOk(e, out)) return false;
        written++;
      }
      out[at + 1] = written;
      return true;
    }
    default:
      return false;
  }
}
// Whether `text` is the JSON text `JSON.stringify` writes of the values `flatOk` listed in `t`,
// read against the text as they would be written, without writing them (`textAt`: where the
// next piece must be). A string `JSON.stringify` escapes is compared as it writes it; any other
// is compared between the text's quotes (so a string holding a quote never passes for two).
const ESCAPED = /["\\\u0000-\u001f\ud800-\udfff]/;
let textAt = 0;
function isText(t, text) {
  textAt = 0;
  return textOf(t, 0, text) === t.length && textAt === text.length;
}
function textOf(t, i, text) {
  const x = t[i];
  if (x === OBJECT || x === ARRAY) {
    const object = x === OBJECT;
    const n = t[i + 1];
    if (text.charCodeAt(textAt) !== (object ? 123 : 91)) return -1;
    textAt++;
    i += 2;
    for (let k = 0; k < n; k++) {
      if (k > 0) {
        if (text.charCodeAt(textAt) !== 44) return -1;
        textAt++;
      }
      if (object) {
        if (!quotedAt(t[i++], text) || text.charCodeAt(textAt) !== 58) return -1;
        textAt++;
      }
      i = textOf(t, i, text);
      if (i < 0) return -1;
    }
    if (text.charCodeAt(textAt) !== (object ? 125 : 93)) return -1;
    textAt++;
    return i;
  }
  if (typeof x === "string") return quotedAt(x, text) ? i + 1 : -1;
  const piece = String(x);
  if (!text.startsWith(piece, textAt)) return -1;
  textAt += piece.length;
  return i + 1;
}
function quotedAt(s, text) {
  if (ESCAPED.test(s)) {
    const piece = JSON.stringify(s);
    if (!text.startsWith(piece, textAt)) return false;
    textAt += piece.length;
    return true;
  }
  if (text.charCodeAt(textAt) !== 34 || !text.startsWith(s, textAt + 1) || text.charCodeAt(textAt + 1 + s.length) !== 34) return false;
  textAt += s.length + 2;
  return true;
}
// `trusted`: the object the module kept last in this call (`justKept`), if any.
// Whether `register` is the data of kept register `n` (`same`). The first time it is asked
// again, its values are read once (`flatOk`) and read against the kept text as JSON would write
// them (`isText`): if they are that text, they are its snapshot, the object's own strings, which
// later walks compare by address; else the snapshot is made from the kept text, for the next
// object tried against it (issue 12: the kept text parsed, listed, walked against the object and
// the object listed again were half of a register's second call).
function sameAs(register, n) {
  const copy = snapshots[n];
  if (copy !== undefined) return same(register, copy);
  const own = [];
  let found = false;
  try {
    found = flatOk(register, own) && isText(own, texts[n]);
  } catch {
    found = false;
  }
  if (found) {
    snapshots[n] = own;
    return true;
  }
  snapshots[n] = flat(JSON.parse(texts[n]), []);
  return false;
}
// A register object by its first zone's id (`firstZone`): the id of `zones[0]`, or `undefined`
// (no such array, zone or string id, or a getter that throws).
function firstZoneOf(register) {
  try {
    const zones = register.zones;
    if (!Array.isArray(zones) || zones.length === 0) return undefined;
    const z = zones[0];
    const id = typeof z === "object" && z !== null ? z.id : undefined;
    return typeof id === "string" ? id : undefined;
  } catch {
    return undefined;
  }
}
// `again`: keep a register object only when it is asked again (`Sight::Second` in lib.rs):
// `undefined` for one neither kept nor seen before, which is noted (`seenOnce`).
export function kept_register(register, trusted, again) {
  const isObject = typeof register === "object" && register !== null;
  if (isObject) {
    const n = keptObject(register, trusted);
    if (n >= 0) return n;
    if (again === true && !seenOnce.has(register)) {
      seenOnce.add(register);
      return undefined;
    }
  }
  const text = plain_json(register);
  if (text === undefined) return undefined;
  lastObject = isObject ? register : undefined;
  lastText = text;
  return text;
}
// The number of the kept register whose data object `register` is (by the object itself, or
// by its first zone's id and its data), or `-1`. `trusted`: a register object the module kept
// in this very call, from the text just written of it.
function keptObject(register, trusted) {
  let tried = -1;
  const n = byObject.get(register);
  if (n !== undefined) {
    if (n < 0) return -1 - n;
    if (trusted === register) return n;
    if (sameAs(register, n)) {
      if (frozenData(register)) byObject.set(register, -1 - n);
      return n;
    }
    tried = n;
  }
  // Another object of the same data (a question's input made anew for each call): the kept
  // register of the same first zone, if the object is its data (issue 12: writing the
  // object's JSON text and finding that text in `kept` were a third of such a call).
  const id = firstZoneOf(register);
  const m = id === undefined ? undefined : firstZone.get(id);
  if (m !== undefined && m !== tried && sameAs(register, m)) {
    byObject.set(register, m);
    return m;
  }
  return -1;
}
// The number of the kept register of JSON text `text`, or `-1` once it is forgotten.
export function kept_number(text) {
  if (byText === undefined) {
    byText = new Map();
    for (let n = 0; n < texts.length; n++) byText.set(texts[n], n);
  }
  return byText.get(text) ?? -1;
}
// The text `kept_register` gave last (`zone_year_stateless` gives the module an empty array).
export function kept_text() {
  return lastText;
}
// The register whose text `kept_register` gave last is kept as number `n` (the module reads
// and keeps the text it was just given, so JS names it by the string it holds: the text does
// not cross back). `places`: the register's zone ids → their places (`zone_places`), for
// `zone_year_stateless`; `again`: the module asks about the same object again at once
// (`zone_year_stateless`).
export function keep_register(n, places, again) {
  if (lastText === undefined) return;
  if (byText !== undefined) byText.set(lastText, n);
  texts[n] = lastText;
  // A register of one zone: its id alone (the module sends the id, not a `Map`).
  placesOf[n] = typeof places === "string" ? places : places !== undefined && places.size === 1 ? places.keys().next().value : places;
  if (lastObject !== undefined) {
    byObject.set(lastObject, n);
    const id = firstZoneOf(lastObject);
    if (id !== undefined) firstZone.set(id, n);
  }
  justKept = again ? lastObject : undefined;
  lastObject = lastText = undefined;
}
export function forget_registers() {
  keptAnswers.length = 0;
  keptEntries = 0;
  learningAt = undefined;
  byText = undefined;
  firstZone.clear();
  texts.length = 0;
  snapshots.length = 0;
  placesOf.length = 0;
  justKept = undefined;
  byObject = new WeakMap();
  inBatch = new WeakMap();
  // Not `lastObject` and `lastText`: the module forgets the kept registers when the one it is
  // about to keep (`keep_register`, next) does not fit among them, and that one is kept.
}
"#)]
extern "C" {
    /// `value` as JSON text (a JS string), or `undefined` when it is not plain JSON data (see
    /// above). The JS string is kept to ask a question again ([`Redo`]). It never throws;
    /// `catch` makes wasm-bindgen call it through its glue: a function of a snippet imported
    /// straight into the module would be imported from the snippets' hashed folder, which
    /// `cargo xtask pkg` renames.
    #[wasm_bindgen(catch, js_name = plain_json)]
    fn plain_json_js(value: &JsValue) -> Result<JsValue, JsValue>;
    /// [`plain_json_js`], the text's UTF-8 also written into [`TEXT_IN`] at `at` (`cap` bytes) and
    /// the bytes written at `len_at` ([`TEXT_IN_LEN`]; left as it was when not written). Never
    /// throws: declared without `catch` (wasm-bindgen calls it through its glue, as it takes
    /// numbers).
    #[wasm_bindgen(js_name = plain_json_into)]
    fn plain_json_into_js(value: &JsValue, at: u32, cap: u32, len_at: u32) -> JsValue;
    /// Options of a `lang` at most as a number (`0`–`4`, [`LANG_OPTIONS`]), `-1` for others.
    /// Never throws, so declared without `catch` (issue 12: `handleError`'s closure and `apply`
    /// were 3 % of a stateless call on the JSON path); `glue` is not read: a number argument
    /// makes wasm-bindgen call it through its glue (see [`plain_json_js`]).
    #[wasm_bindgen(js_name = options_lang)]
    fn options_lang_js(options: &JsValue, glue: u32) -> i32;
    /// A register's number among the kept ones, or its JSON text when it is not kept, or
    /// `undefined` when it is not plain JSON data. Never throws.
    #[wasm_bindgen(catch, js_name = kept_register)]
    fn kept_register_js(register: &JsValue) -> Result<JsValue, JsValue>;
    /// JS learns that the register whose text `kept_register` gave last is kept as number `n`,
    /// with its zones' places (a `Map`, or a register of one zone's id: [`Loaded::places`]);
    /// `again`: the same object is asked about at once.
    #[wasm_bindgen(catch)]
    fn keep_register(n: u32, places: &JsValue, again: bool) -> Result<(), JsValue>;
    /// JS forgets every kept register.
    #[wasm_bindgen(catch)]
    fn forget_registers() -> Result<(), JsValue>;
    /// JS notes a register object whose text is longer than is kept ([`KEPT_REGISTER_BYTES`]).
    #[wasm_bindgen(catch)]
    fn note_unkept(register: &JsValue) -> Result<(), JsValue>;
    /// [`kept_register_js`] for a call that keeps a register only when its object is asked
    /// again (`Sight::Second`): `undefined` for an object neither kept nor seen before (JS notes
    /// it). Never throws.
    #[wasm_bindgen(catch, js_name = kept_register)]
    fn kept_register_again_js(
        register: &JsValue,
        trusted: &JsValue,
        again: bool,
    ) -> Result<JsValue, JsValue>;
    /// The answer (or array of answers) of `text` with its shared parts put back, and the
    /// large parts of `spans` ([`Fresh::spans`]) parsed when first read.
    #[wasm_bindgen(catch)]
    fn shared_answers(
        text: &str,
        spans: &[u32],
        source: &JsValue,
        input: &JsValue,
        options: &JsValue,
        head: f64,
        headless: bool,
        detail: u32,
        detail_known: bool,
        kept: i32,
        params: u32,
    ) -> Result<JsValue, JsValue>;
    /// [`shared_answers`] of a headless answer whose detail JS keeps as number `detail`, every
    /// large part of it deferred (JS kept which they are with the detail): no text or spans.
    /// `undefined` when it cannot (a defect: [`known_answer_defect`] gives the error). Never
    /// throws (see `zone_year_stateless_js`).
    fn known_answer(
        source: &JsValue,
        input: &JsValue,
        options: &JsValue,
        head: f64,
        detail: u32,
        kept: i32,
    ) -> JsValue;
    /// The number of the kept register of JSON text `text` (as `keep_register` named it), or
    /// `-1` when it is no longer kept.
    #[wasm_bindgen(catch)]
    fn kept_number(text: &JsValue) -> Result<i32, JsValue>;
    /// [`known_answer`] of a zone-year question given as its two numbers ([`ZonePlaceAsked`]),
    /// passed as numbers (no JS value made for each in the module's table of JS values: two
    /// calls out of the module fewer per answer).
    #[wasm_bindgen(js_name = known_answer)]
    fn known_answer_numbers(
        source: &JsValue,
        input: f64,
        options: f64,
        head: f64,
        detail: u32,
        kept: i32,
    ) -> JsValue;
    /// The error of the last [`known_answer`] that gave `undefined` (`catch` for the glue to
    /// call it, as `plain_json_js`; it never throws).
    #[wasm_bindgen(catch)]
    fn known_answer_defect() -> Result<JsValue, JsValue>;
    /// The report of `text` with each group's `findings` made from `findings` and `sizes`
    /// ([`api::ReportParts`]).
    #[wasm_bindgen(catch)]
    fn report_of(text: &str, findings: &[u32], sizes: &[u32]) -> Result<JsValue, JsValue>;
    /// The `Decision` of a brief's words ([`api::LoadedRegister::decide_zone_year_words`]).
    #[wasm_bindgen(catch)]
    fn brief_of(text: &str) -> Result<JsValue, JsValue>;
    /// `reg.decideBatch`'s plain zone-year questions as numbers (an `Int32Array`), or
    /// `undefined`. Never throws.
    /// An array of `Decision`s instead when JS keeps every question's brief for register `id`
    /// ([`Loaded::id`]) and rule `rule` from the same questions asked before.
    #[wasm_bindgen(catch, js_name = zone_years_at)]
    fn zone_years_at_js(
        questions: &JsValue,
        options: &JsValue,
        places: &JsValue,
        rule: &JsValue,
        id: f64,
    ) -> Result<JsValue, JsValue>;
    /// A `Map` of zone ids (an array) to their places.
    #[wasm_bindgen(catch)]
    fn zone_places(ids: &js_sys::Array) -> Result<JsValue, JsValue>;
    /// Whether `inputs` is a non-empty array of plain objects that all hold the same register
    /// object ([`register_batch`]). Never throws.
    #[wasm_bindgen(catch, js_name = one_register)]
    fn one_register_js(inputs: &JsValue) -> Result<bool, JsValue>;
    /// A stateless call's register and its input without it (`[register, question]`), or
    /// `undefined`. Never throws. `again`: `undefined` for a register object seen for the first
    /// time (`Sight::Second`).
    #[wasm_bindgen(catch, js_name = split_off_register)]
    fn split_off_register_js(input: &JsValue, again: bool) -> Result<JsValue, JsValue>;
    /// The module's rule ids, in [`devzone_rules::rules::RULES`]' order, for `zone_year_at`,
    /// the module's memory, into which JS writes a quick question's numbers ([`QUESTION`]),
    /// and the input limit ([`limits::MAX_INPUT_BYTES`]), under which a batch JS answers
    /// itself is held.
    #[wasm_bindgen(catch)]
    fn set_rules(
        ids: &js_sys::Array,
        zone_year: &[u8],
        dates: &js_sys::Array,
        memory: &JsValue,
        input_limit: f64,
    ) -> Result<(), JsValue>;
    /// A stateless question of a rule whose input is dates alone, as numbers (`[options, date,
    /// …]`: `options_lang`'s number, each field's date as yyyymmdd, `-1` for none) written
    /// into [`QUESTION`] at `at`, with the input's JSON text returned; `undefined` for another
    /// question. Never throws.
    #[wasm_bindgen(js_name = dates_question)]
    fn dates_question_js(rule: &JsValue, input: &JsValue, options: &JsValue, at: u32) -> JsValue;
    /// A stateless zone-year question as numbers (`[register, rule, place, year, date, lang]`)
    /// written into [`QUESTION`] at `at` (`1`), or `0` when its register is not kept (its text
    /// is `kept_text()`), or `-1` for another question; `batch`: [`Batch`]. Never throws.
    ///
    /// This one, `zone_year_at` and `dates_question` are the quick paths' first calls out of
    /// the module and never throw (each catches in JS), so they are imported without `catch`:
    /// a `catch` import is called through the glue's `handleError` (a closure and an
    /// `arguments` object a call; −1.5 to −4 % of a stateless `evaluate` at 1,000 registers,
    /// docs/benchmarks.md). Each takes a `u32`, which the glue converts, so wasm-bindgen still
    /// calls it through the glue (a function taking and giving only JS values and `i32`s could
    /// be imported straight from the snippet, whose folder `cargo xtask pkg` renames).
    ///
    /// `answering` ([`Answering`]): the caller is the stateless `evaluate` (1) or `decide` (2)
    /// of one question, which takes JS's answer or brief (`2`: [`stashed_answer_js`]) when JS
    /// made it from what it keeps for the same question ([`Read::Answered`]).
    #[wasm_bindgen(js_name = zone_year_stateless)]
    fn zone_year_stateless_js(
        rule: &JsValue,
        input: &JsValue,
        options: &JsValue,
        at: u32,
        batch: u32,
        answering: u32,
    ) -> i32;
    /// The answer `zone_year_stateless` made (its `2`), or `undefined`. Never throws; `glue` is
    /// not read (see [`plain_json_js`]).
    #[wasm_bindgen(js_name = stashed_answer)]
    fn stashed_answer_js(glue: u32) -> JsValue;
    /// The JSON text of the register `zone_year_stateless` found not kept.
    #[wasm_bindgen(catch)]
    fn kept_text() -> Result<Option<String>, JsValue>;
    /// [`kept_text`]'s text written into [`TEXT_IN`] as `plain_json_into` writes one. Never
    /// throws (it takes numbers: called through the glue).
    #[wasm_bindgen(js_name = kept_text_into)]
    fn kept_text_into_js(at: u32, cap: u32, len_at: u32);
    /// `reg.decide`'s and `reg.evaluate`'s plain zone-year question as numbers (`[rule, place,
    /// year, date, lang]`), or `None`. Never throws.
    /// `answering` ([`Answering`]): `reg.evaluate` (1) or `reg.decide` (2) of one question,
    /// which takes JS's answer or brief (`2`: [`stashed_answer_js`]) when JS made it from what
    /// it keeps for the same question of register `id` ([`Loaded::id`]).
    #[wasm_bindgen(js_name = zone_year_at)]
    fn zone_year_at_js(
        rule: &JsValue,
        question: &JsValue,
        options: &JsValue,
        places: &JsValue,
        at: u32,
        id: f64,
        answering: u32,
    ) -> i32;
    /// JS forgets the answers it keeps for loaded register `id` ([`Loaded::id`]), freed.
    /// Never throws; `glue` is not read (see [`plain_json_js`]).
    #[wasm_bindgen(js_name = forget_loaded)]
    fn forget_loaded_js(id: f64, glue: u32);
    /// The `Decision` of brief number `n`, whose words JS learns now.
    #[wasm_bindgen(catch)]
    fn brief_new(n: u32, text: &str) -> Result<JsValue, JsValue>;
    /// The `Decision` of brief number `n`, whose words JS holds, or `undefined` for a number
    /// it does not hold (a defect). Never throws (see `zone_year_stateless_js`).
    fn brief_numbered(n: u32) -> JsValue;
    /// The `Decision`s of a batch: the distinct briefs' words, one a line, and each question's
    /// line ([`api::BriefTable`]).
    #[wasm_bindgen(catch)]
    fn briefs_at(text: &str, at: &[u32]) -> Result<JsValue, JsValue>;
}

/// A date as `zone_years_at` gives it (yyyymmdd; `-1`: none), read as the JSON path reads dates
/// (`Some(None)`: none; `None`: not a date, 2019-02-30 among them).
fn date_of(day: i32) -> Option<Option<devzone_rules::dates::IsoDate>> {
    if day == -1 {
        return Some(None);
    }
    let day = u32::try_from(day).ok().filter(|d| *d <= 99_991_231)?;
    let mut text = [b'-'; 10];
    for (at, digits, value) in [
        (0, 4, day / 10_000),
        (5, 2, day / 100 % 100),
        (8, 2, day % 100),
    ] {
        let mut v = value;
        for i in (at..at + digits).rev() {
            let digit = u8::try_from(v % 10).ok()?;
            *text.get_mut(i)? = b'0' + digit;
            v /= 10;
        }
    }
    core::str::from_utf8(&text).ok()?.parse().ok().map(Some)
}

/// How many briefs JS keeps by number (a register's rules give a few dozen); past that, each new
/// one crosses as words every time (`brief_of`).
const NUMBERED_BRIEFS: usize = 4096;

/// The `Decision` of a brief's words, by its number when JS holds it.
#[inline]
fn numbered_brief(words: &str) -> Result<JsValue, JsValue> {
    let known = NUMBERED.with(|n| {
        let mut n = n.borrow_mut();
        if let Some(i) = n.get(words) {
            return Some((*i, false));
        }
        let i = u32::try_from(n.len())
            .ok()
            .filter(|_| n.len() < NUMBERED_BRIEFS)?;
        n.insert(String::from(words), i);
        Some((i, true))
    });
    match known {
        Some((i, false)) => {
            let brief = brief_numbered(i);
            if brief.is_undefined() {
                brief_of(words)
            } else {
                Ok(brief)
            }
        }
        Some((i, true)) => brief_new(i, words),
        None => brief_of(words),
    }
}

/// A rule and a language.
type Key = (&'static str, Lang);

/// How many details JS keeps by number ([`DetailSlot`]): `WAYS` for each of `1 << BUCKET_BITS`
/// buckets. The longest kept (bytes of the detail's text, its large parts cut out) is JS's
/// `DETAIL_MAX`.
const WAYS: u8 = 16;
/// 1,024 buckets, 16,384 numbers, as many as registers are kept ([`KEPT_REGISTERS`]): zones'
/// details asked in turn that are more than the numbers take each other's numbers, and every
/// answer is written and parsed in full (128 buckets: 5,000 zones 5× as slow; 512: a loaded
/// register of 10,000 zones asked zone by zone 10.8 µs a call instead of 1.6).
const BUCKET_BITS: u32 = 10;
const DETAIL_SLOTS: usize = (WAYS as usize) << BUCKET_BITS;
const DETAIL_MAX: usize = 1024;

/// The details JS keeps by number (issue 12): the text of each (the answer's fields after its
/// head, its large parts cut out, as JS cuts them), with its hash. JS used to find a kept detail
/// by its text in a `Map`, which made the text from the answer's pieces and hashed it for every
/// answer (a quarter of making an answer in JS); the module compares the text it has just
/// written with the texts it told before under the numbers of its hash's bucket (16 of them:
/// with two, three details of one bucket asked in turn missed every time), eight bytes at a
/// time, and tells JS the number. A new text replaces the bucket's oldest.
struct DetailSlots {
    /// Each number's hash and text (`None`: told, not known to be kept: JS failed, or has not
    /// answered yet).
    slots: Vec<Option<(u64, String)>>,
    /// Per bucket, which of its numbers a new text takes next (0 to `WAYS - 1`).
    next: Vec<u8>,
    /// Per number, how many times a new text has taken it: a detail found by number elsewhere
    /// ([`QuickAnswers`]) is the one JS keeps under it only while this is unchanged.
    generations: Vec<u32>,
}

thread_local! {
    static DETAILS: core::cell::RefCell<DetailSlots> = const {
        core::cell::RefCell::new(DetailSlots {
            slots: Vec::new(),
            next: Vec::new(),
            generations: Vec::new(),
        })
    };
}

/// One answer's detail as JS is told it.
enum DetailSlot {
    /// Not by number: JS reads the text (a batch, an answer with its head, a long detail).
    None,
    /// Kept as this number (1-based), as the text just written.
    Known(u32),
    /// New, to be kept as this number once JS has read it.
    New(u32, u64, String),
}

impl DetailSlot {
    /// The detail of a headless answer's `text` (`{`, the fields after the head, `}`) with the
    /// large parts of `spans` cut out, each a `0` (JS's `cut`).
    fn of(text: &str, spans: &[u32]) -> Self {
        if text.len() <= 2 {
            return Self::None;
        }
        let mut body = String::with_capacity(text.len());
        let mut at = 0_usize;
        for span in spans.chunks_exact(4) {
            let (Some(start), Some(end)) = (span.get(2), span.get(3)) else {
                return Self::None;
            };
            let (start, end) = (*start as usize, *end as usize);
            let Some(piece) = text.get(at..start) else {
                return Self::None;
            };
            body.push_str(piece);
            body.push('0');
            at = end;
        }
        let Some(rest) = text.get(at..) else {
            return Self::None;
        };
        body.push_str(rest);
        if body.len() > DETAIL_MAX {
            return Self::None;
        }
        // The text's hash, to find its bucket; equal texts are then compared in full.
        let hash = api::hash_bytes(body.len() as u64, body.as_bytes());
        // The hash's top bits (a multiplicative hash's low bits see only the words' low bits).
        #[allow(
            clippy::cast_possible_truncation,
            reason = "the top BUCKET_BITS bits: below 1 << BUCKET_BITS"
        )]
        let bucket = (hash >> (64 - BUCKET_BITS)) as usize;
        DETAILS.with(|d| {
            // Never borrowed twice (no call out of the module while it is): `None` if it were.
            let Ok(mut d) = d.try_borrow_mut() else {
                return Self::None;
            };
            if d.slots.is_empty() {
                d.slots.resize_with(DETAIL_SLOTS, || None);
                d.next.resize(1 << BUCKET_BITS, 0);
                d.generations.resize(DETAIL_SLOTS, 0);
            }
            let held = |i: usize| {
                d.slots.get(i).is_some_and(|s| {
                    s.as_ref().is_some_and(|(h, t)| {
                        *h == hash && devzone_rules::register::same_text(t, &body)
                    })
                })
            };
            let first = bucket * usize::from(WAYS);
            if let Some(i) = (first..first + usize::from(WAYS)).find(|i| held(*i)) {
                return Self::Known(slot_number(i));
            }
            // A new number: the text it held is forgotten now, and the new one is known only
            // once JS has read it (`commit`).
            let Some(next) = d.next.get_mut(bucket) else {
                return Self::None;
            };
            let i = first + usize::from(*next);
            *next = (*next + 1) % WAYS;
            if let Some(slot) = d.slots.get_mut(i) {
                *slot = None;
            }
            if let Some(g) = d.generations.get_mut(i) {
                *g = g.wrapping_add(1);
            }
            Self::New(slot_number(i), hash, body)
        })
    }

    /// The number JS is told (0: none) and whether it keeps that detail already.
    fn told(&self) -> (u32, bool) {
        match self {
            Self::None => (0, false),
            Self::Known(n) => (*n, true),
            Self::New(n, _, _) => (*n, false),
        }
    }

    /// JS has read the answer: it keeps a new detail under its number.
    fn commit(self) {
        if let Self::New(n, hash, body) = self {
            DETAILS.with(|d| {
                if let Ok(mut d) = d.try_borrow_mut() {
                    if let Some(slot) = d.slots.get_mut((n - 1) as usize) {
                        *slot = Some((hash, body));
                    }
                }
            });
        }
    }
}

/// The generation of the detail JS keeps as number `n` ([`DetailSlots::generations`]), `None`
/// while JS keeps none under it.
#[inline]
fn detail_generation(n: u32) -> Option<u32> {
    let i = usize::try_from(n.checked_sub(1)?).ok()?;
    DETAILS.with(|d| {
        let d = d.try_borrow().ok()?;
        d.slots.get(i)?.as_ref()?;
        d.generations.get(i).copied()
    })
}

/// The details JS keeps by number found by their answers' keys (issue 12,
/// [`api::LoadedRegister::zone_place_key`]): a key made without the answer decides the answer's
/// head and its text after the head, so a question whose key is here is answered by
/// [`known_answer`] from that head and number, without the answer being made, written or its
/// text looked up ([`DetailSlot::of`]). Each entry is learnt from an answer made in full that
/// JS read as that head and number; it is used only while JS still keeps that detail (its
/// generation unchanged) and that head, holds the rule's static parts in the language, and
/// holds as the rule's parameters used those of its zone answers (`api::Holds::holds_zone_params`),
/// which an answer listing its parameters would carry. `WAYS` entries for each of
/// `1 << BUCKET_BITS` buckets (the details' own count), the bucket's oldest replaced.
struct QuickAnswers {
    buckets: Vec<Vec<QuickAnswer>>,
}

/// A key's hash ([`api::ZoneAnswerKey::hash64`]) and the key, and the head and detail number
/// ([`known_answer`]'s) with that detail's generation. The hash is compared first: a bucket holds
/// up to `WAYS` keys of one rule and language, whose zone ids a full comparison compares byte by
/// byte (issue 12: 15 % of a stateless `evaluate` when 10,000 zones were asked in turn).
type QuickAnswer = (u64, api::ZoneAnswerKey<'static>, f64, u32, u32);

thread_local! {
    static QUICK: core::cell::RefCell<QuickAnswers> = const {
        core::cell::RefCell::new(QuickAnswers { buckets: Vec::new() })
    };
}

impl QuickAnswers {
    /// The bucket of a key of hash `hash` ([`api::ZoneAnswerKey::hash64`]).
    #[allow(
        clippy::cast_possible_truncation,
        reason = "the top BUCKET_BITS bits: below 1 << BUCKET_BITS"
    )]
    const fn bucket(hash: u64) -> usize {
        (hash >> (64 - BUCKET_BITS)) as usize
    }

    /// The head and detail number that answer `key`, if JS keeps both and the parts the answer
    /// would not carry.
    fn find(key: &api::ZoneAnswerKey<'_>) -> Option<(f64, u32)> {
        if !key.lists_params() {
            return None;
        }
        let hash = key.hash64();
        let (head, number, generation) = QUICK.with(|q| {
            let q = q.try_borrow().ok()?;
            let bucket = q.buckets.get(Self::bucket(hash))?;
            bucket
                .iter()
                .find(|(h, k, ..)| *h == hash && k == key)
                .map(|(_, _, head, number, generation)| (*head, *number, *generation))
        })?;
        let rule = key.rule();
        // A head told with its parameters' number has them (`head_key`): JS puts those in,
        // whatever the rule's latest.
        let held = detail_generation(number) == Some(generation)
            && holds_head(head)
            && holds_statics((rule.as_str(), key.lang()))
            && (head_params(head) > 0 || holds_zone_params(rule));
        held.then_some((head, number))
    }

    /// Learns that `key`'s answer is the head and detail number JS was just told.
    fn learn(key: api::ZoneAnswerKey<'_>, head: f64, number: u32) {
        let Some(generation) = detail_generation(number) else {
            return;
        };
        let hash = key.hash64();
        let at = Self::bucket(hash);
        QUICK.with(|q| {
            let Ok(mut q) = q.try_borrow_mut() else {
                return;
            };
            if q.buckets.is_empty() {
                q.buckets.resize_with(1 << BUCKET_BITS, Vec::new);
            }
            let Some(bucket) = q.buckets.get_mut(at) else {
                return;
            };
            replace_in(
                bucket,
                |(h, k, ..), (h2, k2, ..)| h == h2 && k == k2,
                (hash, key.into_owned(), head, number, generation),
            );
        });
    }
}

/// `entry` put into a bucket of [`QuickAnswers`] or [`TextAnswers`]: an entry of the same key
/// (`same` of the two) replaced, the bucket's oldest dropped when it holds `WAYS`.
fn replace_in<T>(bucket: &mut Vec<T>, same: impl Fn(&T, &T) -> bool, entry: T) {
    bucket.retain(|e| !same(e, &entry));
    if bucket.len() >= usize::from(WAYS) {
        bucket.remove(0);
    }
    bucket.push(entry);
}

/// The number JS is told for slot `i` (1-based; below `DETAIL_SLOTS`).
#[allow(
    clippy::cast_possible_truncation,
    reason = "below DETAIL_SLOTS, 16,384"
)]
fn slot_number(i: usize) -> u32 {
    i as u32 + 1
}

thread_local! {
    /// Whether JS holds the rule ids (`set_rules`).
    static RULES_SENT: core::cell::Cell<bool> = const { core::cell::Cell::new(false) };
    /// The words of a loaded register's latest brief (`Loaded::decide_asked`).
    static WORDS: core::cell::RefCell<String> = const { core::cell::RefCell::new(String::new()) };
    /// The briefs' words JS holds, each with its number (`brief_new`): at most
    /// [`NUMBERED_BRIEFS`].
    static NUMBERED: core::cell::RefCell<std::collections::BTreeMap<String, u32>> =
        const { core::cell::RefCell::new(std::collections::BTreeMap::new()) };
    /// The (rule, language) pairs whose static parts JS holds (the module is single-threaded:
    /// one list per instance, like the JS maps per module). At most 38 rules × 3 languages: a
    /// list searched in order costs less code than a hash set and no more time at this size.
    static HELD: core::cell::RefCell<Vec<Key>> = const { core::cell::RefCell::new(Vec::new()) };
    /// Per rule, the parameters used of the latest answer JS read: what it puts into an answer
    /// of the rule whose `paramsUsed` is `null`; and whether that answer was made from its zone
    /// with the default parameters and listed them ([`api::Holds::holds_zone_params`]).
    static HELD_PARAMS: core::cell::RefCell<Vec<HeldParams>> =
        const { core::cell::RefCell::new(Vec::new()) };
    /// Per rule, the distinct parameters used JS keeps by number for one answer's text
    /// ([`Fresh::numbered_params`]): the number is the place in the rule's list plus one, at
    /// most [`NUMBERED_PARAMS`]; an entry is never replaced, so a number names the same
    /// parameters for the instance's life (a head told with it, [`head_key`], stays true).
    /// Each entry's flag is unused (`false`): one type with [`HELD_PARAMS`]'s, one copy of its
    /// code in the module.
    static HELD_NUMBERED: core::cell::RefCell<Vec<HeldParams>> =
        const { core::cell::RefCell::new(Vec::new()) };
    /// The heads JS keeps ([`head_key`]), once it has read an answer's text with the head whole:
    /// later answers of those heads are written without them. JS never forgets a head (there
    /// are at most a few per rule, outcome and language: a list searched in order, as `HELD`).
    /// Each as its `f64`'s bits.
    static HELD_HEADS: core::cell::RefCell<Vec<u64>> = const { core::cell::RefCell::new(Vec::new()) };
}

/// What one call's text carries for the first time: static parts per (rule, language), and per
/// rule the parameters used of its latest answer in the text.
#[derive(Default)]
struct Fresh {
    statics: Vec<Key>,
    params: Vec<HeldParams>,
    /// The number JS keeps the answer's parameters used by ([`HELD_NUMBERED`]; one answer's
    /// text only), 0 for none (JS then puts in the rule's latest, [`HELD_PARAMS`]).
    params_number: u32,
    /// Whether the text carries those parameters ([`Self::params`]'s only entry then) for JS to
    /// keep under that number from now on.
    params_new: bool,
    /// The large parts of the answer being written: three offsets each into its own text
    /// ([`api::Holds::spans`]).
    noted: Vec<u32>,
    /// The large parts of every answer of the call's text, four numbers each: the answer's index
    /// (in a batch; 0 otherwise), then its key's, value's start and end offsets into the text.
    spans: Vec<u32>,
    /// Whether the answers defer their reasons ([`api::Holds::defers_reasons`]): only when the
    /// call can be asked again ([`Redo`]).
    defer: bool,
    /// How to ask again, when the answers defer their reasons.
    redo: Option<Redo>,
    /// The answer's head as a number ([`api::Holds::head`], [`head_key`]; never 0), 0 for none,
    /// and whether it is written without it (JS holds it).
    head: f64,
    headless: bool,
    /// Whether the text is one answer (not a batch's array): only then may an answer be written
    /// without its head.
    single: bool,
}

/// A [`Head`](devzone_rules::answer::view::Head) as a number, the same for the same head and
/// different for different heads: the rule's metadata's address (the module's rules are
/// `static`s: one address each for the instance's life), then the number of its parameters
/// used (`params`: [`HELD_NUMBERED`], 0 for none), the outcome, the severity, the language and
/// the two flags in 17 bits. Below 2^49, exact in an `f64`; never 0 (a `static` is not at
/// address 0). JS keeps a head with the parameters its number names.
fn head_key(h: &devzone_rules::answer::view::Head, params: u32) -> f64 {
    const _: () = assert!(devzone_rules::Outcome::ALL.len() <= 64);
    const _: () = assert!(devzone_rules::severity::Severity::ALL.len() <= 8);
    const _: () = assert!(NUMBERED_PARAMS < 16);
    let rule = core::ptr::from_ref(h.rule.meta()) as usize as u64;
    let lang = lang_code(Some(h.lang)).unsigned_abs();
    let low = u64::from(params & 15) << HEAD_PARAMS_AT
        | (h.outcome as u64) << 7
        | (h.severity as u64) << 4
        | lang << 2
        | u64::from(h.reasons) << 1
        | u64::from(h.needs_human);
    #[allow(
        clippy::cast_precision_loss,
        reason = "below 2^49 (a 32-bit address and 17 bits): exact in an f64"
    )]
    let key = (rule << 17 | low) as f64;
    key
}

/// The number of the parameters used a head was told with ([`head_key`]), 0 for none.
fn head_params(head: f64) -> u64 {
    #[allow(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        reason = "a head key: a whole number below 2^49"
    )]
    let key = head as u64;
    key >> HEAD_PARAMS_AT & 15
}

/// Where a head's key holds the number of its parameters used ([`head_key`], [`head_params`]):
/// the four bits above the outcome's.
const HEAD_PARAMS_AT: u32 = 13;

/// How many distinct parameters used of one rule JS keeps by number ([`HELD_NUMBERED`]). A
/// rule's parameters used name only the parameters its answer rested on, so answers of one
/// rule to different inputs (a national and a provincial zone) carry different ones; JS kept
/// only the latest, and inputs whose answers alternated between them were each written and
/// read whole (issue 12: art-05.a, art-14.e 1.4–1.9× as slow as on inputs of one kind). With
/// the parameters given in the options, a rule may have more: past this many, an answer takes
/// the latest as before.
const NUMBERED_PARAMS: u32 = 15;

impl Fresh {
    /// The answer just written, number `index`, starts at `offset` of the call's text: its noted
    /// parts become the text's spans.
    fn placed(&mut self, index: usize, offset: usize) {
        let (Ok(index), Ok(offset)) = (u32::try_from(index), u32::try_from(offset)) else {
            self.noted.clear();
            return;
        };
        for part in self.noted.chunks_exact(3) {
            if let [k, v, e] = part {
                if let (Some(k), Some(v), Some(e)) = (
                    k.checked_add(offset),
                    v.checked_add(offset),
                    e.checked_add(offset),
                ) {
                    self.spans.extend_from_slice(&[index, k, v, e]);
                }
            }
        }
        self.noted.clear();
    }
}

/// Whether JS keeps the head told as `key` ([`head_key`]; [`HELD_HEADS`]).
#[inline]
fn holds_head(key: f64) -> bool {
    HELD_HEADS.with(|h| h.borrow().contains(&key.to_bits()))
}

/// Whether JS holds a rule's static parts in a language ([`HELD`]).
fn holds_statics(key: Key) -> bool {
    HELD.with(|h| h.borrow().contains(&key))
}

/// Whether JS holds, as `rule`'s latest parameters used, those of an answer made from its zone
/// with the default parameters that listed them ([`HELD_PARAMS`]; `api::Holds::holds_zone_params`).
fn holds_zone_params(rule: devzone_rules::RuleId) -> bool {
    let id = rule.as_str();
    HELD_PARAMS.with(|h| h.borrow().iter().any(|(r, _, zone)| *r == id && *zone))
}

impl api::Holds for Fresh {
    /// The answer's large parts are noted: JS parses each only when it is first read.
    fn spans(&mut self) -> Option<&mut Vec<u32>> {
        Some(&mut self.noted)
    }

    fn defers_reasons(&mut self) -> bool {
        self.defer
    }

    /// Told as a number: JS keeps the head it read once for each ([`head_key`]); one it keeps
    /// is not written again. Only for one answer's text (a batch's answers are written whole).
    fn head(&mut self, head: &devzone_rules::answer::view::Head) -> bool {
        if !self.single {
            return false;
        }
        let key = head_key(head, self.params_number);
        self.head = key;
        self.headless = holds_head(key);
        self.headless
    }

    /// Whether JS holds `rule`'s static parts in `lang` by the time it reads this answer: it
    /// does when an earlier call carried them, or an earlier answer of this call's text.
    fn statics(&mut self, rule: devzone_rules::RuleId, lang: Lang) -> bool {
        let key = (rule.as_str(), lang);
        if self.statics.contains(&key) || holds_statics(key) {
            return true;
        }
        self.statics.push(key);
        false
    }

    /// Whether the parameters used of the latest answer of `rule` JS will have read before this
    /// one (an earlier answer of this text, else of an earlier call) are `params`.
    fn params(&mut self, rule: devzone_rules::RuleId, params: &ParamsUsed) -> bool {
        if self.single {
            if let Some(held) = self.numbered_params(rule, params, false) {
                return held;
            }
        }
        self.latest_params(rule, params, false)
    }

    /// Whether JS will hold, as `rule`'s latest parameters used, those of an answer made from
    /// its zone with the default parameters that listed them; for one answer's text, whether JS
    /// keeps those by number (the answer then told with it).
    fn holds_zone_params(&mut self, rule: devzone_rules::RuleId) -> bool {
        let id = rule.as_str();
        if self.single {
            if let (Some(number), _) = numbered(id, |(_, _, zone)| *zone) {
                self.params_number = number;
                return true;
            }
        }
        match self.params.iter().find(|(r, _, _)| *r == id) {
            Some((_, _, zone)) => *zone,
            None => holds_zone_params(rule),
        }
    }

    fn zone_params(
        &mut self,
        rule: devzone_rules::RuleId,
        params: &ParamsUsed,
        listed: bool,
    ) -> bool {
        if self.single {
            if let Some(held) = self.numbered_params(rule, params, listed) {
                return held;
            }
        }
        self.latest_params(rule, params, listed)
    }
}

/// The number of rule `id`'s first entry in [`HELD_NUMBERED`] that `pick` picks (`None`: none
/// does), and how many entries the rule has: a number is the entry's place among the rule's,
/// in the order kept, plus one.
fn numbered(id: &str, mut pick: impl FnMut(&HeldParams) -> bool) -> (Option<u32>, u32) {
    HELD_NUMBERED.with(|h| {
        let (mut found, mut count) = (None, 0_u32);
        for entry in h.borrow().iter().filter(|(r, _, _)| *r == id) {
            count += 1;
            if found.is_none() && pick(entry) {
                found = Some(count);
            }
        }
        (found, count)
    })
}

/// A rule's parameters used as JS holds them: the rule, the parameters used of its latest answer,
/// and whether that answer was made from its zone with the default parameters and listed them.
type HeldParams = (&'static str, ParamsUsed, bool);

impl Fresh {
    /// Whether the parameters used of `rule`'s latest answer JS will have read before this one
    /// are `params`; this answer's are learnt as the latest (`zone`: made from its zone with the
    /// default parameters, listed).
    fn latest_params(
        &mut self,
        rule: devzone_rules::RuleId,
        params: &ParamsUsed,
        zone: bool,
    ) -> bool {
        let id = rule.as_str();
        let (same, was_zone) = match self.params.iter().find(|(r, _, _)| *r == id) {
            Some((_, latest, z)) => (latest == params, *z),
            None => HELD_PARAMS.with(|h| {
                h.borrow()
                    .iter()
                    .find(|(r, _, _)| *r == id)
                    .map_or((false, false), |(_, p, z)| (p == params, *z))
            }),
        };
        if !same || was_zone != zone {
            match self.params.iter_mut().find(|(r, _, _)| *r == id) {
                Some(entry) => {
                    if !same {
                        entry.1 = params.clone();
                    }
                    entry.2 = zone;
                }
                None => self.params.push((id, params.clone(), zone)),
            }
        }
        same
    }

    /// For one answer's text: `Some(true)` when JS keeps `params` by number (the text writes
    /// them as `null`), `Some(false)` when the text carries them for JS to keep under a new
    /// number (and as the rule's latest, as any parameters carried), `None` when the rule has
    /// no number left ([`NUMBERED_PARAMS`]): the latest is then compared, as for a batch.
    fn numbered_params(
        &mut self,
        rule: devzone_rules::RuleId,
        params: &ParamsUsed,
        zone: bool,
    ) -> Option<bool> {
        let id = rule.as_str();
        // Not told with a number unless it is found or given one below.
        self.params_number = 0;
        let (found, count) = numbered(id, |(_, p, _)| p == params);
        let number = found.unwrap_or(count + 1);
        if number > NUMBERED_PARAMS {
            return None;
        }
        self.params_number = number;
        if found.is_some() {
            return Some(true);
        }
        // Carried: JS keeps them as the latest too (`fill`), as it keeps any it reads (the
        // text's only answer: the rule has no entry in `self.params` yet).
        self.params.push((id, params.clone(), zone));
        self.params_new = true;
        Some(false)
    }

    /// JS has read the text: it holds what the text carried.
    fn commit(self) {
        if self.params_new {
            if let Some(new) = self.params.first() {
                HELD_NUMBERED.with(|h| h.borrow_mut().push(new.clone()));
            }
        }
        if self.head > 0.0 && !self.headless {
            HELD_HEADS.with(|h| h.borrow_mut().push(self.head.to_bits()));
        }
        HELD.with(|h| {
            let mut held = h.borrow_mut();
            for key in self.statics {
                if !held.contains(&key) {
                    held.push(key);
                }
            }
        });
        HELD_PARAMS.with(|h| {
            let mut held = h.borrow_mut();
            for (id, params, zone) in self.params {
                match held.iter_mut().find(|(r, _, _)| *r == id) {
                    Some(entry) => {
                        entry.1 = params;
                        entry.2 = zone;
                    }
                    None => held.push((id, params, zone)),
                }
            }
        });
    }
}

/// A rule's answer written by `f` sharing static parts, deferring its reasons if `defer`.
fn sharing(
    defer: bool,
    f: impl FnOnce(api::Held<'_>) -> Result<String, Error>,
) -> Result<Out, Error> {
    let mut fresh = Fresh {
        defer,
        single: true,
        ..Fresh::default()
    };
    let text = f(&mut fresh)?;
    fresh.placed(0, 0);
    Ok(Out::Shared(text, fresh))
}

/// How deep `input` and `options` may nest: the core's limit (`limits::MAX_DEPTH`, 32). It keeps
/// the conversion's recursion far from the end of the wasm stack, whose overflow would be a trap
/// that leaves the instance unusable (a cyclic object would otherwise recurse forever).
const MAX_DEPTH: usize = limits::MAX_DEPTH;

/// What a value must be to cross the boundary.
fn json_data() -> Text {
    Text {
        zh: "JSON 数据(普通对象、数组、字符串、有限数字、布尔值或 null)".into(),
        ko: "JSON 자료(일반 객체, 배렬, 문자렬, 유한수, 불 값 또는 null)".into(),
        en: "JSON data (a plain object, array, string, finite number, boolean or null)".into(),
    }
}

/// A value that cannot cross the boundary: `got` names what it is.
fn not_json_data(got: &str) -> Error {
    Error::new(ErrorCode::InvalidInput, Problem::WrongType, "")
        .with_expected(json_data())
        .with_got(got)
}

/// A string (or key) holding half of a UTF-16 pair: not text, and JSON text holding one is
/// refused natively too.
fn lone_surrogate(what: &str) -> Error {
    let (zh, ko) = if what == "key" {
        ("键", "열쇠")
    } else {
        ("字符串", "문자렬")
    };
    Error::new(ErrorCode::InvalidInput, Problem::InvalidValue, "").with_detail(Text {
        zh: format!("无效{zh}:含有孤立的代理项(UTF-16 代理对的一半),不是文本"),
        ko: format!("잘못된 {ko}: 짝이 없는 대리 코드(UTF-16 쌍의 절반)가 있어 문자가 아닙니다"),
        en: format!("invalid {what}: it holds a lone surrogate (a half of a UTF-16 pair), which is not text"),
    })
}

/// Reading a value threw (a Proxy's trap, a getter).
fn threw(e: &JsValue) -> Error {
    let t = thrown_text(e);
    Error::new(ErrorCode::InvalidInput, Problem::InvalidValue, "").with_detail(Text {
        zh: format!("读取时抛出异常:{t}"),
        ko: format!("읽을 때 례외가 발생하였습니다: {t}"),
        en: format!("reading it threw: {t}"),
    })
}

#[wasm_bindgen]
extern "C" {
    /// `Object.keys`, catching what a Proxy's trap throws.
    #[wasm_bindgen(js_namespace = Object, js_name = keys, catch)]
    fn object_keys(o: &JsValue) -> Result<js_sys::Array, JsValue>;
}

/// Reads a JS value as JSON data, naming the path of the first value that is not JSON data.
/// `undefined` becomes `null` at the root and in arrays, and an object field holding `undefined`
/// is left out (as `JSON.stringify` does), so `{ asOf: undefined }` means "no `asOf`".
fn from_js(
    value: JsValue,
    root: &str,
    code: ErrorCode,
    lang: Lang,
) -> Result<serde_json::Value, JsValue> {
    let object_prototype = js_sys::Reflect::get_prototype_of(&js_sys::Object::new())
        .map(JsValue::from)
        .unwrap_or(JsValue::NULL);
    let mut path = String::from(root);
    js_to_json(&value, &mut path, 0, &object_prototype).map_err(|mut e| {
        e.code = code;
        e.path = path;
        js_error(&e, lang)
    })
}

/// What a thrown JS value says, for messages.
fn thrown_text(e: &JsValue) -> String {
    e.dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| e.as_string())
        .unwrap_or_else(|| String::from("a value that is not an Error"))
}

fn number(n: f64) -> Result<serde_json::Value, Error> {
    const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;
    let not_finite = |got: &str| {
        Error::new(ErrorCode::InvalidInput, Problem::InvalidValue, "")
            .with_expected(Text {
                zh: "有限数字".into(),
                ko: "유한수".into(),
                en: "a finite number".into(),
            })
            .with_got(got)
    };
    if n.is_nan() {
        return Err(not_finite("NaN"));
    }
    if n.is_infinite() {
        return Err(not_finite(if n < 0.0 { "-Infinity" } else { "Infinity" }));
    }
    if n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER {
        // Whole numbers become integers, as in JSON text, so messages say `integer `42``.
        #[expect(
            clippy::cast_possible_truncation,
            reason = "whole and within ±2^53: exact"
        )]
        return Ok(serde_json::Value::from(n as i64));
    }
    serde_json::Number::from_f64(n)
        .map(serde_json::Value::Number)
        // Not reached (`from_f64` refuses only what is refused above); no float formatting for
        // it (the module would carry `core`'s, ~17 KB of code).
        .ok_or_else(|| not_finite("NaN"))
}

fn js_to_json(
    v: &JsValue,
    path: &mut String,
    depth: usize,
    object_prototype: &JsValue,
) -> Result<serde_json::Value, Error> {
    use serde_json::Value;
    if v.is_null() || v.is_undefined() {
        return Ok(Value::Null);
    }
    if let Some(b) = v.as_bool() {
        return Ok(Value::Bool(b));
    }
    if let Some(s) = v.dyn_ref::<js_sys::JsString>() {
        // A lone surrogate has no UTF-8 form: refused here, as JSON text holding one is refused
        // natively, rather than silently replaced by U+FFFD.
        if !s.is_valid_utf16() {
            return Err(lone_surrogate("string"));
        }
        return Ok(Value::String(String::from(s)));
    }
    if let Some(n) = v.as_f64() {
        return number(n);
    }
    if v.is_bigint() {
        return Err(not_json_data("BigInt"));
    }
    if v.is_symbol() {
        return Err(not_json_data("symbol"));
    }
    if v.is_function() {
        return Err(not_json_data("function"));
    }
    if depth >= MAX_DEPTH {
        return Err(
            Error::new(ErrorCode::InvalidInput, Problem::TooLarge, "").with_detail(Text {
                zh: format!("嵌套超过 {MAX_DEPTH} 层"),
                ko: format!("{MAX_DEPTH}단계보다 깊이 중첩되였습니다"),
                en: format!("nested more than {MAX_DEPTH} levels deep"),
            }),
        );
    }
    if js_sys::Array::is_array(v) {
        let len = js_sys::Reflect::get(v, &JsValue::from_str("length"))
            .map_err(|e| threw(&e))?
            .as_f64()
            .unwrap_or(0.0);
        // Refused before walking a million items; the core gives the same error at the same path.
        #[expect(clippy::cast_precision_loss, reason = "250,000 is exact in f64")]
        if len > limits::MAX_ARRAY_ITEMS as f64 {
            let max = limits::MAX_ARRAY_ITEMS;
            // An array's length is a whole number below 2^32, written as one (no float
            // formatting in the module: `core`'s is ~17 KB of code).
            #[expect(
                clippy::cast_possible_truncation,
                clippy::cast_sign_loss,
                reason = "an array's length: a whole number from 0 to 2^32 − 1"
            )]
            let len = len as u64;
            return Err(Error::new(ErrorCode::InvalidInput, Problem::TooLarge, "")
                .with_detail(Text {
                    zh: format!("{len} 项,超过数组允许的 {max} 项"),
                    ko: format!("{len}항목: 배렬이 가질 수 있는 {max}항목을 넘습니다"),
                    en: format!("{len} items, more than the {max} an array may hold"),
                })
                .with_help(limits::limits_help()));
        }
        let mut items = Vec::new();
        let mut i: u32 = 0;
        while f64::from(i) < len {
            let base = path.len();
            path.push_str(&format!("[{i}]"));
            let item = js_sys::Reflect::get_u32(v, i).map_err(|e| threw(&e))?;
            items.push(js_to_json(&item, path, depth + 1, object_prototype)?);
            path.truncate(base);
            i = i.saturating_add(1);
        }
        return Ok(Value::Array(items));
    }
    // A plain object's prototype is `null` or an `Object.prototype` (whose own prototype is
    // `null`), from this realm or another (an iframe, a `vm` context).
    let proto = js_sys::Reflect::get_prototype_of(v).map_err(|e| threw(&e))?;
    let proto = JsValue::from(proto);
    let plain = proto.is_null()
        || proto == *object_prototype
        || js_sys::Reflect::get_prototype_of(&proto).is_ok_and(|p| JsValue::from(p).is_null());
    if !plain {
        let name = js_sys::Reflect::get(&proto, &JsValue::from_str("constructor"))
            .ok()
            .and_then(|c| js_sys::Reflect::get(&c, &JsValue::from_str("name")).ok())
            .and_then(|n| n.as_string())
            .filter(|n| !n.is_empty())
            .unwrap_or_else(|| String::from("object with a prototype"));
        return Err(not_json_data(&name));
    }
    let keys = object_keys(v).map_err(|e| threw(&e))?;
    let mut map = serde_json::Map::new();
    for key in keys.iter() {
        let Some(name) = key.dyn_ref::<js_sys::JsString>() else {
            continue;
        };
        if !name.is_valid_utf16() {
            return Err(lone_surrogate("key"));
        }
        let name = String::from(name);
        let base = path.len();
        path.push('.');
        path.push_str(&name);
        let item = js_sys::Reflect::get(v, &key).map_err(|e| threw(&e))?;
        if !item.is_undefined() {
            map.insert(name, js_to_json(&item, path, depth + 1, object_prototype)?);
        }
        path.truncate(base);
    }
    Ok(Value::Object(map))
}

/// The rule's id as text: the id of the rule JS told by its number (`told`, the module's own
/// `&'static str`: no string read out of JS), else [`rule_id_text`].
fn rule_text(
    told: Option<devzone_rules::RuleId>,
    rule_id: &JsValue,
    options: &JsValue,
) -> Result<std::borrow::Cow<'static, str>, JsValue> {
    match told {
        Some(rule) => Ok(std::borrow::Cow::Borrowed(rule.as_str())),
        None => rule_id_text(rule_id, options).map(std::borrow::Cow::Owned),
    }
}

/// The rule id as a string, or `UNKNOWN_RULE` at `ruleId` for anything else.
/// `options` gives the language of the error, read only when there is one.
fn rule_id_text(rule_id: &JsValue, options: &JsValue) -> Result<String, JsValue> {
    rule_id.as_string().ok_or_else(|| {
        let lang = lang_of(options);
        let what = rule_id
            .js_typeof()
            .as_string()
            .unwrap_or_else(|| String::from("value"));
        let what = if rule_id.is_null() {
            String::from("null")
        } else {
            what
        };
        let known: Vec<&str> = devzone_rules::rules::evaluable()
            .map(devzone_rules::RuleId::as_str)
            .collect();
        let list = known.join(", ");
        js_error(
            &Error::new(ErrorCode::UnknownRule, Problem::WrongType, "ruleId")
                .with_expected(Text {
                    zh: "规则编号文本,如 `art-18.c`".into(),
                    ko: "`art-18.c`와 같은 규칙 번호 문자렬".into(),
                    en: "a rule id string such as `art-18.c`".into(),
                })
                .with_got(what)
                .with_help(Text {
                    zh: format!("可计算的规则:{list}"),
                    ko: format!("계산할 수 있는 규칙: {list}"),
                    en: format!("rules that can be evaluated: {list}"),
                }),
            lang,
        )
    })
}

/// The registers of stateless zone-year questions, kept (issue 12: a form that checks many
/// zones, years or rules against one register sends it whole with each question, and each call
/// read and checked it again). JS finds a register's number by its object or by its first
/// zone's, checked against the kept text's values (`kept_register`), and an answer's deferred
/// reasons find theirs by the text (`kept_number`): the rules are pure, so the same text is the
/// same register. At most [`KEPT_REGISTERS`] of
/// them and [`KEPT_TEXT_BYTES`] of text, each at most [`KEPT_REGISTER_BYTES`]; past either
/// total, all are forgotten at once.
#[derive(Default)]
struct KeptRegisters {
    /// Each register with the length of its JSON text (UTF-8 bytes).
    by_number: Vec<(std::rc::Rc<Loaded>, usize)>,
    bytes: usize,
}

/// How many registers [`KeptRegisters`] holds at most (16,384). Registers asked in turn that are
/// more than are kept are all forgotten before any is asked again, so each call reads and
/// checks its register anew: with 1,024, a side-by-side run of 5,000 one-zone registers was 5×
/// as slow as the 1,000 of the issue's run; with 8,192 (and 2 MiB of text, ~5,500 such
/// registers), a run of 10,000 was 22–26 µs a call instead of 4–5 µs, 6× as slow as ZEN's
/// expression. Each one-zone register kept holds ~1.6 KB of the module's memory and ~3 KB of
/// JS's (docs/benchmarks.md, "2026-12-06, fifth session").
const KEPT_REGISTERS: usize = 16384;
/// How much register text (bytes) [`KeptRegisters`] holds at most, all registers together
/// (8 MiB: 16,384 one-zone registers of ~380 bytes fit, or four registers as long as one may
/// be). The module's memory never shrinks, so this bounds what a page that edits a register
/// between calls keeps.
const KEPT_TEXT_BYTES: usize = 8 << 20;
/// How long a register's text (bytes) may be to be kept (2 MiB: a register of ~1,500 zones with
/// ten years of records; the prefecture's has 15 zones); a longer register is not kept. It also
/// keeps a question and its register well under the input limit together.
const KEPT_REGISTER_BYTES: usize = 2 << 20;

thread_local! {
    static KEPT: core::cell::RefCell<KeptRegisters> = core::cell::RefCell::new(KeptRegisters::default());
    /// The ids of the rules whose input is a zone-year question ([`api::asks_zone_year`]).
    static ZONE_YEAR_RULES: core::cell::OnceCell<Vec<&'static str>> = const { core::cell::OnceCell::new() };
}

/// The register of JSON text `text`, read and kept (when it fits), or `None` when it does not
/// load (the call's own path then names what is wrong). `text` is the text `kept_register` gave
/// last (JS learns the number of that text and the register's places, [`keep_register`]);
/// `again`: the caller asks about the same object at once ([`zone_year_or_rule`]).
fn keep(text: &str, again: bool) -> Option<std::rc::Rc<Loaded>> {
    let inner = api::LoadedRegister::load(&Tree::parse(text).ok()?).ok()?;
    let loaded = std::rc::Rc::new(Loaded {
        source: stateless(JsValue::clone),
        inner,
        places: core::cell::OnceCell::new(),
        kept: core::cell::Cell::new(-1),
        id: next_loaded_id(),
    });
    if text.len() <= KEPT_REGISTER_BYTES {
        KEPT.with(|k| {
            let mut k = k.borrow_mut();
            if k.by_number.len() >= KEPT_REGISTERS || k.bytes + text.len() > KEPT_TEXT_BYTES {
                if forget_registers().is_err() {
                    return;
                }
                *k = KeptRegisters::default();
            }
            let Ok(n) = u32::try_from(k.by_number.len()) else {
                return;
            };
            if keep_register(n, loaded.places(), again).is_ok() {
                loaded.kept.set(i32::try_from(n).unwrap_or(-1));
                k.bytes += text.len();
                k.by_number.push((std::rc::Rc::clone(&loaded), text.len()));
            }
        });
    }
    Some(loaded)
}

/// Whether `rule_id` is a rule whose input is a zone-year question ([`api::asks_zone_year`]),
/// from the list of their ids made once: most calls of other rules stop at a few comparisons of
/// short strings.
fn zone_year_rule(rule_id: &str) -> bool {
    ZONE_YEAR_RULES.with(|z| {
        z.get_or_init(|| {
            devzone_rules::rules::RULES
                .iter()
                .filter(|r| api::asks_zone_year(**r))
                .map(|r| r.as_str())
                .collect()
        })
        .contains(&rule_id)
    })
}

/// The kept register of number `n` with the length of its JSON text, if any (`-1`, or a number
/// past those kept: none).
fn kept_at(n: i64) -> Option<(std::rc::Rc<Loaded>, usize)> {
    let n = usize::try_from(n).ok()?;
    KEPT.with(|k| k.try_borrow().ok()?.by_number.get(n).cloned())
}

/// The register `register` (a JS value) kept, or read now and kept, with the length of its JSON
/// text; `None` when it is not plain JSON data, does not load, or is longer than
/// [`KEPT_REGISTER_BYTES`]. `Sight::Second`: a register object not kept is kept only when it is
/// asked again ([`kept_register_again_js`]), `None` the first time.
fn kept_loaded(register: &JsValue, sight: Sight) -> Option<(std::rc::Rc<Loaded>, usize)> {
    let found = match sight {
        Sight::First => kept_register_js(register),
        Sight::Second => kept_register_again_js(register, &JsValue::UNDEFINED, true),
    }
    .ok()?;
    match found.as_f64() {
        #[allow(
            clippy::cast_possible_truncation,
            reason = "a kept register's number, as JS got it"
        )]
        Some(n) => kept_at(n as i64),
        None => {
            let text = found.as_string()?;
            // A register longer than is kept takes the call's own path, which holds the whole
            // input to the input limit as it always has; asked again by a call that keeps a
            // register only when asked again, its object takes that path at once (`unkept`).
            if text.len() > KEPT_REGISTER_BYTES {
                if sight == Sight::Second {
                    let _ = note_unkept(register);
                }
                return None;
            }
            keep(&text, false).map(|loaded| (loaded, text.len()))
        }
    }
}

/// A stateless zone-year question read ([`zone_year_or_rule`]): its kept register, the rule, the
/// question, the language (`None`: not given), the date as read (yyyymmdd, `-1`: none) and the
/// length of the register's JSON text (UTF-8 bytes).
type KeptQuestion = (
    std::rc::Rc<Loaded>,
    devzone_rules::RuleId,
    api::ZonePlaceYear,
    Option<Lang>,
    i32,
    usize,
);

/// How a stateless zone-year question is asked ([`zone_year_or_rule`], `zone_year_stateless`'s
/// `batch`): by a call of its own, or as the first or a later item of an `evaluateBatch`, in
/// which a register object found once is not walked again.
#[derive(Clone, Copy)]
enum Batch {
    Alone = 0,
    First = 1,
    Next = 2,
}

/// The module's rule ids (in [`devzone_rules::rules::RULES`]' order) and which of them ask a
/// zone-year question, sent to JS once (`set_rules`, for `zone_year_at` and
/// `zone_year_stateless`).
fn send_rules() -> Option<()> {
    if !RULES_SENT.get() {
        let ids = js_sys::Array::new();
        let dates = js_sys::Array::new();
        let mut zone_year = Vec::with_capacity(devzone_rules::rules::RULES.len());
        for rule in devzone_rules::rules::RULES {
            ids.push(&JsValue::from_str(rule.as_str()));
            zone_year.push(u8::from(api::asks_zone_year(*rule)));
            dates.push(&JsValue::from_str(api::date_fields_text(*rule)));
        }
        #[allow(
            clippy::cast_precision_loss,
            reason = "the input limit, 32 MiB: exact in an f64"
        )]
        let limit = limits::MAX_INPUT_BYTES as f64;
        set_rules(&ids, &zone_year, &dates, &wasm_bindgen::memory(), limit).ok()?;
        RULES_SENT.set(true);
    }
    Some(())
}

/// A stateless zone-year question read out of the module ([`zone_year_or_rule`]): the question
/// to ask of its kept register, or (when its caller takes one: [`Answering`]) its answer or
/// brief, which JS made from what it keeps for the same question asked before (`keptAnswers`
/// in the package's JS).
enum Read {
    Asked(KeptQuestion),
    Answered(JsValue),
}

/// The answer or brief JS made for the question it was just asked (`zone_year_stateless`'s or
/// `zone_year_at`'s `2`), if any.
fn stashed() -> Option<JsValue> {
    Some(stashed_answer_js(0)).filter(|answer| !answer.is_undefined())
}

/// What a question's caller takes from JS when JS keeps it from the same question asked
/// before (`zone_year_stateless`'s and `zone_year_at`'s `answering`): an answer (`evaluate`, an
/// item of `evaluateBatch`) or a brief (`decide`).
#[derive(Clone, Copy)]
enum Answering {
    Answer = 1,
    Brief = 2,
}

/// A stateless zone-year question (`{ register, zoneId, year, asOf }`, options of a `lang` at
/// most) read in one step out of the module (`zone_year_stateless`): its register kept (read
/// and kept now if it was not), the rule, the question as numbers, the language and the date as
/// read (yyyymmdd, `-1`: none), asked through the loaded register's quick path: the same answer
/// as the call's own path (`core/tests/decisions.rs` holds the quick path to the JSON question,
/// `tests/node/vectors.test.mjs` a loaded register to the stateless call); or, when the caller
/// takes one (`answering`), the answer or brief JS made from what it keeps for the same
/// question ([`Read::Answered`]). For anything else `Err`: the rule as JS found it among the
/// module's rule ids (`zone_year_stateless`'s `-2 - n`), or `None` when it is not one of them
/// (or JS did not say); the call then takes its own path, which answers alike or names what is
/// wrong.
fn zone_year_or_rule(
    rule_id: &JsValue,
    input: &JsValue,
    options: &JsValue,
    batch: Batch,
    answering: Answering,
) -> Result<Read, Option<devzone_rules::RuleId>> {
    send_rules().ok_or(None)?;
    let at = question_at().ok_or(None)?;
    let ask = || {
        Some(zone_year_stateless_js(
            rule_id,
            input,
            options,
            at,
            batch as u32,
            answering as u32,
        ))
    };
    let mut found = ask().ok_or(None)?;
    if found == 0 {
        let text = text_in(&mut kept_text_into_js)
            .or_else(|| kept_text().ok().flatten())
            .ok_or(None)?;
        // A register longer than is kept takes the call's own path, which holds the whole
        // input to the input limit as it always has.
        if text.len() > KEPT_REGISTER_BYTES {
            return Err(None);
        }
        keep(&text, true).ok_or(None)?;
        found = ask().ok_or(None)?;
    }
    if found == 2 {
        // The call's own path answers if JS held none (never after a `2`).
        return stashed().map(Read::Answered).ok_or(None);
    }
    if found != 1 {
        let told = found
            .checked_neg()
            .and_then(|n| n.checked_sub(2))
            .and_then(|n| usize::try_from(n).ok());
        return Err(told.and_then(|n| devzone_rules::rules::RULES.get(n).copied()));
    }
    kept_question().map(Read::Asked).ok_or(None)
}

/// The stateless zone-year question `zone_year_stateless` wrote last ([`QUESTION`]), with its
/// kept register.
fn kept_question() -> Option<KeptQuestion> {
    let numbers = question_numbers();
    let (&n, asked) = numbers.split_first()?;
    let (loaded, bytes) = kept_at(i64::from(n))?;
    let (rule, question, lang, day) = question_of(asked)?;
    Some((loaded, rule, question, lang, day, bytes))
}

thread_local! {
    /// Where JS writes a quick zone-year question's numbers (`zone_year_stateless`: six,
    /// `zone_year_at`: the first five), through its view of the module's memory (issue 12: an
    /// array returned was copied by the glue into memory allocated for it, a call into the
    /// module and an allocation per question). Read right after the call that wrote it.
    static QUESTION: [core::cell::Cell<i32>; 6] = const {
        [const { core::cell::Cell::new(0) }; 6]
    };
}

/// Where [`QUESTION`] is in the module's memory, for JS.
fn question_at() -> Option<u32> {
    QUESTION.with(|q| u32::try_from(q.as_ptr() as usize).ok())
}

/// The numbers JS wrote into [`QUESTION`].
fn question_numbers() -> [i32; 6] {
    QUESTION.with(|q| core::array::from_fn(|i| q.get(i).map_or(0, core::cell::Cell::get)))
}

/// A zone-year question's numbers as `zone_year_at` writes them (`[rule, place, year, date,
/// lang]`): the rule, the question, the language (`None`: not given) and the date as read
/// (yyyymmdd, `-1`: none); `None` for numbers the module did not give JS.
#[inline]
fn question_of(
    numbers: &[i32],
) -> Option<(devzone_rules::RuleId, api::ZonePlaceYear, Option<Lang>, i32)> {
    let [rule, place, year, day, lang] = *numbers else {
        return None;
    };
    let rule = *devzone_rules::rules::RULES.get(usize::try_from(rule).ok()?)?;
    let lang = lang_of_code(i64::from(lang))?;
    Some((
        rule,
        (usize::try_from(place).ok()?, year, date_of(day)?),
        lang,
        day,
    ))
}

/// `evaluateBatch` of zone-year questions (a form checking many zones or years at once): each
/// item asked as a stateless `evaluate` asks it ([`zone_year_or_rule`]: its register kept, the
/// question read as numbers in one step), a register object found once in the batch not walked
/// again, instead of the array's JSON text holding every register once per question. (issue 12:
/// the batch used to split the array into registers and questions in JS first, `JSON.stringify`
/// each question to count its bytes, then read each question again: it took longer per item
/// than `evaluate`.) The array's JSON text is held to the input limit as the call's own path
/// holds it: its length is worked out from what was read ([`question_bytes`]). `None` for
/// anything else, for an array whose JSON text would be past the input limit (the call's own
/// path refuses it), or when any register does not load or any item has no quick answer (the
/// call's own path then names the item).
fn kept_batch(
    rule_id: &str,
    rule_js: &JsValue,
    inputs: &JsValue,
    options: &JsValue,
) -> Option<Result<JsValue, JsValue>> {
    if !zone_year_rule(rule_id) {
        return None;
    }
    quick_batch(inputs, &mut |i, input, bytes| {
        let batch = if i == 0 { Batch::First } else { Batch::Next };
        let read = zone_year_or_rule(rule_js, &input, options, batch, Answering::Answer).ok()?;
        // An item JS answered: its question read from the numbers JS wrote all the same.
        let (answered, (reg, rule, asked, lang, day, register)) = match read {
            Read::Asked(question) => (None, question),
            Read::Answered(answer) => (Some(answer), kept_question()?),
        };
        let zone_id = reg.inner.valid().zones.get(asked.0)?.id.as_str();
        let question = question_bytes(zone_id, asked.1, day);
        bytes.add(register.checked_add(question + r#""register":,"#.len())?)?;
        match answered {
            Some(answer) => Some(answer),
            None => reg.evaluate_asked(rule, asked, lang, day)?.ok(),
        }
    })
}

/// A stateless `evaluateBatch` of a rule whose input holds a register (`api::reads_register`)
/// whose items all hold the same register object (`one_register`: a portal's checks of many
/// zones of one register), each item asked of that register kept (read once, [`with_kept`]'s
/// way) as `evaluate` asks it. The array's JSON text is counted as `JSON.stringify` writes it (the
/// register's text, kept, and each question's) and a batch within 1 MiB of the input limit takes
/// its own path, which holds it to the limit. `None` for anything else, or when any item has no
/// answer there (the batch's own path then names it). (issue 12: the own path wrote, read and
/// checked the register once per item: 15 items on the prefecture's 22 KB register ~1.9 ms.)
fn register_batch(
    rule_id: &str,
    inputs: &JsValue,
    options: &JsValue,
) -> Option<Result<JsValue, JsValue>> {
    if !reads_register(None, rule_id) || !one_register_js(inputs).ok()? {
        return None;
    }
    quick_batch(inputs, &mut |_, item, bytes| {
        let split: js_sys::Array = split_off_register_js(&item, false).ok()?.dyn_into().ok()?;
        let (loaded, register) = kept_loaded(&split.get(0), Sight::First)?;
        let question = split.get(1);
        let (_, text) = plain_json(&question)?;
        // `{"register":` + the register + `,` and the question's fields, if any + `}`.
        let fields = text.len().checked_sub(2)?;
        let item_bytes =
            register.checked_add(fields + usize::from(fields > 0) + r#"{"register":}"#.len())?;
        bytes.add(item_bytes)?;
        if bytes.0 > limits::MAX_INPUT_BYTES - (1 << 20) {
            return None;
        }
        loaded
            .evaluate_rule(rule_id, question, options.clone())
            .ok()
    })
}

/// A batch (a JS array of questions) answered item by item on a quick path: `each(i, item,
/// bytes)` answers item `i` after adding its JSON text's length to `bytes`. `None` for an empty
/// array or anything but an array, or as soon as `each` gives `None` (an item the quick path
/// does not take, or the array's text past the input limit): the batch then takes its own path,
/// which answers alike or names what is wrong.
fn quick_batch(
    items: &JsValue,
    each: &mut dyn FnMut(u32, JsValue, &mut BatchBytes) -> Option<JsValue>,
) -> Option<Result<JsValue, JsValue>> {
    let items: &js_sys::Array = items.dyn_ref()?;
    let n = items.length();
    if n == 0 {
        return None;
    }
    // `[` and `]`, and a comma between items.
    let mut bytes = BatchBytes(usize::try_from(n).ok()?.checked_add(1)?);
    let answers = js_sys::Array::new_with_length(n);
    for i in 0..n {
        answers.set(i, each(i, items.get(i), &mut bytes)?);
    }
    Some(Ok(answers.into()))
}

/// The UTF-8 bytes of a batch's JSON text counted so far ([`quick_batch`]).
struct BatchBytes(usize);

impl BatchBytes {
    /// `n` more bytes; `None` past the input limit (the batch's own path refuses the array).
    fn add(&mut self, n: usize) -> Option<()> {
        self.0 = self
            .0
            .checked_add(n)
            .filter(|total| *total <= limits::MAX_INPUT_BYTES)?;
        Some(())
    }
}

/// The UTF-8 bytes of a zone-year question's JSON text as a batch's own path reads it
/// (`JSON.stringify`): `{"zoneId":` + the zone id as a JSON string + `,"year":` + the year +
/// `,"asOf":"yyyy-mm-dd"` when a date was given (`day` not `-1`) + `}`. The question was read by
/// `zone_year_stateless` or `zone_year_at`: `zoneId` a string equal to the zone's id, `year` a
/// whole number from 1 to 9999, `asOf` a `yyyy-mm-dd` string (an `asOf` given as `undefined` is
/// left out by `JSON.stringify` as it is by them). A stateless item adds `"register":` + the
/// register's text + `,`.
#[inline]
fn question_bytes(zone_id: &str, year: i32, day: i32) -> usize {
    // The zone id as `JSON.stringify` writes it: quoted, `"`, `\` and the control characters
    // escaped (`\n`, `\u0001`), everything else as its UTF-8 bytes.
    let id: usize = zone_id
        .bytes()
        .map(|b| match b {
            b'"' | b'\\' | 0x08 | 0x09 | 0x0a | 0x0c | 0x0d => 2,
            0..0x20 => 6,
            _ => 1,
        })
        .sum();
    let digits = match year {
        ..10 => 1,
        10..100 => 2,
        100..1000 => 3,
        _ => 4,
    };
    let as_of = if day == -1 {
        0
    } else {
        r#","asOf":"yyyy-mm-dd""#.len()
    };
    r#"{"zoneId":"","year":}"#.len() + id + digits + as_of
}

/// `evaluate(ruleId, input, { lang, params })`: the generic entry point.
///
/// # Errors
/// Throws a `DevzoneError` (a JS `Error`) naming the bad field.
#[wasm_bindgen(skip_typescript)]
pub fn evaluate(rule_id: JsValue, input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let told = match zone_year_or_rule(&rule_id, &input, &options, Batch::Alone, Answering::Answer)
    {
        Ok(Read::Answered(answer)) => return Ok(answer),
        Ok(Read::Asked((reg, rule, asked, lang, day, _))) => {
            if let Some(answer) = reg.evaluate_asked(rule, asked, lang, day) {
                return answer;
            }
            Some(rule)
        }
        Err(told) => told,
    };
    if let Some(answer) = told.and_then(|rule| dates_quick(rule, &rule_id, &input, &options, false))
    {
        return answer;
    }
    let rule_id = rule_text(told, &rule_id, &options)?;
    if reads_register(told, &rule_id) {
        if let Some(answer) = with_kept(&input, Sight::Second, |reg, question| {
            reg.evaluate_rule(&rule_id, question, options.clone())
        }) {
            return Ok(answer);
        }
    }
    // Both paths answer with the same text, so the answer's keys are in the same order
    // whichever path a call takes.
    stateless(|source| stateless_rule(&rule_id, input, options, source))
}

/// A stateless `evaluate` of `rule_id` on the path that reads JSON, its answer kept by its
/// texts ([`TextAnswers`]).
fn stateless_rule(
    rule_id: &str,
    input: JsValue,
    options: JsValue,
    source: &JsValue,
) -> Result<JsValue, JsValue> {
    rule_call(
        |i, o, held| api::evaluate_to_text_sharing(rule_id, i, o, held),
        input,
        options,
        source,
        -1,
        Some(rule_id),
    )
}

/// When a stateless call keeps a register it does not find kept ([`kept_loaded`]).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Sight {
    /// At once (`zoneSummary`, `report`, `obligations`: a register's whole, asked again).
    First,
    /// When its object is asked again (`evaluate` and `decide` of a rule whose input holds a
    /// register): keeping it costs as much again as the call, which a register asked once
    /// never pays back (issue 12: kept at once, first calls on one-zone registers each asked
    /// once took 20 µs against 10; an input made anew with a register of a seen first zone kept
    /// too, 20 µs again for registers that share their first zone). An object of a kept
    /// register's data is still found at once by its first zone.
    Second,
}

/// Whether rule `rule_id`'s input holds a register (`api::reads_register`): a stateless call of
/// it is asked of the register kept from an earlier call ([`with_kept`]; issue 12: an
/// eligibility check on the prefecture's 22 KB register read, checked and indexed that register
/// at every call, ~127 µs, where the same question of a loaded register takes ~4 µs).
/// `told`: the rule JS found by its id (`zone_year_or_rule`), so that its id is not looked up
/// again here (issue 12: the look-up, made twice, was 4 % of art-16.b's stateless `evaluate`).
fn reads_register(told: Option<devzone_rules::RuleId>, rule_id: &str) -> bool {
    told.or_else(|| devzone_rules::RuleId::parse(rule_id))
        .is_some_and(api::reads_register)
}

/// `decide(ruleId, input, { lang, params })`: `evaluate` in brief (the outcome, its severity and
/// the reason codes; no messages, facts or clause).
///
/// # Errors
/// As [`evaluate`].
#[wasm_bindgen(skip_typescript)]
pub fn decide(rule_id: JsValue, input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let told = match zone_year_or_rule(&rule_id, &input, &options, Batch::Alone, Answering::Brief) {
        Ok(Read::Answered(brief)) => return Ok(brief),
        Ok(Read::Asked((reg, rule, asked, _, _, _))) => {
            if let Some(brief) = reg.decide_asked(rule, asked) {
                return brief;
            }
            Some(rule)
        }
        Err(told) => told,
    };
    if let Some(brief) = told.and_then(|rule| dates_quick(rule, &rule_id, &input, &options, true)) {
        return brief;
    }
    let rule_id = rule_text(told, &rule_id, &options)?;
    if reads_register(told, &rule_id) {
        if let Some(brief) = with_kept(&input, Sight::Second, |reg, question| {
            reg.decide_rule(&rule_id, question, options.clone())
        }) {
            return Ok(brief);
        }
    }
    words_call(
        |i, o| api::decide_to_words(&rule_id, i, o),
        input,
        options,
        Some(&rule_id),
    )
}

/// art-18.c, typed.
///
/// # Errors
/// As [`evaluate`].
#[wasm_bindgen(js_name = implMeasuresDeadline, skip_typescript)]
pub fn impl_measures_deadline(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    evaluate(JsValue::from_str("art-18.c"), input, options)
}

/// art-16.b, typed.
///
/// # Errors
/// As [`evaluate`].
#[wasm_bindgen(js_name = jointMeetings, skip_typescript)]
pub fn joint_meetings(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    evaluate(JsValue::from_str("art-16.b"), input, options)
}

/// art-04.d, typed.
///
/// # Errors
/// As [`evaluate`].
#[wasm_bindgen(js_name = investmentReward, skip_typescript)]
pub fn investment_reward(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    evaluate(JsValue::from_str("art-04.d"), input, options)
}

/// art-11.e, typed.
///
/// # Errors
/// As [`evaluate`].
#[wasm_bindgen(js_name = industrialReuseGrace, skip_typescript)]
pub fn industrial_reuse_grace(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    evaluate(JsValue::from_str("art-11.e"), input, options)
}

/// art-11.f, typed.
///
/// # Errors
/// As [`evaluate`].
#[wasm_bindgen(js_name = landTransferFee, skip_typescript)]
pub fn land_transfer_fee(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    evaluate(JsValue::from_str("art-11.f"), input, options)
}

/// art-11.g, typed.
///
/// # Errors
/// As [`evaluate`].
#[wasm_bindgen(js_name = infraFee, skip_typescript)]
pub fn infra_fee(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    evaluate(JsValue::from_str("art-11.g"), input, options)
}

/// `fees(input, { lang, params })`: the fee calculator (`api::fees`).
///
/// # Errors
/// Throws a `DevzoneError` (a JS `Error`) naming the bad field.
#[wasm_bindgen(skip_typescript)]
pub fn fees(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    json_call(|i, o| api::fees_text(i, o), input, options)
}

/// `rules()`: every rule of the rulebook, in catalog order (`api::rules`).
///
/// # Errors
/// Never in practice (serialising static text).
#[wasm_bindgen(skip_typescript)]
pub fn rules() -> Result<JsValue, JsValue> {
    to_js(&api::rules())
}

/// `zoneSummary(input, { lang, params })`: one zone of a register as of a date (`api::zone_summary`).
///
/// # Errors
/// Throws a `DevzoneError` (a JS `Error`) naming the bad field.
#[wasm_bindgen(js_name = zoneSummary, skip_typescript)]
pub fn zone_summary(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    if let Some(answer) = with_kept(&input, Sight::First, |reg, question| {
        reg.zone_summary(question, options.clone())
    }) {
        return Ok(answer);
    }
    json_call(|i, o| api::zone_summary_text(i, o), input, options)
}

/// A stateless call on `{ register, ...question }` (`zoneSummary`, `report`, `obligations`, and
/// `evaluate` and `decide` of a rule whose input holds a register) asked of the register kept
/// from an earlier call (or read now and kept as `sight` says, [`kept_loaded`]) as
/// the loaded register's own call (`call`), which gives the stateless call's answer
/// (`tests/node/vectors.test.mjs` holds both to the native snapshots). `None` when the input
/// does not split, the register does not load, or the loaded call fails: the call then takes
/// its own path, which answers or names the bad field (`input.…`) as it always has.
fn with_kept(
    input: &JsValue,
    sight: Sight,
    call: impl FnOnce(&Loaded, JsValue) -> Result<JsValue, JsValue>,
) -> Option<JsValue> {
    let split: js_sys::Array = split_off_register_js(input, sight == Sight::Second)
        .ok()?
        .dyn_into()
        .ok()?;
    let (loaded, _) = kept_loaded(&split.get(0), sight)?;
    call(&loaded, split.get(1)).ok()
}

/// The rulebook version and source hash.
///
/// # Errors
/// Never in practice (serialising two strings).
#[wasm_bindgen(skip_typescript)]
pub fn rulebook() -> Result<JsValue, JsValue> {
    to_js(&devzone_rules::answer::view::RulebookView {
        version: devzone_rules::rules::RULEBOOK_VERSION,
        source_sha256: devzone_rules::rules::SOURCE_SHA256,
    })
}

fn json_call(
    f: impl Fn(&Tree<'_>, &Tree<'_>) -> Result<String, Error>,
    input: JsValue,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    answer_call(
        &|i, o, _| f(i, o).map(Out::Plain),
        input,
        options,
        None,
        None,
    )
}

/// [`json_call`] of a rule's answer, its static parts shared (see [`Out::Shared`]) and its
/// reasons deferred, asked of `source` again when first read ([`Redo`]).
///
/// `kept`: the number of the kept register the call is asked of (`Loaded::kept`), `-1` for none.
///
/// `memo`: what the answers are kept under with the call's JSON texts ([`TextAnswers`]): the
/// rule's id for a stateless call, with the register's number for a register's
/// ([`Loaded::memo_id`]).
fn rule_call(
    f: impl Fn(&Tree<'_>, &Tree<'_>, api::Held<'_>) -> Result<String, Error>,
    input: JsValue,
    options: JsValue,
    source: &JsValue,
    kept: i32,
    memo: Option<&str>,
) -> Result<JsValue, JsValue> {
    answer_call(
        &|i, o, defer| sharing(defer, |held| f(i, o, held)),
        input,
        options,
        Some((source, kept)),
        memo.map(|id| [EVALUATE, id]),
    )
}

/// What was asked, in a [`TextAnswers`] key: an answer in full, or in brief.
const EVALUATE: &str = "evaluate";
const DECIDE: &str = "decide";

/// A brief's call ([`Out::Words`]); `memo` as [`rule_call`]'s.
fn words_call(
    f: impl Fn(&Tree<'_>, &Tree<'_>) -> Result<String, Error>,
    input: JsValue,
    options: JsValue,
    memo: Option<&str>,
) -> Result<JsValue, JsValue> {
    let words = |i: &Tree<'_>, o: &Tree<'_>, _: bool| f(i, o).map(Out::Words);
    answer_call(&words, input, options, None, memo.map(|id| [DECIDE, id]))
}

/// The fast path, else the exact one; each attempt writes its own text (so a failed fast
/// attempt leaves nothing for the exact one to assume).
///
/// `f` is a trait object, so this and [`fast`] are in the module once, not once per entry point.
/// Only the fast path defers reasons: it has the call's JSON text to ask again with. `memo`:
/// what is asked (`evaluate`, `decide`) and the id its answers are kept under with the call's
/// texts ([`TextAnswers`]), `None` for answers not kept so.
fn answer_call(
    f: &dyn Fn(&Tree<'_>, &Tree<'_>, bool) -> Result<Out, Error>,
    input: JsValue,
    options: JsValue,
    source: Option<(&JsValue, i32)>,
    memo: Option<[&str; 2]>,
) -> Result<JsValue, JsValue> {
    if let Some(answer) = fast(&input, &options, source, f, memo) {
        return answer;
    }
    // Read only off the fast path: an answer does not need it (the core reads `lang` from the
    // options' JSON), and reading it costs two crossings of the boundary.
    let lang = lang_of(&options);
    let input = from_js(input, "input", ErrorCode::InvalidInput, lang)?;
    let options = from_js(options, "options", ErrorCode::InvalidOptions, lang)?;
    f(&Tree::of(&input), &Tree::of(&options), false)
        .map_err(|e| js_error(&e, lang))?
        .into_js()
}

/// `report({ register, asOf }, { lang, params })`: the compliance report (`api::report`).
///
/// # Errors
/// Throws a `DevzoneError` (a JS `Error`) naming the bad field.
#[wasm_bindgen(skip_typescript)]
pub fn report(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    if let Some(answer) = with_kept(&input, Sight::First, |reg, question| {
        reg.report(question, options.clone())
    }) {
        return Ok(answer);
    }
    answer_call(
        &|i, o, _| api::report_split(i, o).map(Out::Report),
        input,
        options,
        None,
        None,
    )
}

/// `lookup({ name, among?, register? }, { lang })`: what a name stands for (`api::lookup`).
///
/// # Errors
/// Throws a `DevzoneError` (a JS `Error`) naming the bad field.
#[wasm_bindgen(skip_typescript)]
pub fn lookup(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    json_call(|i, o| api::lookup_text(i, o), input, options)
}

/// `obligations({ register, asOf, agency?, withinDays? }, { lang, params })` (`api::obligations`).
///
/// # Errors
/// Throws a `DevzoneError` (a JS `Error`) naming the bad field.
#[wasm_bindgen(skip_typescript)]
pub fn obligations(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    if let Some(answer) = with_kept(&input, Sight::First, |reg, question| {
        reg.obligations(question, options.clone())
    }) {
        return Ok(answer);
    }
    json_call(|i, o| api::obligations_text(i, o), input, options)
}

/// `calendar({ register, from, to, asOf? }, { lang, params })` (`api::calendar`).
///
/// # Errors
/// Throws a `DevzoneError` (a JS `Error`) naming the bad field.
#[wasm_bindgen(skip_typescript)]
pub fn calendar(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    json_call(|i, o| api::calendar_text(i, o), input, options)
}

/// `calendarIcs(input, options)`: the calendar as iCalendar text (`api::calendar_ics`).
///
/// # Errors
/// Throws a `DevzoneError` (a JS `Error`) naming the bad field.
#[wasm_bindgen(js_name = calendarIcs, skip_typescript)]
pub fn calendar_ics(input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_of(&options);
    let input = from_js(input, "input", ErrorCode::InvalidInput, lang)?;
    let options = from_js(options, "options", ErrorCode::InvalidOptions, lang)?;
    let text = api::calendar_ics(&input, &options).map_err(|e| js_error(&e, lang))?;
    Ok(JsValue::from_str(&text))
}

/// `explain(answer, lang?)`: an answer explained in words (`api::explain`).
///
/// # Errors
/// Throws a `DevzoneError` (a JS `Error`) for an answer that is not an object or another language.
#[wasm_bindgen(skip_typescript)]
pub fn explain(answer: JsValue, lang: JsValue) -> Result<JsValue, JsValue> {
    let el = lang
        .as_string()
        .and_then(|l| l.parse().ok())
        .unwrap_or_default();
    let answer = from_js(answer, "answer", ErrorCode::InvalidInput, el)?;
    let lang = from_js(lang, "lang", ErrorCode::InvalidOptions, el)?;
    let text = api::explain(&answer, &lang).map_err(|e| js_error(&e, el))?;
    Ok(JsValue::from_str(&text))
}

/// `labels(lang)`: the core's words in one language (`api::labels`).
///
/// # Errors
/// Throws a `DevzoneError` (a JS `Error`) for another language.
#[wasm_bindgen(skip_typescript)]
pub fn labels(lang: JsValue) -> Result<JsValue, JsValue> {
    let lang = from_js(lang, "lang", ErrorCode::InvalidOptions, Lang::En)?;
    let words = api::labels_text(&lang).map_err(|e| js_error(&e, Lang::En))?;
    Out::Plain(words).into_js()
}

/// The problems as plain objects in `lang`.
fn problems_js(problems: &[Error], lang: Lang) -> Result<JsValue, JsValue> {
    let views: Vec<devzone_rules::error::ErrorView> =
        problems.iter().map(|e| e.view(lang)).collect();
    to_js(&views)
}

/// `validate(ruleId, input, options)`: every problem at once (`api::validate`).
///
/// # Errors
/// Never for bad input (the problems are the answer).
#[wasm_bindgen(skip_typescript)]
pub fn validate(rule_id: JsValue, input: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_of(&options);
    let rule_id = rule_id_text(&rule_id, &options).unwrap_or_default();
    let mut problems = Vec::new();
    let input = match from_js(input, "input", ErrorCode::InvalidInput, lang) {
        Ok(v) => v,
        Err(e) => return problems_from_thrown(e),
    };
    let options = match from_js(options, "options", ErrorCode::InvalidOptions, lang) {
        Ok(v) => v,
        Err(e) => return problems_from_thrown(e),
    };
    problems.extend(api::validate(&rule_id, &input, &options));
    problems_js(&problems, lang)
}

/// `validateRegister(register, options)`: every problem of a register (`api::validate_register`).
///
/// # Errors
/// Never for bad input (the problems are the answer).
#[wasm_bindgen(js_name = validateRegister, skip_typescript)]
pub fn validate_register(register: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_of(&options);
    let register = match from_js(register, "register", ErrorCode::InvalidInput, lang) {
        Ok(v) => v,
        Err(e) => return problems_from_thrown(e),
    };
    problems_js(&api::validate_register(&register), lang)
}

/// A value that could not be read as JSON data is the one problem: the thrown error's fields,
/// as a list of one plain object.
fn problems_from_thrown(e: JsValue) -> Result<JsValue, JsValue> {
    let obj = js_sys::Object::new();
    for k in ["code", "problem", "path", "expected", "got", "help", "lang"] {
        if let Ok(v) = js_sys::Reflect::get(&e, &k.into()) {
            if !v.is_undefined() {
                let _ = js_sys::Reflect::set(&obj, &k.into(), &v);
            }
        }
    }
    if let Some(err) = e.dyn_ref::<js_sys::Error>() {
        let _ = js_sys::Reflect::set(&obj, &"message".into(), &err.message().into());
    }
    Ok(js_sys::Array::of1(&obj).into())
}

/// `ambiguities(id?, { lang })`: one entry of the ambiguity register, or all of them
/// (`api::ambiguities`).
///
/// # Errors
/// Throws a `DevzoneError` (a JS `Error`) for an unknown id, an id that is not a string, or bad
/// options.
#[wasm_bindgen(skip_typescript)]
pub fn ambiguities(id: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
    let lang = lang_of(&options);
    let id = if id.is_null() || id.is_undefined() {
        None
    } else {
        Some(id.as_string().ok_or_else(|| {
            let what = id
                .js_typeof()
                .as_string()
                .unwrap_or_else(|| String::from("value"));
            js_error(
                &Error::new(ErrorCode::InvalidInput, Problem::WrongType, "id")
                    .with_expected(Text {
                        zh: "歧义条目编号文本,如 `AMB-26`".into(),
                        ko: "`AMB-26`과 같은 모호성 항목 번호 문자렬".into(),
                        en: "an ambiguity id such as `AMB-26`".into(),
                    })
                    .with_got(what),
                lang,
            )
        })?)
    };
    let options = from_js(options, "options", ErrorCode::InvalidOptions, lang)?;
    let view = api::ambiguities_text(id.as_deref(), &options).map_err(|e| js_error(&e, lang))?;
    Out::Plain(view).into_js()
}

/// One question of a batch: `(ruleId, input, options, held)` to the answer's text.
type AskOne<'a> = dyn Fn(&str, &Tree<'_>, &Tree<'_>, api::Held<'_>) -> Result<String, Error> + 'a;

/// `evaluate` of one rule on every item of an array, in one call: the answers in the same order.
/// The first item that cannot be answered throws, its path naming the item (`input[3].zoneId`).
///
/// With `brief`, `one` writes answers in brief (`decide`), which hold no shared or deferred
/// parts: the array is parsed as it is.
fn batch(
    rule_id: &str,
    inputs: JsValue,
    options: JsValue,
    lang: Lang,
    one: &AskOne<'_>,
    source: &JsValue,
    brief: bool,
) -> Result<JsValue, JsValue> {
    let at = |i: usize, mut e: Error| {
        if let Some(rest) = e.path.strip_prefix("input") {
            e.path = format!("input[{i}]{rest}");
        }
        js_error(&e, lang)
    };
    // As `fast`: the whole array is one input, refused above the core's size limit.
    let items_text = plain_json(&inputs);
    if items_text
        .as_ref()
        .is_some_and(|(_, text)| text.len() > limits::MAX_INPUT_BYTES)
    {
        return Err(js_error(
            &limits::too_large("input", ErrorCode::InvalidInput),
            lang,
        ));
    }
    let (exact_items, exact_options): (serde_json::Value, serde_json::Value);
    let (items, items_js) = match text_tree(items_text.as_ref()) {
        Some(v) => v,
        None => {
            exact_items = from_js(inputs, "input", ErrorCode::InvalidInput, lang)?;
            (Tree::of(&exact_items), None)
        }
    };
    let options_text = options_json(&options);
    let (options, options_js) = match text_tree(options_text.as_ref()) {
        Some(v) => v,
        None => {
            exact_options = from_js(options, "options", ErrorCode::InvalidOptions, lang)?;
            (Tree::of(&exact_options), None)
        }
    };
    // Asked again on the JSON text of both, when both came as text.
    let redo = match (items_js, options_js) {
        (Some(input), Some(options)) => Some(Redo {
            source: source.clone(),
            input,
            options,
            kept: -1,
        }),
        _ => None,
    };
    let Tree::Array(items) = items else {
        return Err(js_error(
            &Error::new(ErrorCode::InvalidInput, Problem::WrongType, "input").with_expected(Text {
                zh: "由各项输入组成的数组".into(),
                ko: "입력들로 이루어진 배렬".into(),
                en: "an array of inputs".into(),
            }),
            lang,
        ));
    };
    let mut out = String::with_capacity(items.len().saturating_mul(2048).saturating_add(2));
    let mut fresh = Fresh {
        defer: redo.is_some(),
        redo,
        ..Fresh::default()
    };
    out.push('[');
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let text = one(rule_id, item, &options, &mut fresh).map_err(|e| at(i, e))?;
        fresh.placed(i, out.len());
        out.push_str(&text);
    }
    out.push(']');
    if brief {
        Out::Plain(out).into_js()
    } else {
        Out::Shared(out, fresh).into_js()
    }
}

/// `evaluateBatch(ruleId, inputs, { lang, params })`: `evaluate` of one rule on every input of an
/// array in one call (one crossing of the boundary each way), the answers in the same order.
///
/// # Errors
/// Throws a `DevzoneError` for the first input that cannot be answered, its path naming the item
/// (`input[3].zoneId`).
#[wasm_bindgen(js_name = evaluateBatch, skip_typescript)]
pub fn evaluate_batch(
    rule_id: JsValue,
    inputs: JsValue,
    options: JsValue,
) -> Result<JsValue, JsValue> {
    let rule_text = rule_id_text(&rule_id, &options)?;
    if let Some(answers) = kept_batch(&rule_text, &rule_id, &inputs, &options) {
        return answers;
    }
    if let Some(answers) = register_batch(&rule_text, &inputs, &options) {
        return answers;
    }
    let first = first_known(&rule_text, &inputs, &options);
    // One question alone costs the same either way: answered as `evaluate` answers it.
    let alone = inputs.dyn_ref::<js_sys::Array>().map(js_sys::Array::length) == Some(1);
    if first == Some(true) || alone {
        if let Some(answers) = one_by_one(&rule_text, &inputs, &options) {
            return Ok(answers);
        }
    }
    let lang = lang_of(&options);
    let rule_id = rule_text;
    let answers = stateless(|source| {
        batch(
            &rule_id,
            inputs.clone(),
            options.clone(),
            lang,
            &|r, i, o, held| api::evaluate_to_text_sharing(r, i, o, held),
            source,
            false,
        )
    })?;
    // Its first question learnt (one call more), so that the same batch asked again is found.
    if first == Some(false) && !alone {
        if let Some(item) = inputs.dyn_ref::<js_sys::Array>().map(|a| a.get(0)) {
            let _ = stateless(|source| stateless_rule(&rule_id, item, options, source));
        }
    }
    Ok(answers)
}

/// Whether a batch's first question was answered before and is found by its texts
/// ([`TextAnswers`]): the batch is then taken as one asked before ([`one_by_one`]); `None`
/// when there is no first question to tell of.
fn first_known(rule_id: &str, inputs: &JsValue, options: &JsValue) -> Option<bool> {
    let first = inputs.dyn_ref::<js_sys::Array>()?.get(0);
    let (_, input) = plain_json(&first)?;
    let (_, options) = options_json(options)?;
    let found = TextAnswers::find([EVALUATE, rule_id, &options, &input]);
    Some(matches!(found, Some(Told::Answer(..))))
}

/// A stateless `evaluateBatch` answered item by item as `evaluate` answers each (the same
/// answers: each item's is the stateless call's), so that an item asked before is found by its
/// texts ([`TextAnswers`]) and a new one is learnt (issue 12: a batch's answers were written
/// whole, never found so, and a batch of questions asked before took 2–3.5× as long per item
/// as `evaluate` on each). Taken when the batch's first question was answered before
/// ([`first_known`]): for questions never asked, writing all answers in one text is ~30 %
/// cheaper. `None` for anything else: an input that is not an array, or is
/// longer than the input limit as a whole (as the batch's own path refuses it), and any item
/// that fails; the batch's own path then answers, or names the item.
fn one_by_one(rule_id: &str, inputs: &JsValue, options: &JsValue) -> Option<JsValue> {
    let items = inputs.dyn_ref::<js_sys::Array>()?;
    let (_, text) = plain_json(inputs)?;
    if text.len() > limits::MAX_INPUT_BYTES {
        return None;
    }
    let out = js_sys::Array::new_with_length(items.length());
    stateless(|source| {
        for (i, item) in (0..).zip(items.iter()) {
            out.set(
                i,
                stateless_rule(rule_id, item, options.clone(), source).ok()?,
            );
        }
        Some(out.into())
    })
}

/// A register loaded once (`LoadedRegister.load(register)`): decoded, checked and indexed once,
/// then asked any number of questions (`evaluate(ruleId, { zoneId, year })`, `zoneSummary`,
/// `report`, `obligations`) without being read again. Free it with `free()` when done (or let
/// the garbage collector do it where `FinalizationRegistry` exists).
#[wasm_bindgen(js_name = LoadedRegister, skip_typescript)]
pub struct Loaded {
    inner: api::LoadedRegister,
    /// Its zones' places as JS reads them ([`Self::places`]), made when first asked.
    places: core::cell::OnceCell<JsValue>,
    /// The [`Source`] its answers' deferred reasons are asked of: it holds the register too, so
    /// they can be read after `free()`. A kept register's is the stateless calls' source, which
    /// holds none: its answers hold the register's JSON text instead (`kept`), which
    /// `evaluate_asked` and `evaluate_rule` tell JS by this number; its other calls
    /// (`zoneSummary`, `report`, `obligations`, `decide`) defer nothing.
    source: JsValue,
    /// A kept register's number ([`keep_register`]), `-1` for any other. Its answers' deferred
    /// reasons are asked of the register kept under that text, or of the text read again once
    /// it is forgotten ([`Source::answers`]): they hold no memory of the module, so a register
    /// forgotten is freed at once (issue 12: a `Source` per kept register, freed only when JS
    /// finalized it, held every forgotten register in a loop that never yields to the event
    /// loop; after 50,000 registers a first call took 100–250 µs instead of ~20, and the
    /// process grew by ~100 MB).
    kept: core::cell::Cell<i32>,
    /// A number no other register of this instance has had ([`next_loaded_id`]): its answers
    /// are kept by it with their texts ([`TextAnswers`]).
    id: u64,
}

/// A loaded register's zone-year question read ([`Loaded::zone_year`]): the rule, the question,
/// the language (`None`: not given) and the date as read (yyyymmdd, `-1`: none).
type LoadedAsked = (devzone_rules::RuleId, api::ZonePlaceYear, Option<Lang>, i32);

impl Drop for Loaded {
    /// A register loaded by the caller and freed: JS forgets the answers it keeps for it
    /// (`loadedAnswers`; a kept register's are forgotten with the kept ones).
    fn drop(&mut self) {
        if self.kept.get() < 0 {
            forget_loaded_js(self.id_js(), 0);
        }
    }
}

thread_local! {
    /// The number the next register read gets ([`Loaded::id`]).
    static NEXT_LOADED: core::cell::Cell<u64> = const { core::cell::Cell::new(0) };
}

/// A number for a register just read, never given before in this instance (a `u64` counted up
/// from 0: no instance reads 2^64 registers).
fn next_loaded_id() -> u64 {
    NEXT_LOADED.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    })
}

#[wasm_bindgen(js_class = LoadedRegister)]
impl Loaded {
    /// `LoadedRegister.load(register, { lang })`: the register as an object or as JSON text.
    ///
    /// # Errors
    /// Throws a `DevzoneError` naming the bad field (`register.zones[3].countyId`).
    pub fn load(register: JsValue, options: JsValue) -> Result<Loaded, JsValue> {
        let lang = lang_of(&options);
        let loaded = if let Some(text) = register.as_string() {
            // Read as `limits::parse_json` reads it (its errors), without a `Value` in between
            // where the quick reader reads the text (perf: a register of 1,000 zones built as a
            // `Value` before being decoded).
            let read = limits::parse_json_tree(&text, "register", ErrorCode::InvalidInput)
                .map_err(|e| js_error(&e, lang))?;
            api::LoadedRegister::load(&read)
        } else {
            let plain = plain_json(&register).filter(|(_, t)| t.len() <= limits::MAX_INPUT_BYTES);
            match plain.as_ref().and_then(|(_, t)| Tree::parse(t).ok()) {
                Some(tree) => api::LoadedRegister::load(&tree),
                None => api::LoadedRegister::load(&from_js(
                    register,
                    "register",
                    ErrorCode::InvalidInput,
                    lang,
                )?),
            }
        };
        loaded
            .map(|inner| Self {
                source: Source::of(Some(inner.clone())),
                inner,
                places: core::cell::OnceCell::new(),
                kept: core::cell::Cell::new(-1),
                id: next_loaded_id(),
            })
            .map_err(|e| js_error(&e, lang))
    }

    /// `reg.evaluate(ruleId, question, { lang, params })`: `evaluate` with this register (the
    /// question is the rule's input without `register`).
    ///
    /// # Errors
    /// Throws a `DevzoneError` naming the bad field.
    pub fn evaluate(
        &self,
        rule_id: JsValue,
        question: JsValue,
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        if let Some(quick) = self.evaluate_zone_year(&rule_id, &question, &options) {
            return quick;
        }
        let rule_id = rule_id_text(&rule_id, &options)?;
        self.evaluate_rule(&rule_id, question, options)
    }

    /// [`Self::evaluate`] of a rule's id read, on the path that reads the question's JSON (also
    /// a stateless call's, asked of a kept register: [`with_kept`]).
    fn evaluate_rule(
        &self,
        rule_id: &str,
        question: JsValue,
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let reg = &self.inner;
        rule_call(
            |i, o, held| reg.evaluate_to_text_sharing(rule_id, i, o, held),
            question,
            options,
            &self.source,
            self.kept.get(),
            Some(&self.memo_id(rule_id)),
        )
    }

    /// Its number as JS keeps its answers by it, for the package's JS (`loadedAnswered`, which
    /// answers `reg.evaluate` and `reg.decide` asked again before calling the module): not part
    /// of the package's API, and left out of its types.
    #[wasm_bindgen(js_name = "__devzoneNumber", skip_typescript, skip_jsdoc)]
    pub fn number_js(&self) -> f64 {
        self.id_js()
    }

    /// Its number ([`Self::id`]) as JS keeps its answers by it (`loadedAnswers`).
    #[allow(
        clippy::cast_precision_loss,
        reason = "a register's number, counted from 0: far below 2^53"
    )]
    fn id_js(&self) -> f64 {
        self.id as f64
    }

    /// What a question's answers asked of this register are kept under with their texts
    /// ([`TextAnswers`]): they are functions of the call's texts and of which register it is,
    /// told by its number ([`Self::id`], never given to another register, whether kept between
    /// stateless calls or loaded by the caller).
    fn memo_id(&self, rule_id: &str) -> String {
        let mut id = String::with_capacity(rule_id.len() + 21);
        id.push_str(rule_id);
        id.push(' ');
        id.push_str(itoa::Buffer::new().format(self.id));
        id
    }

    /// [`Self::decide`] of a rule's id read, on the path that reads the question's JSON.
    fn decide_rule(
        &self,
        rule_id: &str,
        question: JsValue,
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        words_call(
            |i, o| self.inner.decide_to_words(rule_id, i, o),
            question,
            options,
            Some(&self.memo_id(rule_id)),
        )
    }

    /// `reg.evaluateBatch(ruleId, questions, { lang, params })`: `reg.evaluate` on every question
    /// of an array in one call, the answers in the same order.
    ///
    /// # Errors
    /// Throws a `DevzoneError` for the first question that cannot be answered (`input[3].zoneId`).
    #[wasm_bindgen(js_name = evaluateBatch)]
    pub fn evaluate_batch(
        &self,
        rule_id: JsValue,
        questions: JsValue,
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        if let Some(quick) = self.evaluate_zone_years(&rule_id, &questions, &options) {
            return quick;
        }
        let lang = lang_of(&options);
        let rule_id = rule_id_text(&rule_id, &options)?;
        let reg = &self.inner;
        batch(
            &rule_id,
            questions,
            options,
            lang,
            &|r, i, o, held| reg.evaluate_to_text_sharing(r, i, o, held),
            &self.source,
            false,
        )
    }

    /// `reg.evaluateBatch` of plain zone-year questions, each asked as `reg.evaluate` asks it
    /// ([`Self::evaluate_zone_year`]: read as numbers, no JSON; an item JS keeps the answer of
    /// answered by JS, and the others' answers learnt by JS as `reg.evaluate`'s are, so that
    /// the same batch asked again is answered by JS before the module is called:
    /// `loadedBatch`), the array's JSON text held to the input limit as the path that reads
    /// JSON holds it ([`question_bytes`]); or `None` for that path (any question it does not
    /// take, an array past the limit: that path then names the item or refuses the array).
    /// (issue 12: a batch took 5.8 µs a decision on that path, against 2.4 µs for
    /// `reg.evaluate` one question at a time.)
    fn evaluate_zone_years(
        &self,
        rule_id: &JsValue,
        questions: &JsValue,
        options: &JsValue,
    ) -> Option<Result<JsValue, JsValue>> {
        quick_batch(questions, &mut |_, question, bytes| {
            let read = self.zone_year_or_answer(rule_id, &question, options, Answering::Answer)?;
            // An item JS answered: its question read from the numbers JS wrote all the same.
            let (answered, (rule, asked, lang, day)) = match read {
                Ok(question) => (None, question),
                Err(answer) => (Some(answer), question_of(question_numbers().get(..5)?)?),
            };
            let zone_id = self.inner.valid().zones.get(asked.0)?.id.as_str();
            bytes.add(question_bytes(zone_id, asked.1, day))?;
            match answered {
                Some(answer) => Some(answer),
                None => self.evaluate_asked(rule, asked, lang, day)?.ok(),
            }
        })
    }

    /// `reg.decide(ruleId, question, { lang, params })`: `decide` with this register.
    ///
    /// # Errors
    /// Throws a `DevzoneError` naming the bad field.
    pub fn decide(
        &self,
        rule_id: JsValue,
        question: JsValue,
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        if let Some(quick) = self.decide_zone_year(&rule_id, &question, &options) {
            return quick;
        }
        let rule_id = rule_id_text(&rule_id, &options)?;
        self.decide_rule(&rule_id, question, options)
    }

    /// `reg.decideBatch` of plain zone-year questions without JSON (`zone_years_at`: numbers),
    /// or `None` for the path that reads JSON (any question it does not take, any error: that
    /// path then names the item).
    fn decide_zone_years(
        &self,
        rule_id: &str,
        rule_js: &JsValue,
        questions: &JsValue,
        options: &JsValue,
    ) -> Option<Result<JsValue, JsValue>> {
        let places = self.places();
        let packed = zone_years_at_js(questions, options, places, rule_js, self.id_js()).ok()?;
        // Every brief kept by JS for these questions: the `Decision`s made.
        if js_sys::Array::is_array(&packed) {
            return Some(Ok(packed));
        }
        let numbers = packed.dyn_into::<js_sys::Int32Array>().ok()?.to_vec();
        // A batch's questions mostly share their date: the last one read is kept.
        let mut last: Option<(i32, Option<devzone_rules::dates::IsoDate>)> = None;
        let mut questions = numbers.chunks_exact(3).map(|q| {
            let [place, year, day] = *q else { return None };
            let as_of = match last {
                _ if day == -1 => None,
                Some((d, as_of)) if d == day => as_of,
                _ => {
                    let as_of = date_of(day)?;
                    last = Some((day, as_of));
                    as_of
                }
            };
            Some((usize::try_from(place).ok()?, year, as_of))
        });
        // The rule found once for the whole batch, each distinct brief's words written once.
        let table = self
            .inner
            .decide_zone_places_table(rule_id, &mut questions)?;
        Some(briefs_at(&table.words, &table.lines))
    }

    /// The register's zones' places as JS reads them (`placeIn`), made when first asked: a
    /// register of one zone's id (a stateless question's register is mostly one zone, and a
    /// register loaded to be asked once often is: issue 12, an array and a `Map` made for it
    /// were 4 % of a kept register's first call, and 3 crossings into JS of a loaded one's),
    /// else a JS `Map` of the zone ids to their places. What JS keeps of a kept register
    /// (`keep_register`).
    fn places(&self) -> &JsValue {
        self.places.get_or_init(|| {
            if let [only] = self.inner.valid().zones.as_slice() {
                return JsValue::from_str(&only.id);
            }
            let ids = js_sys::Array::new();
            for zone in &self.inner.valid().zones {
                ids.push(&JsValue::from_str(&zone.id));
            }
            zone_places(&ids).unwrap_or(JsValue::UNDEFINED)
        })
    }

    /// `reg.decide` of a plain zone-year question without JSON or text (`zone_year_at`: the
    /// rule, the zone's place, the year and the date as numbers; the brief back by its number),
    /// or `None` for the path that reads JSON: a question or options it does not take, a rule
    /// whose input is another, or any error (which that path then gives with its own field
    /// path).
    fn decide_zone_year(
        &self,
        rule_id: &JsValue,
        question: &JsValue,
        options: &JsValue,
    ) -> Option<Result<JsValue, JsValue>> {
        match self.zone_year_or_answer(rule_id, question, options, Answering::Brief)? {
            Ok((rule, asked, _, _)) => self.decide_asked(rule, asked),
            Err(brief) => Some(Ok(brief)),
        }
    }

    /// [`Self::decide_zone_year`] of the question read.
    fn decide_asked(
        &self,
        rule: devzone_rules::RuleId,
        (place, year, as_of): api::ZonePlaceYear,
    ) -> Option<Result<JsValue, JsValue>> {
        // One buffer for every call's words (no string made and freed per question).
        WORDS.with(|words| {
            let mut words = words.try_borrow_mut().ok()?;
            self.inner
                .decide_zone_place_words_into(rule, (place, year, as_of), &mut words)?
                .ok()?;
            Some(numbered_brief(&words))
        })
    }

    /// A plain zone-year question read as numbers (`zone_year_at`): the rule, the question, the
    /// language (`None`: not given) and the date as read (yyyymmdd, `-1`: none), or (`Err`;
    /// `answering`: `reg.evaluate`, `reg.decide` or an item of `reg.evaluateBatch`) the answer
    /// or brief JS made from what it keeps for the same question asked before. `None` for one
    /// the JSON path must read.
    fn zone_year_or_answer(
        &self,
        rule_id: &JsValue,
        question: &JsValue,
        options: &JsValue,
        answering: Answering,
    ) -> Option<Result<LoadedAsked, JsValue>> {
        send_rules()?;
        let at = question_at()?;
        match zone_year_at_js(
            rule_id,
            question,
            options,
            self.places(),
            at,
            self.id_js(),
            answering as u32,
        ) {
            1 => question_of(question_numbers().get(..5)?).map(Ok),
            2 => stashed().map(Err),
            _ => None,
        }
    }

    /// `reg.evaluate` of a plain zone-year question without JSON (`zone_year_at`), its answer
    /// written and read as any other (its shared parts held by JS, its reasons deferred, asked
    /// again with the question's JSON text when first read), or `None` for the path that reads
    /// JSON (which answers alike, or names what is wrong).
    fn evaluate_zone_year(
        &self,
        rule_id: &JsValue,
        question: &JsValue,
        options: &JsValue,
    ) -> Option<Result<JsValue, JsValue>> {
        match self.zone_year_or_answer(rule_id, question, options, Answering::Answer)? {
            Ok((rule, asked, lang, day)) => self.evaluate_asked(rule, asked, lang, day),
            Err(answer) => Some(Ok(answer)),
        }
    }

    /// [`Self::evaluate_zone_year`] of the question read (`day`: its date as read, yyyymmdd).
    fn evaluate_asked(
        &self,
        rule: devzone_rules::RuleId,
        asked: api::ZonePlaceYear,
        lang: Option<Lang>,
        day: i32,
    ) -> Option<Result<JsValue, JsValue>> {
        // The question as numbers, for the reasons asked when first read (`Source::answers`):
        // no JSON text made for reasons most callers never read.
        let (input, options) = ZonePlaceAsked {
            place: asked.0,
            year: asked.1,
            day,
            lang,
        }
        .numbers();
        // An answer JS keeps the head and detail of, found by its key (made without the
        // answer: [`QuickAnswers`]); the question's numbers cross as numbers.
        let key = self
            .inner
            .zone_place_key(rule, asked, lang.unwrap_or_default());
        if let Some((head, number)) = key.as_ref().and_then(QuickAnswers::find) {
            let answer =
                known_answer_numbers(&self.source, input, options, head, number, self.kept.get());
            if !answer.is_undefined() {
                return Some(Ok(answer));
            }
        }
        let (input, options) = (JsValue::from_f64(input), JsValue::from_f64(options));
        let mut fresh = Fresh {
            defer: true,
            single: true,
            ..Fresh::default()
        };
        let text = self
            .inner
            .evaluate_zone_place_text_sharing(rule, asked, lang.unwrap_or_default(), &mut fresh)
            .ok()?;
        fresh.placed(0, 0);
        fresh.redo = Some(Redo {
            source: self.source.clone(),
            input,
            options,
            kept: self.kept.get(),
        });
        let (answer, told) = shared_into_js(text, fresh).ok()?;
        if let (Some(key), Some((head, number))) = (key, told) {
            QuickAnswers::learn(key, head, number);
        }
        Some(Ok(answer))
    }

    /// `reg.decideBatch(ruleId, questions, { lang, params })`: `reg.decide` on every question of
    /// an array in one call, the briefs in the same order.
    ///
    /// # Errors
    /// Throws a `DevzoneError` for the first question that cannot be answered (`input[3].zoneId`).
    #[wasm_bindgen(js_name = decideBatch)]
    pub fn decide_batch(
        &self,
        rule_id: JsValue,
        questions: JsValue,
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let lang = lang_of(&options);
        let rule_js = rule_id;
        let rule_id = rule_id_text(&rule_js, &options)?;
        if let Some(quick) = self.decide_zone_years(&rule_id, &rule_js, &questions, &options) {
            return quick;
        }
        let reg = &self.inner;
        batch(
            &rule_id,
            questions,
            options,
            lang,
            &|r, i, o, _| reg.decide_to_text(r, i, o),
            &self.source,
            true,
        )
    }

    /// `reg.zoneSummary({ zoneId, asOf }, { lang, params })`.
    ///
    /// # Errors
    /// Throws a `DevzoneError` naming the bad field.
    #[wasm_bindgen(js_name = zoneSummary)]
    pub fn zone_summary(&self, question: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        json_call(|i, o| self.inner.zone_summary_text(i, o), question, options)
    }

    /// `reg.report({ asOf }, { lang, params, county, zone, agency, severity, rule })`.
    ///
    /// # Errors
    /// Throws a `DevzoneError` naming the bad field.
    pub fn report(&self, question: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        answer_call(
            &|i, o, _| self.inner.report_split(i, o).map(Out::Report),
            question,
            options,
            None,
            None,
        )
    }

    /// `reg.obligations({ asOf, agency?, withinDays? }, { lang, params })`.
    ///
    /// # Errors
    /// Throws a `DevzoneError` naming the bad field.
    pub fn obligations(&self, question: JsValue, options: JsValue) -> Result<JsValue, JsValue> {
        json_call(|i, o| self.inner.obligations_text(i, o), question, options)
    }
}

/// What answers ask again for their deferred reasons (`Redo`): the register of a
/// `LoadedRegister`, or none for the stateless calls. A class of the module only so JS can hold
/// it (its memory is freed when the last answer holding it is collected); not part of the API.
#[wasm_bindgen(js_name = __DevzoneSource, skip_typescript)]
pub struct Source {
    register: Option<api::LoadedRegister>,
}

impl Source {
    /// A new source, as JS holds it.
    #[inline(never)]
    fn of(register: Option<api::LoadedRegister>) -> JsValue {
        JsValue::from(Self { register })
    }
}

#[wasm_bindgen(js_class = __DevzoneSource)]
impl Source {
    /// The answers of `rule_id` on `input` (one input, or an array of them when `many`) with
    /// `options` again, for what the call that wrote them deferred (their reasons, and the parts
    /// of `json_text::DEFERRED_PARTS`): JSON text, each answer with its reasons and parts in
    /// full and its shared parts and parameters `null` (an array of them when `many`).
    ///
    /// # Errors
    /// None in practice: the call succeeded on the same text before. A `DevzoneError` otherwise.
    ///
    /// `register`: for an answer of a kept register (`Loaded::kept`; this the stateless calls'
    /// source), that register's JSON text: the question is asked of the register kept under
    /// that text, or of the text read again once it is no longer kept.
    pub fn answers(
        &self,
        rule_id: &str,
        input: JsValue,
        options: JsValue,
        many: bool,
        register: JsValue,
    ) -> Result<String, JsValue> {
        // A loaded register's zone-year question given as numbers (`Loaded::evaluate_zone_year`).
        if let (Some(place), Some(rest)) = (input.as_f64(), options.as_f64()) {
            let ask = |reg: &api::LoadedRegister| {
                let q = ZonePlaceAsked::from_numbers(place, rest)?;
                let rule = devzone_rules::RuleId::parse(rule_id)?;
                reg.evaluate_zone_place_text_sharing(
                    rule,
                    (q.place, q.year, date_of(q.day)?),
                    q.lang.unwrap_or_default(),
                    &mut AskedAgain,
                )
                .ok()
            };
            let asked = match &self.register {
                Some(reg) => ask(reg),
                None => kept_or_read(&register).as_ref().and_then(ask),
            };
            return asked.ok_or_else(not_asked);
        }
        let (Some(input), Some(options)) = (input.as_string(), options.as_string()) else {
            return Err(not_asked());
        };
        let (input, options) = (input.as_str(), options.as_str());
        // The text `JSON.stringify` wrote for a call that succeeded on it.
        let parse = |text| {
            Tree::parse(text).map_err(|e| {
                Error::new(ErrorCode::InvalidInput, Problem::InvalidValue, "")
                    .with_detail(Text::same(e.to_string()))
            })
        };
        // A kept register's question (its register left out of the text): asked of that register.
        let kept = if register.is_string() {
            Some(kept_or_read(&register).ok_or_else(not_asked)?)
        } else {
            None
        };
        let asked = (|| {
            let input = parse(input)?;
            let options = parse(options)?;
            let one = |item: &Tree<'_>| match self.register.as_ref().or(kept.as_ref()) {
                Some(reg) => reg.evaluate_to_text_sharing(rule_id, item, &options, &mut AskedAgain),
                None => api::evaluate_to_text_sharing(rule_id, item, &options, &mut AskedAgain),
            };
            match (&input, many) {
                (Tree::Array(items), true) => {
                    let mut out = String::from("[");
                    for (i, item) in items.iter().enumerate() {
                        if i > 0 {
                            out.push(',');
                        }
                        out.push_str(&one(item)?);
                    }
                    out.push(']');
                    Ok(out)
                }
                _ => one(&input),
            }
        })();
        asked.map_err(|e: Error| js_error(&e, Lang::En))
    }
}

/// The register of JSON text `register` (a JS string): the one kept under that text, or the
/// text read again when it is no longer kept (not kept again: an answer's reasons read late
/// change nothing kept). `None` for anything else (a defect: the module gives only the text of
/// a register it kept).
fn kept_or_read(register: &JsValue) -> Option<api::LoadedRegister> {
    if let Some((loaded, _)) = kept_number(register)
        .ok()
        .and_then(|n| kept_at(i64::from(n)))
    {
        return Some(loaded.inner.clone());
    }
    let text = register.as_string()?;
    api::LoadedRegister::load(&Tree::parse(&text).ok()?).ok()
}

/// What [`Source::answers`] throws for a question the module did not give it (a defect: it
/// gives only questions it answered).
fn not_asked() -> JsValue {
    js_error(
        &Error::new(ErrorCode::InvalidInput, Problem::InvalidValue, ""),
        Lang::En,
    )
}

/// A loaded register's zone-year question as two numbers, which JS holds for the reasons asked
/// when first read ([`Source::answers`]): the zone's place, and the year, the date (yyyymmdd,
/// `-1` for none) and the language (0 none, 1 zh, 2 ko, 3 en) as
/// `(year * 10^9 + day + 1) * 4 + lang`, at most ~4 * 10^13, exact in an `f64`.
struct ZonePlaceAsked {
    place: usize,
    year: i32,
    day: i32,
    lang: Option<Lang>,
}

/// A question's language as `zone_year_at` gives it: 0 none, 1 zh, 2 ko, 3 en.
const fn lang_code(lang: Option<Lang>) -> i64 {
    match lang {
        None => 0,
        Some(Lang::Zh) => 1,
        Some(Lang::Ko) => 2,
        Some(Lang::En) => 3,
    }
}

/// [`lang_code`] read back; `None` for another number.
const fn lang_of_code(code: i64) -> Option<Option<Lang>> {
    match code {
        0 => Some(None),
        1 => Some(Some(Lang::Zh)),
        2 => Some(Some(Lang::Ko)),
        3 => Some(Some(Lang::En)),
        _ => None,
    }
}

impl ZonePlaceAsked {
    fn numbers(&self) -> (f64, f64) {
        let rest = (i64::from(self.year) * 1_000_000_000 + i64::from(self.day) + 1) * 4
            + lang_code(self.lang);
        (self.place as f64, rest as f64)
    }

    fn from_numbers(place: f64, rest: f64) -> Option<Self> {
        if !(place >= 0.0 && place.fract() == 0.0 && rest >= 0.0 && rest.fract() == 0.0) {
            return None;
        }
        #[allow(
            clippy::cast_possible_truncation,
            clippy::cast_sign_loss,
            reason = "whole and not negative, checked above; a number out of range gives a question that is not answered"
        )]
        let (place, rest) = (place as usize, rest as i64);
        let lang = lang_of_code(rest % 4)?;
        let rest = rest / 4;
        Some(Self {
            place,
            year: i32::try_from(rest / 1_000_000_000).ok()?,
            day: i32::try_from(rest % 1_000_000_000).ok()? - 1,
            lang,
        })
    }
}

/// The reader of an answer asked again ([`Source::answers`]): it holds the shared parts and
/// parameters (written `null`) and has the reasons and every deferred part written in full.
struct AskedAgain;

impl api::Holds for AskedAgain {
    fn statics(&mut self, _: devzone_rules::RuleId, _: Lang) -> bool {
        true
    }

    fn params(&mut self, _: devzone_rules::RuleId, _: &ParamsUsed) -> bool {
        true
    }
}

thread_local! {
    /// The [`Source`] of the stateless calls, made by the first (the module is single-threaded:
    /// one per instance).
    static STATELESS: core::cell::RefCell<Option<JsValue>> =
        const { core::cell::RefCell::new(None) };
}

/// `f` with the stateless calls' [`Source`].
fn stateless<R>(f: impl FnOnce(&JsValue) -> R) -> R {
    let source = STATELESS.with(|s| {
        s.borrow_mut()
            .get_or_insert_with(|| Source::of(None))
            .clone()
    });
    f(&source)
}
