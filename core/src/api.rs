//! The JSON boundary: one generic entry point, `evaluate(rule_id, input, options)`, shared by the
//! wasm package, the CLI and the test-vector runners, so every surface decodes, validates and
//! answers identically.
//!
//! Inputs use camelCase fields and reject unknown ones; a decoding error names the field path
//! (`input.meetings[1].date`) and what was expected.

use alloc::format;
use alloc::string::{String, ToString};
use alloc::vec::Vec;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::tree::{Json, Tree};

use crate::answer::view::{AnswerRef, ReasonsRef};
use crate::answer::{Answer, Brief, Parts};
use crate::error::{Error, ErrorCode, Problem, Text};
use crate::json_text::FlatText;
use crate::messages::Lang;
use crate::params::Params;
use crate::register::{RegisterArg, ValidRegister};
use crate::rules::{art11_land as a11, Computed, ComputedVisitor, Question, RuleId, RULES};
use alloc::sync::Arc;

/// Per-call options: the language of the messages and any parameter overrides.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(
    rename_all = "camelCase",
    deny_unknown_fields,
    default,
    expecting = "an options object such as `{\"lang\": \"en\"}`"
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct Options {
    /// Language of messages and labels: `zh` (default), `en` or `ko`.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub lang: Lang,
    /// Parameter overrides; anything not given keeps its documented default.
    #[cfg_attr(feature = "wasm", tsify(optional))]
    pub params: Params,
}

impl Options {
    /// Answers in `lang` with the default parameters (the quick questions' options).
    #[must_use]
    pub fn in_lang(lang: Lang) -> Self {
        Self {
            lang,
            params: Params::default(),
        }
    }

    /// The options of `text` when it is `{"lang":"zh"}`, `{"lang":"ko"}` or `{"lang":"en"}`
    /// exactly (nearly every call's options, written compactly); `None` for any other text,
    /// which is read as JSON (the same options, or the same error).
    fn of_lang_text(text: &str) -> Option<Self> {
        let lang = text.strip_prefix(r#"{"lang":""#)?.strip_suffix(r#""}"#)?;
        // Read as `from_value` reads a language alone (`FromStr`).
        Some(Self {
            lang: lang.parse().ok()?,
            ..Self::default()
        })
    }

    /// Decodes options from JSON; `null` means the defaults.
    ///
    /// # Errors
    /// `INVALID_OPTIONS` naming the field path.
    pub fn from_value(options: &dyn Json) -> Result<Self, Error> {
        let options = options.tree();
        if options.is_null() {
            return Ok(Self::default());
        }
        // Nearly every call's options are `{"lang": …}` alone: read as such, not decoded
        // (perf: 3 % of an art-18.c answer as text; callgrind, `prof_eval N art18c-text`).
        // Anything else, a language unknown included, is decoded (and its error named).
        if let Tree::Object(fields) = &*options {
            if let [(key, Tree::String(lang))] = fields.as_slice() {
                if let (true, Ok(lang)) = (key == "lang", lang.parse::<Lang>()) {
                    return Ok(Self {
                        lang,
                        ..Self::default()
                    });
                }
            }
        }
        decode(&options, "options", ErrorCode::InvalidOptions)
    }
}

/// Decodes `value` into `T`, reporting the path of the first bad field under `root`.
fn decode<T: DeserializeOwned>(value: &Tree<'_>, root: &str, code: ErrorCode) -> Result<T, Error> {
    decode_checking(value, root, code, true)
}

/// [`decode`], walking `value` for the limits only when `check` (not when they already held it).
fn decode_checking<T: DeserializeOwned>(
    value: &Tree<'_>,
    root: &str,
    code: ErrorCode,
    check: bool,
) -> Result<T, Error> {
    if check {
        crate::limits::check(value, root, code)?;
    }
    let track = crate::strict::Track::default();
    let decoded = T::deserialize(crate::strict::Strict::root(value, &track));
    decoded.map_err(|e| located(e, track, root, code))
}

/// A decoding error at the path `track` noted under `root`: not generic and never inlined, so
/// the decoders of the 38 rules' inputs share one copy (it is on no path but an error's).
#[inline(never)]
#[cold]
fn located(
    e: crate::strict::Error,
    track: crate::strict::Track,
    root: &str,
    code: ErrorCode,
) -> Error {
    let e = e.into_fault();
    let mut path = match track.path() {
        None => root.to_string(),
        Some(p) if p.starts_with('[') => format!("{root}{p}"),
        Some(p) => format!("{root}.{p}"),
    };
    if let Some(field) = e.field {
        path.push('.');
        path.push_str(field);
    }
    Error {
        code,
        problem: e.problem,
        path,
        detail: e.detail.map(alloc::boxed::Box::new),
        expected: e.expected.map(alloc::boxed::Box::new),
        got: e.got.map(crate::error::shorten),
        help: e.help.map(alloc::boxed::Box::new),
    }
}

/// Renders a view as compact JSON text, in the view's own field order.
///
/// In WebAssembly the text is [`to_ascii_text`]'s: whatever a wasm32 build writes is read by
/// JavaScript (the npm package), which reads ASCII without decoding UTF-8; and one writer of
/// each view, not two, keeps the module smaller. The JSON value is the same either way.
#[cfg(not(target_arch = "wasm32"))]
fn to_text<T: Serialize>(view: &T) -> Result<String, Error> {
    crate::json_text::to_string(view, false, TEXT_CAPACITY).map_err(|e| unwritable(&e))
}

/// [`to_text`] in WebAssembly: [`to_ascii_text`].
#[cfg(target_arch = "wasm32")]
fn to_text<T: Serialize>(view: &T) -> Result<String, Error> {
    to_ascii_text(view)
}

/// What a text is sized for at first: an answer is a few kilobytes, so it is sized once rather
/// than grown from nothing.
const TEXT_CAPACITY: usize = 4096;

/// [`to_text`] with every character outside ASCII written as a `\uXXXX` escape ([`ascii_json`]'s
/// text), for a reader that turns bytes into a string without decoding UTF-8 (the wasm package:
/// see `bindings/src/lib.rs`, `Out`). Escaped as it is written ([`crate::json_text`]): no second
/// pass over the text, no second copy of it.
fn to_ascii_text<T: Serialize>(view: &T) -> Result<String, Error> {
    crate::json_text::to_string(view, true, TEXT_CAPACITY).map_err(|e| unwritable(&e))
}

/// `text` in ASCII pieces, each character outside ASCII as its `\uXXXX` escape(s) ([`ascii_json`],
/// for texts not written by [`crate::json_text`]): runs of ASCII are found byte by byte and
/// passed whole.
fn escaped<E>(text: &str, mut put: impl FnMut(&[u8]) -> Result<(), E>) -> Result<(), E> {
    let mut rest = text;
    while let Some(at) = rest.bytes().position(|b| !b.is_ascii()) {
        put(rest.as_bytes().get(..at).unwrap_or_default())?;
        let tail = rest.get(at..).unwrap_or_default();
        let mut chars = tail.chars();
        if let Some(c) = chars.next() {
            for escape in crate::json_text::char_escapes(c) {
                put(&escape)?;
            }
        }
        rest = chars.as_str();
    }
    put(rest.as_bytes())
}

/// `value` as compact JSON text, byte for byte `serde_json::to_string`'s (by the crate's own
/// writer, whose floats do not need serde_json's float writer in the wasm module).
///
/// # Errors
/// Never for a `Value` (its keys are strings); kept total rather than unwrapped.
pub fn value_text(value: &Value) -> Result<String, Error> {
    crate::json_text::to_string(value, false, TEXT_CAPACITY).map_err(|e| unwritable(&e))
}

/// JSON text with every character outside ASCII written as a `\uXXXX` escape (a pair beyond the
/// BMP): the same JSON value, in bytes JavaScript turns into a string without UTF-8 decoding.
/// Outside ASCII, characters occur only inside JSON strings, where the escape means the same.
/// Measured on the art-14.d answer (4 KB, Node 20): UTF-8 decoding took 22 µs, more than half
/// of parsing it; the escaped text decodes in 1 µs and parses about as fast.
#[must_use]
pub fn ascii_json(text: String) -> String {
    if text.is_ascii() {
        return text;
    }
    let mut out = alloc::vec::Vec::with_capacity(text.len() + text.len() / 2);
    let () = escaped(&text, |piece| {
        out.extend_from_slice(piece);
        Ok::<(), core::convert::Infallible>(())
    })
    .unwrap_or_else(|never| match never {});
    // Only ASCII was written.
    String::from_utf8(out).unwrap_or_default()
}

/// Decodes a question's input: as it is, or, asked of a loaded register, with that register in
/// its `register` slot (the question itself must not hold one). Never inlined: [`Run::visit`]
/// and [`Decide::visit`] (through [`asked_input`]) call the same copy for each rule's input.
#[inline(never)]
fn open<T: DeserializeOwned + Question>(
    input: &Tree<'_>,
    loaded: Option<&Arc<ValidRegister>>,
    checked: bool,
) -> Result<T, Error> {
    let Some(reg) = loaded else {
        return decode_checking(input, "input", ErrorCode::InvalidInput, !checked);
    };
    let Some(with) = asked_of_loaded(input, T::HAS_REGISTER)? else {
        return decode(input, "input", ErrorCode::InvalidInput);
    };
    let mut t: T = decode(&with, "input", ErrorCode::InvalidInput)?;
    if let Some(slot) = t.register_mut() {
        *slot = RegisterArg::Loaded(Arc::clone(reg));
    }
    Ok(t)
}

/// A question asked of a loaded register, as its rule's decoder reads it: the question's
/// fields with a stand-in for the register (read in a few steps; the loaded register then
/// takes its place). `None` for a question that is not an object (decoded as it is, for its
/// error); an error for a rule that reads no register (`has_register` false) or a question that
/// holds one. Not generic, never inlined: one copy, not one per rule.
#[inline(never)]
fn asked_of_loaded<'a>(input: &Tree<'a>, has_register: bool) -> Result<Option<Tree<'a>>, Error> {
    if !has_register {
        return Err(Error::input(
            Problem::InvalidValue,
            "ruleId",
            text!(
                zh: "该规则不读取登记册,不能向已加载的登记册提问",
                ko: "이 규칙은 등록부를 읽지 않으므로 미리 읽어들인 등록부에 물을 수 없습니다",
                en: "this rule does not read a register, so it cannot be asked of a loaded one"
            ),
        )
        .with_help(text!(
            zh: "请用 `evaluate(ruleId, input)` 直接计算",
            ko: "`evaluate(ruleId, input)`로 직접 계산하십시오",
            en: "call `evaluate(ruleId, input)` instead"
        )));
    }
    let Tree::Object(fields) = input else {
        return Ok(None);
    };
    if input.get("register").is_some() {
        return Err(Error::input(
            Problem::UnknownField,
            "input.register",
            text!(
                zh: "向已加载的登记册提问时不能再给出 `register`",
                ko: "미리 읽어들인 등록부에 물을 때에는 `register`를 다시 줄 수 없습니다",
                en: "a question asked of a loaded register must not hold a `register` of its own"
            ),
        )
        .with_help(text!(
            zh: "删去 `register`,或用 `evaluate(ruleId, input)` 计算另一份登记册",
            ko: "`register`를 빼거나 다른 등록부는 `evaluate(ruleId, input)`로 계산하십시오",
            en: "leave `register` out, or call `evaluate(ruleId, input)` for another register"
        )));
    }
    // The entries stay sorted by key, as a tree's are. Its issue date is any valid one (the
    // loaded register replaces it before anything reads it): a fixed text, not the register's
    // date written out at each question.
    let stand_in = Tree::Object(alloc::vec![
        ("issueDate".into(), Tree::String("2019-01-01".into())),
        ("zones".into(), Tree::Array(alloc::vec::Vec::new())),
    ]);
    let at = fields.partition_point(|(k, _)| k.as_ref() < "register");
    let mut with = alloc::vec::Vec::with_capacity(fields.len() + 1);
    with.extend(fields.iter().take(at).cloned());
    with.push(("register".into(), stand_in));
    with.extend(fields.iter().skip(at).cloned());
    Ok(Some(Tree::Object(with)))
}

/// Renders an answer view as JSON. The views hold only strings, numbers, booleans, arrays and
/// string-keyed maps, so this cannot fail in practice; an error keeps the boundary total.
fn to_json<T: Serialize>(view: &T) -> Result<Value, Error> {
    serde_json::to_value(view).map_err(|e| unwritable(&e))
}

/// How a rule's answer leaves [`run`]: as a JSON tree ([`AsJson`]) or as JSON text
/// ([`AsText`], written straight from the answer: no tree, the answer's own field order).
trait Written {
    type Out;
    /// Rule's answer `answer` written as the reader `f` holds parts of it.
    fn finish<D: Serialize>(answer: &Answer<D>, f: Finishing<'_>) -> Result<Self::Out, Error>;
    /// An answer's reasons alone ([`Holds::reasons_only`]): only the text a reader that holds
    /// parts reads ([`AsAsciiText`]); a form no such reader reads does not write them (keeping
    /// their writer out of the module).
    fn write_reasons(reasons: &ReasonsRef<'_>) -> Result<Self::Out, Error> {
        let _ = reasons;
        Err(unwritable(
            &"the reasons alone are written only as shared text",
        ))
    }
}

/// What a reader holds of an answer and how it reads it ([`Run::visit`] to [`finish`]).
struct Finishing<'h> {
    lang: Lang,
    held: Option<Held<'h>>,
    /// For an answer made from its zone: whether it lists its parameters used, and whether the
    /// reader holds them (so they were not made).
    zone_listed: Option<(bool, bool)>,
    /// Whether the reader defers the reasons ([`Holds::defers_reasons`]).
    defer: bool,
    /// Whether it asks for the reasons alone ([`Holds::reasons_only`]).
    only: bool,
}

