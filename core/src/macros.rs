//! Macros shared by the core's modules.

/// Declares an enum whose variants have stable names and a label in each language:
///
/// ```text
/// stable_enum! {
///     /// What a duty's status is.
///     DutyStatus {
///         /// Done late.
///         DoneLate = "DONE_LATE" { zh: "逾期完成", ko: "기한 경과 후 완료", en: "done late" },
///     }
/// }
/// ```
///
/// The serde names, `as_str()`, `FromStr`, `Display`, `ALL`, the labels ([`crate::words::Stable`])
/// (feature `wasm`) the TypeScript union and (feature `schema`) the JSON Schema
/// enum all come from the one list, so a name cannot exist
/// without its three labels. Extra attributes before the name pass through (e.g.
/// `#[derive(Default)]` with a `#[default]` variant).
macro_rules! stable_enum {
    ($(#[$doc:meta])* $name:ident {
        $($(#[$vdoc:meta])* $variant:ident = $text:literal { zh: $zh:literal, ko: $ko:literal, en: $en:literal }),+ $(,)?
    }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        pub enum $name {
            $($(#[$vdoc])* #[cfg_attr(any(feature = "wasm", feature = "schema"), serde(rename = $text))] $variant,)+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [Self] = &[$(Self::$variant),+];

            /// The stable name (as in JSON).
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text,)+ }
            }

            /// The label in the three languages.
            #[must_use]
            pub fn labels(self) -> $crate::words::Label {
                <Self as $crate::words::Stable>::TABLE.label(self as usize)
            }

            /// The label in `lang`.
            #[must_use]
            pub fn label(self, lang: $crate::words::Lang) -> &'static str {
                self.labels().pick(lang)
            }
        }

        impl $crate::words::Stable for $name {
            const ALL: &'static [Self] = Self::ALL;
            const TYPE_NAME: &'static str = stringify!($name);
            const TABLE: $crate::words::Table = $crate::words::Table {
                names: &[$($text),+],
                labels: &[$($crate::words::Label { zh: $zh, ko: $ko, en: $en }),+],
            };
            fn name(self) -> &'static str {
                self.as_str()
            }
            fn index(self) -> usize {
                self as usize
            }
        }

        // Every name once, every label with text in zh, ko and en: or it does not compile.
        const _: () = assert!(
            <$name as $crate::words::Stable>::TABLE.is_sound(),
            concat!("stable_enum! ", stringify!($name), ": a name twice or a label without text")
        );

        impl core::str::FromStr for $name {
            type Err = $crate::words::UnknownName;
            fn from_str(s: &str) -> Result<Self, Self::Err> {
                <Self as $crate::words::Stable>::parse_name(s)
            }
        }

        impl core::fmt::Display for $name {
            fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        // By hand rather than derived: one shared visitor for every stable name (see
        // `words::de`) keeps the wasm module small; the messages are serde's own.
        #[cfg(feature = "serde")]
        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                // A stable name (`SCREAMING_SNAKE_CASE`, `words::tests`) needs no escape.
                serde::Serialize::serialize(&$crate::json_text::Plain(self.as_str()), serializer)
            }
        }

        #[cfg(feature = "serde")]
        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let table = &<Self as $crate::words::Stable>::TABLE;
                let i = $crate::words::de::index(deserializer, stringify!($name), table.names)?;
                Self::ALL
                    .get(i)
                    .copied()
                    .ok_or_else(|| <D::Error as serde::de::Error>::custom("no such variant"))
            }
        }
    };
}

