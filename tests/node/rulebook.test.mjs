// The rulebook and the zone summary through the built Node package (pkg/node):
//   * rules() lists the 78 catalog ids in catalog order (the rule catalog's quick index), with
//     unique ids, citations, every quote verbatim in core/data/source-zh.txt, and the catalog's
//     counts of primary kinds;
//   * every FUNCTION rule is accepted by evaluate (a minimal input, with the outcome the catalog
//     gives for it) and rejects `{}` with INVALID_INPUT naming a required field; every other rule
//     is rejected with NOT_EVALUABLE and its reason, never UNKNOWN_RULE;
//   * the declarations' RuleId / RuleInputs / RuleDetails cover exactly the FUNCTION rules;
//   * zoneSummary on the register of tests/vectors/art-14.d.json, and bad register fields.
//
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkgNode = path.join(root, "pkg/node/devzone_rules_wasm.js");
const dtsNode = path.join(root, "pkg/node/devzone_rules_wasm.d.ts");
const source = readFileSync(path.join(root, "core/data/source-zh.txt"), "utf8");

let pkg = null;
let loadError = null;
try {
  pkg = createRequire(import.meta.url)(pkgNode);
} catch (e) {
  loadError = e;
}

function requirePkg() {
  assert.ok(pkg, `cannot load ${path.relative(root, pkgNode)} (build it with \`cargo xtask pkg\`): ${loadError}`);
  return pkg;
}

/** The call must throw a DevzoneError (never trap); returns it. */
function thrown(call) {
  let error = null;
  try {
    call();
  } catch (e) {
    error = e;
  }
  assert.ok(error, "expected a DevzoneError, got an answer");
  assert.ok(!(error instanceof WebAssembly.RuntimeError), `the module trapped: ${error}`);
  assert.ok(error instanceof Error, `thrown value is not an Error: ${String(error)}`);
  assert.equal(error.name, "DevzoneError");
  return error;
}

function assertStillAnswers() {
  const a = requirePkg().evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" });
  assert.equal(a.outcome, "OVERDUE");
  assert.equal(a.due, "2019-12-01");
}

// The rule catalog's quick index, in order: the preamble and section 一, then the 74 clause rules.
const CATALOG_IDS = [
  "pre.a", "pre.b", "pre.c", "sec-1",
  "art-01.a", "art-01.b",
  "art-02.a", "art-02.b", "art-02.c", "art-02.d",
  "art-03.a", "art-03.b", "art-03.c",
  "art-04.a", "art-04.b", "art-04.c", "art-04.d", "art-04.e",
  "art-05.a", "art-05.b", "art-05.c",
  "art-06.a", "art-06.b",
  "art-07.a", "art-07.b", "art-07.c", "art-07.d",
  "art-08.a", "art-08.b", "art-08.c",
  "art-09.a", "art-09.b", "art-09.c", "art-09.d", "art-09.e", "art-09.f",
  "art-10.a", "art-10.b",
  "art-11.a", "art-11.b", "art-11.c", "art-11.d", "art-11.e", "art-11.f", "art-11.g",
  "art-12.a", "art-12.b", "art-12.c", "art-12.d", "art-12.e", "art-12.f",
  "art-13.a", "art-13.b", "art-13.c",
  "art-14.a", "art-14.b", "art-14.c", "art-14.d", "art-14.e", "art-14.f", "art-14.g", "art-14.h",
  "art-15.a", "art-15.b", "art-15.c", "art-15.d",
  "art-16.a", "art-16.b", "art-16.c", "art-16.d", "art-16.e",
  "art-17.a", "art-17.b", "art-17.c", "art-17.d",
  "art-18.a", "art-18.b", "art-18.c",
];

// The catalog's counts by primary kind (the first-listed kind).
const PRIMARY_KINDS = {
  obligation: 24,
  "power-grant": 15,
  definition: 8,
  "eligibility-check": 8,
  sanction: 6,
  "fee-rule": 6,
  "priority-rule": 4,
  "recurring-duty": 3,
  deadline: 2,
  reward: 2,
};

const EVALUATIONS = new Set(["FUNCTION", "OPEN_ITEM", "NOT_COMPUTABLE", "PLANNED"]);

