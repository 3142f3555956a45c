// Bad JavaScript input to the Node build (pkg/node): every bad value is a thrown `Error` named
// `DevzoneError` with the exact `code`, field `path` and message, never a
// `WebAssembly.RuntimeError` (a trap, after which the instance is dead) nor a `TypeError` from
// inside the generated glue; and the module keeps answering correctly afterwards.
//
// Run: node --test tests/node/   (after `cargo xtask pkg`; DEVZONE_PKG=<dir> tests another build)

import { test } from "node:test";
import assert from "node:assert/strict";
import { fileURLToPath, pathToFileURL } from "node:url";
import { dirname, join, resolve } from "node:path";

const here = dirname(fileURLToPath(import.meta.url));
const pkgDir = resolve(process.env.DEVZONE_PKG ?? join(here, "..", "..", "pkg"));
const devzone = await import(pathToFileURL(join(pkgDir, "node", "devzone_rules_wasm.js")).href);
const { evaluate, implMeasuresDeadline, jointMeetings } = devzone.default ?? devzone;

const JSON_DATA =
  "expected JSON data (a plain object, array, string, finite number, boolean or null)";
const IMPL_OBJECT = "an object with `issueDate` and `asOf` or `adoptedDate`";
const MEETINGS_OBJECT = "an object with `issueDate`, `year` and `meetings`";
const ok18 = () => ({ issueDate: "2019-06-01", asOf: "2019-12-02" });
const ok16 = (extra = {}) => ({ issueDate: "2019-06-01", year: 2020, meetings: [], ...extra });

/** Calls `call`, which must throw a DevzoneError with exactly this code, path and message. */
function expectDevzoneError(call, { code, path, message }) {
  let thrown;
  try {
    const answer = call();
    assert.fail(`expected a DevzoneError \`${message}\`, got an answer: ${JSON.stringify(answer)}`);
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    thrown = e;
  }
  assert.ok(
    !(thrown instanceof WebAssembly.RuntimeError),
    `a wasm trap, not a DevzoneError: ${thrown}`,
  );
  assert.ok(thrown instanceof Error, `thrown value is not an Error: ${String(thrown)}`);
  assert.equal(thrown.name, "DevzoneError", `not a DevzoneError: ${thrown.name}: ${thrown.message}`);
  assert.equal(thrown.message, message);
  assert.equal(thrown.code, code);
  assert.equal(thrown.path, path);
  assert.ok(thrown.message.startsWith(path), "the message starts with the path");
  return thrown;
}

/** The module still answers, and correctly (TV-18-9: overdue by one day). */
function assertStillAnswers() {
  const a = evaluate("art-18.c", ok18(), { lang: "en" });
  assert.equal(a.outcome, "OVERDUE");
  assert.equal(a.due, "2019-12-01");
  assert.equal(a.daysOverdue, 1);
  assert.deepEqual(
    a.reasons.map((r) => r.code),
    ["IMPL_MEASURES_DUE", "IMPL_MEASURES_OVERDUE"],
  );
}

function deeplyNested(levels) {
  let v = [];
  for (let i = 0; i < levels; i += 1) v = [v];
  return v;
}

const cyclic = { issueDate: "2019-06-01", asOf: "2019-12-02" };
cyclic.self = cyclic;
const HUGE = "9".repeat(4 * 1024 * 1024);