/// Declares a computed rule once, in its clause file: a marker type implementing
/// [`crate::rules::Computed`] with the rule's id, its typed input and detail, and its function.
/// The registry line in `rules/mod.rs` (`ART_18_C = … => ImplMeasures;`) does the rest.
///
/// `requires = ["asOf"]` names optional fields of the input type that this rule needs (art-02.d
/// needs `asOf`): the TypeScript input type and the JSON Schema both require them.
///
/// `outcomes: [MetOnTime, …];` after the function lists every [`crate::answer::Outcome`] the
/// function's code paths can return (including `NotApplicable` from `on_zone`'s helpers): the
/// TypeScript answer of the rule has exactly that union, and `core/tests/outcomes.rs` checks
/// that every outcome of every vector is declared and that every computed rule declares them.
///
/// `decide = |input, params| …;` after the function gives the rule's
/// [`crate::rules::Computed::decide`]: the answer a reader deferring the reasons is written,
/// without the reasons' facts (art-14.d). `zone_codes = path;` after `brief` gives the rule's
/// [`crate::rules::Computed::ZONE_CODES`] and `zone_answer = path;` after it the rule's
/// [`crate::rules::Computed::ZONE_ANSWER`] (art-14.d), and `zone_key = path;` after that the
/// rule's [`crate::rules::Computed::ZONE_KEY`] (art-14.d).
macro_rules! computed {
    ($(#[$doc:meta])* $name:ident: $rule:ident($input:ident $(, requires = [$($req:literal),+])?) -> $detail:ident $([$fields:path])? = $f:path; $(brief = $bf:path;)? $(outcomes: [$($o:ident),+ $(,)?];)?) => {
        computed! {
            $(#[$doc])*
            $name: $rule($input $(, requires = [$($req),+])?) -> $detail $([$fields])? = |input, params| $f(&input, params);
            $(brief = |input, params| $bf(&input, params);)?
            $(outcomes: [$($o),+];)?
        }
    };
    ($(#[$doc:meta])* $name:ident: $rule:ident($input:ident $(, requires = [$($req:literal),+])?) -> $detail:ident $([$fields:path])? = |$i:ident, $p:ident| $body:expr; $(decide = |$di:ident, $dp:ident| $dbody:expr;)? $(brief = |$bi:ident, $bp:ident| $bbody:expr;)? $(zone_codes = $zc:path;)? $(zone_answer = $za:path;)? $(zone_key = $zk:path;)? $(outcomes: [$($o:ident),+ $(,)?];)?) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug)]
        pub struct $name;

        impl $crate::rules::Computed for $name {
            const RULE: $crate::rules::RuleId = $crate::rules::RuleId::$rule;
            const INPUT_NAME: &'static str = stringify!($input);
            const INPUT_REQUIRES: &'static [&'static str] = &[$($($req),+)?];
            const INPUT_TS: &'static str = concat!(
                stringify!($input)
                $($(, " & Required<Pick<", stringify!($input), ", \"", $req, "\">>")+)?
            );
            const DETAIL_NAME: &'static str = stringify!($detail);
            $(const FIELDS: &'static [$crate::text::fields::Field] = $fields;)?
            $(const OUTCOMES: &'static [$crate::answer::Outcome] = &[$($crate::answer::Outcome::$o),+];)?
            type Input = $input;
            type Detail = $detail;
            fn eval(
                $i: Self::Input,
                $p: &$crate::params::Params,
            ) -> Result<$crate::answer::Answer<Self::Detail>, $crate::error::Error> {
                $body
            }
            $(
            fn decide(
                $di: Self::Input,
                $dp: &$crate::params::Params,
            ) -> Result<$crate::answer::Answer<Self::Detail>, $crate::error::Error> {
                $dbody
            }
            )?
            $(
            const BRIEF: Option<$crate::rules::Brief<Self::Input>> = Some(|$bi, $bp| $bbody);
            )?
            $(
            const ZONE_CODES: Option<$crate::rules::ZoneCodes> = Some($zc);
            )?
            $(
            const ZONE_ANSWER: Option<$crate::rules::ZoneAnswer<Self::Detail>> = Some($za);
            )?
            $(
            const ZONE_KEY: Option<$crate::rules::ZoneKey> = Some($zk);
            )?
        }
    };
}

/// The rulebook's registry: one line per catalog entry, `CONST = path::TO_META` for a rule
/// without a function and `CONST = path::TO_META => ComputedType` for a computed one. It makes
/// the [`crate::rules::RuleId`] constants, [`crate::rules::RULES`], the dispatch
/// ([`crate::rules::visit_computed`], [`crate::rules::for_each_computed`]) and compile-time
/// checks: a rule whose metadata says FUNCTION must name its function here, a rule named with a
/// function must say FUNCTION, and the function must be the rule's own.
macro_rules! registry {
    ($( $(#[$doc:meta])* $konst:ident = $meta:path $(=> $computed:ty)? ;)*) => {
        impl RuleId {
            $( $(#[$doc])* pub const $konst: Self = Self(&$meta); )*
        }

        /// Every rule of the catalog (the preamble definitions and all 74 clause rules), in
        /// catalog order.
        pub const RULES: &[RuleId] = &[$(RuleId::$konst),*];

        $( registry!(@check $konst, $meta $(, $computed)?); )*

        /// Calls `visitor` with the computed rule `rule`, or answers `None` for a rule without a
        /// function.
        pub fn visit_computed<V: ComputedVisitor>(rule: RuleId, visitor: V) -> Option<V::Out> {
            $( $(
                if core::ptr::eq(rule.0, &$meta) {
                    return Some(visitor.visit::<$computed>());
                }
            )? )*
            None
        }

        /// Calls `visitor` once for every computed rule, in catalog order.
        pub fn for_each_computed<V: EachComputed>(visitor: &mut V) {
            $( $( visitor.each::<$computed>(); )? )*
        }
    };
    (@check $konst:ident, $meta:path, $computed:ty) => {
        const _: () = {
            assert!(
                matches!($meta.evaluation, Evaluation::Function),
                concat!(stringify!($konst), " names a function in the registry but its metadata does not say FUNCTION")
            );
            assert!(
                same_str(<$computed as Computed>::RULE.0.id, $meta.id),
                concat!(stringify!($konst), ": the registered function belongs to another rule")
            );
        };
    };
    (@check $konst:ident, $meta:path) => {
        const _: () = assert!(
            !matches!($meta.evaluation, Evaluation::Function),
            concat!(stringify!($konst), " is marked FUNCTION but the registry names no function for it")
        );
    };
}

/// Declares the reason codes a module gives, each with its zh, ko and en templates side by side
/// (see [`crate::messages`]):
///
/// ```text
/// reason_codes! {
///     /// art-18.c: the due date and how it was computed.
///     ImplMeasuresDue = "IMPL_MEASURES_DUE" {
///         zh: "落实措施最迟于{due}(含当日)制定…",
///         ko: "…",
///         en: "implementation measures are due by {due} …"
///     }
/// }
/// ```
///
/// Each becomes an associated constant of [`crate::messages::ReasonCode`]
/// (`ReasonCode::ImplMeasuresDue`), and the module's `REASON_CODES` lists them for
/// `messages::CODE_LISTS`.
macro_rules! reason_codes {
    ($( $(#[$doc:meta])* $variant:ident = $code:literal { zh: $zh:literal, ko: $ko:literal, en: $en:literal $(, coded: { $($arg:ident : $ty:ty),* $(,)? })? $(,)? } )*) => {
        #[allow(
            non_upper_case_globals,
            reason = "reason codes keep the variant-style names they had as enum variants"
        )]
        impl $crate::messages::ReasonCode {
            $(
                $(#[$doc])*
                // A `static`, not a promoted constant: its address is the code's identity
                // (`ReasonCode` compares by address).
                pub const $variant: Self = {
                    static TEXT: $crate::messages::CodeText = $crate::messages::CodeText {
                        code: $code,
                        templates: $crate::words::Label { zh: $zh, ko: $ko, en: $en },
                        coded: &[$($((stringify!($arg), <$ty as $crate::words::Stable>::TABLE)),*)?],
                        #[cfg(all(feature = "serde", not(target_arch = "wasm32")))]
                        plain: $crate::json_text::needs_no_escape($zh)
                            && $crate::json_text::needs_no_escape($ko)
                            && $crate::json_text::needs_no_escape($en),
                    };
                    Self(&TEXT)
                };
            )*
        }

        /// The reason codes this module gives, in declaration order.
        pub(crate) const REASON_CODES: &[$crate::messages::ReasonCode] =
            &[$($crate::messages::ReasonCode::$variant),*];
    };
}

/// A `Text` (`error::Text`) from three format strings, each able to name the same variables:
/// `text!(zh: "…{x}…", ko: "…{x}…", en: "…{x}…")`.
macro_rules! text {
    (zh: $zh:literal, ko: $ko:literal, en: $en:literal $(,)?) => {
        $crate::error::Text::of(format_args!($zh), format_args!($ko), format_args!($en))
    };
}
