//! The decoder's speed natively: the module's data as the last `cargo xtask pkg` packed it
//! (`target/pkg-data/data.bin`, 426 KB), or, before any build, 400 KB of synthetic text in three
//! scripts, packed as the build packs it (lzma-rust2, preset 9, `lc` 3, `lp` 0, `pb` 2).
//!
//! Run: `cargo bench -p devzone-unpack --bench unpack`
//! The figure that matters to the package is the instantiation's, in V8's baseline code:
//! `node tests/bench/instantiate.bench.mjs` (docs/benchmarks.md, "2026-12-06, tenth session").

#![allow(
    clippy::expect_used,
    clippy::unwrap_used,
    clippy::indexing_slicing,
    reason = "benchmark set-up: a bad fixture must stop the run loudly"
)]

use std::hint::black_box;
use std::io::Write;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lzma_rust2::{LzmaOptions, LzmaWriter};

fn data() -> (&'static str, Vec<u8>) {
    let built = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../target/pkg-data/data.bin"
    );
    if let Ok(bytes) = std::fs::read(built) {
        return ("module data", bytes);
    }
    let words = [
        "开发区",
        "령도소조",
        "련석회의",
        "development zone",
        "黄牌警告",
        "{bearer}",
    ];
    let mut out = Vec::new();
    let mut seed = 7u64;
    while out.len() < 400_000 {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.extend_from_slice(words[(seed >> 33) as usize % words.len()].as_bytes());
    }
    ("synthetic text", out)
}

fn bench(c: &mut Criterion) {
    let (what, data) = data();
    let mut options = LzmaOptions::with_preset(9);
    (options.lc, options.lp, options.pb) = (3, 0, 2);
    let mut w = LzmaWriter::new_no_header(Vec::new(), &options, false).expect("encoder");
    let props = w.props();
    w.write_all(&data).expect("packed");
    let packed = w.finish().expect("packed");
    let mut out = vec![0u8; data.len()];
    let mut group = c.benchmark_group("unpack");
    group.throughput(Throughput::Bytes(data.len() as u64));
    group.bench_function(
        format!("{what}, {} B from {} B", data.len(), packed.len()),
        |b| {
            b.iter(|| {
                devzone_unpack::unpack(props, black_box(&packed), black_box(&mut out)).unwrap()
            });
        },
    );
    group.finish();
    assert!(out == data);
}

criterion_group!(benches, bench);
criterion_main!(benches);