/// How [`finish`] writes an answer whose detail is a `D`: given the spans to note its large
/// parts in when the reader asks for them ([`Holds::spans`]).
type WriteAnswer<D, O> = fn(&AnswerRef<'_, D>, Option<&mut Vec<u32>>) -> Result<O, Error>;

/// An answer of `parts` and `detail` written by `write` (given the spans to note the large
/// parts in, for a reader that asks for them: [`Holds::spans`]) as `f`'s reader holds it.
/// Called with the detail's type erased by the text writers (`D` = `dyn FlatText`, one copy
/// for every rule: [`AsText`], [`AsAsciiText`]) and with the detail's own type by [`AsJson`].
fn finish<W: Written, D: ?Sized>(
    parts: Parts<'_>,
    detail: &D,
    f: Finishing<'_>,
    write: WriteAnswer<D, W::Out>,
) -> Result<W::Out, Error> {
    let Finishing {
        lang,
        mut held,
        zone_listed,
        defer,
        only,
    } = f;
    let (statics, params) = held_parts(
        held.as_mut().map(|h| &mut **h as Held<'_>),
        parts.rule_id,
        lang,
        parts.params_used,
        zone_listed,
    );
    if only {
        return W::write_reasons(&ReasonsRef::of_parts(parts, lang));
    }
    let view = AnswerRef::of_parts(parts, detail, lang).holding_told(
        (statics, params, defer),
        held.as_mut().map(|h| &mut **h as Held<'_>),
    );
    write(&view, held.and_then(|h| h.spans()))
}

/// An answer whose detail's type is erased, as text (in ASCII when `ASCII`; its large parts
/// noted when spans are given: only the ASCII text's reader asks for them).
fn answer_text<const ASCII: bool>(
    view: &AnswerRef<'_, dyn FlatText + '_>,
    spans: Option<&mut Vec<u32>>,
) -> Result<String, Error> {
    view.text(ASCII, TEXT_CAPACITY, spans)
        .map_err(|e| unwritable(&e))
}

struct AsJson;
struct AsText;
/// JSON text in ASCII ([`to_ascii_text`]): what a reader that shares parts (the wasm package)
/// reads. A type of its own, not a flag, so the module holds only this writer of each answer.
struct AsAsciiText;
/// serde_json's own text (tests only: the parity of [`crate::json_text`]).
#[cfg(not(target_arch = "wasm32"))]
struct AsSerdeJsonText;

impl Written for AsJson {
    type Out = Value;
    fn finish<D: Serialize>(answer: &Answer<D>, f: Finishing<'_>) -> Result<Value, Error> {
        finish::<Self, D>(answer.parts(), &answer.detail, f, |view, _| to_json(view))
    }
}

impl Written for AsText {
    type Out = String;
    fn finish<D: Serialize>(answer: &Answer<D>, f: Finishing<'_>) -> Result<String, Error> {
        // ASCII in WebAssembly, as `to_text`.
        finish::<Self, dyn FlatText>(
            answer.parts(),
            &answer.detail,
            f,
            answer_text::<{ cfg!(target_arch = "wasm32") }>,
        )
    }
}

#[cfg(not(target_arch = "wasm32"))]
impl Written for AsSerdeJsonText {
    type Out = String;
    fn finish<D: Serialize>(answer: &Answer<D>, f: Finishing<'_>) -> Result<String, Error> {
        finish::<Self, D>(answer.parts(), &answer.detail, f, |view, _| {
            serde_json::to_string(view).map_err(|e| unwritable(&e))
        })
    }
}

impl Written for AsAsciiText {
    type Out = String;
    fn finish<D: Serialize>(answer: &Answer<D>, f: Finishing<'_>) -> Result<String, Error> {
        finish::<Self, dyn FlatText>(answer.parts(), &answer.detail, f, answer_text::<true>)
    }
    fn write_reasons(reasons: &ReasonsRef<'_>) -> Result<String, Error> {
        to_ascii_text(reasons)
    }
}

/// Decodes the input of rule `T`, evaluates it and writes the answer as `W` says.
struct Run<'a, 'h, W> {
    input: Asked<'a>,
    options: &'a Options,
    loaded: Option<&'a Arc<ValidRegister>>,
    held: Option<Held<'h>>,
    written: core::marker::PhantomData<W>,
}

/// A rule's input as asked: JSON (read into a tree), or a question about one zone and year of a
/// loaded register given as values ([`LoadedRegister::evaluate_zone_place_text_sharing`]).
#[derive(Clone, Copy)]
enum Asked<'a> {
    Tree(&'a Tree<'a>),
    /// JSON already held to the limits (`limits::parse_json_tree`): decoded without walking it
    /// for them again (asked of a loaded register, the question rebuilt for it is walked).
    Checked(&'a Tree<'a>),
    /// Always asked with the default parameters (its one maker,
    /// [`LoadedRegister::evaluate_zone_place_text_sharing`], takes none), which
    /// [`Holds::holds_zone_params`] relies on.
    ZonePlace(ZonePlaceYear),
    /// The values of an input of dates alone ([`crate::rules::Question::DATE_FIELDS`]), in its
    /// fields' order ([`evaluate_dates_text_sharing`]).
    Dates(&'a [Option<crate::dates::IsoDate>]),
}

/// The zone at `place` of `reg` and the year of a zone-year question given as values: `None`
/// for a place past the last zone or a year no question may hold (outside 1 to 9999).
#[inline]
fn zone_and_year(
    reg: &ValidRegister,
    place: usize,
    year: i32,
) -> Option<(&crate::register::Zone, crate::num::Year)> {
    Some((reg.zones.get(place)?, crate::num::Year::checked(year)?))
}

/// The input of rule `T` for a zone-year question about the zone at `place` of `reg`: `None`
/// for a rule whose input is another, or as [`zone_and_year`]. Not generic but in the input's
/// type: one copy per input type.
fn zone_place_input<I: Question>(
    reg: &Arc<ValidRegister>,
    (place, year, as_of): ZonePlaceYear,
) -> Option<I> {
    if !I::ZONE_YEAR {
        return None;
    }
    let (zone, year) = zone_and_year(reg, place, year)?;
    I::of_zone_year(crate::rules::common::ZoneYearInput {
        register: RegisterArg::Loaded(Arc::clone(reg)),
        zone_id: zone.id.clone(),
        year,
        as_of,
    })
}

/// What the reader of an answer's text already holds, asked just before the answer is written
/// (see [`evaluate_to_text_sharing`]). A part the reader holds is written as `null`, for the
/// reader to put back in its place.
pub trait Holds {
    /// Whether the reader holds `rule`'s static parts in `lang` (`clause`, `ambiguities`,
    /// `rulebook`: [`AnswerRef::sharing`]).
    fn statics(&mut self, rule: RuleId, lang: Lang) -> bool;
    /// Whether the reader holds exactly `params` as the parameters used of `rule`'s latest
    /// answer it read ([`AnswerRef::sharing_params`]).
    fn params(&mut self, rule: RuleId, params: &crate::answer::ParamsUsed) -> bool;
    /// Whether the reader holds, as the parameters used of `rule`'s latest answer it read, those
    /// of an answer made from its zone with the default parameters that listed them
    /// ([`Holds::zone_params`]): then another such answer lists the same ones, and its rule need
    /// not make them ([`crate::rules::ZoneAnswer`]). `false` (the default): they are made.
    fn holds_zone_params(&mut self, _rule: RuleId) -> bool {
        false
    }
    /// [`Holds::params`] for an answer made from its zone with the default parameters
    /// ([`crate::rules::Computed::ZONE_ANSWER`]; `listed`: it lists its parameters used), which
    /// the reader may remember for [`Holds::holds_zone_params`].
    fn zone_params(
        &mut self,
        rule: RuleId,
        params: &crate::answer::ParamsUsed,
        listed: bool,
    ) -> bool {
        let _ = listed;
        self.params(rule, params)
    }
    /// Where the reader wants the answer's large parts noted, to parse them only when they are
    /// read: for each top-level key whose value is an array or object of at least
    /// [`LAZY_MIN`] bytes, three offsets into the answer's text are appended (the key's opening
    /// quote, its value's start and end). `None` (the default): nothing is noted.
    fn spans(&mut self) -> Option<&mut alloc::vec::Vec<u32>> {
        None
    }
    /// Whether the reader gets the answer's reasons later, by asking the same question again
    /// when they are first read: then a `reasons` or `needsHuman` that is not empty is written
    /// as `null` ([`AnswerRef::deferring_reasons`]); and when the reader notes the large parts
    /// too ([`Holds::spans`]), the detail's fields named in
    /// [`DEFERRED_PARTS`] are written `null` and noted as large parts (each
    /// span's text is then `null`, which no large part's is otherwise): the reader gets them from
    /// the answer asked again. `false` (the default): written in full.
    fn defers_reasons(&mut self) -> bool {
        false
    }
    /// Whether the reader asks for the answer's reasons alone: the text is then `[reasons,
    /// needsHuman]`, each as the whole answer would hold it, instead of the answer (what a
    /// reader that deferred them asks when they are read). `false` (the default): the answer.
    fn reasons_only(&mut self) -> bool {
        false
    }
    /// The answer's [`Head`](crate::answer::view::Head), told just before the answer is written
    /// when the reader holds its shared parts and parameters and defers its reasons: the answer's
    /// text up to and including `"rulebook":null` is then the same for every answer of the same
    /// head, and a reader may keep what it read of it. `true` when the reader holds this head
    /// already: the answer is then written without it, as `{`, the fields that follow
    /// `"rulebook":null` in the whole answer (`illustrative` when set, then the rule's own), `}`.
    /// `false` (the default): written whole.
    fn head(&mut self, _head: &crate::answer::view::Head) -> bool {
        false
    }
}

/// The least size of a large part of an answer (see [`Holds::spans`]).
pub const LAZY_MIN: usize = crate::json_text::LAZY_MIN;

pub use crate::json_text::DEFERRED_PARTS;

/// What a zone-year question's answer is a function of, as
/// [`LoadedRegister::evaluate_zone_place_text_sharing`] writes it for a reader that holds the
/// rule's shared parts and parameters used (made with the default parameters), defers the
/// reasons and notes the large parts ([`LoadedRegister::zone_place_key`]): the rule, the
/// language, the zone's id, whether the answer rests on made-up records (its
/// `ILLUSTRATIVE_RECORDS` reason and `illustrative` flag) and the rule's decision as a value
/// ([`crate::rules::Decided`]: the outcome, the reasons' codes and every field of the detail
/// but the zone's id). Equal keys, equal answers' heads and texts after the head, whichever
/// register they come from (`core/tests/decisions.rs`); the wasm package finds the detail it
/// keeps by its key, made without the answer and without its text (issue 12).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ZoneAnswerKey<'r> {
    rule: RuleId,
    lang: Lang,
    zone_id: alloc::borrow::Cow<'r, str>,
    illustrative: bool,
    decided: crate::rules::Decided,
}

impl ZoneAnswerKey<'_> {
    /// The key, owning the zone's id (to be kept).
    #[must_use]
    pub fn into_owned(self) -> ZoneAnswerKey<'static> {
        ZoneAnswerKey {
            rule: self.rule,
            lang: self.lang,
            zone_id: alloc::borrow::Cow::Owned(self.zone_id.into_owned()),
            illustrative: self.illustrative,
            decided: self.decided,
        }
    }

    /// A hash of the key's rule, language, zone, year and outcome ([`hash_bytes`]): equal keys,
    /// equal hashes.
    #[must_use]
    pub fn hash64(&self) -> u64 {
        let rule = core::ptr::from_ref(self.rule.meta()) as usize as u64;
        let year = u64::from(self.decided.year().unsigned_abs());
        let outcome = self.decided.outcome() as u64;
        let words = [
            rule,
            self.lang as u64,
            year,
            outcome,
            self.zone_id.len() as u64,
        ];
        hash_bytes(words.into_iter().fold(0, fx_step), self.zone_id.as_bytes())
    }

    /// The rule.
    #[must_use]
    pub const fn rule(&self) -> RuleId {
        self.rule
    }

    /// The language.
    #[must_use]
    pub const fn lang(&self) -> Lang {
        self.lang
    }

    /// Whether the answer lists its parameters used (not for a zone absent that year): only
    /// then are they the rule's parameters used of any answer made with the default parameters.
    #[must_use]
    pub const fn lists_params(&self) -> bool {
        self.decided.lists_params()
    }
}

/// A 64-bit hash of `bytes` from `seed`, eight bytes at a time (FxHash's step): to find a kept
/// text or key in a table, equal ones then compared in full ([`ZoneAnswerKey::hash64`]; the wasm
/// package's kept details).
#[must_use]
#[inline]
pub fn hash_bytes(seed: u64, bytes: &[u8]) -> u64 {
    let words = bytes.chunks_exact(8);
    let rest = words.remainder();
    let mut h = seed;
    for w in words {
        h = fx_step(h, <[u8; 8]>::try_from(w).map_or(0, u64::from_le_bytes));
    }
    let mut last = [0_u8; 8];
    for (d, s) in last.iter_mut().zip(rest) {
        *d = *s;
    }
    fx_step(h, u64::from_le_bytes(last))
}

/// FxHash's step: `w` mixed into `h`.
const fn fx_step(h: u64, w: u64) -> u64 {
    (h.rotate_left(5) ^ w).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// A zone-year rule's [`crate::rules::Decided`] ([`LoadedRegister::zone_place_key`]).
struct ZoneKeyOf<'a> {
    reg: &'a ValidRegister,
    zone: &'a crate::register::Zone,
    year: i32,
    as_of: Option<chrono::NaiveDate>,
}

impl ComputedVisitor for ZoneKeyOf<'_> {
    type Out = Option<crate::rules::Decided>;

    fn visit<T: Computed>(self) -> Self::Out {
        T::ZONE_KEY.map(|decide| {
            decide(
                self.reg,
                self.zone,
                self.year,
                self.as_of,
                &Params::default(),
            )
        })
    }
}

/// A reader's [`Holds`], as [`evaluate_to_text_sharing`] takes it.
pub type Held<'a> = &'a mut dyn Holds;

impl<W: Written> ComputedVisitor for Run<'_, '_, W> {
    type Out = Result<W::Out, Error>;

