// The side-by-side benchmark's cases (peers.bench.mjs), shared with count.mjs: case i is an
// art-14.d (yellow card) decision, the flat facts the peer engines get and the devzone-rules
// input (the vectors' shape: a register of the one zone and its two assessment records, the
// zone id and the year). Not a test.

/** mulberry32: a small seeded PRNG, enough for reproducible test data. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const N = 88; // ranked zones in the provincial assessment
export const BOTTOM = 10; // 「后10位」
const COUNTIES = ["CTY.YANJI", "CTY.TUMEN", "CTY.DUNHUA", "CTY.HUNCHUN", "CTY.LONGJING", "CTY.HELONG", "CTY.WANGQING", "CTY.ANTU"];

/** Case i: the flat facts the peers get and the devzone-rules input (the vectors' shape). */
export function makeCases(count, seed) {
  const rnd = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const cases = [];
  for (let i = 0; i < count; i += 1) {
    const level = rnd() < 0.08 ? "NATIONAL" : "PROVINCIAL";
    const year = int(2020, 2025); // t; 2020 is the first counted year (issued 2019-06-01)
    const rank = int(1, N);
    // One case in four sits on the rank-fall edge (the same place, or one place up or down).
    const prevRank = rnd() < 0.25 ? Math.min(N, Math.max(1, rank + int(-1, 1))) : int(1, N);
    const id = `Z${String(i).padStart(4, "0")}`;
    const record = (y, r) => ({ zoneId: id, year: y, populationSize: N, rank: r });
    cases.push({
      facts: { level, rank, prevRank, population: N },
      input: {
        register: {
          issueDate: "2019-06-01",
          zones: [
            {
              id,
              nameZh: `合成开发区${i}`,
              level,
              type: "ECON_DEV_ZONE",
              countyId: COUNTIES[i % COUNTIES.length],
              status: "ACTIVE",
              managingAuthority: "COUNTY",
            },
          ],
          assessments: [record(year - 1, prevRank), record(year, rank)],
        },
        zoneId: id,
        year,
      },
    });
  }
  return cases;
}