// One provincial zone in county X, nothing else recorded.
const register = {
  issueDate: "2019-06-01",
  zones: [
    {
      id: "Z",
      nameZh: "Z开发区",
      level: "PROVINCIAL",
      type: "ECON_DEV_ZONE",
      countyId: "CTY.X",
      status: "ACTIVE",
      managingAuthority: "COUNTY",
    },
  ],
};

// A minimal valid input per rule with a function, and the outcome the catalog gives for it.
const MINIMAL = {
  // A provincial zone is a 「开发区」 (AMB-32).
  "pre.a": [{ register, zoneId: "Z" }, "IN_SCOPE"],
  // The issuance day opens the two-year window.
  "art-02.a": [{ issueDate: "2019-06-01", asOf: "2019-06-01" }, "OPEN"],
  // No finding of the competent authority: a person decides (AMB-03).
  "art-02.b": [{ register, zoneId: "Z" }, "NEEDS_HUMAN"],
  // One provincial zone in the county: nothing to merge.
  "art-02.c": [{ register, countyId: "CTY.X", asOf: "2020-01-01" }, "COMPLIANT"],
  // Only an industrial concentration zone can be upgraded.
  "art-02.d": [{ register, zoneId: "Z", asOf: "2020-01-01" }, "NOT_ELIGIBLE"],
  // The provincial high-tech criteria are external and not recorded.
  "art-03.a": [{ register, zoneId: "Z" }, "NEEDS_HUMAN"],
  // A provincial zone needs 1 leading and 1–2 main industries; none are recorded, so nothing to check.
  "art-05.a": [{ register, zoneId: "Z" }, "UNKNOWN"],
  // Not one of the four zones (十二) names.
  "art-12.b": [{ zone: "Z" }, "NOT_DISPATCHED"],
  // No top-10 streak.
  "art-14.c": [{ register, zoneId: "Z", year: 2022 }, "NOT_ELIGIBLE"],
  // No record for the year: unknown.
  "art-14.d": [{ register, zoneId: "Z", year: 2022 }, "UNKNOWN"],
  // No record for any year of the window: unknown (issue 8: a missing record is no
  // information, neither a bottom year nor a clean one).
  "art-14.e": [{ register, zoneId: "Z", year: 2022 }, "UNKNOWN"],
  "art-14.f": [{ register, zoneId: "Z", year: 2022 }, "UNKNOWN"],
  // No falsified statistics.
  "art-14.h": [{ register, zoneId: "Z", year: 2022 }, "NOT_DISQUALIFIED"],
  // No environmental infrastructure due.
  "art-15.a": [{ register, zoneId: "Z", year: 2022 }, "NOT_DISQUALIFIED"],
  // Issue 4. No reward fund in the input: the zone has none (「可」 set one up).
  "art-04.d": [{ projectId: "P", personId: "A", contributors: ["A"], fundsInPlace: [] }, "NOT_ELIGIBLE"],
  // No agreement: the host keeps all (AMB-17).
  "art-06.b": [{ coBuiltParkId: "K", hostPartyId: "CTY.X", revenue: [] }, "COMPUTED"],
  // 「有关规定」 not decided.
  "art-10.a": [{ register, zoneId: "Z" }, "NEEDS_HUMAN"],
  // Nothing remains after provisions.
  "art-10.b": [{ countyRetained: "0", provisions: "0", spentOnInfrastructure: "0", spentOnLandDevelopment: "0" }, "COMPLIANT"],
  // No full evaluation on record: the cycle starts in 2020, a FULL year, none done.
  "art-11.b": [{ register, zoneId: "Z", year: 2020 }, "NON_COMPLIANT"],
  // Not existing industrial property.
  "art-11.e": [{ reuse: { existingIndustrialProperty: false, newUse: "OTHER" }, asOf: "2024-01-01" }, "NOT_APPLICABLE"],
  // Not a zone enterprise: a failed condition decides, whatever is not recorded.
  "art-11.f": [{ enterprise: { inZone: false }, components: [{ id: "C", kind: "NEW", baseLandTransferFee: "0" }] }, "COMPUTED"],
  // Outside any zone: the full fee.
  "art-11.g": [{ enterprise: { inZone: false }, components: [{ id: "C", kind: "NEW", baseInfraFee: "0" }] }, "COMPUTED"],
  "art-17.a": [{ rebates: [], transferredToZone: "0" }, "COMPLIANT"],
  "art-17.b": [{ collections: [], catalogue: [] }, "COMPUTED"],
  "art-17.d": [{ applications: [] }, "COMPUTED"],
  // The first full year after issuance, no meeting at all.
  "art-16.b": [{ issueDate: "2019-06-01", year: 2020, meetings: [] }, "NON_COMPLIANT"],
  // One day after issuance, six months to go.
  "art-18.c": [{ issueDate: "2019-06-01", asOf: "2019-06-02" }, "PENDING"],
};