    fn visit<T: Computed>(self) -> Self::Out {
        let mut held = self.held;
        let (defer, only) = held_reasons(held.as_mut().map(|h| &mut **h as Held<'_>));
        // A reader deferring the reasons sees only whether they are empty: the rule may leave
        // their facts out (`Computed::decide`); asked for the reasons, it answers in full.
        let decide = defer && !only;
        let params = &self.options.params;
        // For an answer made from its zone: whether it lists its parameters used, and whether
        // the reader holds them (so they were not made).
        let mut zone_listed = None;
        let answer = match (self.input, self.loaded, T::ZONE_ANSWER) {
            // The zone itself to the rule (`Computed::ZONE_ANSWER`): no input made for it. A
            // zone-place question is asked with the default parameters (`Asked::ZonePlace`).
            (Asked::ZonePlace((place, year, as_of)), Some(reg), Some(answer_of_zone)) => {
                let (zone, year) =
                    zone_and_year(reg, place, year).ok_or_else(|| not_evaluable(T::RULE))?;
                let as_of = as_of.map(|d| d.get());
                let held_params =
                    holds_zone_params(held.as_mut().map(|h| &mut **h as Held<'_>), T::RULE);
                let (mut answer, listed) =
                    answer_of_zone(reg, zone, year.get(), as_of, params, !decide, !held_params);
                crate::illustrative::mark_zone(&mut answer, reg, zone);
                zone_listed = Some((listed, held_params));
                answer
            }
            (input, loaded, _) => answer_of::<T>(asked_input::<T>(input, loaded)?, params, decide)?,
        };
        W::finish(
            &answer,
            Finishing {
                lang: self.options.lang,
                held,
                zone_listed,
                defer,
                only,
            },
        )
    }
}

/// Rule `T`'s answer ([`Computed::decide`]'s when `decide`, else [`Computed::eval`]'s). Never
/// inlined: [`Run::visit`] and [`Decide::visit`] call the same copy, so the rule is in the
/// module once, not once per caller.
#[inline(never)]
fn answer_of<T: Computed>(
    input: T::Input,
    params: &Params,
    decide: bool,
) -> Result<crate::answer::Answer<T::Detail>, Error> {
    if decide {
        T::decide(input, params)
    } else {
        T::eval(input, params)
    }
}

/// Which parts of an answer the reader holds: its static parts and its parameters used. Not
/// generic and never inlined, so the 38 rules' instances of [`Run::visit`] share it (the wasm
/// module is ~10 KB smaller, raw, than with it inlined in each); nor is [`held_reasons`].
#[inline(never)]
fn held_parts(
    held: Option<Held<'_>>,
    rule: RuleId,
    lang: Lang,
    params: &crate::answer::ParamsUsed,
    zone_listed: Option<(bool, bool)>,
) -> (bool, bool) {
    match (held, zone_listed) {
        // Listed, and not made because the reader holds them: held.
        (Some(h), Some((true, true))) => (h.statics(rule, lang), true),
        (Some(h), Some((listed, _))) => {
            (h.statics(rule, lang), h.zone_params(rule, params, listed))
        }
        (Some(h), None) => (h.statics(rule, lang), h.params(rule, params)),
        (None, _) => (false, false),
    }
}

/// Whether the reader holds the parameters used of `rule`'s zone answers made with the default
/// parameters ([`Holds::holds_zone_params`]). Not generic and never inlined, as [`held_parts`].
#[inline(never)]
fn holds_zone_params(held: Option<Held<'_>>, rule: RuleId) -> bool {
    held.is_some_and(|h| h.holds_zone_params(rule))
}

/// Whether the reader defers the reasons ([`Holds::defers_reasons`]) and whether it asks for
/// them alone ([`Holds::reasons_only`]): asked before the rule runs, which answers a deferring
/// reader with [`Computed::decide`].
#[inline(never)]
fn held_reasons(held: Option<Held<'_>>) -> (bool, bool) {
    match held {
        Some(h) => (h.defers_reasons(), h.reasons_only()),
        None => (false, false),
    }
}

/// A rule's answer in brief ([`decide`]).
struct Decide<'a> {
    /// A tree ([`Asked::Tree`]) or the values of an input of dates alone ([`Asked::Dates`]).
    input: Asked<'a>,
    params: &'a Params,
    loaded: Option<&'a Arc<ValidRegister>>,
}

impl ComputedVisitor for Decide<'_> {
    type Out = Result<Brief, Error>;

    fn visit<T: Computed>(self) -> Self::Out {
        brief_of_input::<T>(asked_input::<T>(self.input, self.loaded)?, self.params)
    }
}

/// Rule `T`'s input as asked: decoded from its tree ([`open`]; one call for both kinds, so each
/// rule's decoder is made once in the module), made for the zone at a place of the loaded
/// register, or made of its dates; not evaluable when the values make no input of `T`.
fn asked_input<T: Computed>(
    asked: Asked<'_>,
    loaded: Option<&Arc<ValidRegister>>,
) -> Result<T::Input, Error> {
    match asked {
        Asked::Tree(tree) | Asked::Checked(tree) => {
            open(tree, loaded, matches!(asked, Asked::Checked(_)))
        }
        Asked::ZonePlace(question) => loaded
            .and_then(|reg| zone_place_input(reg, question))
            .ok_or_else(|| not_evaluable(T::RULE)),
        Asked::Dates(dates) => {
            <T::Input as Question>::of_dates(dates).ok_or_else(|| not_evaluable(T::RULE))
        }
    }
}

/// Rule `T`'s brief of `input`: its own ([`Computed::BRIEF`]) or its answer's.
fn brief_of_input<T: Computed>(input: T::Input, params: &Params) -> Result<Brief, Error> {
    match T::BRIEF {
        Some(brief) => brief(input, params),
        None => answer_of::<T>(input, params, true).map(|a| Brief::of(&a)),
    }
}

/// Rule `rule_id` on `input` in brief (with the input's own register or a loaded one).
fn decide_on(
    loaded: Option<&Arc<ValidRegister>>,
    rule_id: &str,
    input: &Tree<'_>,
    options: &Tree<'_>,
) -> Result<Brief, Error> {
    let options = Options::from_value(options)?;
    let rule = RuleId::parse(rule_id).ok_or_else(|| unknown_rule(rule_id))?;
    crate::rules::visit_computed(
        rule,
        Decide {
            input: Asked::Tree(input),
            params: &options.params,
            loaded,
        },
    )
    .unwrap_or_else(|| Err(not_evaluable(rule)))
}

/// Evaluates rule `rule_id` on `input` in brief ([`Brief`]: the outcome, its severity, the codes
/// of the reasons and of `needsHuman`; no messages, facts, parameters or clause): the same
/// outcome, severity and codes as [`evaluate`]'s answer, for a caller that checks many cases
/// and reads few answers whole. `options.lang` is read and checked, and changes nothing.
///
/// # Errors
/// As [`evaluate`].
///
/// ```
/// use serde_json::json;
/// let brief = devzone_rules::api::decide(
///     "art-18.c",
///     &json!({ "issueDate": "2019-06-01", "adoptedDate": "2019-12-03" }),
///     &json!(null),
/// ).unwrap();
/// assert_eq!(brief.outcome.as_str(), "MET_LATE");
/// assert_eq!(brief.severity.as_str(), "WARNING");
/// let codes: Vec<&str> = brief.reason_codes.iter().map(|c| c.as_str()).collect();
/// assert_eq!(codes, ["IMPL_MEASURES_DUE", "IMPL_MEASURES_ADOPTED_LATE"]);
/// ```
pub fn decide(rule_id: &str, input: &dyn Json, options: &dyn Json) -> Result<Brief, Error> {
    decide_on(None, rule_id, &input.tree(), &options.tree())
}

/// [`decide`] as words: `<ruleId> <outcome> <severity> <reasonCodes> <needsHumanCodes>`, each
/// list's codes joined by `,` (none holds a space or a comma), what the wasm package's quick
/// briefs cross as ([`LoadedRegister::decide_zone_year_words`]).
///
/// # Errors
/// As [`decide`].
pub fn decide_to_words(
    rule_id: &str,
    input: &dyn Json,
    options: &dyn Json,
) -> Result<String, Error> {
    Ok(brief_words(&decide(rule_id, input, options)?))
}

/// [`decide`] as JSON text (`{"ruleId","outcome","severity","reasonCodes","needsHumanCodes"}`,
/// ASCII: every string in it is a code).
///
/// # Errors
/// As [`decide`].
pub fn decide_to_text(
    rule_id: &str,
    input: &dyn Json,
    options: &dyn Json,
) -> Result<String, Error> {
    brief_text(&decide(rule_id, input, options)?)
}

/// A question about one zone and year given as values, as a loaded register's quick questions
/// take it ([`LoadedRegister::decide_zone_years_table`]): the zone's id, the year and the date
/// the answer is for.
pub type ZoneYear<'q> = (&'q str, i32, Option<crate::dates::IsoDate>);

/// The briefs of a batch of quick questions ([`LoadedRegister::decide_zone_years_table`]): each
/// distinct brief's words once, and which one answers each question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BriefTable {
    /// The distinct briefs' words ([`LoadedRegister::decide_zone_year_words`]), one a line (`\n`
    /// between them), in the order they were first given.
    pub words: String,
    /// For each question, in order, the line of its brief in `words`.
    pub lines: Vec<u32>,
}

/// A question about one zone and year of a loaded register with the zone given by its place
/// among the register's zones ([`LoadedRegister::decide_zone_places_table`]).
pub type ZonePlaceYear = (usize, i32, Option<crate::dates::IsoDate>);

/// A rule's answers in brief to zone-year questions naming zones by their place
/// ([`LoadedRegister::decide_zone_places_table`], [`LoadedRegister::decide_zone_year`]): each
/// distinct brief kept once, the rule found once for all of them. `None` for a rule whose input
/// is another type, a question that is not one (`None` among the questions, a year outside 1 to
/// 9999, a place past the last zone); the first error otherwise.
struct PlaceBriefs<'a> {
    register: &'a Arc<ValidRegister>,
    questions: &'a mut dyn Iterator<Item = Option<ZonePlaceYear>>,
    params: &'a Params,
}

/// Whether rule `rule` is computed and its input is a question about one zone and year
/// (`{ register, zoneId, year, asOf }`: art-14.c–f, art-14.h, art-15.a, …), the questions a
/// loaded register answers given as values ([`LoadedRegister::decide_zone_place_words`],
/// [`LoadedRegister::evaluate_zone_place_text_sharing`]).
#[must_use]
pub fn asks_zone_year(rule: RuleId) -> bool {
    crate::rules::visit_computed(rule, ZoneYearRule).unwrap_or(false)
}

/// The fields of `rule`'s input when they are dates alone, each with whether it is required
/// ([`crate::rules::Question::DATE_FIELDS`]: art-02.a, art-18.c); none for any other rule. The
/// wasm package reads such a question as values ([`evaluate_dates_text_sharing`]).
pub fn date_fields(rule: RuleId) -> impl Iterator<Item = (&'static str, bool)> + Clone {
    date_fields_text(rule)
        .split(',')
        .filter(|f| !f.is_empty())
        .map(|f| match f.strip_suffix('!') {
            Some(name) => (name, true),
            None => (f, false),
        })
}

/// [`date_fields`] as the input type declares them, for JS: each field's name, followed by `!`
/// when it is required, joined by commas (`issueDate!,asOf,adoptedDate`); empty for any other
/// rule.
#[must_use]
pub fn date_fields_text(rule: RuleId) -> &'static str {
    crate::rules::visit_computed(rule, DateFieldsOf).unwrap_or_default()
}

/// [`date_fields_text`]' visitor.
struct DateFieldsOf;

impl ComputedVisitor for DateFieldsOf {
    type Out = &'static str;

    fn visit<T: Computed>(self) -> Self::Out {
        <T::Input as Question>::DATE_FIELDS
    }
}

/// [`evaluate_to_text_sharing`] of an input of dates alone given as values, in the order of
/// [`date_fields`] (`None` for a field absent), with the default parameters and answers in
/// `lang`: the same text as the JSON input of those fields gives with options `{ "lang" }`
/// (`core/tests/decisions.rs`), without reading JSON (the npm package's stateless `evaluate`
/// of such an input).
///
/// # Errors
/// As [`evaluate_to_text_sharing`]; `UNKNOWN_RULE` (not evaluable) for a rule whose input is
/// not dates alone, or values that do not make its input (a required one absent, another
/// count): a caller asks it in JSON for its error.
pub fn evaluate_dates_text_sharing(
    rule: RuleId,
    dates: &[Option<crate::dates::IsoDate>],
    lang: Lang,
    held: Held<'_>,
) -> Result<String, Error> {
    run_rule::<AsAsciiText>(
        None,
        rule,
        Asked::Dates(dates),
        &Options::in_lang(lang),
        Some(held),
    )
}

/// [`decide`] of an input of dates alone given as values, in the order of [`date_fields`]
/// (`None` for a field absent), as the brief's words ([`LoadedRegister::decide_zone_year_words`]):
/// the same brief as the JSON input of those fields gives (`core/tests/decisions.rs`), without
/// reading JSON (the npm package's stateless `decide` of such an input). Briefs have no language
/// and these inputs no parameters: the default parameters, as for options of a `lang` alone.
///
/// # Errors
/// As [`decide`]; `UNKNOWN_RULE` (not evaluable) as [`evaluate_dates_text_sharing`].
pub fn decide_dates_words(
    rule: RuleId,
    dates: &[Option<crate::dates::IsoDate>],
) -> Result<String, Error> {
    crate::rules::visit_computed(
        rule,
        Decide {
            input: Asked::Dates(dates),
            params: &Params::default(),
            loaded: None,
        },
    )
    .unwrap_or_else(|| Err(not_evaluable(rule)))
    .map(|brief| brief_words(&brief))
}

/// Whether a rule's input is a question about one zone and year.
struct ZoneYearRule;

/// Whether `rule` is computed and its input holds a register (`Question::HAS_REGISTER`): a
/// question a loaded register can be asked ([`LoadedRegister::evaluate`]), the register left
/// out. The wasm package asks a stateless call of such a rule of the register it kept from an
/// earlier call.
#[must_use]
pub fn reads_register(rule: RuleId) -> bool {
    crate::rules::visit_computed(rule, RegisterRule).unwrap_or(false)
}

/// [`reads_register`]'s visitor.
struct RegisterRule;

impl ComputedVisitor for RegisterRule {
    type Out = bool;

    fn visit<T: Computed>(self) -> bool {
        <T::Input as Question>::HAS_REGISTER
    }
}

impl ComputedVisitor for ZoneYearRule {
    type Out = bool;

    fn visit<T: Computed>(self) -> bool {
        <T::Input as Question>::ZONE_YEAR
    }
}

/// The distinct briefs of a batch and, for each question, the place of its brief among them.
type Briefs = (Vec<Brief>, Vec<u32>);

impl ComputedVisitor for PlaceBriefs<'_> {
    type Out = Option<Result<Briefs, Error>>;

    fn visit<T: Computed>(self) -> Self::Out {
        if !<T::Input as Question>::ZONE_YEAR {
            return None;
        }
        let reg: &ValidRegister = self.register;
        let mut lines = Vec::with_capacity(self.questions.size_hint().0);
        if let Some(codes_of) = T::ZONE_CODES {
            // The rule's outcome and codes, compared as they are: the brief of each distinct
            // one made once, at the end.
            let mut distinct = Vec::new();
            for question in self.questions {
                let codes = zone_codes_at::<T>(reg, question?, self.params, codes_of)?;
                lines.push(BriefTable::intern(&mut distinct, codes)?);
            }
            let briefs = distinct.iter().map(|codes| brief_of_codes::<T>(codes));
            return Some(Ok((briefs.collect(), lines)));
        }
        let mut distinct = Vec::new();
        for question in self.questions {
            match input_brief_at::<T>(self.register, question?, self.params)? {
                Ok(brief) => lines.push(BriefTable::intern(&mut distinct, brief)?),
                Err(e) => return Some(Err(e)),
            }
        }
        Some(Ok((distinct, lines)))
    }
}

/// A zone-year rule's outcome, whether it rests on made-up records, and its codes.
type ZoneCodesAt = (
    crate::answer::Outcome,
    bool,
    crate::rules::art14_assessment::CardCodes,
);

/// A zone-year rule's outcome and codes for a zone given by its place, with whether they rest on
/// made-up records (a `Computed::ZONE_CODES` rule): what its brief is made of. `None` for a
/// question that is not one (see [`zone_and_year`]).
#[inline]
fn zone_codes_at<T: Computed>(
    reg: &ValidRegister,
    (place, year, as_of): ZonePlaceYear,
    params: &Params,
    codes_of: crate::rules::ZoneCodes,
) -> Option<ZoneCodesAt> {
    let (zone, year) = zone_and_year(reg, place, year)?;
    let (outcome, codes) = codes_of(reg, zone, year.get(), as_of.map(|d| d.get()), params);
    let marked = crate::illustrative::rests_on_made_up(reg, T::RULE, zone);
    Some((outcome, marked, codes))
}

/// [`zone_codes_at`]'s brief.
#[inline]
fn brief_of_codes<T: Computed>((outcome, marked, codes): &ZoneCodesAt) -> Brief {
    let mut brief = Brief::from_codes(T::RULE, *outcome, codes.list(false), codes.list(true));
    if *marked {
        brief.mark_illustrative();
    }
    brief
}

/// The brief of a zone-year rule without `ZONE_CODES`, from its input made for the zone given by
/// its place (`None`: not a question, see [`zone_place_input`]).
fn input_brief_at<T: Computed>(
    reg: &Arc<ValidRegister>,
    question: ZonePlaceYear,
    params: &Params,
) -> Option<Result<Brief, Error>> {
    let input = zone_place_input::<T::Input>(reg, question)?;
    Some(brief_of_input::<T>(input, params))
}

/// One zone-year question's brief ([`LoadedRegister::decide_zone_place`]): [`PlaceBriefs`] of
/// one question without its batch's lists.
struct PlaceBrief<'a> {
    register: &'a Arc<ValidRegister>,
    question: ZonePlaceYear,
    params: &'a Params,
}

