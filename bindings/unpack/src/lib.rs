//! The wasm module's data, unpacked when the module is instantiated.
//!
//! `cargo xtask pkg` takes the module's data (the trilingual rulebook's texts, the messages, the
//! ambiguity register: ~420 KB, ~168 KB gzipped) out of its data segments, packs it with LZMA
//! (~125 KB, which gzip cannot shrink further) and gives the module a start function that calls
//! `__devzone_unpack` (wasm32 only) to write it back where the segments would have put it, before any export can
//! be called (`xtask/wasm-pack-data.mjs`; docs/benchmarks.md, "2026-12-06, tenth session").
//!
//! So this decoder runs while the module's memory is still empty: it may use its stack and the
//! two slices it is given, and nothing else. No heap (the allocator's state is in the data being
//! unpacked), no `static` tables (their bytes are not there yet; the arithmetic below stands in
//! for the usual lookup tables), no panics (a panic's message is data too): every index is
//! checked and a bad stream is an [`Error`]. No library decoder promises that, hence this one,
//! written from the LZMA specification (Igor Pavlov's `LzmaSpec.cpp`, public domain). The build
//! instantiates every packed module and compares its memory with the original's, so a decoder
//! that read memory it should not would fail the build, not a user.
//!
//! The stream is raw LZMA1 ("lzma_alone" without its header): `props` is the usual
//! `(pb * 5 + lp) * 9 + lc` byte, and the output's length is known, so the end marker, if any,
//! is not read.
#![no_std]

/// Why a stream could not be unpacked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Error {
    /// `props` out of range (`lc + lp` above [`MAX_LC_LP`], `pb` above 4).
    Props,
    /// The stream ended before the output was full.
    Truncated,
    /// The stream is not LZMA: a first byte other than 0, a distance before the output's start,
    /// or an end marker before the output was full.
    Corrupt,
}

/// The largest `lc + lp` this decoder takes (its literal probabilities are on the stack:
/// `0x300 << (lc + lp)` of them; 4 is 24 KB). The build packs with `lc = 3, lp = 0`.
pub const MAX_LC_LP: u32 = 4;

const STATES: usize = 12;
const POS_STATES_MAX: usize = 1 << 4;
const LEN_PROBS: usize = 2 + 2 * POS_STATES_MAX * 8 + 256;
const IS_MATCH: usize = 0;
const IS_REP: usize = IS_MATCH + STATES * POS_STATES_MAX;
const IS_REP_G0: usize = IS_REP + STATES;
const IS_REP_G1: usize = IS_REP_G0 + STATES;
const IS_REP_G2: usize = IS_REP_G1 + STATES;
const IS_REP0_LONG: usize = IS_REP_G2 + STATES;
const POS_SLOT: usize = IS_REP0_LONG + STATES * POS_STATES_MAX;
const SPEC_POS: usize = POS_SLOT + 4 * 64;
const ALIGN: usize = SPEC_POS + 115;
const LEN: usize = ALIGN + 16;
const REP_LEN: usize = LEN + LEN_PROBS;
const LITERAL: usize = REP_LEN + LEN_PROBS;
/// Every probability, in a table of a power of two: an index is masked rather than checked
/// (none of the decoder's indices reaches past `LITERAL + (0x300 << MAX_LC_LP)`, which fits).
const PROBS: usize = 1 << 14;
const MASK: usize = PROBS - 1;
const _: () = assert!(LITERAL + (0x300 << MAX_LC_LP) <= PROBS);

/// The range decoder over the packed bytes.
struct Decoder<'a> {
    src: &'a [u8],
    at: usize,
    range: u32,
    code: u32,
}

impl<'a> Decoder<'a> {
    fn new(src: &'a [u8]) -> Result<Self, Error> {
        let mut rc = Decoder {
            src,
            at: 0,
            range: u32::MAX,
            code: 0,
        };
        if rc.byte() != 0 {
            return Err(Error::Corrupt);
        }
        for _ in 0..4 {
            rc.code = (rc.code << 8) | u32::from(rc.byte());
        }
        Ok(rc)
    }

    /// The next packed byte; zeros past the end, where `at` keeps counting, so that
    /// [`Decoder::truncated`] tells afterwards (one check a symbol, not one a byte).
    #[inline(always)]
    fn byte(&mut self) -> u8 {
        let b = self.src.get(self.at).copied().unwrap_or(0);
        self.at += 1;
        b
    }

    /// The next byte in while the range is under 2^24.
    #[inline(always)]
    fn normalize(&mut self) {
        if self.range < 1 << 24 {
            self.range <<= 8;
            self.code = (self.code << 8) | u32::from(self.byte());
        }
    }

    #[inline(always)]
    fn truncated(&self) -> bool {
        self.at > self.src.len()
    }

