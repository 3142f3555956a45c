// Type-level test of the npm package's declarations (pkg/web and pkg/node). Never run: it is
// only compiled with `node_modules/.bin/tsc -p tests/types --noEmit`. Each `@ts-expect-error`
// line proves a misuse is rejected: if the declarations stopped rejecting it, the directive
// itself would be reported as unused and the check would fail.

import init, {
  evaluate,
  implMeasuresDeadline,
  jointMeetings,
  rulebook,
  type AnswerOf,
  type DevzoneError,
  type ErrorCode,
  type ImplMeasuresInput,
  type JointMeetingsInput,
  type Lang,
  type Options,
  type Outcome,
  type ReasonCode,
  type RuleId,
  type Value,
} from "../../pkg/web/devzone_rules_wasm.js";
import type * as NodeBuild from "../../pkg/node/devzone_rules_wasm.js";

/** `true` only when A and B are the same type (not merely assignable). */
type Equal<A, B> =
  (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
function assertType<_ extends true>(): void {}

await init();

// --- art-18.c through the generic entry point --------------------------------------------------

const a18 = evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" });
assertType<Equal<typeof a18, AnswerOf<"art-18.c">>>();
const due: string = a18.due;
assertType<Equal<typeof a18.due, string>>();
assertType<Equal<typeof a18.daysOverdue, number | undefined>>();
assertType<Equal<typeof a18.outcome, Outcome>>();
assertType<
  Equal<
    Outcome,
    | "MET_ON_TIME"
    | "MET_LATE"
    | "OVERDUE"
    | "PENDING"
    | "COMPLIANT"
    | "NON_COMPLIANT"
    | "NOT_YET_APPLICABLE"
    | "NEEDS_HUMAN"
  >
>();
assertType<Equal<RuleId, "art-16.b" | "art-18.c">>();
assertType<Equal<Lang, "zh" | "en" | "ko">>();

/** Exhaustive over the outcome union: a new outcome would make `never` fail here. */
function describe(o: Outcome): string {
  switch (o) {
    case "MET_ON_TIME":
    case "MET_LATE":
      return "done";
    case "OVERDUE":
    case "PENDING":
      return "open";
    case "COMPLIANT":
    case "NON_COMPLIANT":
    case "NOT_YET_APPLICABLE":
    case "NEEDS_HUMAN":
      return "recurring";
    default: {
      const unreachable: never = o;
      return unreachable;
    }
  }
}
describe(a18.outcome);

// Reasons carry the closed ReasonCode union, not a bare string.
const firstReason = a18.reasons[0];
assertType<Equal<NonNullable<typeof firstReason>["code"], ReasonCode>>();
if (firstReason !== undefined) {
  const code: ReasonCode = firstReason.code;
  const args: Record<string, Value> = firstReason.args;
  void code;
  void args;
}
const codes: ReasonCode[] = a18.reasons.map((r) => r.code);
// @ts-expect-error a reason code is not any string
const notACode: ReasonCode = "SOMETHING_ELSE";

// The rule id narrows the answer: art-18.c has no meeting count.
// @ts-expect-error `count` belongs to art-16.b's answer
a18.count;

// --- art-16.b with options ---------------------------------------------------------------------

const options: Options = { lang: "ko", params: { meetingsRequireSpread: true } };
const a16 = evaluate(
  "art-16.b",
  { issueDate: "2019-06-01", year: 2022, meetings: [{ date: "2022-05-01" }, { date: "2022-05-20", convenedBy: "ACT.LG", kind: "JOINT_WORK_MEETING" }] },
  options,
);
assertType<Equal<typeof a16, AnswerOf<"art-16.b">>>();
const count: number = a16.count;
const counted: string[] = a16.counted;
const lang: Lang = a16.lang;
// @ts-expect-error `due` belongs to art-18.c's answer
a16.due;

// The typed entry points answer the same shapes.
const typed18 = implMeasuresDeadline({ issueDate: "2019-06-01", adoptedDate: "2019-12-02" }, { lang: "en" });
assertType<Equal<typeof typed18, AnswerOf<"art-18.c">>>();
const typed16 = jointMeetings({ issueDate: "2019-06-01", year: 2020, meetings: [] });
assertType<Equal<typeof typed16, AnswerOf<"art-16.b">>>();
const book: { version: string; sourceSha256: string } = rulebook();

// A rule id held in a variable of the union type still type-checks with a matching input.
function evaluateAny<R extends RuleId>(rule: R, input: Parameters<typeof evaluate<R>>[1]): Outcome {
  return evaluate(rule, input).outcome;
}
evaluateAny("art-18.c", { issueDate: "2019-06-01", asOf: "2019-06-02" });

// --- misuse is rejected ------------------------------------------------------------------------

// @ts-expect-error art-18.c takes ImplMeasuresInput, not the meetings input
evaluate("art-18.c", { issueDate: "2019-06-01", year: 2020, meetings: [] });
// @ts-expect-error art-16.b needs `year` and `meetings`
evaluate("art-16.b", { issueDate: "2019-06-01", asOf: "2019-12-02" });
// @ts-expect-error unknown rule id
evaluate("art-99.z", { issueDate: "2019-06-01", asOf: "2019-12-02" });
// @ts-expect-error language not offered
evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" }, { lang: "fr" });
// @ts-expect-error a number is not a date string
evaluate("art-18.c", { issueDate: 20190601, asOf: "2019-12-02" });
// @ts-expect-error a Date object is not a date string
implMeasuresDeadline({ issueDate: new Date(), asOf: "2019-12-02" });
// @ts-expect-error unknown input field
implMeasuresDeadline({ issueDate: "2019-06-01", asOf: "2019-12-02", bearer: "CTY.YANJI" });
// @ts-expect-error issueDate is required
implMeasuresDeadline({ asOf: "2019-12-02" });
// @ts-expect-error unknown parameter
evaluate("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" }, { params: { implMeasuresMonth: 6 } });
// @ts-expect-error meeting kind outside the enum
jointMeetings({ issueDate: "2019-06-01", year: 2020, meetings: [{ date: "2020-01-01", kind: "BOARD" }] });
// @ts-expect-error year is a number
jointMeetings({ issueDate: "2019-06-01", year: "2020", meetings: [] });

// --- errors ------------------------------------------------------------------------------------

try {
  evaluate("art-18.c", { issueDate: "2019-02-30", asOf: "2019-12-02" });
} catch (e: unknown) {
  if (e instanceof Error && e.name === "DevzoneError") {
    const err = e as DevzoneError;
    const code: ErrorCode = err.code;
    const path: string = err.path;
    const help: string | undefined = err.help;
    assertType<Equal<ErrorCode, "INVALID_INPUT" | "INVALID_OPTIONS" | "UNKNOWN_RULE" | "OUT_OF_RANGE">>();
    void [code, path, help];
  }
}

// --- the Node build declares the same API ------------------------------------------------------

assertType<Equal<typeof NodeBuild.evaluate, typeof evaluate>>();
assertType<Equal<typeof NodeBuild.implMeasuresDeadline, typeof implMeasuresDeadline>>();
assertType<Equal<typeof NodeBuild.jointMeetings, typeof jointMeetings>>();
assertType<Equal<typeof NodeBuild.rulebook, typeof rulebook>>();
assertType<Equal<NodeBuild.ImplMeasuresInput, ImplMeasuresInput>>();
assertType<Equal<NodeBuild.JointMeetingsInput, JointMeetingsInput>>();
assertType<Equal<NodeBuild.DevzoneError, DevzoneError>>();

export const used = [due, codes, notACode, count, counted, lang, book, typed16];