impl ComputedVisitor for PlaceBrief<'_> {
    type Out = Option<Result<Brief, Error>>;

    fn visit<T: Computed>(self) -> Self::Out {
        if !<T::Input as Question>::ZONE_YEAR {
            return None;
        }
        match T::ZONE_CODES {
            Some(codes_of) => {
                let codes =
                    zone_codes_at::<T>(self.register, self.question, self.params, codes_of)?;
                Some(Ok(brief_of_codes::<T>(&codes)))
            }
            None => input_brief_at::<T>(self.register, self.question, self.params),
        }
    }
}

impl BriefTable {
    /// The table of these distinct briefs and each question's line.
    fn of((briefs, lines): Briefs) -> Self {
        let mut words = String::with_capacity(64 * briefs.len());
        for (i, b) in briefs.iter().enumerate() {
            if i > 0 {
                words.push('\n');
            }
            push_brief_words(&mut words, b);
        }
        Self { words, lines }
    }

    /// The line of `key` among the `distinct` ones, added when it is not among the first
    /// [`BriefTable::SEARCHED`] (a batch's briefs are a few, met early; past that many, a new one
    /// is only added, so a batch of all different briefs costs no more than its length times
    /// that).
    #[inline]
    fn intern<K: PartialEq>(distinct: &mut Vec<K>, key: K) -> Option<u32> {
        let seen = distinct.iter().take(Self::SEARCHED).position(|d| *d == key);
        let line = seen.unwrap_or_else(|| {
            distinct.push(key);
            distinct.len() - 1
        });
        u32::try_from(line).ok()
    }

    /// How many of the distinct briefs a new brief is compared with before it is added.
    pub const SEARCHED: usize = 64;

    /// Each question's brief as words, in order (what asking them one by one gives).
    #[must_use]
    pub fn each(&self) -> Vec<&str> {
        let words: Vec<&str> = self.words.split('\n').collect();
        self.lines
            .iter()
            .filter_map(|l| words.get(usize::try_from(*l).ok()?).copied())
            .collect()
    }
}

/// A brief as words ([`LoadedRegister::decide_zone_year_words`]).
#[inline]
fn brief_words(brief: &Brief) -> String {
    let codes = brief.reason_codes.len() + brief.needs_human_codes.len();
    let mut out = String::with_capacity(48 + 40 * codes);
    push_brief_words(&mut out, brief);
    out
}

/// [`brief_words`] written at the end of `out`.
fn push_brief_words(out: &mut String, brief: &Brief) {
    for word in [
        brief.rule_id.as_str(),
        brief.outcome.as_str(),
        brief.severity.as_str(),
    ] {
        out.push_str(word);
        out.push(' ');
    }
    for (i, list) in [&brief.reason_codes, &brief.needs_human_codes]
        .into_iter()
        .enumerate()
    {
        if i > 0 {
            out.push(' ');
        }
        for (j, code) in list.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            out.push_str(code.as_str());
        }
    }
}

/// A brief's JSON text, as serde writes [`Brief`] (`core/tests/vectors.rs` compares the two on
/// every vector). Written by hand: every string in it is a rule id or a stable code (ASCII
/// letters, digits, `-`, `.`, `_`: nothing to escape), so it is copied as it is; through serde
/// this small text cost as much as the decision (`prof_loaded N decide`).
fn brief_text(brief: &Brief) -> Result<String, Error> {
    let codes = brief.reason_codes.len() + brief.needs_human_codes.len();
    let mut out = String::with_capacity(112 + 40 * codes);
    let mut put = |key: &str, value: &str| {
        out.push_str(key);
        out.push('"');
        out.push_str(value);
        out.push('"');
    };
    put("{\"ruleId\":", brief.rule_id.as_str());
    put(",\"outcome\":", brief.outcome.as_str());
    put(",\"severity\":", brief.severity.as_str());
    for (key, list) in [
        (",\"reasonCodes\":[", &brief.reason_codes),
        ("],\"needsHumanCodes\":[", &brief.needs_human_codes),
    ] {
        out.push_str(key);
        for (i, code) in list.iter().enumerate() {
            if i > 0 {
                out.push(',');
            }
            out.push('"');
            out.push_str(code.as_str());
            out.push('"');
        }
    }
    out.push_str("]}");
    debug_assert!(
        serde_json::from_str::<Value>(&out).ok() == serde_json::to_value(brief).ok(),
        "the brief's text is serde's: {out}"
    );
    Ok(out)
}

/// Rule `rule_id` on `input` (with the input's own register or a loaded one), written as `W`.
fn run<W: Written>(
    loaded: Option<&Arc<ValidRegister>>,
    rule_id: &str,
    input: &Tree<'_>,
    options: &Options,
    held: Option<Held<'_>>,
) -> Result<W::Out, Error> {
    run_asked::<W>(loaded, rule_id, Asked::Tree(input), options, held)
}

/// [`run`] of an input as asked.
fn run_asked<W: Written>(
    loaded: Option<&Arc<ValidRegister>>,
    rule_id: &str,
    input: Asked<'_>,
    options: &Options,
    held: Option<Held<'_>>,
) -> Result<W::Out, Error> {
    let rule = RuleId::parse(rule_id).ok_or_else(|| unknown_rule(rule_id))?;
    run_rule::<W>(loaded, rule, input, options, held)
}

/// [`run`] of a rule found, on an input as asked.
fn run_rule<W: Written>(
    loaded: Option<&Arc<ValidRegister>>,
    rule: RuleId,
    input: Asked<'_>,
    options: &Options,
    held: Option<Held<'_>>,
) -> Result<W::Out, Error> {
    crate::rules::visit_computed(
        rule,
        Run::<W> {
            input,
            options,
            loaded,
            held,
            written: core::marker::PhantomData,
        },
    )
    .unwrap_or_else(|| Err(not_evaluable(rule)))
}

/// Evaluates one rule on JSON input and returns the answer envelope as JSON.
///
/// # Errors
/// `UNKNOWN_RULE` for an id that is not computable here, `INVALID_INPUT` / `INVALID_OPTIONS`
/// naming the bad field, `OUT_OF_RANGE` for dates beyond the calendar.
///
/// ```
/// let answer = devzone_rules::api::evaluate(
///     "art-18.c",
///     &serde_json::json!({"issueDate": "2019-06-01", "asOf": "2019-12-02"}),
///     &serde_json::json!({"lang": "en"}),
/// ).unwrap();
/// assert_eq!(answer["outcome"], "OVERDUE");
/// assert_eq!(answer["due"], "2019-12-01");
/// ```
pub fn evaluate(rule_id: &str, input: &dyn Json, options: &dyn Json) -> Result<Value, Error> {
    let options = Options::from_value(options)?;
    evaluate_with(rule_id, input, &options)
}

/// [`evaluate`] with options already decoded.
///
/// # Errors
/// As [`evaluate`].
pub fn evaluate_with(rule_id: &str, input: &dyn Json, options: &Options) -> Result<Value, Error> {
    run::<AsJson>(None, rule_id, &input.tree(), options, None)
}

/// [`evaluate`] on JSON text, answering JSON text: the shape a CLI or a foreign-language binding
/// wants.
///
/// # Errors
/// As [`evaluate`], plus `INVALID_INPUT` / `INVALID_OPTIONS` for text that is not JSON.
pub fn evaluate_json_str(rule_id: &str, input: &str, options: &str) -> Result<String, Error> {
    let parse = crate::limits::parse_json_tree;
    let input = parse(input, "input", ErrorCode::InvalidInput)?;
    // Options of a language alone, written compactly (as `JSON.stringify` and serde_json write
    // them): the language, without reading a tree (perf: 2 % of an art-18.c answer as text).
    let options = match Options::of_lang_text(options) {
        Some(options) => options,
        None if options.trim().is_empty() => Options::default(),
        None => Options::from_value(&parse(options, "options", ErrorCode::InvalidOptions)?)?,
    };
    // `parse_json_tree` held the input to the limits: it is decoded without that walk again.
    let input = input.tree();
    run_asked::<AsText>(None, rule_id, Asked::Checked(&input), &options, None)
}

/// [`evaluate`], answering JSON text written straight from the answer (no JSON tree in
/// between: what the wasm boundary uses). The same answer as [`evaluate`]; its keys in the
/// answer's own order rather than sorted. Built for wasm32, this and every other function of
/// this module that answers JSON text write it in ASCII (characters outside it as `\uXXXX`
/// escapes: the same JSON value; see [`ascii_json`]).
///
/// # Errors
/// As [`evaluate`].
pub fn evaluate_to_text(
    rule_id: &str,
    input: &dyn Json,
    options: &dyn Json,
) -> Result<String, Error> {
    evaluate_text_on::<AsText>(None, rule_id, &input.tree(), &options.tree(), None)
}

/// [`evaluate_to_text`] written by serde_json's own writer instead of this crate's: the
/// reference the tests hold the answers' writer to, byte for byte. Not for use.
///
/// # Errors
/// As [`evaluate`].
#[doc(hidden)]
#[cfg(not(target_arch = "wasm32"))]
pub fn evaluate_to_text_by_serde_json(
    rule_id: &str,
    input: &dyn Json,
    options: &dyn Json,
) -> Result<String, Error> {
    evaluate_text_on::<AsSerdeJsonText>(None, rule_id, &input.tree(), &options.tree(), None)
}

/// [`evaluate_to_text`] for a reader that keeps one copy of each rule's static parts
/// (`clause`, `ambiguities`, `rulebook`: the same in every answer of a rule in a language) and of
/// the parameters used of its latest answer of each rule, and puts them back into each answer:
/// what `held` says the reader holds is written as `null`, every other key in its place. The wasm
/// package answers this way and fills the parts with shared frozen objects. The text is ASCII:
/// every other character is written as a `\uXXXX` escape (the same JSON value; see
/// [`ascii_json`]), which JavaScript reads without decoding UTF-8.
///
/// # Errors
/// As [`evaluate`].
///
/// ```
/// use serde_json::json;
/// let input = json!({"issueDate": "2019-06-01", "asOf": "2019-12-02"});
/// let options = json!({"lang": "en"});
/// let full = devzone_rules::api::evaluate_to_text("art-18.c", &input, &options).unwrap();
/// use devzone_rules::{answer::ParamsUsed, api::Holds, Lang, RuleId};
/// /// A reader holding every static part, and no parameters.
/// struct Statics;
/// impl Holds for Statics {
///     fn statics(&mut self, _: RuleId, _: Lang) -> bool { true }
///     fn params(&mut self, _: RuleId, _: &ParamsUsed) -> bool { false }
/// }
/// let shared = devzone_rules::api::evaluate_to_text_sharing("art-18.c", &input, &options, &mut Statics).unwrap();
/// let (full, shared): (serde_json::Value, serde_json::Value) =
///     (serde_json::from_str(&full).unwrap(), serde_json::from_str(&shared).unwrap());
/// assert!(shared["clause"].is_null() && shared["rulebook"].is_null());
/// assert_eq!(shared["reasons"], full["reasons"]);
/// assert_eq!(shared["paramsUsed"], full["paramsUsed"]);
/// ```
pub fn evaluate_to_text_sharing(
    rule_id: &str,
    input: &dyn Json,
    options: &dyn Json,
    held: Held<'_>,
) -> Result<String, Error> {
    evaluate_text_on::<AsAsciiText>(None, rule_id, &input.tree(), &options.tree(), Some(held))
}

fn evaluate_text_on<W: Written<Out = String>>(
    loaded: Option<&Arc<ValidRegister>>,
    rule_id: &str,
    input: &Tree<'_>,
    options: &Tree<'_>,
    held: Option<Held<'_>>,
) -> Result<String, Error> {
    run::<W>(loaded, rule_id, input, &Options::from_value(options)?, held)
}

fn evaluate_on(
    loaded: Option<&Arc<ValidRegister>>,
    rule_id: &str,
    input: &Tree<'_>,
    options: &Tree<'_>,
) -> Result<Value, Error> {
    run::<AsJson>(loaded, rule_id, input, &Options::from_value(options)?, None)
}

fn evaluable_list() -> String {
    let ids: alloc::vec::Vec<&str> = crate::rules::evaluable().map(RuleId::as_str).collect();
    ids.join(", ")
}

fn unknown_rule(rule_id: &str) -> Error {
    let help = crate::rules::rule_help(rule_id);
    // An id is a dozen characters; a longer text is not echoed whole (it may be megabytes).
    let shown: String = rule_id.chars().take(64).collect();
    let rule_id = if shown.len() < rule_id.len() {
        format!("{shown}…")
    } else {
        shown
    };
    Error::new(ErrorCode::UnknownRule, Problem::UnknownRule, "ruleId")
        .with_detail(text!(
            zh: "规则手册中没有 `{rule_id}`",
            ko: "규칙집에 없는 규칙 번호: `{rule_id}`",
            en: "there is no rule `{rule_id}` in the rulebook"
        ))
        .with_got(json_string(&rule_id))
        .with_help(help)
}

fn not_evaluable(rule: RuleId) -> Error {
    let meta = rule.meta();
    let id = meta.id;
    let why = |lang| {
        meta.evaluation.reason(lang).unwrap_or(match lang {
            Lang::Zh => "这是一项没有可计算条件的义务,作为待办事项跟踪",
            Lang::Ko => "계산할 수 있는 조건이 없는 의무로서 미결 항목으로 추적합니다",
            Lang::En => "an obligation with no computable condition, tracked as an open item",
        })
    };
    let (zh, ko, en) = (why(Lang::Zh), why(Lang::Ko), why(Lang::En));
    let list = evaluable_list();
    Error::new(ErrorCode::NotEvaluable, Problem::NotEvaluable, "ruleId")
        .with_detail(text!(
            zh: "`{id}` 在规则手册中,但没有计算函数:{zh}",
            ko: "`{id}`: 규칙집에 있으나 계산 함수가 없습니다. {ko}",
            en: "rule `{id}` is in the rulebook but has no function: {en}"
        ))
        .with_help(text!(
            zh: "可计算的规则:{list}",
            ko: "계산할 수 있는 규칙: {list}",
            en: "rules that can be evaluated: {list}"
        ))
}

/// An answer that cannot be written as JSON (it cannot happen: the views hold only strings,
/// numbers, booleans, arrays and string-keyed maps); an error keeps the boundary total.
fn unwritable(e: &impl core::fmt::Display) -> Error {
    Error::new(ErrorCode::InvalidInput, Problem::InvalidValue, "")
        .with_detail(Text::same(e.to_string()))
}

fn json_string(s: &str) -> String {
    serde_json::to_string(s).unwrap_or_default()
}

/// A rule's title in the three languages.
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct RuleTitles {
    /// Chinese.
    pub zh: &'static str,
    /// Korean.
    pub ko: &'static str,
    /// English.
    pub en: &'static str,
}

