//! A struct decoded field by field into a value made first from its defaults, through one
//! `match` of setters, instead of serde's derived visitor.
//!
//! The derived visitor of a struct keeps an `Option` of each field, checks each for a duplicate
//! and, at the end, takes each out or falls back on the default: for `Params` (64 fields) that
//! was ~18 KB of the wasm module's code, the largest single decoder in it. A [`ByField`] type
//! says its field names in serde's order and how to set the field at a place; [`deserialize`]
//! does the rest, with the same calls to the deserializer and the same errors as the derive
//! (`unknown_field` with the field list, `duplicate_field`, the type's `expecting` text), so
//! [`crate::strict::Strict`] tells the keys by place and the error vectors read the same.
//!
//! For structs that deny unknown fields and have no `alias` or `flatten`: a field either takes
//! a value from [`ByField::blank`] when it is missing (`#[serde(default)]`, an `Option`, or a
//! container `default`) or is required ([`ByField::REQUIRED`]; the first one missing, in the
//! struct's order, is named as the derive's `missing_field` names it). Unlike the derive, a sequence is
//! not read as the struct's fields by position (the boundary's [`crate::strict::Strict`]
//! refuses that for every struct anyway). [`by_field!`] writes both impls from the list of
//! fields; a test holds each list to what `Serialize` writes and to the JSON Schema.

use core::fmt;
use core::marker::PhantomData;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// A struct read by [`deserialize`].
pub(crate) trait ByField: Sized {
    /// The struct's name, as the derive gives it to `deserialize_struct`.
    const NAME: &'static str;
    /// The fields' names as they are written (after `rename_all`), in the struct's order: a
    /// field's place here is the `field` [`ByField::set`] is given.
    const FIELDS: &'static [&'static str];
    /// What the struct is, for an error's "expected …" (`#[serde(expecting = …)]`).
    const EXPECTING: &'static str;
    /// The value a field missing from the object keeps: its default (a required field's
    /// stand-in is never seen, since a missing required field is refused).
    fn blank() -> Self;
    /// The required fields, a bit at each one's place in [`ByField::FIELDS`].
    const REQUIRED: u64;
    /// The place of the field named `name` in [`ByField::FIELDS`], natively: [`by_field!`]
    /// writes it as comparisons with each name, which LLVM makes a few integer comparisons (as
    /// in the derive's field visitor). The wasm module, where the boundary tells keys by place,
    /// searches the list instead (one function for every struct).
    #[cfg(not(target_arch = "wasm32"))]
    fn place_of(name: &str) -> Option<usize>;
    /// Decodes the field at place `field` of [`ByField::FIELDS`] from `d` into `self`.
    ///
    /// # Errors
    /// The field's own decoding error.
    fn set<'de, D: Deserializer<'de>>(&mut self, field: usize, d: D) -> Result<(), D::Error>;
}

/// Decodes a [`ByField`] struct from `d`.
///
/// # Errors
/// `d`'s error for a value that is not an object, an unknown or repeated key, or a field's
/// value that its type refuses.
pub(crate) fn deserialize<'de, T: ByField, D: Deserializer<'de>>(d: D) -> Result<T, D::Error> {
    const {
        assert!(
            T::FIELDS.len() <= SEEN,
            "more fields than `Fields` keeps track of"
        )
    };
    d.deserialize_struct(T::NAME, T::FIELDS, Fields::<T>(PhantomData))
}

/// The most fields a [`ByField`] struct may have: `Params`' 64. The fields seen are the bits of
/// a `u64` (a `u128` made each struct's decoder call the compiler's 128-bit shift in the wasm
/// module: 393 B more, gzipped); a struct with more fields fails to compile (the assertion in
/// [`deserialize`]) until they are kept wider.
const SEEN: usize = u64::BITS as usize;

/// The struct's visitor.
struct Fields<T>(PhantomData<T>);

