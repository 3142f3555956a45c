//! Macros shared by the core's modules.

/// Declares an enum whose variants have stable `SCREAMING_SNAKE_CASE` names: the serde names,
/// `as_str()`, and (feature `wasm`) the TypeScript union all come from the one list. Extra
/// attributes before the name pass through (e.g. `#[derive(Default)]` with a `#[default]` variant).
macro_rules! stable_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        #[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
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