/// One rule of the rulebook, as `devzone rules --json` and the JS `rules()` list it.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
#[cfg_attr(feature = "wasm", tsify(missing_as_null))]
pub struct RuleView {
    /// Stable id.
    pub id: &'static str,
    /// `YB-DZ-OPINIONS/<id>`.
    pub citation: String,
    /// Short English title.
    pub title: &'static str,
    /// The title in each language (`en` is `title`).
    pub titles: RuleTitles,
    /// Clause number as printed (empty for the preamble).
    pub clause: &'static str,
    /// Clause title as printed.
    pub clause_title: &'static str,
    /// Kinds, the primary first.
    #[cfg_attr(feature = "wasm", tsify(type = "Kind[]"))]
    pub kinds: &'static [crate::rules::Kind],
    /// Normative strength.
    #[cfg_attr(feature = "wasm", tsify(type = "Strength"))]
    pub strength: crate::rules::Strength,
    /// Bearers, with their names: for a duty, who owes it (see `owedBy`).
    pub bearers: alloc::vec::Vec<ActorView>,
    /// Where a duty's bearers come from: `WORDS` (the rule's own words name them; the first is
    /// the lead), `CLAUSE_LIST` (no subject in the words: units of the clause's 责任单位 list,
    /// the first-listed prefecture agency the presumed lead, AMB-29) or `NOBODY` (not a duty, or
    /// only encouraged, aspirational or not computable: never listed as owed).
    #[cfg_attr(
        feature = "wasm",
        tsify(type = "\"WORDS\" | \"CLAUSE_LIST\" | \"NOBODY\"")
    )]
    pub owed_by: &'static str,
    /// The parsed 责任单位 list of the rule's clause (empty for (十八) and the preamble).
    pub responsible_units: alloc::vec::Vec<ActorView>,
    /// The exact Chinese text.
    pub quote: &'static str,
    /// Further fragments of the text, where quoted in parts.
    pub extra_quotes: &'static [&'static str],
    /// English rendering.
    pub en: &'static str,
    /// Korean rendering.
    pub ko: &'static str,
    /// `FUNCTION`, `OPEN_ITEM`, `NOT_COMPUTABLE` or `PLANNED`.
    #[cfg_attr(
        feature = "wasm",
        tsify(type = "\"FUNCTION\" | \"OPEN_ITEM\" | \"NOT_COMPUTABLE\" | \"PLANNED\"")
    )]
    pub evaluation: &'static str,
    /// Why it is not computed, or what it still needs, in zh, ko and en (the Chinese quotes the
    /// source's words where the reason is about them).
    pub evaluation_note: Option<TextView>,
    /// Ambiguity-register entries.
    pub ambiguities: &'static [&'static str],
}

/// A text in the three languages.
#[derive(Clone, Copy, Debug, Serialize)]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct TextView {
    /// Chinese.
    pub zh: &'static str,
    /// Korean.
    pub ko: &'static str,
    /// English.
    pub en: &'static str,
}

impl From<crate::words::Label> for TextView {
    fn from(l: crate::words::Label) -> Self {
        Self {
            zh: l.zh,
            ko: l.ko,
            en: l.en,
        }
    }
}

/// An agency or actor with its names.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
#[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
pub struct ActorView {
    /// Code.
    pub code: &'static str,
    /// Chinese name.
    pub zh: &'static str,
    /// Korean name.
    pub ko: &'static str,
    /// English name.
    pub en: &'static str,
}

fn actor_view(code: &'static str) -> ActorView {
    match crate::agencies::actor(code) {
        Some(a) => ActorView {
            code: a.code,
            zh: a.zh,
            ko: a.ko,
            en: a.en,
        },
        None => ActorView {
            code,
            zh: "",
            ko: "",
            en: "",
        },
    }
}

impl RuleView {
    /// The view of one rule.
    #[must_use]
    pub fn new(rule: RuleId) -> Self {
        let m = rule.meta();
        Self {
            id: m.id,
            citation: rule.citation(),
            title: m.title,
            titles: RuleTitles {
                zh: m.title_zh,
                ko: m.title_ko,
                en: m.title,
            },
            clause: m.clause,
            clause_title: m.clause_title,
            kinds: m.kinds,
            strength: m.strength,
            bearers: m.bearers.iter().map(|b| actor_view(b)).collect(),
            owed_by: m.owed_by.as_str(),
            responsible_units: m
                .clause_number()
                .map(crate::agencies::responsible_units)
                .unwrap_or_default()
                .iter()
                .map(|b| actor_view(b))
                .collect(),
            quote: m.quote,
            extra_quotes: m.extra_quotes,
            en: m.en,
            ko: m.ko,
            evaluation: m.evaluation.as_str(),
            evaluation_note: m.evaluation.why().map(TextView::from),
            ambiguities: m.ambiguities,
        }
    }
}

/// Every rule of the rulebook, in catalog order.
#[must_use]
pub fn rules() -> alloc::vec::Vec<RuleView> {
    RULES.iter().map(|r| RuleView::new(*r)).collect()
}

/// The ambiguity register (the open questions of the text) in `options.lang`: the entry `id`
/// (`"AMB-26"`; `"amb-26"` and `"26"` are read the same) as an object, or with no id every entry
/// as an array. What `devzone ambiguities [AMB-nn] --json` prints and the npm package's
/// `ambiguities(id?, { lang })` returns.
///
/// # Errors
/// `INVALID_INPUT` at `id` for an id the register does not hold (its help names the entries
/// near it); `INVALID_OPTIONS` naming the bad option.
///
/// ```
/// let entry = devzone_rules::api::ambiguities(Some("AMB-26"), &serde_json::json!({"lang": "en"})).unwrap();
/// assert_eq!(entry["rules"][0], "art-14.c");
/// assert_eq!(entry["params"][1], "disqualifiedYearInBottomWindow");
/// let all = devzone_rules::api::ambiguities(None, &serde_json::Value::Null).unwrap();
/// assert_eq!(all.as_array().map(Vec::len), Some(45));
/// ```
pub fn ambiguities(id: Option<&str>, options: &Value) -> Result<Value, Error> {
    to_json(&ambiguities_view(id, options)?)
}

/// [`ambiguities`], answering JSON text written straight from the register (no JSON tree in
/// between).
///
/// # Errors
/// As [`ambiguities`].
pub fn ambiguities_text(id: Option<&str>, options: &Value) -> Result<String, Error> {
    to_text(&ambiguities_view(id, options)?)
}

/// What [`ambiguities`] answers: every entry, or one.
enum AmbiguitiesView {
    All(alloc::vec::Vec<crate::ambiguities::view::AmbiguityView>),
    One(crate::ambiguities::view::AmbiguityView),
}

impl Serialize for AmbiguitiesView {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Self::All(all) => all.serialize(s),
            Self::One(one) => one.serialize(s),
        }
    }
}

fn ambiguities_view(id: Option<&str>, options: &Value) -> Result<AmbiguitiesView, Error> {
    use crate::ambiguities::{find, nearby, view::AmbiguityView, AMBIGUITIES};
    let lang = Options::from_value(options)?.lang;
    let Some(id) = id else {
        return Ok(AmbiguitiesView::All(
            AMBIGUITIES
                .iter()
                .map(|a| AmbiguityView::new(a, lang))
                .collect(),
        ));
    };
    match find(id) {
        Some(entry) => Ok(AmbiguitiesView::One(AmbiguityView::new(entry, lang))),
        None => {
            let near = nearby(id);
            let help = if near.is_empty() {
                let ids: alloc::vec::Vec<&str> = AMBIGUITIES.iter().map(|a| a.id).collect();
                let ids = ids.join(", ");
                text!(zh: "条目:{ids}", ko: "항목: {ids}", en: "entries: {ids}")
            } else {
                let near = near.join(", ");
                text!(zh: "是否应为 {near}?", ko: "{near}의 오타가 아닙니까?", en: "did you mean {near}?")
            };
            Err(Error::input(
                Problem::UnknownReference,
                "id",
                text!(
                    zh: "歧义登记中没有条目 `{id}`",
                    ko: "모호성 등록에 없는 항목: `{id}`",
                    en: "unknown ambiguity `{id}`: not an entry of the ambiguity register"
                ),
            )
            .with_got(json_string(id))
            .with_help(help))
        }
    }
}

/// The zone summary on JSON input, rendered as JSON.
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_OPTIONS` naming the bad field.
pub fn zone_summary(input: &dyn Json, options: &dyn Json) -> Result<Value, Error> {
    zone_summary_on(None, &input.tree(), &options.tree(), to_json)
}

/// [`zone_summary`], answering JSON text written straight from the view (no JSON tree in between).
///
/// # Errors
/// As [`zone_summary`].
pub fn zone_summary_text(input: &dyn Json, options: &dyn Json) -> Result<String, Error> {
    zone_summary_on(None, &input.tree(), &options.tree(), to_text)
}

fn zone_summary_on<O>(
    loaded: Option<&Arc<ValidRegister>>,
    input: &Tree<'_>,
    options: &Tree<'_>,
    emit: impl FnOnce(&crate::summary::view::ZoneSummaryView) -> Result<O, Error>,
) -> Result<O, Error> {
    let options = Options::from_value(options)?;
    let input: crate::summary::ZoneSummaryInput = open(input, loaded, false)?;
    let reg = input.register.check("input.register")?;
    crate::limits::reach(*reg.issue_date, input.as_of.get(), "input.asOf")?;
    let zone = reg.zone_at(&input.zone_id, "input.zoneId")?;
    let summary = crate::summary::zone_summary(&reg, zone, input.as_of.get(), &options.params)?;
    emit(&crate::summary::view::ZoneSummaryView::new(
        &summary,
        options.lang,
    ))
}

/// The compliance report of a whole register (`{ register, asOf }`), rendered as JSON: every
/// finding by severity then date, grouped per zone, county and agency, with counts. The options
/// may narrow it (`county`, `zone`, `agency`: a code or any name; `severity`; `rule`).
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_OPTIONS` naming the bad field; `INVALID_OPTIONS` for a name that is
/// unknown or ambiguous (the help shows the candidates' names).
pub fn report(input: &dyn Json, options: &dyn Json) -> Result<Value, Error> {
    report_on(None, &input.tree(), &options.tree(), false, |v, _| {
        to_json(&v)
    })
}

/// [`report`], answering JSON text written straight from the view (no JSON tree in between).
///
/// # Errors
/// As [`report`].
pub fn report_text(input: &dyn Json, options: &dyn Json) -> Result<String, Error> {
    report_on(None, &input.tree(), &options.tree(), false, |v, _| {
        to_text(&v)
    })
}

/// [`report`] for its text (the CLI's `devzone report` without `--json`): the whole report with
/// only the findings that start a line of a severity the text shows rendered (information only
/// when `all`), in order, and no group's `findings`: what `text::report_of_line_starts` reads.
/// A page asked (`offset`, `limit`) is [`report`]'s.
///
/// # Errors
/// As [`report`].
pub fn report_line_starts(input: &dyn Json, options: &dyn Json, all: bool) -> Result<Value, Error> {
    let shown = |s: crate::report::Severity| all || s != crate::report::Severity::Info;
    report_made(
        None,
        &input.tree(),
        &options.tree(),
        false,
        Some(&shown),
        |v, _| to_json(&v),
    )
}

