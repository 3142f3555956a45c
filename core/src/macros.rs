//! Macros shared by the core's modules.

/// Declares an enum whose variants have stable `SCREAMING_SNAKE_CASE` names: the serde names,
/// `as_str()`, (feature `wasm`) the TypeScript union and (feature `schema`) the JSON Schema enum all
/// come from the one list. Extra
/// attributes before the name pass through (e.g. `#[derive(Default)]` with a `#[default]` variant).
macro_rules! stable_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        #[cfg_attr(feature = "wasm", derive(tsify_next::Tsify))]
        pub enum $name {
            $($(#[$vdoc])* #[cfg_attr(feature = "serde", serde(rename = $text))] $variant,)+
        }
        impl $name {
            /// Stable name.
            #[must_use]
            pub const fn as_str(self) -> &'static str {
                match self { $(Self::$variant => $text,)+ }
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
macro_rules! computed {
    ($(#[$doc:meta])* $name:ident: $rule:ident($input:ident $(, requires = [$($req:literal),+])?) -> $detail:ident = $f:path;) => {
        computed! {
            $(#[$doc])*
            $name: $rule($input $(, requires = [$($req),+])?) -> $detail = |input, params| $f(&input, params);
        }
    };
    ($(#[$doc:meta])* $name:ident: $rule:ident($input:ident $(, requires = [$($req:literal),+])?) -> $detail:ident = |$i:ident, $p:ident| $body:expr;) => {
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
            type Input = $input;
            type Detail = $detail;
            fn eval(
                $i: Self::Input,
                $p: &$crate::params::Params,
            ) -> Result<$crate::answer::Answer<Self::Detail>, $crate::error::Error> {
                $body
            }
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
