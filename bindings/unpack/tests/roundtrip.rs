//! Streams written by the encoder the build uses (lzma-rust2), unpacked by this crate.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::indexing_slicing,
    reason = "tests"
)]

use devzone_unpack::{unpack, Error};
use lzma_rust2::{LzmaOptions, LzmaWriter};
use std::io::Write;

fn pack(data: &[u8], lc: u32, lp: u32, pb: u32, end_marker: bool) -> (u8, Vec<u8>) {
    let mut options = LzmaOptions::with_preset(9);
    options.lc = lc;
    options.lp = lp;
    options.pb = pb;
    let mut w = LzmaWriter::new_no_header(Vec::new(), &options, end_marker).unwrap();
    let props = w.props();
    w.write_all(data).unwrap();
    (props, w.finish().unwrap())
}

/// A deterministic stream of bytes (xorshift), so that failures repeat.
fn noise(len: usize, mut seed: u64) -> Vec<u8> {
    (0..len)
        .map(|_| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed as u8
        })
        .collect()
}

/// Text in three scripts with long repeats far apart, like the module's data.
fn text() -> Vec<u8> {
    let words = [
        "开发区",
        "령도소조",
        "련석회의",
        "development zone",
        "黄牌警告",
        "{bearer}",
        "\0\0\0\x01",
    ];
    let mut out = Vec::new();
    let mut seed = 7u64;
    for i in 0..40_000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.extend_from_slice(words[(seed >> 33) as usize % words.len()].as_bytes());
        if i % 97 == 0 {
            out.extend_from_slice(&noise(13, seed));
        }
    }
    out
}

fn roundtrip(data: &[u8], lc: u32, lp: u32, pb: u32, end_marker: bool) {
    let (props, packed) = pack(data, lc, lp, pb, end_marker);
    let mut out = vec![0xAAu8; data.len()];
    unpack(props, &packed, &mut out).unwrap();
    assert!(
        out == data,
        "lc={lc} lp={lp} pb={pb} end_marker={end_marker}: output differs"
    );
}

#[test]
fn text_noise_and_runs_unpack_to_what_was_packed() {
    let text = text();
    let noise = noise(50_000, 99);
    let runs: Vec<u8> = (0..200_000u32)
        .map(|i| if i % 5000 < 4000 { 0 } else { (i / 7) as u8 })
        .collect();
    for data in [&text[..], &noise[..], &runs[..], b"a", b""] {
        roundtrip(data, 3, 0, 2, false);
        roundtrip(data, 3, 0, 2, true);
    }
}

#[test]
fn every_literal_and_position_setting_unpacks() {
    let text = text();
    let sample = &text[..30_000];
    for lc in 0..=4 {
        for lp in 0..=(4 - lc) {
            for pb in [0, 2, 4] {
                roundtrip(sample, lc, lp, pb, false);
            }
        }
    }
}

#[test]
fn settings_beyond_the_stack_tables_are_refused() {
    let (_, packed) = pack(b"abc", 3, 0, 2, false);
    let mut out = [0u8; 3];
    // lc = 4, lp = 1: 0x300 << 5 literal probabilities, more than the decoder holds.
    assert_eq!(
        unpack((2 * 5 + 1) * 9 + 4, &packed, &mut out),
        Err(Error::Props)
    );
    assert_eq!(unpack(225, &packed, &mut out), Err(Error::Props));
}

#[test]
fn a_cut_stream_is_truncated_and_a_foreign_one_corrupt_never_a_panic() {
    let data = text();
    let (props, packed) = pack(&data[..20_000], 3, 0, 2, false);
    let mut out = vec![0u8; 20_000];
    assert_eq!(
        unpack(props, &packed[..packed.len() / 2], &mut out),
        Err(Error::Truncated)
    );
    assert_eq!(unpack(props, &[], &mut out), Err(Error::Truncated));
    let mut bad = packed.clone();
    bad[0] = 1;
    assert_eq!(unpack(props, &bad, &mut out), Err(Error::Corrupt));
    // Output longer than what was packed: the end marker (or the stream's end) comes first.
    let (props, marked) = pack(b"hello hello hello", 3, 0, 2, true);
    let mut longer = [0u8; 40];
    assert!(unpack(props, &marked, &mut longer).is_err());
    // Bytes that are not LZMA at all, many of them: an error or some output, never a panic.
    for seed in 1..300u64 {
        let mut junk = noise(64 + (seed as usize * 37) % 4000, seed);
        junk[0] = 0;
        let mut out = vec![0u8; 10_000];
        let _ = unpack(93, &junk, &mut out);
    }
}