test("rules() lists the 78 catalog ids in catalog order", () => {
  const list = requirePkg().rules();
  assert.ok(Array.isArray(list));
  assert.equal(list.length, 78);
  const ids = list.map((r) => r.id);
  assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), [], "duplicate ids");
  assert.deepEqual(ids, CATALOG_IDS);
});

test("rules(): citations, verbatim quotes, kinds and evaluation", () => {
  const list = requirePkg().rules();
  const kinds = {};
  for (const r of list) {
    assert.equal(r.citation, `YB-DZ-OPINIONS/${r.id}`);
    assert.equal(typeof r.quote, "string");
    assert.ok(r.quote.length > 0, `${r.id}: empty quote`);
    assert.ok(source.includes(r.quote), `${r.id}: quote not in source-zh.txt: ${r.quote}`);
    for (const q of r.extraQuotes) assert.ok(source.includes(q), `${r.id}: extra quote not in source-zh.txt: ${q}`);
    assert.ok(source.includes(r.clause) && source.includes(r.clauseTitle), `${r.id}: clause`);
    assert.ok(r.title.length > 0 && r.en.length > 0, `${r.id}: title and English rendering`);
    assert.ok(Array.isArray(r.kinds) && r.kinds.length > 0, `${r.id}: kinds`);
    assert.ok(EVALUATIONS.has(r.evaluation), `${r.id}: evaluation ${r.evaluation}`);
    if (r.evaluation === "NOT_COMPUTABLE" || r.evaluation === "PLANNED") {
      assert.ok(typeof r.evaluationNote === "string" && r.evaluationNote.length > 0, `${r.id}: no reason`);
    } else {
      assert.equal(r.evaluationNote, null, `${r.id}: a note without a reason to give`);
    }
    for (const a of [...r.bearers, ...r.responsibleUnits]) {
      assert.equal(typeof a.code, "string", `${r.id}: actor code`);
    }
    kinds[r.kinds[0]] = (kinds[r.kinds[0]] ?? 0) + 1;
  }
  assert.deepEqual(kinds, PRIMARY_KINDS);
  // The catalog's sanctions (by primary kind).
  assert.deepEqual(
    list.filter((r) => r.kinds[0] === "sanction").map((r) => r.id),
    ["art-02.b", "art-14.d", "art-14.e", "art-14.f", "art-14.h", "art-15.a"],
  );
  // art-14.d as listed: clause (十四), its bearers with names.
  const d = list.find((r) => r.id === "art-14.d");
  assert.equal(d.clause, "(十四)");
  assert.equal(d.clauseTitle, "建立考核激励机制");
  assert.equal(d.strength, "MANDATORY");
  assert.deepEqual(d.bearers.map((b) => b.code), ["ACT.LG", "AG.NATRES"]);
  assert.ok(d.bearers.every((b) => b.zh && b.ko && b.en), "bearer names in three languages");
});

test("rules() returns fresh plain data: changing one result does not change the next", () => {
  const { rules } = requirePkg();
  const a = rules();
  a[0].quote = "changed";
  a.pop();
  const b = rules();
  assert.equal(b.length, 78);
  assert.notEqual(b[0].quote, "changed");
  assert.equal(Object.getPrototypeOf(b[0]), Object.prototype);
});

