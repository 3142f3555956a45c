//! `Tree::parse`, the boundary's reader of JSON text (`core/src/tree.rs`): a quick reader of
//! its own for what `JSON.stringify` writes, serde_json for everything it leaves. On any text it
//! must give what serde_json alone gives (`serde_json::from_str::<Tree>`): the same tree, its
//! strings borrowed from the text alike, or the same error, word for word.
#![no_main]

use devzone_rules::tree::Tree;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = Tree::parse(text);
    let theirs = serde_json::from_str::<Tree<'_>>(text);
    match (&ours, &theirs) {
        (Ok(a), Ok(b)) => {
            assert_eq!(a, b, "{text:?}");
            assert!(a.borrows_alike(b), "{text:?}");
        }
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{text:?}"),
        _ => panic!("{text:?}: {ours:?} against serde_json's {theirs:?}"),
    }
});