impl<'de, T: ByField> Visitor<'de> for Fields<T> {
    type Value = T;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::EXPECTING)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<T, A::Error> {
        let mut value = T::blank();
        // Which fields were set (a bit at each place), to refuse a key given twice as the
        // derive does and to find a required one missing.
        let mut seen = 0_u64;
        while let Some(place) = map.next_key_seed(Key {
            fields: T::FIELDS,
            #[cfg(not(target_arch = "wasm32"))]
            place_of: T::place_of,
        })? {
            let bit = 1_u64.checked_shl(u32::try_from(place).unwrap_or(u32::MAX));
            match bit {
                Some(bit) if seen & bit == 0 => seen |= bit,
                _ => {
                    return Err(de::Error::duplicate_field(
                        T::FIELDS.get(place).copied().unwrap_or_default(),
                    ))
                }
            }
            map.next_value_seed(Set {
                value: &mut value,
                place,
            })?;
        }
        match missing(T::REQUIRED, seen, T::FIELDS) {
            Some(name) => Err(de::Error::missing_field(name)),
            None => Ok(value),
        }
    }
}

/// The first of the `required` fields (bits at places in `fields`) not `seen`.
fn missing(required: u64, seen: u64, fields: &[&'static str]) -> Option<&'static str> {
    let left = required & !seen;
    if left == 0 {
        return None;
    }
    fields
        .get(usize::try_from(left.trailing_zeros()).ok()?)
        .copied()
}

/// A key, read as its place in the struct's field list (as the derive's field visitor reads
/// it: by place or by name; an unknown name refused with the list).
struct Key {
    fields: &'static [&'static str],
    #[cfg(not(target_arch = "wasm32"))]
    place_of: fn(&str) -> Option<usize>,
}

impl<'de> DeserializeSeed<'de> for Key {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<usize, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Key {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<usize, E> {
        usize::try_from(v)
            .ok()
            .filter(|i| *i < self.fields.len())
            .ok_or_else(|| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<usize, E> {
        #[cfg(not(target_arch = "wasm32"))]
        let place = (self.place_of)(v);
        #[cfg(target_arch = "wasm32")]
        let place = crate::strict::field_index(self.fields, v, 0);
        place.ok_or_else(|| E::unknown_field(v, self.fields))
    }

    fn visit_bytes<E: de::Error>(self, v: &[u8]) -> Result<usize, E> {
        match core::str::from_utf8(v) {
            Ok(s) => self.visit_str(s),
            Err(_) => Err(E::unknown_field(
                &alloc::string::String::from_utf8_lossy(v),
                self.fields,
            )),
        }
    }
}

/// A field's value, set in place.
struct Set<'a, T> {
    value: &'a mut T,
    place: usize,
}

impl<'de, T: ByField> DeserializeSeed<'de> for Set<'_, T> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        self.value.set(self.place, d)
    }
}

/// Writes `Deserialize` and [`ByField`] for a struct from its fields, each as its written name
/// `=>` the field, then in brackets `required` (no default: refused when missing) and/or
/// `with path::to::deserialize` (serde's `with`), in the struct's order:
///
/// ```ignore
/// by_field!(Register {
///     name: "Register",
///     expecting: "a register object with `issueDate` and `zones`",
///     blank: Register::new(NaiveDate::MIN),
///     fields: [
///         "description" => description,
///         "issueDate" => issue_date [required],
///         "meetingsMinPerYear" => meetings_min_per_year [with crate::num::count::deserialize],
///     ],
/// });
/// ```
macro_rules! by_field {
    ($ty:ty {
        name: $name:literal,
        expecting: $expecting:literal,
        blank: $blank:expr,
        fields: [$($key:literal => $field:ident $([$($how:tt)*])?),* $(,)?] $(,)?
    }) => {
        const _: () = {
            /// Each field's place in `FIELDS`.
            #[allow(
                non_camel_case_types,
                clippy::enum_variant_names,
                reason = "the places are named after the fields"
            )]
            enum Place {
                $($field),*
            }

            impl<'de> serde::Deserialize<'de> for $ty {
                fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                    $crate::by_field::deserialize(d)
                }
            }

            impl $crate::by_field::ByField for $ty {
                const NAME: &'static str = $name;
                const FIELDS: &'static [&'static str] = &[$($key),*];
                const EXPECTING: &'static str = $expecting;
                const REQUIRED: u64 =
                    0 $(| $crate::by_field::by_field!(@required Place::$field, $($($how)*)?))*;

                fn blank() -> Self {
                    $blank
                }

                #[cfg(not(target_arch = "wasm32"))]
                fn place_of(name: &str) -> Option<usize> {
                    $(
                        if name == $key {
                            return Some(Place::$field as usize);
                        }
                    )*
                    None
                }

                fn set<'de, D: serde::Deserializer<'de>>(
                    &mut self,
                    field: usize,
                    d: D,
                ) -> Result<(), D::Error> {
                    $(
                        if field == Place::$field as usize {
                            return $crate::by_field::by_field!(@set self.$field, d, $($($how)*)?);
                        }
                    )*
                    Ok(())
                }
            }
        };
    };
    (@required $place:expr, required $(, with $f:path)?) => {
        1_u64 << ($place as u32)
    };
    (@required $place:expr, $(with $f:path)?) => {
        0
    };
    (@set $place:expr, $d:ident, $(required)? $(,)?) => {{
        $place = serde::Deserialize::deserialize($d)?;
        Ok(())
    }};
    (@set $place:expr, $d:ident, $(required,)? with $f:path) => {{
        $place = $f($d)?;
        Ok(())
    }};
}
pub(crate) use by_field;