test("every FUNCTION rule is evaluated: minimal input answers, `{}` names a missing field", () => {
  const { rules, evaluate } = requirePkg();
  const functions = rules().filter((r) => r.evaluation === "FUNCTION").map((r) => r.id);
  // The table above covers exactly the rules with a function.
  assert.deepEqual([...functions].sort(), Object.keys(MINIMAL).sort());
  for (const id of functions) {
    const [input, outcome] = MINIMAL[id];
    const a = evaluate(id, input, { lang: "en" });
    assert.equal(a.ruleId, id);
    assert.equal(a.citation, `YB-DZ-OPINIONS/${id}`);
    assert.equal(a.outcome, outcome, `${id}: ${JSON.stringify(a.reasons.map((r) => r.code))}`);
    assert.ok(source.includes(a.clause.quote), `${id}: the answer's quote`);
    const e = thrown(() => evaluate(id, {}));
    assert.equal(e.code, "INVALID_INPUT", `${id}: ${e.message}`);
    assert.match(e.path, /^input(\.|$)/, `${id}: path ${e.path}`);
    assert.ok(e.message.startsWith(`${e.path}: `), `${id}: ${e.message}`);
    const missing = e.message.match(/missing field `(\w+)`/);
    assert.ok(missing, `${id}: the message names no missing field: ${e.message}`);
    // The field named is one a valid input needs, so the minimal input has it.
    assert.ok(Object.hasOwn(input, missing[1]), `${id}: \`${missing[1]}\` is not in the minimal input`);
    assertStillAnswers();
  }
});

test("every other rule is NOT_EVALUABLE with its reason, never UNKNOWN_RULE", () => {
  const { rules, evaluate } = requirePkg();
  const list = rules();
  const functions = list.filter((r) => r.evaluation === "FUNCTION").map((r) => r.id);
  const others = list.filter((r) => r.evaluation !== "FUNCTION");
  assert.equal(others.length, 78 - 27);
  for (const r of others) {
    const e = thrown(() => evaluate(r.id, {}));
    assert.equal(e.code, "NOT_EVALUABLE", `${r.id}: ${e.message}`);
    assert.equal(e.path, "ruleId");
    assert.ok(e.message.startsWith(`ruleId: rule \`${r.id}\` `), e.message);
    assert.ok(e.message.includes(`(${r.evaluation})`), `${r.id}: ${e.message}`);
    if (r.evaluationNote !== null) {
      assert.ok(e.message.endsWith(`: ${r.evaluationNote}`), `${r.id}: ${e.message}`);
    } else {
      assert.equal(r.evaluation, "OPEN_ITEM");
      assert.match(e.message, /open item/, `${r.id}: ${e.message}`);
    }
    assert.equal(e.help, `rules that can be evaluated: ${functions.join(", ")}`);
    assertStillAnswers();
  }
});

