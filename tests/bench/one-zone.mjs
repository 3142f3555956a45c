// The one-zone art-14.d decision of core/examples/prof_eval.rs (a provincial zone ranked 40th,
// then 85th of 88): the input the measuring scripts ab.bench.mjs, parse.bench.mjs and floors.bench.mjs share.
export const input = {
  register: {
    issueDate: "2019-06-01",
    zones: [{ id: "Z0001", nameZh: "合成开发区1", level: "PROVINCIAL", type: "ECON_DEV_ZONE", countyId: "CTY.YANJI", status: "ACTIVE", managingAuthority: "COUNTY" }],
    assessments: [
      { zoneId: "Z0001", year: 2021, populationSize: 88, rank: 40 },
      { zoneId: "Z0001", year: 2022, populationSize: 88, rank: 85 },
    ],
  },
  zoneId: "Z0001",
  year: 2022,
};