/** Every bad call, with the exact error it must throw. */
const cases = [
  // missing field
  {
    name: "missing issueDate",
    call: () => evaluate("art-18.c", { asOf: "2019-12-02" }),
    code: "INVALID_INPUT",
    path: "input",
    message: "input: missing field `issueDate`",
  },
  {
    name: "missing meetings",
    call: () => jointMeetings({ issueDate: "2019-06-01", year: 2020 }),
    code: "INVALID_INPUT",
    path: "input",
    message: "input: missing field `meetings`",
  },
  {
    name: "neither asOf nor adoptedDate",
    call: () => implMeasuresDeadline({ issueDate: "2019-06-01" }),
    code: "INVALID_INPUT",
    path: "input",
    message: "input: expected `asOf` or `adoptedDate` (or both)",
  },
  // wrong type
  {
    name: "a number as issueDate",
    call: () => evaluate("art-18.c", { issueDate: 20190601, asOf: "2019-12-02" }),
    code: "INVALID_INPUT",
    path: "input.issueDate",
    message: "input.issueDate: invalid type: integer `20190601`, expected a date string `YYYY-MM-DD`",
  },
  {
    name: "a string as year",
    call: () => evaluate("art-16.b", ok16({ year: "2020" })),
    code: "INVALID_INPUT",
    path: "input.year",
    message: 'input.year: invalid type: string "2020", expected a year from 1 to 9999',
  },
  {
    name: "an object as meetings",
    call: () => evaluate("art-16.b", ok16({ meetings: { date: "2020-01-01" } })),
    code: "INVALID_INPUT",
    path: "input.meetings",
    message: "input.meetings: invalid type: map, expected a sequence",
  },
  {
    name: "a fractional year",
    call: () => evaluate("art-16.b", ok16({ year: 2020.5 })),
    code: "INVALID_INPUT",
    path: "input.year",
    message: "input.year: invalid value: 2020.5, expected a year from 1 to 9999",
  },
  // impossible dates
  {
    name: "2019-02-30",
    call: () => evaluate("art-18.c", { issueDate: "2019-02-30", asOf: "2019-12-02" }),
    code: "INVALID_INPUT",
    path: "input.issueDate",
    message: "input.issueDate: invalid date `2019-02-30`: 2019-02 has 28 days",
  },
  {
    name: "2020-02-30 in the second meeting",
    call: () =>
      evaluate("art-16.b", ok16({ meetings: [{ date: "2020-03-01" }, { date: "2020-02-30" }] })),
    code: "INVALID_INPUT",
    path: "input.meetings[1].date",
    message: "input.meetings[1].date: invalid date `2020-02-30`: 2020-02 has 29 days",
  },
  {
    name: "month 13",
    call: () => evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-13-01" }),
    code: "INVALID_INPUT",
    path: "input.asOf",
    message: "input.asOf: invalid date `2019-13-01`: month must be 01 to 12",
  },
  // unknown field
  {
    name: "unknown input field",
    call: () => evaluate("art-18.c", { ...ok18(), bearer: "CTY.YANJI" }),
    code: "INVALID_INPUT",
    path: "input.bearer",
    message: "input.bearer: unknown field `bearer`, expected one of `issueDate`, `asOf`, `adoptedDate`",
  },
  {
    name: "unknown meeting field",
    call: () => evaluate("art-16.b", ok16({ meetings: [{ date: "2020-01-01", room: "A" }] })),
    code: "INVALID_INPUT",
    path: "input.meetings[0].room",
    message: "input.meetings[0].room: unknown field `room`, expected one of `date`, `kind`, `convenedBy`, `note`",
  },
  {
    name: "unknown option",
    call: () => evaluate("art-18.c", ok18(), { language: "en" }),
    code: "INVALID_OPTIONS",
    path: "options.language",
    message: "options.language: unknown field `language`, expected `lang` or `params`",
  },
  {
    name: "language not offered",
    call: () => evaluate("art-18.c", ok18(), { lang: "fr" }),
    code: "INVALID_OPTIONS",
    path: "options.lang",
    message: "options.lang: unknown variant `fr`, expected one of `zh`, `en`, `ko`",
  },
  // null, undefined, a number or an array where an object belongs
  {
    name: "null input",
    call: () => evaluate("art-18.c", null),
    code: "INVALID_INPUT",
    path: "input",
    message: `input: invalid type: null, expected ${IMPL_OBJECT}`,
  },
  {
    name: "undefined input",
    call: () => evaluate("art-18.c", undefined),
    code: "INVALID_INPUT",
    path: "input",
    message: `input: invalid type: null, expected ${IMPL_OBJECT}`,
  },
  {
    name: "no arguments at all",
    call: () => jointMeetings(),
    code: "INVALID_INPUT",
    path: "input",
    message: `input: invalid type: null, expected ${MEETINGS_OBJECT}`,
  },
  {
    name: "a number as input",
    call: () => evaluate("art-16.b", 42),
    code: "INVALID_INPUT",
    path: "input",
    message: `input: invalid type: integer \`42\`, expected ${MEETINGS_OBJECT}`,
  },
  {
    name: "a number as a meeting",
    call: () => evaluate("art-16.b", ok16({ meetings: [7] })),
    code: "INVALID_INPUT",
    path: "input.meetings[0]",
    message: "input.meetings[0]: invalid type: integer `7`, expected a meeting object with a `date`",
  },
  {
    name: "a number as options",
    call: () => evaluate("art-18.c", ok18(), 5),
    code: "INVALID_OPTIONS",
    path: "options",
    message: 'options: invalid type: integer `5`, expected an options object such as `{"lang": "en"}`',
  },
  {
    name: "an array as input (art-18.c)",
    call: () => evaluate("art-18.c", ["2019-06-01", "2019-12-02"]),
    code: "INVALID_INPUT",
    path: "input",
    message: `input: invalid type: sequence, expected ${IMPL_OBJECT}`,
  },
  {
    name: "an array as input (art-16.b)",
    call: () => evaluate("art-16.b", ["2019-06-01", 2020, []]),
    code: "INVALID_INPUT",
    path: "input",
    message: `input: invalid type: sequence, expected ${MEETINGS_OBJECT}`,
  },
  {
    name: "an array as a meeting",
    call: () => evaluate("art-16.b", ok16({ meetings: [["2020-03-01"]] })),
    code: "INVALID_INPUT",
    path: "input.meetings[0]",
    message: "input.meetings[0]: invalid type: sequence, expected a meeting object with a `date`",
  },
  {
    name: "an array as options",
    call: () => evaluate("art-18.c", ok18(), ["en"]),
    code: "INVALID_OPTIONS",
    path: "options",
    message: 'options: invalid type: sequence, expected an options object such as `{"lang": "en"}`',
  },
  // the rule id
  {
    name: "unknown rule id",
    call: () => evaluate("art-99.z", ok18()),
    code: "UNKNOWN_RULE",
    path: "ruleId",
    message: "ruleId: unknown rule `art-99.z`",
  },
  // values that are not JSON data
  {
    name: "a Date object as input",
    call: () => evaluate("art-18.c", new Date(Date.UTC(2019, 5, 1))),
    code: "INVALID_INPUT",
    path: "input",
    message: `input: invalid type: Date, ${JSON_DATA}`,
  },
  {
    name: "a Date object as issueDate",
    call: () => evaluate("art-18.c", { issueDate: new Date(Date.UTC(2019, 5, 1)), asOf: "2019-12-02" }),
    code: "INVALID_INPUT",
    path: "input.issueDate",
    message: `input.issueDate: invalid type: Date, ${JSON_DATA}`,
  },
  {
    name: "NaN as year",
    call: () => evaluate("art-16.b", ok16({ year: NaN })),
    code: "INVALID_INPUT",
    path: "input.year",
    message: "input.year: invalid value: NaN, expected a finite number",
  },
  {
    name: "Infinity as year",
    call: () => evaluate("art-16.b", ok16({ year: Infinity })),
    code: "INVALID_INPUT",
    path: "input.year",
    message: "input.year: invalid value: Infinity, expected a finite number",
  },
  {
    name: "-Infinity as year",
    call: () => evaluate("art-16.b", ok16({ year: -Infinity })),
    code: "INVALID_INPUT",
    path: "input.year",
    message: "input.year: invalid value: -Infinity, expected a finite number",
  },
  {
    name: "NaN as an optional date (not silently absent)",
    call: () => evaluate("art-18.c", { issueDate: "2019-06-01", asOf: NaN, adoptedDate: "2019-07-01" }),
    code: "INVALID_INPUT",
    path: "input.asOf",
    message: "input.asOf: invalid value: NaN, expected a finite number",
  },
  {
    name: "a BigInt year",
    call: () => evaluate("art-16.b", ok16({ year: 2020n })),
    code: "INVALID_INPUT",
    path: "input.year",
    message: `input.year: invalid type: BigInt, ${JSON_DATA}`,
  },
  {
    name: "a BigInt beyond 64 bits",
    call: () => evaluate("art-16.b", ok16({ year: 2n ** 70n })),
    code: "INVALID_INPUT",
    path: "input.year",
    message: `input.year: invalid type: BigInt, ${JSON_DATA}`,
  },
  {
    name: "a Map as input",
    call: () => evaluate("art-18.c", new Map(Object.entries(ok18()))),
    code: "INVALID_INPUT",
    path: "input",
    message: `input: invalid type: Map, ${JSON_DATA}`,
  },
  {
    name: "a function as input",
    call: () => evaluate("art-18.c", () => ok18()),
    code: "INVALID_INPUT",
    path: "input",
    message: `input: invalid type: function, ${JSON_DATA}`,
  },
  {
    name: "a Symbol as issueDate",
    call: () => evaluate("art-18.c", { issueDate: Symbol("2019-06-01"), asOf: "2019-12-02" }),
    code: "INVALID_INPUT",
    path: "input.issueDate",
    message: `input.issueDate: invalid type: symbol, ${JSON_DATA}`,
  },
  {
    name: "a getter that throws",
    call: () =>
      evaluate("art-18.c", {
        get issueDate() {
          throw new Error("boom");
        },
        asOf: "2019-12-02",
      }),
    code: "INVALID_INPUT",
    path: "input.issueDate",
    message: "input.issueDate: reading it threw: boom",
  },
  // a huge string
  {
    name: "a 4 MiB string as asOf",
    call: () => evaluate("art-18.c", { issueDate: "2019-06-01", asOf: HUGE }),
    code: "INVALID_INPUT",
    path: "input.asOf",
    message: `input.asOf: invalid date \`${HUGE}\`: expected a calendar date \`YYYY-MM-DD\``,
  },
  // These trapped (a dead instance) before the bindings converted values themselves; last, so
  // a trap does not hide the results of the cases above.
  {
    name: "a number as rule id",
    call: () => evaluate(18, ok18()),
    code: "UNKNOWN_RULE",
    path: "ruleId",
    message: "ruleId: invalid type: number, expected a rule id string such as `art-18.c`",
  },
  {
    name: "undefined as rule id",
    call: () => evaluate(undefined, ok18()),
    code: "UNKNOWN_RULE",
    path: "ruleId",
    message: "ruleId: invalid type: undefined, expected a rule id string such as `art-18.c`",
  },
  {
    name: "a cyclic object",
    call: () => evaluate("art-18.c", cyclic),
    code: "INVALID_INPUT",
    path: `input${".self".repeat(32)}`,
    message: `input${".self".repeat(32)}: nested more than 32 levels deep`,
  },
  {
    name: "100 000 nested arrays (no stack overflow)",
    call: () => evaluate("art-18.c", { ...ok18(), extra: deeplyNested(100_000) }),
    code: "INVALID_INPUT",
    path: `input.extra${"[0]".repeat(31)}`,
    message: `input.extra${"[0]".repeat(31)}: nested more than 32 levels deep`,
  },
];