test("the declarations type exactly the FUNCTION rules", () => {
  assert.ok(existsSync(dtsNode), "pkg/node is missing: run `cargo xtask pkg` first");
  const dts = readFileSync(dtsNode, "utf8");
  const functions = requirePkg()
    .rules()
    .filter((r) => r.evaluation === "FUNCTION")
    .map((r) => r.id)
    .sort();
  const union = dts.match(/export type RuleId =([^;]*);/);
  assert.ok(union, "no `export type RuleId` in the declarations");
  assert.deepEqual([...union[1].matchAll(/"([^"]+)"/g)].map((m) => m[1]).sort(), functions);
  for (const name of ["RuleInputs", "RuleDetails"]) {
    const block = dts.match(new RegExp(`export interface ${name} \\{([\\s\\S]*?)\\n\\}`));
    assert.ok(block, `no \`export interface ${name}\``);
    const keys = [...block[1].matchAll(/^\s*"([^"]+)":/gm)].map((m) => m[1]).sort();
    assert.deepEqual(keys, functions, name);
  }
});

// --- zoneSummary on the register of the art-14.d vectors -----------------------------------------

const vectors = JSON.parse(readFileSync(path.join(root, "tests/vectors/art-14.d.json"), "utf8"));
// TV-14-1's register: provincial zones A, B, C, E, F and national zone D in county CTY.X, ranked
// among 88 zones from 2019 to 2023, no publication dates.
const vectorRegister = vectors.cases.find((c) => c.id === "TV-14-1").input.register;

function findingsByRule(summary) {
  const byRule = {};
  for (const f of summary.findings) {
    assert.ok(!(f.ruleId in byRule), `two findings of ${f.ruleId}`);
    byRule[f.ruleId] = f;
  }
  return byRule;
}

// What the opinion says of each action: BARRED, NOT_BARRED (still subject to the usual
// approval) or NEEDS_HUMAN, with the rules that decide it; never "allowed" (issue 8).
function permissions(summary) {
  return Object.fromEntries(summary.permissions.map((p) => [p.action, [p.status, p.decidedBy]]));
}

test("zoneSummary: zone A on 2021-06-01, a yellow card for 2020 in force", () => {
  const { zoneSummary, rulebook } = requirePkg();
  const s = zoneSummary({ register: vectorRegister, zoneId: "A", asOf: "2021-06-01" }, { lang: "en" });
  assert.equal(s.zoneId, "A");
  assert.equal(s.zoneName, "A开发区");
  assert.equal(s.asOf, "2021-06-01");
  assert.equal(s.lang, "en");
  assert.deepEqual(s.rulebook, rulebook());
  // No publication dates: 2020's results count as out in 2021 (AMB-10).
  assert.equal(s.assessmentYear, 2020);
  const f = findingsByRule(s);
  assert.deepEqual(
    Object.keys(f).sort(),
    ["art-02.b", "art-02.c", "art-03.a", "art-05.a", "art-11.b", "art-12.b", "art-14.c", "art-14.d", "art-14.e", "art-14.f", "art-14.h", "art-15.a", "pre.a"],
  );
  const outcomes = Object.fromEntries(Object.entries(f).map(([rule, x]) => [rule, x.outcome]));
  assert.deepEqual(outcomes, {
    "pre.a": "IN_SCOPE",
    "art-12.b": "NOT_DISPATCHED",
    "art-02.b": "NEEDS_HUMAN",
    // Five provincial zones in CTY.X (D is national); 2021-06-01 is the window's last day.
    "art-02.c": "MERGE_REQUIRED",
    // No industries recorded.
    "art-05.a": "UNKNOWN",
    // Barred by the yellow card in force.
    "art-03.a": "NOT_ELIGIBLE",
    "art-14.c": "NOT_ELIGIBLE",
    // Rank 80 of 88 in 2020: bottom 10.
    "art-14.d": "TRIGGERED",
    // Only 2020 counts in 2018–2020 (2018 and 2019 precede the first counted year, AMB-25).
    "art-14.e": "NOT_TRIGGERED",
    // 80 is not in the bottom 5 (84–88).
    "art-14.f": "NOT_TRIGGERED",
    "art-14.h": "NOT_DISQUALIFIED",
    "art-15.a": "NOT_DISQUALIFIED",
    // No land evaluation recorded: the cycle starts in 2020 (the first full year after
    // issuance, AMB-19); 2021 is an UPDATE year, not done yet on 2021-06-01.
    "art-11.b": "PENDING",
  });
  assert.equal(f["art-11.b"].evaluationDue, "UPDATE");
  assert.deepEqual(f["art-02.c"].countable, ["A", "B", "C", "E", "F"]);
  assert.deepEqual(f["art-14.d"].triggers, ["BOTTOM_N"]);
  assert.equal(f["art-14.d"].outcomeLabel, "triggered");
  // No publication date recorded: a person must supply when the sanction starts.
  assert.ok(f["art-14.d"].needsHuman.some((r) => r.code === "PUBLICATION_DATE_MISSING"));
  for (const x of s.findings) {
    assert.equal(x.citation, `YB-DZ-OPINIONS/${x.ruleId}`);
    assert.ok(source.includes(x.clause.quote), x.ruleId);
    assert.equal(x.lang, "en");
  }
  assert.deepEqual(permissions(s), {
    EXPAND: ["BARRED", ["art-14.d"]],
    ADJUST: ["BARRED", ["art-14.d"]],
    UPGRADE: ["BARRED", ["art-14.d"]],
    APPLY_HIGH_TECH: ["BARRED", ["art-03.a"]],
    BE_ASSESSED: ["NOT_BARRED", []],
  });
});

// Issue 8 changed this case: it used to assert the harsh reading of AMB-26 (a disqualified year
// counts as a bottom year, so 2021 triggered a card and, with 2020, leader accountability). By
// default that is now for a person (disqualifiedYearInBottomWindow = NEEDS_HUMAN).
test("zoneSummary: zone F on 2022-06-01, a disqualified year is for a person (AMB-26)", () => {
  const s = requirePkg().zoneSummary({ register: vectorRegister, zoneId: "F", asOf: "2022-06-01" });
  assert.equal(s.lang, "zh");
  assert.equal(s.assessmentYear, 2021);
  // Two yellow-card findings: the latest year's, and the 2020 card still in force.
  const cards = s.findings.filter((x) => x.ruleId === "art-14.d");
  assert.deepEqual(cards.map((c) => c.year).sort(), [2020, 2021]);
  const c2021 = cards.find((c) => c.year === 2021);
  // 2021 was disqualified for falsified statistics: whether it is a bottom year is for a person.
  assert.equal(c2021.outcome, "NEEDS_HUMAN");
  assert.ok(c2021.needsHuman.some((r) => r.code === "YEAR_DISQUALIFIED_NEEDS_HUMAN"));
  // 2020 (82 of 88) was a bottom-10 year: its card is in force until a later result ends it.
  const c2020 = cards.find((c) => c.year === 2020);
  assert.equal(c2020.outcome, "TRIGGERED");
  assert.deepEqual(c2020.triggers, ["BOTTOM_N"]);
  const f = findingsByRule({ findings: s.findings.filter((x) => x.ruleId !== "art-14.d") });
  // One bottom-10 year (2020) and one for a person (2021): accountability is for a person too.
  assert.equal(f["art-14.e"].outcome, "NEEDS_HUMAN");
  assert.deepEqual(f["art-14.e"].hitYears, [2020]);
  assert.ok(f["art-14.e"].needsHuman.some((r) => r.code === "YEAR_DISQUALIFIED_NEEDS_HUMAN"));
  // 82 is not in the bottom 5.
  assert.equal(f["art-14.f"].outcome, "NOT_TRIGGERED");
  // The consolidation window closed on 2021-06-01.
  assert.equal(f["art-02.c"].outcome, "MERGE_OVERDUE");
  assert.deepEqual(permissions(s).EXPAND, ["BARRED", ["art-14.d"]]);
  assert.deepEqual(permissions(s).BE_ASSESSED, ["NOT_BARRED", []]);
});

test("zoneSummary: a bad register field is named, and the module keeps working", () => {
  const { zoneSummary } = requirePkg();
  const zones = vectorRegister.zones.map((z, i) => (i === 2 ? { ...z, status: "CLOSED" } : z));
  let e = thrown(() => zoneSummary({ register: { ...vectorRegister, zones }, zoneId: "A", asOf: "2021-06-01" }));
  assert.deepEqual(
    { code: e.code, path: e.path, message: e.message },
    {
      code: "INVALID_INPUT",
      path: "input.register.zones[2].status",
      message:
        "input.register.zones[2].status: unknown variant `CLOSED`, expected one of `ACTIVE`, `REVOKED`, `MERGED`, `NOMINAL_FLAGGED`, `PROPOSED`",
    },
  );
  assertStillAnswers();
  const assessments = vectorRegister.assessments.map((r, i) => (i === 5 ? { ...r, zoneId: "Q" } : r));
  e = thrown(() => zoneSummary({ register: { ...vectorRegister, assessments }, zoneId: "A", asOf: "2021-06-01" }));
  assert.deepEqual(
    { code: e.code, path: e.path, message: e.message },
    {
      code: "INVALID_INPUT",
      path: "input.register.assessments[5].zoneId",
      message: "input.register.assessments[5].zoneId: unknown zone `Q`: not in `register.zones`",
    },
  );
  assertStillAnswers();
  e = thrown(() => zoneSummary({ register: vectorRegister, zoneId: "A", asOf: "2021-06-31" }));
  assert.equal(e.path, "input.asOf");
  assert.equal(e.message, "input.asOf: invalid date `2021-06-31`: 2021-06 has 30 days");
  e = thrown(() => zoneSummary({ register: vectorRegister, zoneId: "A", asOf: "2021-06-01" }, { lang: "fr" }));
  assert.equal(e.code, "INVALID_OPTIONS");
  assert.equal(e.path, "options.lang");
  e = thrown(() => zoneSummary(null));
  assert.equal(e.code, "INVALID_INPUT");
  assert.equal(e.path, "input");
  // The summary itself still answers after the errors.
  assert.equal(zoneSummary({ register: vectorRegister, zoneId: "A", asOf: "2021-06-01" }).assessmentYear, 2020);
});