/// Checks of a [`ByField`] type's list against the struct (for each type's tests).
#[cfg(test)]
pub(crate) mod check {
    use super::ByField;
    use alloc::string::String;
    use alloc::vec::Vec;
    use core::fmt;
    use serde::de::{Deserializer, IgnoredAny, MapAccess, Visitor};

    /// An object's keys, in the order they are written.
    struct Keys(Vec<String>);

    impl<'de> serde::Deserialize<'de> for Keys {
        fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
            struct Each;
            impl<'de> Visitor<'de> for Each {
                type Value = Keys;
                fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                    f.write_str("an object")
                }
                fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Keys, A::Error> {
                    let mut keys = Vec::new();
                    while let Some(key) = map.next_key::<String>()? {
                        map.next_value::<IgnoredAny>()?;
                        keys.push(key);
                    }
                    Ok(Keys(keys))
                }
            }
            d.deserialize_map(Each)
        }
    }

    /// `sample`, which has a value in every field, is written with exactly `T::FIELDS`, in
    /// their order, and read back as itself (by name with serde_json, by place with the
    /// boundary's decoder).
    pub(crate) fn fields_are_written_as_listed<T>(sample: &T)
    where
        T: ByField + serde::Serialize + for<'de> serde::Deserialize<'de> + PartialEq + fmt::Debug,
    {
        let text = serde_json::to_string(sample).unwrap();
        let keys: Keys = serde_json::from_str(&text).unwrap();
        assert_eq!(keys.0, T::FIELDS, "{}", T::NAME);
        assert_eq!(&serde_json::from_str::<T>(&text).unwrap(), sample);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let tree = crate::tree::Tree::of(&value);
        let track = crate::strict::Track::default();
        let read = T::deserialize(crate::strict::Strict::root(&tree, &track));
        assert!(read.as_ref().is_ok_and(|r| r == sample), "{}", T::NAME);
    }

    /// The keys `T::blank()` is written with (those of its fields that are not skipped when
    /// empty) come in `T::FIELDS`' order, which is the struct's.
    pub(crate) fn fields_are_in_the_structs_order<T: ByField + serde::Serialize>() {
        let text = serde_json::to_string(&T::blank()).unwrap();
        let keys: Keys = serde_json::from_str(&text).unwrap();
        let mut rest = T::FIELDS.iter();
        for key in &keys.0 {
            assert!(
                rest.any(|f| f == key),
                "{}: `{key}` out of order or not listed",
                T::NAME
            );
        }
    }

    /// The fields `T`'s JSON Schema (derived from the same serde attributes) names and
    /// requires are the ones listed, and a missing required field is refused by name.
    #[cfg(feature = "schema")]
    pub(crate) fn fields_are_the_schemas<T: ByField + schemars::JsonSchema>() {
        let schema = serde_json::to_value(schemars::schema_for!(T)).unwrap();
        let mut named: Vec<&str> = schema["properties"]
            .as_object()
            .unwrap()
            .keys()
            .map(String::as_str)
            .collect();
        let mut listed = T::FIELDS.to_vec();
        named.sort_unstable();
        listed.sort_unstable();
        assert_eq!(named, listed, "{}", T::NAME);
        let mut required: Vec<&str> = schema["required"]
            .as_array()
            .map(|r| r.iter().filter_map(serde_json::Value::as_str).collect())
            .unwrap_or_default();
        required.sort_unstable();
        let mut missing: Vec<&str> = (0..T::FIELDS.len())
            .filter_map(|place| super::missing(T::REQUIRED, !(1_u64 << place), T::FIELDS))
            .collect();
        missing.sort_unstable();
        assert_eq!(required, missing, "{}", T::NAME);
    }
}

