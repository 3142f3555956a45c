//! The iCalendar writer's text layer on any text: `escape_text` then `push_folded` must give
//! physical lines of at most 75 octets ending in CRLF, which unfold and unescape back to the
//! text (carriage returns dropped, as the writer documents). Whole documents (`to_ics` of
//! generated registers) are checked in `register_typed`.
#![no_main]

use devzone_fuzz::{unescape, unfold};
use devzone_rules::calendar::{escape_text, push_folded};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let escaped = escape_text(&text);
    let line = format!("SUMMARY:{escaped}");
    let mut out = String::new();
    push_folded(&mut out, &line);
    let lines = unfold(&out);
    assert_eq!(lines.len(), 1, "one content line");
    assert_eq!(lines[0], line);
    let back = unescape(lines[0].strip_prefix("SUMMARY:").unwrap_or(""));
    assert_eq!(back, text.replace('\r', ""));
});