for (const c of cases) {
  test(`${c.name}: DevzoneError at ${c.path || "(root)"}, then the module still answers`, () => {
    expectDevzoneError(c.call, c);
    assertStillAnswers();
  });
}

test("an unknown rule id carries help listing the rules", () => {
  const e = expectDevzoneError(() => evaluate("art-99.z", ok18()), cases.find((c) => c.name === "unknown rule id"));
  assert.equal(e.help, "rules that can be evaluated: pre.a, art-02.a, art-02.b, art-02.c, art-02.d, art-03.a, art-04.d, art-05.a, art-06.b, art-10.a, art-10.b, art-11.b, art-11.e, art-11.f, art-11.g, art-12.b, art-14.c, art-14.d, art-14.e, art-14.f, art-14.h, art-15.a, art-16.b, art-17.a, art-17.b, art-17.d, art-18.c");
});

test("undefined optional fields and options mean 'not given'", () => {
  const a = evaluate("art-18.c", { issueDate: "2019-06-01", asOf: undefined, adoptedDate: "2019-12-01" }, undefined);
  assert.equal(a.outcome, "MET_ON_TIME");
  assert.equal(a.lang, "zh");
});

test("1000 alternating bad and good calls: every error is exact and every answer right", () => {
  const before = JSON.stringify(evaluate("art-16.b", ok16({ meetings: [{ date: "2020-03-10" }, { date: "2020-11-20" }] })));
  for (let i = 0; i < 1000; i += 1) {
    const c = cases[i % cases.length];
    expectDevzoneError(c.call, c);
    if (i % 2 === 0) {
      assertStillAnswers();
    } else {
      const a = jointMeetings(ok16({ meetings: [{ date: "2020-03-10" }, { date: "2020-11-20" }] }));
      assert.equal(a.outcome, "COMPLIANT");
      assert.deepEqual(a.counted, ["2020-03-10", "2020-11-20"]);
    }
  }
  const after = JSON.stringify(evaluate("art-16.b", ok16({ meetings: [{ date: "2020-03-10" }, { date: "2020-11-20" }] })));
  assert.equal(after, before);
});
