//! `Tree::parse`, the boundary's reader of JSON text (`core/src/tree.rs`): a quick reader of
//! its own for what `JSON.stringify` writes, serde_json for everything it leaves. On any text it
//! must give what serde_json alone gives (`serde_json::from_str::<Tree>`): the same tree, its
//! strings borrowed from the text alike, or the same error, word for word.
#![no_main]

use std::borrow::Cow;

use devzone_rules::tree::Tree;
use libfuzzer_sys::fuzz_target;

/// Whether the same strings are borrowed in both trees.
fn borrows_alike(a: &Tree<'_>, b: &Tree<'_>) -> bool {
    let same = |x: &Cow<'_, str>, y: &Cow<'_, str>| {
        matches!(x, Cow::Borrowed(_)) == matches!(y, Cow::Borrowed(_))
    };
    match (a, b) {
        (Tree::String(x), Tree::String(y)) => same(x, y),
        (Tree::Array(x), Tree::Array(y)) => x.iter().zip(y).all(|(x, y)| borrows_alike(x, y)),
        (Tree::Object(x), Tree::Object(y)) => x
            .iter()
            .zip(y)
            .all(|((kx, x), (ky, y))| same(kx, ky) && borrows_alike(x, y)),
        _ => true,
    }
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = Tree::parse(text);
    let theirs = serde_json::from_str::<Tree<'_>>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a, b, "{text:?}");
            assert!(borrows_alike(a, b), "{text:?}");
        }
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{text:?}"),
        _ => panic!("{text:?}: {ours:?} against serde_json's {theirs:?}"),
    }
});