fn report_on<O>(
    loaded: Option<&Arc<ValidRegister>>,
    input: &Tree<'_>,
    options: &Tree<'_>,
    apart: bool,
    emit: impl FnOnce(crate::report::view::ReportView, &crate::report::Report<'_>) -> Result<O, Error>,
) -> Result<O, Error> {
    report_made(loaded, input, options, apart, None, emit)
}

/// [`report_on`], the view made of the findings that start a line of a severity `starts` shows
/// when it is given and no page is asked ([`crate::report::view::ReportView::line_starts`]).
fn report_made<O>(
    loaded: Option<&Arc<ValidRegister>>,
    input: &Tree<'_>,
    options: &Tree<'_>,
    apart: bool,
    starts: Option<&dyn Fn(crate::report::Severity) -> bool>,
    emit: impl FnOnce(crate::report::view::ReportView, &crate::report::Report<'_>) -> Result<O, Error>,
) -> Result<O, Error> {
    use crate::report::view::ReportView;
    with_report(loaded, input, options, |reg, r, lang, page| {
        // Apart: the groups' findings are read from the report, not copied into the view.
        let view = match starts.filter(|_| page.is_none()) {
            Some(shown) => ReportView::line_starts(r, reg, lang, shown),
            None => ReportView::paged_groups(r, reg, lang, page, !apart),
        };
        emit(view, r)
    })
}

/// [`report`] a finding at a time, for a caller that writes each as it comes (the CLI's
/// `--json`: for a large register the whole answer as one tree was 3.8 GB for 10,000 zones).
/// `each` is given the answer without its findings (`findings` empty, what [`report`] answers
/// around them) and the next finding's view, in the order of [`report`]'s `findings` (those of
/// the page asked), and says whether to go on; that answer without its findings is returned.
///
/// # Errors
/// As [`report`], before any finding is given.
pub fn report_each(
    input: &dyn Json,
    options: &dyn Json,
    each: &mut dyn FnMut(&Value, Value) -> bool,
) -> Result<Value, Error> {
    use crate::report::view::ReportView;
    with_report(
        None,
        &input.tree(),
        &options.tree(),
        |reg, r, lang, page| {
            give_parts(
                &ReportView::without_findings(r, reg, lang, page),
                ReportView::finding_views(r, reg, lang, page),
                each,
            )
        },
    )
}

/// The report asked by `input` and `options` (its page's findings alone made in full when a
/// page is asked) handed to `made` with its register, language and page.
fn with_report<O>(
    loaded: Option<&Arc<ValidRegister>>,
    input: &Tree<'_>,
    options: &Tree<'_>,
    made: impl FnOnce(
        &ValidRegister,
        &crate::report::Report<'_>,
        crate::messages::Lang,
        Option<crate::report::view::PageView>,
    ) -> Result<O, Error>,
) -> Result<O, Error> {
    let options: crate::report::ReportOptions = if options.is_null() {
        crate::report::ReportOptions::default()
    } else {
        decode(options, "options", ErrorCode::InvalidOptions)?
    };
    let input: crate::report::ReportInput = open(input, loaded, false)?;
    let reg = input.register.check("input.register")?;
    crate::limits::reach(*reg.issue_date, input.as_of.get(), "input.asOf")?;
    let filter = options.filter(&reg)?;
    let paged = options.offset.is_some() || options.limit.is_some();
    let page_of = |total: usize| {
        crate::report::view::PageView::new(
            options
                .offset
                .map_or(0, |o| usize::try_from(o).unwrap_or(usize::MAX)),
            options
                .limit
                .map(|l| usize::try_from(l).unwrap_or(usize::MAX)),
            total,
        )
    };
    // A page: only its findings are rendered, so only theirs are made in full.
    let r = if paged {
        // The zones' findings off the page read as their heads (most decided without their
        // answers) and made whole again for the page (`report::report_page`, its
        // `Slot::Later`), when the page is at most half as many findings as the register has
        // zones (a quarter before the heads: 100 zones, a page of 50: 20.3 M -> 18.7 M
        // instructions).
        let defer_zones = options.limit.is_some_and(|l| {
            usize::try_from(l).is_ok_and(|l| l.saturating_mul(2) <= reg.zones.len())
        });
        crate::report::report_page(
            &reg,
            input.as_of.get(),
            &options.params,
            &filter,
            defer_zones,
            |total| {
                let p = page_of(total);
                (p.offset, p.count)
            },
        )?
    } else {
        crate::report::report_filtered(&reg, input.as_of.get(), &options.params, &filter)?
    };
    let page = paged.then(|| page_of(r.findings.len()));
    made(&reg, &r, options.lang, page)
}

/// A report's JSON text without its groups' findings, and those findings as numbers
/// ([`report_split`], [`LoadedRegister::report_split`]): for a reader that makes the groups'
/// lists itself (the wasm package: the groups' indices were four fifths of a page's text, and
/// JS makes arrays from numbers faster than it parses them).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportParts {
    /// The report's text ([`report_text`]'s), each group's `findings` written `[]`.
    pub text: String,
    /// Every group's findings one after another: the zones' groups, then the counties', then
    /// the agencies', each in the report's order.
    pub findings: Vec<u32>,
    /// How many findings each group has, in the same order: the report's `zones`, `counties`
    /// and `agencies` in turn (as many numbers as groups).
    pub sizes: Vec<u32>,
}

/// The text of `view` (written without its groups' findings) with the findings of `r`'s groups
/// apart ([`ReportParts`]): the view's groups are `r`'s, in order.
fn split_report(
    view: crate::report::view::ReportView,
    r: &crate::report::Report<'_>,
) -> Result<ReportParts, Error> {
    // A report holds far fewer than 2^32 findings (each is a few hundred bytes of memory).
    let number = |n: usize| u32::try_from(n).map_or(u32::MAX, |n| n);
    let groups = || r.zones.iter().chain(&r.counties).chain(&r.agencies);
    let findings = groups()
        .flat_map(|g| g.findings.iter().map(|i| number(*i)))
        .collect();
    let sizes = groups().map(|g| number(g.findings.len())).collect();
    Ok(ReportParts {
        text: to_text(&view)?,
        findings,
        sizes,
    })
}

/// [`report_text`], its groups' findings apart ([`ReportParts`]).
///
/// # Errors
/// As [`report`].
pub fn report_split(input: &dyn Json, options: &dyn Json) -> Result<ReportParts, Error> {
    report_on(None, &input.tree(), &options.tree(), true, split_report)
}

/// The obligations of every bearer, or of one (`{ register, asOf, agency?, withinDays? }`):
/// each duty with its due date and status, what is overdue and what is due within `withinDays`.
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_OPTIONS` naming the bad field; `INVALID_INPUT` at `input.agency`
/// for a code that bears no duty.
pub fn obligations(input: &dyn Json, options: &dyn Json) -> Result<Value, Error> {
    obligations_on(None, &input.tree(), &options.tree(), to_json)
}

/// [`obligations`], answering JSON text written straight from the view (no JSON tree in between).
///
/// # Errors
/// As [`obligations`].
pub fn obligations_text(input: &dyn Json, options: &dyn Json) -> Result<String, Error> {
    obligations_on(None, &input.tree(), &options.tree(), to_text)
}

/// [`obligations`] one bearer at a time, for a caller that writes each as it comes (the CLI's
/// text and JSON: for a large register the whole answer as one tree was some thirty times the
/// size of its text, 4 GB for 10,000 zones). `each` is given the answer without its bearers
/// (`agencies` empty, what [`obligations`] answers around them) and the next bearer's part, in
/// the order of [`obligations`]' `agencies`, and says whether to go on; that answer without its
/// bearers is returned.
///
/// # Errors
/// As [`obligations`], before any bearer is given.
pub fn obligations_each(
    input: &dyn Json,
    options: &dyn Json,
    each: &mut dyn FnMut(&Value, Value) -> bool,
) -> Result<Value, Error> {
    use crate::report::view::{AgencyObligationsView, ObligationsView};
    obligations_with(
        None,
        &input.tree(),
        &options.tree(),
        |all, reg, as_of, within, lang| {
            give_parts(
                &ObligationsView::head(reg, as_of, within, lang),
                all.iter()
                    .map(|a| AgencyObligationsView::new(a, reg, as_of, within, lang)),
                each,
            )
        },
    )
}

/// `head` as JSON, then each of `parts` as JSON given with it to `each` until it says stop;
/// `head`'s JSON returned: an answer a part at a time ([`obligations_each`], [`report_each`]).
fn give_parts<P: Serialize>(
    head: &impl Serialize,
    parts: impl Iterator<Item = P>,
    each: &mut dyn FnMut(&Value, Value) -> bool,
) -> Result<Value, Error> {
    let head = to_json(head)?;
    for part in parts {
        if !each(&head, to_json(&part)?) {
            break;
        }
    }
    Ok(head)
}

fn obligations_on<O>(
    loaded: Option<&Arc<ValidRegister>>,
    input: &Tree<'_>,
    options: &Tree<'_>,
    emit: impl FnOnce(&crate::report::view::ObligationsView) -> Result<O, Error>,
) -> Result<O, Error> {
    obligations_with(loaded, input, options, |all, reg, as_of, within, lang| {
        emit(&crate::report::view::ObligationsView::new(
            all, reg, as_of, within, lang,
        ))
    })
}

/// The obligations asked by `input` (its bearers' duties, the register, the date, the window
/// and the language) handed to `emit`.
fn obligations_with<O>(
    loaded: Option<&Arc<ValidRegister>>,
    input: &Tree<'_>,
    options: &Tree<'_>,
    emit: impl FnOnce(
        &[crate::report::AgencyObligations],
        &ValidRegister,
        chrono::NaiveDate,
        u32,
        crate::messages::Lang,
    ) -> Result<O, Error>,
) -> Result<O, Error> {
    let options = Options::from_value(options)?;
    let input: crate::report::ObligationsInput = open(input, loaded, false)?;
    let reg = input.register.check("input.register")?;
    crate::limits::reach(*reg.issue_date, *input.as_of, "input.asOf")?;
    let until = input
        .as_of
        .checked_add_days(chrono::Days::new(u64::from(input.within_days)));
    if let Some(until) = until {
        crate::limits::reach(*reg.issue_date, until, "input.withinDays")?;
    }
    let all = crate::report::obligations(
        &reg,
        *input.as_of,
        input.within_days,
        input.agency.as_deref(),
        &options.params,
    )?;
    emit(&all, &reg, *input.as_of, input.within_days, options.lang)
}

/// What a name stands for (`{ name, among?, register? }`): a bearer, county or zone found by
/// its code or any of its names ([`crate::lookup`]), the candidates of an ambiguous name, or the
/// nearest names of an unknown one, with their names in the options' language.
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_OPTIONS` naming the bad field.
pub fn lookup(input: &dyn Json, options: &dyn Json) -> Result<Value, Error> {
    lookup_on(input, options, to_json)
}

/// [`lookup`], answering JSON text written straight from the view (no JSON tree in between).
///
/// # Errors
/// As [`lookup`].
pub fn lookup_text(input: &dyn Json, options: &dyn Json) -> Result<String, Error> {
    lookup_on(input, options, to_text)
}

fn lookup_on<O>(
    input: &dyn Json,
    options: &dyn Json,
    emit: impl FnOnce(&crate::lookup::LookupView) -> Result<O, Error>,
) -> Result<O, Error> {
    let options = Options::from_value(options)?;
    let input: crate::lookup::LookupInput =
        decode(&input.tree(), "input", ErrorCode::InvalidInput)?;
    emit(&crate::lookup::LookupView::new(&input, options.lang))
}

/// The calendar's input, its register checked, and its events.
struct CalendarOut {
    reg: alloc::sync::Arc<ValidRegister>,
    from: chrono::NaiveDate,
    to: chrono::NaiveDate,
    as_of: chrono::NaiveDate,
    events: alloc::vec::Vec<crate::calendar::CalendarEvent>,
}

fn calendar_events(input: &Tree<'_>, options: &Options) -> Result<CalendarOut, Error> {
    let input: crate::report::CalendarInput = decode(input, "input", ErrorCode::InvalidInput)?;
    let as_of = input.as_of.unwrap_or(input.from).get();
    let (from, to) = (input.from.get(), input.to.get());
    let reg = input.register.check("input.register")?;
    crate::limits::reach(*reg.issue_date, as_of, "input.asOf")?;
    crate::limits::reach(*reg.issue_date, to, "input.to")?;
    let events = crate::calendar::calendar(&reg, (from, to), as_of, &options.params)?;
    Ok(CalendarOut {
        reg,
        from,
        to,
        as_of,
        events,
    })
}

/// The calendar (`{ register, from, to, asOf? }`): every dated duty and deadline between the two
/// dates, rendered as JSON.
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_OPTIONS` naming the bad field.
pub fn calendar(input: &dyn Json, options: &dyn Json) -> Result<Value, Error> {
    calendar_on(input, options, to_json)
}

/// [`calendar`], answering JSON text written straight from the view (no JSON tree in between).
///
/// # Errors
/// As [`calendar`].
pub fn calendar_text(input: &dyn Json, options: &dyn Json) -> Result<String, Error> {
    calendar_on(input, options, to_text)
}

fn calendar_on<O>(
    input: &dyn Json,
    options: &dyn Json,
    emit: impl FnOnce(&crate::report::view::CalendarView) -> Result<O, Error>,
) -> Result<O, Error> {
    let options = Options::from_value(options)?;
    let c = calendar_events(&input.tree(), &options)?;
    emit(&crate::report::view::CalendarView::new(
        &c.events,
        &c.reg,
        (c.from, c.to),
        c.as_of,
        options.lang,
    ))
}

/// The same calendar as iCalendar (RFC 5545) text; DTSTAMP is `asOf` (or `from`).
///
/// # Errors
/// As [`calendar`].
pub fn calendar_ics(input: &dyn Json, options: &dyn Json) -> Result<String, Error> {
    let options = Options::from_value(options)?;
    let c = calendar_events(&input.tree(), &options)?;
    Ok(crate::calendar::to_ics(&c.events, c.as_of, options.lang))
}

/// The fee calculator on JSON input (a construction project, the input of art-11.f and
/// art-11.g), rendered as JSON: every line (component, fee, rule, base, relief, payable, the
/// reasons), subtotals per fee and totals.
///
/// # Errors
/// `INVALID_INPUT` / `INVALID_OPTIONS` naming the bad field; `OUT_OF_RANGE` when a total exceeds
/// the money limit.
///
/// ```
/// let calc = devzone_rules::api::fees(
///     &serde_json::json!({
///         "enterprise": {"inZone": true},
///         "components": [
///             {"id": "A", "kind": "REBUILD", "isTechnicalRenovation": false, "baseInfraFee": "100000.00"},
///             {"id": "B", "kind": "NEW", "baseInfraFee": "400000.00"}
///         ]
///     }),
///     &serde_json::json!({"lang": "en"}),
/// ).unwrap();
/// assert_eq!(calc["totals"]["payable"], "300000.00");
/// assert_eq!(calc["lines"][1]["treatment"], "HALVED");
/// ```
pub fn fees(input: &dyn Json, options: &dyn Json) -> Result<Value, Error> {
    fees_on(input, options, to_json)
}

/// [`fees`], answering JSON text written straight from the view (no JSON tree in between).
///
/// # Errors
/// As [`fees`].
pub fn fees_text(input: &dyn Json, options: &dyn Json) -> Result<String, Error> {
    fees_on(input, options, to_text)
}

fn fees_on<O>(
    input: &dyn Json,
    options: &dyn Json,
    emit: impl FnOnce(&crate::fees::view::FeeCalculationView) -> Result<O, Error>,
) -> Result<O, Error> {
    let options = Options::from_value(options)?;
    let input: a11::ConstructionInput = decode(&input.tree(), "input", ErrorCode::InvalidInput)?;
    let calc = crate::fees::fee_calculation(&input, &options.params)?;
    emit(&crate::fees::view::FeeCalculationView::new(
        &calc,
        options.lang,
    ))
}

/// An answer (the JSON of [`evaluate`]) explained in words by [`crate::text::answer`]: in
/// `lang` when it is given (`"zh"`, `"ko"` or `"en"`), else in the answer's own language. What the
/// CLI prints for `devzone eval --format text`, the npm package's `explain`.
///
/// # Errors
/// `INVALID_INPUT` when `answer` is not an object; `INVALID_OPTIONS` (path `lang`) for a language
/// that is none of the three.
///
/// ```
/// let answer = devzone_rules::api::evaluate(
///     "art-18.c",
///     &serde_json::json!({"issueDate": "2019-06-01", "asOf": "2019-12-10"}),
///     &serde_json::json!({"lang": "en"}),
/// ).unwrap();
/// let text = devzone_rules::api::explain(&answer, &serde_json::json!("zh")).unwrap();
/// assert!(text.starts_with("art-18.c · 逾期未完成(OVERDUE)"));
/// ```
pub fn explain(answer: &Value, lang: &Value) -> Result<String, Error> {
    crate::limits::check(answer, "answer", ErrorCode::InvalidInput)?;
    if !answer.is_object() {
        return Err(
            Error::new(ErrorCode::InvalidInput, Problem::WrongType, "answer")
                .with_expected(text!(
                    zh: "`evaluate` 返回的答复对象",
                    ko: "`evaluate`가 돌려주는 답변 객체",
                    en: "an answer object, as `evaluate` returns it"
                ))
                .with_got(crate::strict::shown(&Tree::of(answer))),
        );
    }
    let lang = match lang {
        Value::Null => answer
            .get("lang")
            .and_then(Value::as_str)
            .and_then(|l| l.parse().ok())
            .unwrap_or_default(),
        other => decode::<Lang>(&Tree::of(other), "lang", ErrorCode::InvalidOptions)?,
    };
    Ok(crate::text::answer(answer, lang))
}

/// Every word a front end needs to show answers in `lang` as the CLI does: the phrases
/// (`phrases.REASONS`, …), the labels of the answers' fields (`fields.due`, …) and of every
/// stable name the views carry (`enums.Outcome.OVERDUE`, `enums.Action.EXPAND`,
/// `enums.Severity.VIOLATION`, …). `lang` is `"zh"`, `"ko"` or `"en"`.
///
/// # Errors
/// `INVALID_OPTIONS` (path `lang`) for another language.
///
/// ```
/// let words = devzone_rules::api::labels(&serde_json::json!("ko")).unwrap();
/// assert_eq!(words["enums"]["Action"]["EXPAND"], "구역 확장");
/// assert_eq!(words["fields"]["due"], "기한");
/// ```
pub fn labels(lang: &Value) -> Result<Value, Error> {
    to_json(&labels_view(lang)?)
}

/// [`labels`], answering JSON text written straight from the words (no JSON tree in between;
/// each table in its own order, where [`labels`]' maps are sorted by name).
///
/// # Errors
/// As [`labels`].
pub fn labels_text(lang: &Value) -> Result<String, Error> {
    to_text(&labels_view(lang)?)
}

fn labels_view(lang: &Value) -> Result<LabelsView, Error> {
    decode(&Tree::of(lang), "lang", ErrorCode::InvalidOptions).map(LabelsView)
}

/// The words of [`labels`] in one language, written as they are read.
struct LabelsView(Lang);

/// A table of stable names and their labels in one language, as an object.
struct TableView(crate::words::Table, Lang);

/// The labels of the answers' fields in one language, as an object.
struct FieldsView(Lang);

/// Each stable enum's [`TableView`], under the enum's name.
struct EnumsView(Lang);

impl Serialize for LabelsView {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use crate::words::Stable;
        use serde::ser::SerializeMap;
        let lang = self.0;
        let mut map = s.serialize_map(Some(4))?;
        map.serialize_entry("lang", lang.as_str())?;
        map.serialize_entry(
            "phrases",
            &TableView(<crate::words::Phrase as Stable>::TABLE, lang),
        )?;
        map.serialize_entry("fields", &FieldsView(lang))?;
        map.serialize_entry("enums", &EnumsView(lang))?;
        map.end()
    }
}

impl Serialize for TableView {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let TableView(t, lang) = *self;
        s.collect_map(
            t.names
                .iter()
                .enumerate()
                .map(|(i, name)| (*name, t.label(i).pick(lang))),
        )
    }
}

impl Serialize for FieldsView {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let lang = self.0;
        s.collect_map(
            crate::text::fields::FIELDS
                .iter()
                .map(|f| (f.name, f.label.pick(lang))),
        )
    }
}