#[cfg(all(test, feature = "schema"))]
mod tests {
    use super::check::{fields_are_in_the_structs_order, fields_are_the_schemas};
    use super::ByField;

    fn as_declared<T: ByField + serde::Serialize + schemars::JsonSchema>() {
        fields_are_in_the_structs_order::<T>();
        fields_are_the_schemas::<T>();
    }

    /// Every struct decoded by field names the fields its attributes name, in their order,
    /// and requires the ones they require.
    #[test]
    fn every_struct_by_field_is_listed_as_declared() {
        as_declared::<crate::calendar::CalendarInput>();
        as_declared::<crate::params::Params>();
        as_declared::<crate::register::AssessmentRecord>();
        as_declared::<crate::register::County>();
        as_declared::<crate::register::DutyRecord>();
        as_declared::<crate::register::EnvInfraItem>();
        as_declared::<crate::register::LandEvaluation>();
        as_declared::<crate::register::Rectification>();
        as_declared::<crate::register::Register>();
        as_declared::<crate::register::Revocation>();
        as_declared::<crate::register::StatsFinding>();
        as_declared::<crate::register::Zone>();
        as_declared::<crate::report::ReportOptions>();
        as_declared::<crate::report::ObligationsInput>();
        as_declared::<crate::rules::art04_investment::OutboundTripInput>();
        as_declared::<crate::rules::art04_investment::RewardInput>();
        as_declared::<crate::rules::art03_innovation::CandidateSite>();
        as_declared::<crate::rules::art03_innovation::SitingInput>();
        as_declared::<crate::rules::art04_investment::IncentiveMeasure>();
        as_declared::<crate::rules::art04_investment::IncentivePolicyInput>();
        as_declared::<crate::rules::art06_parks::CoBuiltRevenueInput>();
        as_declared::<crate::rules::art07_business_environment::Commitment>();
        as_declared::<crate::rules::art07_business_environment::AccessProject>();
        as_declared::<crate::rules::art07_business_environment::ForeignAccessInput>();
        as_declared::<crate::rules::art07_business_environment::NegativeList>();
        as_declared::<crate::rules::art07_business_environment::NegativeListEntry>();
        as_declared::<crate::rules::art15_environment::HazchemEnterprise>();
        as_declared::<crate::rules::art15_environment::ProtectedObject>();
        as_declared::<crate::rules::art15_environment::ProtectiveDistanceInput>();
        as_declared::<crate::rules::art08_opening_up::CoopParkInput>();
        as_declared::<crate::rules::art08_opening_up::CrossBorderInput>();
        as_declared::<crate::rules::art09_personnel::HrPlanInput>();
        as_declared::<crate::rules::art09_personnel::HrReformPlan>();
        as_declared::<crate::rules::art09_personnel::LeadershipSelectionInput>();
        as_declared::<crate::rules::art09_personnel::PayScheme>();
        as_declared::<crate::rules::art09_personnel::PaySchemeInput>();
        as_declared::<crate::rules::art09_personnel::TalentMeasureInput>();
        as_declared::<crate::rules::art09_personnel::StaffingInput>();
        as_declared::<crate::rules::art10_fiscal::EarmarkInput>();
        as_declared::<crate::rules::art10_fiscal::FirstLevelFinanceInput>();
        as_declared::<crate::rules::art11_land::LandEvalInput>();
        as_declared::<crate::rules::art11_land::Component>();
        as_declared::<crate::rules::art11_land::IndustrialReuse>();
        as_declared::<crate::rules::art12_administration::CountyGrantInput>();
        as_declared::<crate::rules::art12_administration::OneSealInput>();
        as_declared::<crate::rules::art16_organisation::JointMeetingsInput>();
        as_declared::<crate::rules::art16_organisation::Meeting>();
        as_declared::<crate::rules::art17_policy_support::FeeCollection>();
        as_declared::<crate::rules::art17_policy_support::FeeItem>();
        as_declared::<crate::rules::common::ZoneYearInput>();
    }
}