    #[inline(always)]
    fn bit(&mut self, probs: &mut [u16; PROBS], i: usize) -> u32 {
        #[allow(
            clippy::indexing_slicing,
            reason = "masked to the table's length, a power of two"
        )]
        let p = &mut probs[i & MASK];
        let prob = u32::from(*p);
        let bound = (self.range >> 11) * prob;
        // Without branches (a bit is as likely as its probability says, so a branch on it is
        // mispredicted often, and V8's baseline code keeps fewer values across blocks):
        // `one` is all ones when the bit is 1.
        let bit = u32::from(self.code >= bound);
        let one = 0u32.wrapping_sub(bit);
        self.code -= bound & one;
        self.range = (bound & !one) | (self.range.wrapping_sub(bound) & one);
        // 0: p += (2048 - p) >> 5; 1: p -= p >> 5 (as (p - (p >> 5)), never below 31).
        *p = ((prob + (((2048 - prob) >> 5) & !one)) - ((prob >> 5) & one)) as u16;
        self.normalize();
        bit
    }

    /// `bits` bits, most significant first, from the tree of probabilities at `base`.
    #[inline(always)]
    fn tree(&mut self, probs: &mut [u16; PROBS], base: usize, bits: u32) -> u32 {
        let mut m = 1u32;
        for _ in 0..bits {
            m = (m << 1) | self.bit(probs, base + m as usize);
        }
        m - (1 << bits)
    }

    /// `bits` bits, least significant first, from the tree of probabilities at `base`.
    #[inline(always)]
    fn reverse(&mut self, probs: &mut [u16; PROBS], base: usize, bits: u32) -> u32 {
        let mut m = 1u32;
        let mut symbol = 0;
        for i in 0..bits {
            let bit = self.bit(probs, base + m as usize);
            m = (m << 1) | bit;
            symbol |= bit << i;
        }
        symbol
    }

    /// `bits` bits of equal probability.
    #[inline(always)]
    fn direct(&mut self, bits: u32) -> u32 {
        let mut result = 0u32;
        for _ in 0..bits {
            self.range >>= 1;
            let bit = u32::from(self.code >= self.range);
            if bit == 1 {
                self.code -= self.range;
            }
            result = (result << 1) | bit;
            self.normalize();
        }
        result
    }

    /// A match's length less 2, from the length coder at `base`.
    #[inline(always)]
    fn length(&mut self, probs: &mut [u16; PROBS], base: usize, pos_state: usize) -> u32 {
        if self.bit(probs, base) == 0 {
            return self.tree(probs, base + 2 + pos_state * 8, 3);
        }
        if self.bit(probs, base + 1) == 0 {
            return 8 + self.tree(probs, base + 2 + (POS_STATES_MAX + pos_state) * 8, 3);
        }
        16 + self.tree(probs, base + 2 + 2 * POS_STATES_MAX * 8, 8)
    }

    /// A match's distance less 1 (`u32::MAX` is the end marker).
    #[inline(always)]
    fn distance(&mut self, probs: &mut [u16; PROBS], len: u32) -> u32 {
        let len_state = len.min(3) as usize;
        let slot = self.tree(probs, POS_SLOT + len_state * 64, 6);
        if slot < 4 {
            return slot;
        }
        let direct = (slot >> 1) - 1;
        let mut dist = (2 | (slot & 1)) << direct;
        if slot < 14 {
            dist += self.reverse(probs, SPEC_POS + (dist - slot) as usize, direct);
        } else {
            dist += self.direct(direct - 4) << 4;
            dist += self.reverse(probs, ALIGN, 4);
        }
        dist
    }
}