impl Serialize for EnumsView {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use crate::words::Stable;
        fn entry<E: Stable>(lang: Lang) -> (&'static str, TableView) {
            (E::TYPE_NAME, TableView(E::TABLE, lang))
        }
        let lang = self.0;
        s.collect_map([
            entry::<crate::answer::Outcome>(lang),
            entry::<crate::severity::Severity>(lang),
            entry::<crate::summary::Action>(lang),
            entry::<crate::summary::PermissionStatus>(lang),
            entry::<crate::duties::DutyStatus>(lang),
            entry::<crate::duties::Role>(lang),
            entry::<crate::calendar::EventKind>(lang),
            entry::<crate::register::ZoneStatus>(lang),
        ])
    }
}

/// The language errors are written in for a call with these `options`: its `lang` when that is
/// one, even if something else in the options is wrong; Chinese otherwise.
#[must_use]
pub fn error_lang(options: &Value) -> Lang {
    options
        .get("lang")
        .and_then(Value::as_str)
        .and_then(|l| l.parse().ok())
        .unwrap_or_default()
}

/// Past this many problems [`validate`] stops looking (a person fixes the first ones first).
pub const MAX_PROBLEMS: usize = 100;

/// Every problem of a rule's input (and options) at once, where [`evaluate`] stops at the first:
/// empty when `evaluate` would answer. Decoding problems are all found (a bad field is set aside
/// and the rest read again, so one mistake does not hide the next); a register's
/// cross-references are all checked ([`crate::register::Register::problems`]); the rule's own
/// checks of a well-formed input report their first problem. At most [`MAX_PROBLEMS`].
///
/// ```
/// let problems = devzone_rules::api::validate(
///     "art-18.c",
///     &serde_json::json!({"issueDate": "2019-02-30", "asOf": 7, "colour": "red"}),
///     &serde_json::json!({"lang": "en"}),
/// );
/// let paths: Vec<&str> = problems.iter().map(|e| e.path.as_str()).collect();
/// assert_eq!(paths, ["input.asOf", "input.colour", "input.issueDate"]);
/// ```
#[must_use]
pub fn validate(rule_id: &str, input: &Value, options: &Value) -> alloc::vec::Vec<Error> {
    let mut problems = alloc::vec::Vec::new();
    let options = match Options::from_value(options) {
        Ok(o) => o,
        Err(e) => {
            problems.push(e);
            Options {
                lang: error_lang(options),
                ..Options::default()
            }
        }
    };
    let Some(rule) = RuleId::parse(rule_id) else {
        problems.push(unknown_rule(rule_id));
        return problems;
    };
    match crate::rules::visit_computed(
        rule,
        Check {
            input,
            options: &options,
        },
    ) {
        Some(found) => problems.extend(found),
        None => problems.push(not_evaluable(rule)),
    }
    problems.truncate(MAX_PROBLEMS);
    problems
}

/// Every problem of a register (`{ register }` as in [`report`]'s input, or the register
/// itself under `input.register`): decoding, then cross-references.
#[must_use]
pub fn validate_register(register: &Value) -> alloc::vec::Vec<Error> {
    let (found, decoded) =
        decode_all::<crate::register::Register>(register, "register", ErrorCode::InvalidInput);
    let mut problems = found;
    if let Some(r) = decoded {
        problems.extend(r.problems("register"));
    }
    problems.truncate(MAX_PROBLEMS);
    problems
}

/// [`validate`]'s work for rule `T`.
struct Check<'a> {
    input: &'a Value,
    options: &'a Options,
}

impl ComputedVisitor for Check<'_> {
    type Out = alloc::vec::Vec<Error>;

    fn visit<T: Computed>(self) -> Self::Out {
        check_with(
            self.input,
            &mut Checking::<T> {
                input: None,
                params: &self.options.params,
            },
        )
    }
}

/// Rule `T`'s part of [`Check`]: its input decoded, then the rule run on it. The rest of the
/// check is [`check_with`]'s, not generic, so the rules share it (it was a copy in each of
/// the 38 rules' checks).
struct Checking<'a, T: Computed> {
    input: Option<T::Input>,
    params: &'a Params,
}

/// What [`check_with`] asks of a rule ([`Checking`]).
trait Checks {
    /// Decodes the input from `doc`, keeping it.
    fn decode(&mut self, doc: &Tree<'_>) -> Result<(), Error>;
    /// Whether an input was decoded.
    fn decoded(&self) -> bool;
    /// The rule's first problem with the decoded input, if any.
    fn eval(&mut self) -> Option<Error>;
}

impl<T: Computed> Checks for Checking<'_, T> {
    fn decode(&mut self, doc: &Tree<'_>) -> Result<(), Error> {
        self.input = Some(decode::<T::Input>(doc, "input", ErrorCode::InvalidInput)?);
        Ok(())
    }

    fn decoded(&self) -> bool {
        self.input.is_some()
    }

    fn eval(&mut self) -> Option<Error> {
        T::eval(self.input.take()?, self.params).err()
    }
}

/// [`Check`]'s work: every decoding problem of `input`, then a register's cross-references,
/// then the rule's own first problem.
#[inline(never)]
fn check_with(input: &Value, rule: &mut dyn Checks) -> alloc::vec::Vec<Error> {
    let mut problems = decode_all_with(input, "input", &mut |doc| rule.decode(doc));
    if !rule.decoded() {
        return problems;
    }
    // A register inside the input: every cross-reference problem, not only the first.
    if let Some(r) = input.get("register") {
        if let Ok(reg) = decode::<crate::register::Register>(
            &Tree::of(r),
            "input.register",
            ErrorCode::InvalidInput,
        ) {
            let found = reg.problems("input.register");
            if !found.is_empty() {
                problems.extend(found);
                return problems;
            }
        }
    }
    if problems.is_empty() {
        if let Some(e) = rule.eval() {
            problems.push(e);
        }
    }
    problems
}

/// Decodes `value` as `T`, collecting every decoding problem: after each one the offending
/// field (or list item) is set aside and the document read again. Returns the problems (paths
/// in the caller's document) and the value when the rest decodes.
fn decode_all<T: DeserializeOwned>(
    value: &Value,
    root: &str,
    code: ErrorCode,
) -> (alloc::vec::Vec<Error>, Option<T>) {
    let mut decoded = None;
    let problems = decode_all_with(value, root, &mut |doc| {
        decoded = Some(decode::<T>(doc, root, code)?);
        Ok(())
    });
    (problems, decoded)
}

/// [`decode_all`]'s loop, `try_decode` decoding the document as it is each time: not generic,
/// so the 38 inputs' validations share it (one copy of the loop in the wasm module).
fn decode_all_with(
    value: &Value,
    root: &str,
    try_decode: &mut dyn FnMut(&Tree<'_>) -> Result<(), Error>,
) -> alloc::vec::Vec<Error> {
    let mut doc = value.clone();
    let mut problems: alloc::vec::Vec<Error> = alloc::vec::Vec::new();
    // Items taken out of lists, in order: (the list's path then, the item's index then).
    let mut removed: alloc::vec::Vec<(String, usize)> = alloc::vec::Vec::new();
    while problems.len() < MAX_PROBLEMS {
        match try_decode(&Tree::of(&doc)) {
            Ok(()) => return problems,
            Err(mut e) => {
                let here = e.path.clone();
                e.path = original_path(&here, &removed);
                let missing = e.problem == crate::error::Problem::MissingField;
                // A field reported missing because it (or an item below it) was set aside
                // after its own problem is no news.
                let echo = missing
                    && problems.iter().any(|p| {
                        p.path == e.path
                            || p.path
                                .strip_prefix(e.path.as_str())
                                .is_some_and(|r| r.starts_with('.') || r.starts_with('['))
                    });
                if !echo {
                    problems.push(e);
                }
                // Nothing can be set aside at a missing field: the object holding it is.
                let target = if missing { parent(&here) } else { Some(here) };
                let Some(target) = target else {
                    return problems;
                };
                match take(&mut doc, root, &target) {
                    Some(Taken::Item(list, index)) => removed.push((list, index)),
                    Some(Taken::Field) => {}
                    None => return problems,
                }
            }
        }
    }
    problems
}

/// The path above `path` (`input.a[2].b` → `input.a[2]` → `input.a`), `None` at a root.
fn parent(path: &str) -> Option<String> {
    let cut = path.rfind(['.', '['])?;
    path.get(..cut).map(String::from)
}

/// What [`take`] set aside.
enum Taken {
    /// An object's field.
    Field,
    /// A list's item: the list's path and the item's index.
    Item(String, usize),
}

/// Removes the value at `path` (below `root`) from `doc`.
fn take(doc: &mut Value, root: &str, path: &str) -> Option<Taken> {
    let rest = path.strip_prefix(root)?;
    let mut steps: alloc::vec::Vec<Result<&str, usize>> = alloc::vec::Vec::new();
    let mut s = rest;
    while !s.is_empty() {
        if let Some(r) = s.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            steps.push(Ok(r.get(..end)?));
            s = r.get(end..)?;
        } else if let Some(r) = s.strip_prefix('[') {
            let end = r.find(']')?;
            steps.push(Err(r.get(..end)?.parse().ok()?));
            s = r.get(end + 1..)?;
        } else {
            return None;
        }
    }
    let (last, above) = steps.split_last()?;
    let mut at = doc;
    for step in above {
        at = match step {
            Ok(key) => at.get_mut(*key)?,
            Err(i) => at.get_mut(*i)?,
        };
    }
    match last {
        Ok(key) => at.as_object_mut()?.remove(*key).map(|_| Taken::Field),
        Err(i) => {
            let list = at.as_array_mut()?;
            let list_path = String::from(path.get(..path.rfind('[')?)?);
            (*i < list.len()).then(|| {
                list.remove(*i);
                Taken::Item(list_path, *i)
            })
        }
    }
}

/// A path in the document after items were taken out of lists, as a path in the caller's
/// document: each index at or after a removed item's moves up by one, latest removal first.
fn original_path(path: &str, removed: &[(String, usize)]) -> String {
    let mut p = String::from(path);
    for (list, index) in removed.iter().rev() {
        let Some(after) = p.strip_prefix(list.as_str()) else {
            continue;
        };
        let Some(r) = after.strip_prefix('[') else {
            continue;
        };
        let Some(end) = r.find(']') else { continue };
        let Some(k) = r.get(..end).and_then(|n| n.parse::<usize>().ok()) else {
            continue;
        };
        if k >= *index {
            let tail = r.get(end..).unwrap_or_default();
            p = format!("{list}[{}{tail}", k + 1);
        }
    }
    p
}

/// A register loaded once: decoded, checked and indexed when loaded, then asked any number of
/// questions without being read again (the npm package's `Register.load`). A question is a
/// rule's input without its `register` (`{ zoneId, year }` for art-14.d); each answer is the
/// one [`evaluate`] gives for the same input with the register in it.
///
/// ```
/// use devzone_rules::api::LoadedRegister;
/// use serde_json::json;
/// let reg = LoadedRegister::load(&json!({
///     "issueDate": "2019-06-01",
///     "zones": [{ "id": "Z1", "nameZh": "甲开发区", "level": "PROVINCIAL", "type": "ECON_DEV_ZONE",
///                 "countyId": "CTY.YANJI", "status": "ACTIVE", "managingAuthority": "COUNTY" }],
///     "assessments": [{ "zoneId": "Z1", "year": 2022, "populationSize": 88, "rank": 85 }]
/// })).unwrap();
/// let answer = reg.evaluate("art-14.d", &json!({ "zoneId": "Z1", "year": 2022 }), &json!({ "lang": "en" })).unwrap();
/// assert_eq!(answer["outcome"], "TRIGGERED");
/// ```
#[derive(Clone, Debug)]
pub struct LoadedRegister(Arc<ValidRegister>);

impl LoadedRegister {
    /// Decodes, checks and indexes a register (errors name fields under `register`).
    ///
    /// # Errors
    /// `INVALID_INPUT` naming the first bad field (`register.zones[3].countyId`).
    pub fn load(register: &dyn Json) -> Result<Self, Error> {
        let r: crate::register::Register =
            decode(&register.tree(), "register", ErrorCode::InvalidInput)?;
        ValidRegister::new(r, "register").map(Self::from)
    }

    /// The register, checked and indexed.
    #[must_use]
    pub fn valid(&self) -> &ValidRegister {
        &self.0
    }

    /// The register as a rule input's `register` (for typed calls:
    /// `ZoneYearInput { register: loaded.arg(), .. }`).
    #[must_use]
    pub fn arg(&self) -> RegisterArg {
        RegisterArg::Loaded(Arc::clone(&self.0))
    }

    /// [`evaluate`] of a question asked of this register.
    ///
    /// # Errors
    /// As [`evaluate`]; `INVALID_INPUT` at `input.register` for a question holding a register,
    /// at `ruleId` for a rule that reads none.
    pub fn evaluate(
        &self,
        rule_id: &str,
        question: &dyn Json,
        options: &dyn Json,
    ) -> Result<Value, Error> {
        evaluate_on(Some(&self.0), rule_id, &question.tree(), &options.tree())
    }

    /// [`decide`] with this register (the question is the rule's input without `register`).
    ///
    /// # Errors
    /// As [`LoadedRegister::evaluate`].
    pub fn decide(
        &self,
        rule_id: &str,
        question: &dyn Json,
        options: &dyn Json,
    ) -> Result<Brief, Error> {
        decide_on(Some(&self.0), rule_id, &question.tree(), &options.tree())
    }

    /// [`LoadedRegister::decide`] of a question about one zone and year (`{ zoneId, year,
    /// asOf }`, the input of art-14.c–f, art-14.h, art-15.a, …) given as values rather than JSON,
    /// with `params`: the same brief. `None` when the rule's input is not such a question, the
    /// rule is unknown or not evaluable, or the year is not one a question may hold (1 to
    /// 9999): the caller asks [`LoadedRegister::decide`], which says why. The npm package's
    /// `reg.decide` takes this path for a plain question (nothing to decode, no text to read).
    ///
    /// # Errors
    /// As [`LoadedRegister::decide`] (an unknown zone: `input.zoneId`).
    #[must_use]
    pub fn decide_zone_year(
        &self,
        rule_id: &str,
        zone_id: &str,
        year: i32,
        as_of: Option<crate::dates::IsoDate>,
        params: &Params,
    ) -> Option<Result<Brief, Error>> {
        let rule = RuleId::parse(rule_id)?;
        crate::num::Year::checked(year)?;
        let Some(place) = self.0.zone_place(zone_id) else {
            // The error of the JSON path, for a rule whose input is such a question.
            let unknown = self.0.zone_at(zone_id, "input.zoneId").err()?;
            return asks_zone_year(rule).then_some(Err(unknown));
        };
        self.decide_zone_place(rule, (place, year, as_of), params)
    }

    /// One zone-year question given by the zone's place, in brief ([`PlaceBriefs`]).
    fn decide_zone_place(
        &self,
        rule: RuleId,
        question: ZonePlaceYear,
        params: &Params,
    ) -> Option<Result<Brief, Error>> {
        let brief = PlaceBrief {
            register: &self.0,
            question,
            params,
        };
        crate::rules::visit_computed(rule, brief).flatten()
    }

    /// [`LoadedRegister::decide_zone_year_words`] of a zone given by its place among the
    /// register's zones (`valid().zones`) and a rule given as itself: what the npm package's
    /// `reg.decide` asks of a plain zone-year question (JS finds the zone's place and the rule in
    /// maps). `None` as [`LoadedRegister::decide_zone_year`], and for a place past the last zone.
    ///
    /// # Errors
    /// As [`LoadedRegister::decide`].
    #[must_use]
    pub fn decide_zone_place_words(
        &self,
        rule: RuleId,
        place: usize,
        year: i32,
        as_of: Option<crate::dates::IsoDate>,
    ) -> Option<Result<String, Error>> {
        let brief = self.decide_zone_place(rule, (place, year, as_of), &Params::default())?;
        Some(brief.map(|b| brief_words(&b)))
    }

