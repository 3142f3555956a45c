// Stateless art-14.d questions on one-zone registers, case `i` each with its own zone (id `Z`
// and `i` written with at least `digits` digits), ranked in the year before and the year asked:
// what tests/bench/ab-registers.bench.mjs and first-calls.bench.mjs ask. Each call makes new
// objects (a kept register is found by its object).
export function oneZoneCases(from, count, digits = 4) {
  const out = [];
  for (let i = from; i < from + count; i++) {
    const id = `Z${String(i).padStart(digits, "0")}`;
    const year = 2020 + (i % 6);
    const zone = { id, nameZh: `合成开发区${i}`, level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: "CTY.YANJI", status: "ACTIVE", managingAuthority: "COUNTY" };
    const assessments = [
      { zoneId: id, year: year - 1, populationSize: 88, rank: 1 + ((i * 53) % 88) },
      { zoneId: id, year, populationSize: 88, rank: 1 + ((i * 37) % 88) },
    ];
    out.push({ register: { issueDate: "2019-06-01", zones: [zone], assessments }, zoneId: id, year });
  }
  return out;
}
