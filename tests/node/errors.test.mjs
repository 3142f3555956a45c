// Bad JavaScript input to the Node build (pkg/node), what JSON cannot express: undefined, NaN,
// ±Infinity, BigInt, Date, Map, functions, symbols, getters and Proxies that throw, cycles and
// deep nesting, rule ids that are not strings. Every bad value is a thrown `Error` named
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
const { evaluate, jointMeetings, rules } = devzone.default ?? devzone;

const JSON_DATA =
  "expected JSON data (a plain object, array, string, finite number, boolean or null)";
const IMPL_OBJECT = "an object with `issueDate` and `asOf` or `adoptedDate`";
const MEETINGS_OBJECT = "an object with `issueDate`, `year` and `meetings`";
const ok18 = () => ({ issueDate: "2019-06-01", asOf: "2019-12-02" });
const ok16 = (extra = {}) => ({ issueDate: "2019-06-01", year: 2020, meetings: [], ...extra });

/** Calls `call`, which must throw a DevzoneError with exactly this code, path and message. */
function expectDevzoneError(call, { code, path, message, problem }) {
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
  if (problem !== undefined) assert.equal(thrown.problem, problem);
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
  // What JSON can express (missing and unknown fields, wrong types, impossible dates, null,
  // numbers and arrays where an object belongs) is in the shared vectors (tests/vectors/), whose
  // errors vectors.test.mjs compares with the native ones; here only what JavaScript adds.
  // undefined where an object belongs
  {
    name: "undefined input",
    call: () => evaluate("art-18.c", undefined),
    code: "INVALID_INPUT",
    path: "input",
    message: "input: 类型错误;应为JSON 对象 {…},字段:`issueDate`, `asOf`, `adoptedDate`;实际为 null",
    problem: "WRONG_TYPE",
  },
  {
    name: "no arguments at all",
    call: () => jointMeetings(),
    code: "INVALID_INPUT",
    path: "input",
    message: "input: 类型错误;应为JSON 对象 {…},字段:`issueDate`, `year`, `meetings`, `asOf`, `meetingsComplete`;实际为 null",
    problem: "WRONG_TYPE",
  },
  // the rule id
  {
    name: "unknown rule id",
    call: () => evaluate("art-99.z", ok18()),
    code: "UNKNOWN_RULE",
    path: "ruleId",
    message: "ruleId: 未知规则:规则手册中没有 `art-99.z`;实际为 \"art-99.z\"",
    problem: "UNKNOWN_RULE",
  },
  // values that are not JSON data
  {
    name: "a Date object as input",
    call: () => evaluate("art-18.c", new Date(Date.UTC(2019, 5, 1))),
    code: "INVALID_INPUT",
    path: "input",
    message: "input: 类型错误;应为JSON 数据(普通对象、数组、字符串、有限数字、布尔值或 null);实际为 Date",
    problem: "WRONG_TYPE",
  },
  {
    // JSON.stringify would write "2019-06-01" silently; the boundary refuses instead.
    name: "an object with toJSON as issueDate",
    call: () => evaluate("art-18.c", { issueDate: { toJSON: () => "2019-06-01" }, asOf: "2019-12-02" }),
    code: "INVALID_INPUT",
    path: "input.issueDate.toJSON",
    message: "input.issueDate.toJSON: 类型错误;应为JSON 数据(普通对象、数组、字符串、有限数字、布尔值或 null);实际为 function",
    problem: "WRONG_TYPE",
  },
  {
    name: "a Date object as issueDate",
    call: () => evaluate("art-18.c", { issueDate: new Date(Date.UTC(2019, 5, 1)), asOf: "2019-12-02" }),
    code: "INVALID_INPUT",
    path: "input.issueDate",
    message: "input.issueDate: 类型错误;应为JSON 数据(普通对象、数组、字符串、有限数字、布尔值或 null);实际为 Date",
    problem: "WRONG_TYPE",
  },
  {
    name: "NaN as year",
    call: () => evaluate("art-16.b", ok16({ year: NaN })),
    code: "INVALID_INPUT",
    path: "input.year",
    message: "input.year: 取值无效;应为有限数字;实际为 NaN",
    problem: "INVALID_VALUE",
  },
  {
    name: "Infinity as year",
    call: () => evaluate("art-16.b", ok16({ year: Infinity })),
    code: "INVALID_INPUT",
    path: "input.year",
    message: "input.year: 取值无效;应为有限数字;实际为 Infinity",
    problem: "INVALID_VALUE",
  },
  {
    name: "-Infinity as year",
    call: () => evaluate("art-16.b", ok16({ year: -Infinity })),
    code: "INVALID_INPUT",
    path: "input.year",
    message: "input.year: 取值无效;应为有限数字;实际为 -Infinity",
    problem: "INVALID_VALUE",
  },
  {
    name: "NaN as an optional date (not silently absent)",
    call: () => evaluate("art-18.c", { issueDate: "2019-06-01", asOf: NaN, adoptedDate: "2019-07-01" }),
    code: "INVALID_INPUT",
    path: "input.asOf",
    message: "input.asOf: 取值无效;应为有限数字;实际为 NaN",
    problem: "INVALID_VALUE",
  },
  {
    name: "a BigInt year",
    call: () => evaluate("art-16.b", ok16({ year: 2020n })),
    code: "INVALID_INPUT",
    path: "input.year",
    message: "input.year: 类型错误;应为JSON 数据(普通对象、数组、字符串、有限数字、布尔值或 null);实际为 BigInt",
    problem: "WRONG_TYPE",
  },
  {
    name: "a BigInt beyond 64 bits",
    call: () => evaluate("art-16.b", ok16({ year: 2n ** 70n })),
    code: "INVALID_INPUT",
    path: "input.year",
    message: "input.year: 类型错误;应为JSON 数据(普通对象、数组、字符串、有限数字、布尔值或 null);实际为 BigInt",
    problem: "WRONG_TYPE",
  },
  {
    name: "a Map as input",
    call: () => evaluate("art-18.c", new Map(Object.entries(ok18()))),
    code: "INVALID_INPUT",
    path: "input",
    message: "input: 类型错误;应为JSON 数据(普通对象、数组、字符串、有限数字、布尔值或 null);实际为 Map",
    problem: "WRONG_TYPE",
  },
  {
    name: "a function as input",
    call: () => evaluate("art-18.c", () => ok18()),
    code: "INVALID_INPUT",
    path: "input",
    message: "input: 类型错误;应为JSON 数据(普通对象、数组、字符串、有限数字、布尔值或 null);实际为 function",
    problem: "WRONG_TYPE",
  },
  {
    name: "a Symbol as issueDate",
    call: () => evaluate("art-18.c", { issueDate: Symbol("2019-06-01"), asOf: "2019-12-02" }),
    code: "INVALID_INPUT",
    path: "input.issueDate",
    message: "input.issueDate: 类型错误;应为JSON 数据(普通对象、数组、字符串、有限数字、布尔值或 null);实际为 symbol",
    problem: "WRONG_TYPE",
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
    message: "input.issueDate: 取值无效:读取时抛出异常:boom",
    problem: "INVALID_VALUE",
  },
  {
    name: "a Proxy whose ownKeys trap throws",
    call: () =>
      evaluate(
        "art-18.c",
        new Proxy(ok18(), {
          ownKeys() {
            throw new Error("no keys");
          },
        }),
      ),
    code: "INVALID_INPUT",
    path: "input",
    message: "input: 取值无效:读取时抛出异常:no keys",
    problem: "INVALID_VALUE",
  },
  {
    name: "a Proxy whose get trap throws",
    call: () =>
      evaluate(
        "art-16.b",
        new Proxy(ok16(), {
          get() {
            throw new Error("no value");
          },
        }),
      ),
    code: "INVALID_INPUT",
    path: "input.issueDate",
    message: "input.issueDate: 取值无效:读取时抛出异常:no value",
    problem: "INVALID_VALUE",
  },
  // a huge string
  {
    name: "a 4 MiB string as asOf (past the 65,536-byte limit)",
    call: () => evaluate("art-18.c", { issueDate: "2019-06-01", asOf: HUGE }),
    code: "INVALID_INPUT",
    path: "input.asOf",
    message: "input.asOf: 超出可表示的范围:字符串长 4194304 字节,超过允许的 65536 字节",
    problem: "TOO_LARGE",
  },
  // These trapped (a dead instance) before the bindings converted values themselves; last, so
  // a trap does not hide the results of the cases above.
  {
    name: "a number as rule id",
    call: () => evaluate(18, ok18()),
    code: "UNKNOWN_RULE",
    path: "ruleId",
    message: "ruleId: 类型错误;应为规则编号文本,如 `art-18.c`;实际为 number",
    problem: "WRONG_TYPE",
  },
  {
    name: "undefined as rule id",
    call: () => evaluate(undefined, ok18()),
    code: "UNKNOWN_RULE",
    path: "ruleId",
    message: "ruleId: 类型错误;应为规则编号文本,如 `art-18.c`;实际为 undefined",
    problem: "WRONG_TYPE",
  },
  {
    name: "a cyclic object",
    call: () => evaluate("art-18.c", cyclic),
    code: "INVALID_INPUT",
    path: `input${".self".repeat(32)}`,
    message: `input${".self".repeat(32)}: 超出可表示的范围:嵌套超过 32 层`,
    problem: "TOO_LARGE",
  },
  {
    name: "100 000 nested arrays (no stack overflow)",
    call: () => evaluate("art-18.c", { ...ok18(), extra: deeplyNested(100_000) }),
    code: "INVALID_INPUT",
    path: `input.extra${"[0]".repeat(31)}`,
    message: `input.extra${"[0]".repeat(31)}: 超出可表示的范围:嵌套超过 32 层`,
    problem: "TOO_LARGE",
  },
];