/// Unpacks the raw LZMA1 stream `src` (properties byte `props`) into the whole of `dst`.
pub fn unpack(props: u8, src: &[u8], dst: &mut [u8]) -> Result<(), Error> {
    let props = u32::from(props);
    let lc = props % 9;
    let lp = (props / 9) % 5;
    let pb = props / 45;
    if props >= 9 * 5 * 5 || lc + lp > MAX_LC_LP {
        return Err(Error::Props);
    }
    let mut rc = Decoder::new(src)?;
    let probs = &mut [1024u16; PROBS];
    let pb_mask = (1usize << pb) - 1;
    let lp_mask = (1usize << lp) - 1;
    let mut state = 0usize;
    let mut reps = [0u32; 4];
    let mut pos = 0usize;
    while pos < dst.len() {
        if rc.truncated() {
            return Err(Error::Truncated);
        }
        let pos_state = pos & pb_mask;
        if rc.bit(probs, IS_MATCH + state * POS_STATES_MAX + pos_state) == 0 {
            // A literal, coded against the byte at the last distance after a match.
            let prev = match pos.checked_sub(1) {
                Some(p) => u32::from(*dst.get(p).ok_or(Error::Corrupt)?),
                None => 0,
            };
            let base = LITERAL + 0x300 * (((pos & lp_mask) << lc) + (prev >> (8 - lc)) as usize);
            let mut symbol = 1u32;
            if state >= 7 {
                let from = pos
                    .checked_sub(reps[0] as usize + 1)
                    .ok_or(Error::Corrupt)?;
                let mut match_byte = u32::from(*dst.get(from).ok_or(Error::Corrupt)?);
                while symbol < 0x100 {
                    let match_bit = (match_byte >> 7) & 1;
                    match_byte <<= 1;
                    let bit = rc.bit(probs, base + (((1 + match_bit) << 8) + symbol) as usize);
                    symbol = (symbol << 1) | bit;
                    if match_bit != bit {
                        break;
                    }
                }
            }
            while symbol < 0x100 {
                symbol = (symbol << 1) | rc.bit(probs, base + symbol as usize);
            }
            *dst.get_mut(pos).ok_or(Error::Corrupt)? = symbol as u8;
            pos += 1;
            state = if state < 4 {
                0
            } else if state < 10 {
                state - 3
            } else {
                state - 6
            };
            continue;
        }
        let len = if rc.bit(probs, IS_REP + state) == 1 {
            if pos == 0 {
                return Err(Error::Corrupt);
            }
            if rc.bit(probs, IS_REP_G0 + state) == 0 {
                if rc.bit(probs, IS_REP0_LONG + state * POS_STATES_MAX + pos_state) == 0 {
                    // One byte again from the last distance.
                    state = if state < 7 { 9 } else { 11 };
                    let from = pos
                        .checked_sub(reps[0] as usize + 1)
                        .ok_or(Error::Corrupt)?;
                    let b = *dst.get(from).ok_or(Error::Corrupt)?;
                    *dst.get_mut(pos).ok_or(Error::Corrupt)? = b;
                    pos += 1;
                    continue;
                }
            } else {
                let dist;
                if rc.bit(probs, IS_REP_G1 + state) == 0 {
                    dist = reps[1];
                } else {
                    if rc.bit(probs, IS_REP_G2 + state) == 0 {
                        dist = reps[2];
                    } else {
                        dist = reps[3];
                        reps[3] = reps[2];
                    }
                    reps[2] = reps[1];
                }
                reps[1] = reps[0];
                reps[0] = dist;
            }
            state = if state < 7 { 8 } else { 11 };
            rc.length(probs, REP_LEN, pos_state)
        } else {
            reps[3] = reps[2];
            reps[2] = reps[1];
            reps[1] = reps[0];
            let len = rc.length(probs, LEN, pos_state);
            state = if state < 7 { 7 } else { 10 };
            reps[0] = rc.distance(probs, len);
            if reps[0] == u32::MAX {
                // The end marker, before the output is full.
                return Err(Error::Corrupt);
            }
            len
        };
        let dist = reps[0] as usize + 1;
        let from = pos.checked_sub(dist).ok_or(Error::Corrupt)?;
        let end = pos + len as usize + 2;
        if end > dst.len() {
            return Err(Error::Corrupt);
        }
        if dist >= end - pos {
            // Apart: one copy.
            dst.copy_within(from..from + (end - pos), pos);
        } else {
            // Overlapping (a run): byte by byte, each copy reading what the last one wrote.
            for i in pos..end {
                let b = *dst.get(i - dist).ok_or(Error::Corrupt)?;
                *dst.get_mut(i).ok_or(Error::Corrupt)? = b;
            }
        }
        pos = end;
    }
    if rc.truncated() {
        return Err(Error::Truncated);
    }
    Ok(())
}

/// What the module's start function calls (`xtask/wasm-pack-data.mjs` adds the function and
/// takes this export away again): unpacks `src_len` bytes at `src` into `dst_len` bytes at
/// `dst`, and returns 0, or 1 + the [`Error`]'s number, after which the start function traps,
/// since a module without its data must not run.
///
/// # Safety
///
/// `src..src + src_len` must be readable, `dst..dst + dst_len` writable and used by nothing
/// else meanwhile, and the two must not overlap: true of the one call the start function makes.
#[cfg(target_arch = "wasm32")]
#[allow(
    unsafe_code,
    reason = "an export by its own name, and the two slices made from addresses"
)]
#[no_mangle]
pub unsafe extern "C" fn __devzone_unpack(
    props: u32,
    src: *const u8,
    src_len: usize,
    dst: *mut u8,
    dst_len: usize,
) -> u32 {
    // SAFETY: called once, by the start function alone (the export is removed), before any
    // other code runs; `src..src + src_len` is the packed bytes' own data segment, inside the
    // stack's first MiB far below the stack's top, and `dst..dst + dst_len` the data's place,
    // still zeros; the two do not overlap (the pack script checks both).
    let (src, dst) = unsafe {
        (
            core::slice::from_raw_parts(src, src_len),
            core::slice::from_raw_parts_mut(dst, dst_len),
        )
    };
    match unpack(props as u8, src, dst) {
        Ok(()) => 0,
        Err(e) => 1 + e as u32,
    }
}