    /// [`LoadedRegister::decide_zone_place_words`] written into `out` (emptied first): a caller
    /// asking many questions in turn keeps one buffer for all of them (the npm package's
    /// `reg.decide`).
    ///
    /// # Errors
    /// As [`LoadedRegister::decide`].
    #[must_use]
    pub fn decide_zone_place_words_into(
        &self,
        rule: RuleId,
        (place, year, as_of): ZonePlaceYear,
        out: &mut String,
    ) -> Option<Result<(), Error>> {
        let brief = self.decide_zone_place(rule, (place, year, as_of), &Params::default())?;
        out.clear();
        Some(brief.map(|b| push_brief_words(out, &b)))
    }

    /// [`LoadedRegister::decide_zone_year_words`] of many questions of one rule, each distinct
    /// brief written once ([`BriefTable`]), the rule found once for all of them. `None` when the
    /// rule's input is not such a question, a question is `None` (not one the caller could
    /// read) or its year is outside 1 to 9999, or any question has no answer (an unknown zone):
    /// the caller asks the questions through [`LoadedRegister::decide`], which names the
    /// failing one.
    #[must_use]
    pub fn decide_zone_years_table<'q>(
        &self,
        rule_id: &str,
        questions: &mut dyn Iterator<Item = Option<ZoneYear<'q>>>,
    ) -> Option<BriefTable> {
        let reg = &self.0;
        self.decide_zone_places_table(
            rule_id,
            &mut questions.map(|q| {
                let (zone_id, year, as_of) = q?;
                Some((reg.zone_place(zone_id)?, year, as_of))
            }),
        )
    }

    /// [`LoadedRegister::decide_zone_years_table`] of questions naming each zone by its place
    /// among the register's zones (`valid().zones`) rather than its id, as the npm package's
    /// `reg.decideBatch` of plain questions asks them (JS finds each zone's place in a `Map`
    /// of the ids, made once per register: most questions of a batch share a few briefs, and
    /// JS makes each decision from its brief's line). `None` as that function, and for a
    /// place past the last zone.
    #[must_use]
    pub fn decide_zone_places_table(
        &self,
        rule_id: &str,
        questions: &mut dyn Iterator<Item = Option<ZonePlaceYear>>,
    ) -> Option<BriefTable> {
        let rule = RuleId::parse(rule_id)?;
        let params = Params::default();
        let briefs = PlaceBriefs {
            register: &self.0,
            questions,
            params: &params,
        };
        let briefs = crate::rules::visit_computed(rule, briefs).flatten()?;
        briefs.ok().map(BriefTable::of)
    }

    /// [`LoadedRegister::decide_zone_year`] with the default parameters, as words: `<ruleId>
    /// <outcome> <severity> <reason codes> <needsHuman codes>`, separated by one space, each
    /// list's codes by commas (none: empty). Rule ids, outcomes, severities and codes hold
    /// neither (`core/tests/decisions.rs`), so the words split back into the brief: what the npm
    /// package makes its `Decision` of, cheaper to read in JS than JSON.
    ///
    /// # Errors
    /// As [`LoadedRegister::decide`].
    #[must_use]
    pub fn decide_zone_year_words(
        &self,
        rule_id: &str,
        zone_id: &str,
        year: i32,
        as_of: Option<crate::dates::IsoDate>,
    ) -> Option<Result<String, Error>> {
        let brief = self.decide_zone_year(rule_id, zone_id, year, as_of, &Params::default())?;
        Some(brief.map(|b| brief_words(&b)))
    }

    /// [`LoadedRegister::decide`] as words (see [`decide_to_words`]).
    ///
    /// # Errors
    /// As [`LoadedRegister::evaluate`].
    pub fn decide_to_words(
        &self,
        rule_id: &str,
        question: &dyn Json,
        options: &dyn Json,
    ) -> Result<String, Error> {
        Ok(brief_words(&self.decide(rule_id, question, options)?))
    }

    /// [`LoadedRegister::decide`] as JSON text (see [`decide_to_text`]).
    ///
    /// # Errors
    /// As [`LoadedRegister::evaluate`].
    pub fn decide_to_text(
        &self,
        rule_id: &str,
        question: &dyn Json,
        options: &dyn Json,
    ) -> Result<String, Error> {
        brief_text(&self.decide(rule_id, question, options)?)
    }

    /// [`LoadedRegister::evaluate`], answering JSON text (see [`evaluate_to_text`]).
    ///
    /// # Errors
    /// As [`LoadedRegister::evaluate`].
    pub fn evaluate_to_text(
        &self,
        rule_id: &str,
        question: &dyn Json,
        options: &dyn Json,
    ) -> Result<String, Error> {
        evaluate_text_on::<AsText>(
            Some(&self.0),
            rule_id,
            &question.tree(),
            &options.tree(),
            None,
        )
    }

    /// [`LoadedRegister::evaluate_to_text`] sharing static parts (see
    /// [`evaluate_to_text_sharing`]).
    ///
    /// # Errors
    /// As [`LoadedRegister::evaluate`].
    pub fn evaluate_to_text_sharing(
        &self,
        rule_id: &str,
        question: &dyn Json,
        options: &dyn Json,
        held: Held<'_>,
    ) -> Result<String, Error> {
        evaluate_text_on::<AsAsciiText>(
            Some(&self.0),
            rule_id,
            &question.tree(),
            &options.tree(),
            Some(held),
        )
    }

    /// [`LoadedRegister::evaluate_to_text_sharing`] of a question about one zone and year given
    /// as values, the zone by its place among the register's zones (`valid().zones`), with the
    /// default parameters and answers in `lang`: the same text as the question `{ zoneId, year,
    /// asOf }` in JSON gives (`core/tests/decisions.rs`), without reading JSON (the npm
    /// package's `reg.evaluate` of a plain zone-year question).
    ///
    /// # Errors
    /// As [`LoadedRegister::evaluate`]; `UNKNOWN_RULE` (not evaluable) for a rule whose input is
    /// not such a question, a year outside 1 to 9999 or a place past the last zone, which the
    /// JSON question would name otherwise: a caller asks it in JSON for its error.
    pub fn evaluate_zone_place_text_sharing(
        &self,
        rule: RuleId,
        question: ZonePlaceYear,
        lang: Lang,
        held: Held<'_>,
    ) -> Result<String, Error> {
        run_rule::<AsAsciiText>(
            Some(&self.0),
            rule,
            Asked::ZonePlace(question),
            &Options::in_lang(lang),
            Some(held),
        )
    }

    /// The key of the answer [`LoadedRegister::evaluate_zone_place_text_sharing`] writes for a
    /// reader that holds the rule's shared parts and parameters used, defers the reasons and
    /// notes the large parts (the wasm package), made without the answer: two questions (of
    /// this register or another) whose keys are equal have answers with the same head and the
    /// same text after it, byte for byte ([`ZoneAnswerKey`]). `None` for a rule without a key
    /// ([`crate::rules::Computed::ZONE_KEY`]: all but art-14.d) and as
    /// [`LoadedRegister::evaluate_zone_place_text_sharing`] fails (a place past the last zone, a
    /// year outside 1 to 9999).
    #[must_use]
    pub fn zone_place_key(
        &self,
        rule: RuleId,
        (place, year, as_of): ZonePlaceYear,
        lang: Lang,
    ) -> Option<ZoneAnswerKey<'_>> {
        let (zone, year) = zone_and_year(&self.0, place, year)?;
        let decided = crate::rules::visit_computed(
            rule,
            ZoneKeyOf {
                reg: &self.0,
                zone,
                year: year.get(),
                as_of: as_of.map(|d| d.get()),
            },
        )??;
        Some(ZoneAnswerKey {
            rule,
            lang,
            zone_id: alloc::borrow::Cow::Borrowed(zone.id.as_str()),
            illustrative: crate::illustrative::rests_on_made_up(&self.0, rule, zone),
            decided,
        })
    }

    /// [`zone_summary`] of a question (`{ zoneId, asOf }`).
    ///
    /// # Errors
    /// As [`zone_summary`].
    pub fn zone_summary(&self, question: &dyn Json, options: &dyn Json) -> Result<Value, Error> {
        zone_summary_on(Some(&self.0), &question.tree(), &options.tree(), to_json)
    }

    /// [`LoadedRegister::zone_summary`], answering JSON text.
    ///
    /// # Errors
    /// As [`zone_summary`].
    pub fn zone_summary_text(
        &self,
        question: &dyn Json,
        options: &dyn Json,
    ) -> Result<String, Error> {
        zone_summary_on(Some(&self.0), &question.tree(), &options.tree(), to_text)
    }

    /// [`report`] of a question (`{ asOf }`).
    ///
    /// # Errors
    /// As [`report`].
    pub fn report(&self, question: &dyn Json, options: &dyn Json) -> Result<Value, Error> {
        report_on(
            Some(&self.0),
            &question.tree(),
            &options.tree(),
            false,
            |v, _| to_json(&v),
        )
    }

    /// [`LoadedRegister::report`], answering JSON text.
    ///
    /// # Errors
    /// As [`report`].
    pub fn report_text(&self, question: &dyn Json, options: &dyn Json) -> Result<String, Error> {
        report_on(
            Some(&self.0),
            &question.tree(),
            &options.tree(),
            false,
            |v, _| to_text(&v),
        )
    }

    /// [`LoadedRegister::report_text`], its groups' findings apart ([`ReportParts`]).
    ///
    /// # Errors
    /// As [`report`].
    pub fn report_split(
        &self,
        question: &dyn Json,
        options: &dyn Json,
    ) -> Result<ReportParts, Error> {
        report_on(
            Some(&self.0),
            &question.tree(),
            &options.tree(),
            true,
            split_report,
        )
    }

    /// [`obligations`] of a question (`{ asOf, agency?, withinDays? }`).
    ///
    /// # Errors
    /// As [`obligations`].
    pub fn obligations(&self, question: &dyn Json, options: &dyn Json) -> Result<Value, Error> {
        obligations_on(Some(&self.0), &question.tree(), &options.tree(), to_json)
    }

    /// [`LoadedRegister::obligations`], answering JSON text.
    ///
    /// # Errors
    /// As [`obligations`].
    pub fn obligations_text(
        &self,
        question: &dyn Json,
        options: &dyn Json,
    ) -> Result<String, Error> {
        obligations_on(Some(&self.0), &question.tree(), &options.tree(), to_text)
    }
}

impl From<ValidRegister> for LoadedRegister {
    fn from(r: ValidRegister) -> Self {
        Self(Arc::new(r))
    }
}

#[cfg(test)]
mod tests {
    use super::{ascii_json, to_ascii_text, to_text};
    use alloc::string::String;

    /// Text in every width of UTF-8 (Chinese, Korean, an accent, one beyond the BMP), with JSON's
    /// own escapes around it.
    const MIXED: &str = "合成开发区 령도소조 é 😀 \"q\" \\ \n\t\u{1}end";

    /// Options of a language alone, read without decoding, are what decoding reads; any other
    /// options are decoded as before, errors and all.
    #[test]
    fn options_of_a_language_alone_are_the_decoded_ones() {
        use super::{decode, ErrorCode, Options};
        use serde_json::json;
        for options in [
            json!({ "lang": "zh" }),
            json!({ "lang": "ko" }),
            json!({ "lang": "en" }),
            json!({ "lang": "en", "params": { "implMeasuresMonths": 5 } }),
            json!({ "params": {} }),
            json!({}),
        ] {
            let decoded: Result<Options, _> = decode(
                &crate::tree::Tree::of(&options),
                "options",
                ErrorCode::InvalidOptions,
            );
            assert_eq!(Options::from_value(&options), decoded, "{options}");
            assert!(decoded.is_ok(), "{options}");
            // Read from its compact text, the same options (for a language alone, not read
            // as a tree; anything else is not taken for one).
            let text = serde_json::to_string(&options).unwrap_or_default();
            let alone = options
                .as_object()
                .is_some_and(|o| o.len() == 1 && o.contains_key("lang"));
            assert_eq!(Options::of_lang_text(&text).is_some(), alone, "{text}");
            if let Some(read) = Options::of_lang_text(&text) {
                assert_eq!(Ok(read), decoded, "{text}");
            }
        }
        for (bad, path) in [
            (json!({ "lang": "EN" }), "options.lang"),
            (json!({ "lang": 1 }), "options.lang"),
            (json!({ "language": "en" }), "options.language"),
        ] {
            let e = Options::from_value(&bad).err().map(|e| e.path);
            assert_eq!(e.as_deref(), Some(path), "{bad}");
            let text = serde_json::to_string(&bad).unwrap_or_default();
            assert_eq!(Options::of_lang_text(&text), None, "{text}");
        }
    }

    #[test]
    fn ascii_text_is_the_same_json_in_ascii() {
        let plain = serde_json::to_string(&MIXED).unwrap_or_default();
        let ascii = ascii_json(plain.clone());
        assert!(ascii.is_ascii());
        assert_eq!(
            serde_json::from_str::<String>(&ascii).ok().as_deref(),
            Some(MIXED)
        );
        // A pair of escapes beyond the BMP, lowercase hex, JSON's escapes kept as they were.
        assert!(ascii.contains("\\ud83d\\ude00"), "{ascii}");
        assert!(ascii.contains("\\u5408\\u6210"), "{ascii}");
        assert!(ascii.contains("\\\"q\\\" \\\\ \\n\\t\\u0001end"), "{ascii}");
        // ASCII text is returned as it is.
        assert_eq!(ascii_json(String::from("{\"a\":1}")), "{\"a\":1}");
    }

    #[test]
    fn the_writer_escapes_as_the_pass_does() {
        let value = serde_json::json!({ MIXED: [MIXED, 1, null, "한"], "k": { "é": "ü" } });
        let plain = to_text(&value).ok();
        let escaped = to_ascii_text(&value).ok();
        assert!(escaped.as_deref().is_some_and(str::is_ascii));
        assert_eq!(escaped, plain.map(ascii_json));
    }

    /// Long runs of characters outside ASCII, with characters beyond the BMP (two escapes each)
    /// at their start, middle and end, escaped the same by the pass and by the writer.
    #[test]
    fn long_runs_outside_ascii_are_escaped_whole() {
        for n in [1_usize, 7, 15, 16, 17, 33] {
            for tail in ["", "😀", "😀😀", "a😀b"] {
                let run: String = "开".repeat(n) + tail + &"😀".repeat(n) + "é";
                let ascii = ascii_json(serde_json::to_string(&run).unwrap_or_default());
                assert!(ascii.is_ascii());
                assert_eq!(
                    serde_json::from_str::<String>(&ascii).ok().as_deref(),
                    Some(run.as_str()),
                    "{n} {tail}"
                );
                // One `\uXXXX` per UTF-16 unit of each character outside ASCII.
                let units: usize = run
                    .chars()
                    .filter(|c| !c.is_ascii())
                    .map(char::len_utf16)
                    .sum();
                assert_eq!(ascii.matches("\\u").count(), units, "{n} {tail}");
                // The writer's escapes are the pass's.
                assert_eq!(to_ascii_text(&run).ok().as_deref(), Some(ascii.as_str()));
            }
        }
    }
}