for (const c of cases) {
  test(`${c.name}: DevzoneError at ${c.path || "(root)"}, then the module still answers`, () => {
    expectDevzoneError(c.call, c);
    assertStillAnswers();
  });
}

test("an enumerable property added to Object.prototype changes no answer", () => {
  const input = { issueDate: "2019-06-01", asOf: "2019-12-02" };
  const before = JSON.stringify(evaluate("art-18.c", input, { lang: "en" }));
  Object.prototype.devzoneTestPolluted = () => 1;
  try {
    assert.equal(JSON.stringify(evaluate("art-18.c", input, { lang: "en" })), before);
  } finally {
    delete Object.prototype.devzoneTestPolluted;
  }
});

test("an unknown rule id, or one that is not a string, carries help listing the rules", () => {
  const functions = rules().filter((r) => r.evaluation === "FUNCTION").map((r) => r.id);
  const list = `可计算的规则:${functions.join(", ")}`;
  for (const name of ["unknown rule id", "a number as rule id", "undefined as rule id"]) {
    const c = cases.find((x) => x.name === name);
    assert.ok(expectDevzoneError(c.call, c).help.endsWith(list), name);
  }
  // In the language asked for, with the nearest id first.
  const e = (() => { try { evaluate("art-18c", {}, { lang: "en" }); } catch (err) { return err; } })();
  assert.equal(e.help, `did you mean \`art-18.c\`? Rules that can be evaluated: ${functions.join(", ")}`);
  assert.equal(e.lang, "en");
});

test("errors speak the call's language, even when the options are otherwise wrong", () => {
  for (const [lang, word] of [["zh", "缺少必填字段"], ["ko", "필수 항목 루락"], ["en", "required field missing"]]) {
    const c = () => evaluate("art-18.c", { asOf: "2019-12-02" }, { lang, params: { nope: 1 } });
    // The options are read first: the unknown parameter is the error, in `lang`.
    assert.throws(c, (e) => e.path === "options.params.nope" && e.lang === lang);
    assert.throws(() => evaluate("art-18.c", { asOf: "2019-12-02" }, { lang }), (e) => e.path === "input.issueDate" && e.message.includes(word));
  }
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
