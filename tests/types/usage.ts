// Type-level test of the npm package's declarations (pkg/web and pkg/node). Never run: it is
// only compiled with `node_modules/.bin/tsc -p tests/types --noEmit`. Each `@ts-expect-error`
// line proves a misuse is rejected: if the declarations stopped rejecting it, the directive
// itself would be reported as unused and the check would fail.

import init, {
  ambiguities,
  type AmbiguityId,
  type AmbiguityView,
  calendar,
  calendarIcs,
  lookup,
  obligations,
  report,
  type LookupView,
  type ReportOptions,
  type CalendarView,
  type DutyStatus,
  type EventKind,
  type ObligationsView,
  type ReportView,
  type Role,
  type Severity,
  evaluate,
  evaluateBatch,
  decide,
  type Decision,
  LoadedRegister,
  type Question,
  type RegisterRuleId,
  fees,
  type ConstructionInput,
  type FeeCalculationView,
  implMeasuresDeadline,
  jointMeetings,
  rulebook,
  rules,
  zoneSummary,
  type Action,
  type AnswerOf,
  type AssessmentDetail,
  DevzoneError,
  isDevzoneError,
  initSync,
  type ErrorCode,
  type ImplMeasuresInput,
  type JointMeetingsInput,
  type Lang,
  type Measure,
  type Options,
  type Outcome,
  type Permission,
  type PermissionStatus,
  type ReasonCode,
  type Register,
  type RuleId,
  type RuleDetails,
  type RuleInputs,
  type RuleOutcomes,
  type RuleView,
  type Standing,
  type Trigger,
  type Value,
  type YearEvidence,
  type ZoneFinding,
  type ZoneFindingRuleId,
  type ZoneSummaryInput,
  type ZoneSummaryView,
  type ZoneYearInput,
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
// The rule id narrows the outcome to what the rule can answer (its declared outcomes).
assertType<Equal<typeof a18.outcome, "MET_ON_TIME" | "MET_LATE" | "OVERDUE" | "PENDING">>();
assertType<Equal<typeof a18.outcome, RuleOutcomes["art-18.c"]>>();
// @ts-expect-error art-18.c never answers TRIGGERED
const notA18: typeof a18.outcome = "TRIGGERED";
void notA18;
// The static parts are one frozen object per rule and language, shared by its answers: readonly.
const quote: string = a18.clause.quote;
void quote;
// @ts-expect-error the clause is shared and frozen
a18.clause.quote = "changed";
// @ts-expect-error the ambiguity ids are shared and frozen
a18.ambiguities.push("AMB-01");
// @ts-expect-error the rulebook is shared and frozen
a18.rulebook.version = "0";
// @ts-expect-error the parameters used are shared and frozen
a18.paramsUsed.implMeasuresMonths = 7;
// Every rule's outcomes are outcomes, and every rule has its union.
assertType<Equal<keyof RuleOutcomes, RuleId>>();
const anyRuleOutcome: Outcome = "" as RuleOutcomes[RuleId];
void anyRuleOutcome;
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
    | "UNKNOWN"
    | "OPEN"
    | "CLOSED"
    | "MERGE_REQUIRED"
    | "MERGE_OVERDUE"
    | "ELIGIBLE"
    | "NOT_ELIGIBLE"
    | "VALID"
    | "INVALID"
    | "NOT_APPLICABLE"
    | "DISPATCHED"
    | "NOT_DISPATCHED"
    | "TRIGGERED"
    | "NOT_TRIGGERED"
    | "DISQUALIFIED"
    | "NOT_DISQUALIFIED"
    | "REVOKE"
    | "KEEP"
    | "IN_SCOPE"
    | "OUT_OF_SCOPE"
    | "SUMMARY"
    | "COMPUTED"
    | "IN_GRACE"
    | "GRACE_EXPIRED"
    | "TRANSFER_TRIGGERED"
  >
>();
// `RuleId` is exactly the rules with a function: the declarations are generated from the
// registry (a core test fails when they are stale) and tests/node/rulebook.test.mjs compares the
// union with rules(), so no list of ids is written out here. A rule of the rulebook without a
// function is not a `RuleId`.
// @ts-expect-error art-14.a is an open item, not evaluated
const notEvaluated: RuleId = "art-14.a";
void notEvaluated;
// Every evaluable rule has an input and a detail type, and nothing else does.
assertType<Equal<keyof RuleInputs, RuleId>>();
assertType<Equal<keyof RuleDetails, RuleId>>();
// The rule id narrows the envelope's `ruleId`.
assertType<Equal<typeof a18.ruleId, "art-18.c">>();
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
      return "recurring";
    case "NEEDS_HUMAN":
    case "UNKNOWN":
    case "SUMMARY":
      return "for a person";
    case "OPEN":
    case "CLOSED":
      return "window";
    case "MERGE_REQUIRED":
    case "MERGE_OVERDUE":
    case "ELIGIBLE":
    case "NOT_ELIGIBLE":
    case "VALID":
    case "INVALID":
    case "NOT_APPLICABLE":
    case "DISPATCHED":
    case "NOT_DISPATCHED":
    case "IN_SCOPE":
    case "OUT_OF_SCOPE":
      return "check";
    case "TRIGGERED":
    case "NOT_TRIGGERED":
    case "DISQUALIFIED":
    case "NOT_DISQUALIFIED":
    case "REVOKE":
    case "KEEP":
      return "sanction";
    case "COMPUTED":
      return "amounts";
    case "IN_GRACE":
    case "GRACE_EXPIRED":
    case "TRANSFER_TRIGGERED":
      return "grace";
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
  // A real class: `instanceof` narrows, and so does the guard.
  if (e instanceof DevzoneError) {
    const code: ErrorCode = e.code;
    const path: string = e.path;
    const help: string | undefined = e.help;
    const lang: Lang | undefined = e.lang;
    const asError: Error = e;
    assertType<Equal<typeof e.name, "DevzoneError">>();
    assertType<
      Equal<
        ErrorCode,
        "INVALID_INPUT" | "INVALID_OPTIONS" | "UNKNOWN_RULE" | "NOT_INITIALIZED" | "NOT_EVALUABLE" | "OUT_OF_RANGE"
      >
    >();
    void [code, path, help, lang, asError];
  }
  if (isDevzoneError(e)) {
    assertType<Equal<typeof e, DevzoneError>>();
  }
  // @ts-expect-error without narrowing, an unknown catch value has no code
  void e.code;
}
const made = new DevzoneError("input.x: bad", { code: "INVALID_INPUT", path: "input.x" });
void made;
// The web build initialises asynchronously or from bytes.
initSync({ module: new Uint8Array() });

// --- the zone rules on a register ---------------------------------------------------------------

const register: Register = {
  issueDate: "2019-06-01",
  counties: [{ id: "CTY.X", nameZh: "X县", kind: "COUNTY" }],
  zones: [
    {
      id: "P1",
      nameZh: "P1开发区",
      level: "PROVINCIAL",
      type: "ECON_DEV_ZONE",
      countyId: "CTY.X",
      status: "ACTIVE",
      managingAuthority: "COUNTY",
      leadingIndustry: "新材料",
      mainIndustries: ["装备制造"],
    },
  ],
  assessments: [{ zoneId: "P1", year: 2020, rank: 80, populationSize: 88, publishedDate: "2021-05-10" }],
};

// art-14.d: the input is a ZoneYearInput, the answer carries the assessment fields, typed.
const card = evaluate("art-14.d", { register, zoneId: "P1", year: 2020 }, { lang: "en" });
assertType<Equal<typeof card, AnswerOf<"art-14.d">>>();
assertType<Equal<typeof card.ruleId, "art-14.d">>();
assertType<Equal<typeof card.triggers, Trigger[] | undefined>>();
assertType<Equal<typeof card.measures, Measure[]>>();
assertType<Equal<typeof card.hitYears, number[]>>();
assertType<Equal<typeof card.years, YearEvidence[]>>();
assertType<Equal<typeof card.start, string | undefined>>();
const firstYear = card.years[0];
if (firstYear !== undefined) {
  const standing: Standing = firstYear.standing;
  void standing;
}
const assessment: AssessmentDetail = card;
const yearInput: ZoneYearInput = { register, zoneId: "P1", year: 2021, asOf: "2021-06-01" };
const env = evaluate("art-15.a", yearInput);
const overdue: string[] = env.overdueItems;
// Other zone rules, each with its own input shape and fields.
const county = evaluate("art-02.c", { register, countyId: "CTY.X", asOf: "2021-06-01" });
const mustMerge: boolean | null = county.mustMerge; // null when a person must decide (NEEDS_HUMAN)
const window = evaluate("art-02.a", { issueDate: "2019-06-01", asOf: "2021-06-02" });
const windowEnd: string = window.windowEnd;
const upgrade = evaluate("art-02.d", { register, zoneId: "P1", asOf: "2021-06-01" });
const industries = evaluate("art-05.a", { register, zoneId: "P1" });
const mainCount: number = industries.mainCount;
const dispatch = evaluate("art-12.b", { zone: "延吉高新区", organ: "PWC" });
const powers: string[] = dispatch.powers;
const scope = evaluate("pre.a", { register, zoneId: "P1" });
const inScope: boolean | null = scope.inScope; // null when a person must decide (NEEDS_HUMAN)
const stats = evaluate("art-14.h", { register, zoneId: "P1", year: 2020 });
assertType<Equal<typeof stats.ruleId, "art-14.h">>();

// @ts-expect-error art-14.d takes a zone and a year, not a county
evaluate("art-14.d", { register, countyId: "CTY.X", asOf: "2021-06-01" });
// @ts-expect-error art-14.d needs `year`
evaluate("art-14.d", { register, zoneId: "P1" });
// @ts-expect-error the year is a number
evaluate("art-14.e", { register, zoneId: "P1", year: "2020" });
// @ts-expect-error art-02.d needs `asOf` (bans in force depend on the date)
evaluate("art-02.d", { register, zoneId: "P1" });
// @ts-expect-error `triggers` belongs to the assessment answers, not art-15.a's
env.triggers;
// @ts-expect-error art-12.b's organ is `MC` or `PWC`
evaluate("art-12.b", { zone: "延吉高新区", organ: "BOARD" });
// @ts-expect-error a zone level outside the enum
evaluate("pre.a", { register: { ...register, zones: [{ ...register.zones[0]!, level: "PROVINCE" }] }, zoneId: "P1" });
// @ts-expect-error unknown register field
evaluate("pre.a", { register: { ...register, zoness: [] }, zoneId: "P1" });
// @ts-expect-error the register needs `zones`
evaluate("art-02.b", { register: { issueDate: "2019-06-01" }, zoneId: "P1" });
// @ts-expect-error a rule of the rulebook without a function (OPEN_ITEM) is not a RuleId
evaluate("art-14.a", { register, zoneId: "P1" });

// --- rules() ---------------------------------------------------------------------------------

const list = rules();
assertType<Equal<typeof list, RuleView[]>>();
const evaluable: string[] = list.filter((r) => r.evaluation === "FUNCTION").map((r) => r.id);
const firstRule = list[0];
if (firstRule !== undefined) {
  const quote: string = firstRule.quote;
  const bearerNames: string[] = firstRule.bearers.map((b) => `${b.code} ${b.zh} ${b.ko} ${b.en}`);
  // Why a rule is not computed, in the three languages (null for a computed rule or an open item).
  const noteKo: string | undefined = firstRule.evaluationNote?.ko;
  void [quote, bearerNames, noteKo];
  // @ts-expect-error the list is read-only data, not a function
  firstRule.quote();
}
// @ts-expect-error rules() takes no filter: filter the array
rules("art-14.d");

// --- zoneSummary() ---------------------------------------------------------------------------

const summaryInput: ZoneSummaryInput = { register, zoneId: "P1", asOf: "2021-06-01" };
const summary = zoneSummary(summaryInput, { lang: "ko", params: { bottomNYellow: 10 } });
assertType<Equal<typeof summary, ZoneSummaryView>>();
const summaryLang: Lang = summary.lang;
const perms: Permission[] = summary.permissions;
// The opinion never grants an action: a status, never `allowed` (issue 8).
const permissionStatuses: PermissionStatus[] = perms.map((p) => p.status);
assertType<Equal<PermissionStatus, "BARRED" | "NOT_BARRED" | "NEEDS_HUMAN" | "NOT_SUPPORTED">>();
// @ts-expect-error there is no `allowed` any more
void perms[0].allowed;
void permissionStatuses;
const actions: Action[] = perms.map((p) => p.action);
const blockers: string[] = perms.flatMap((p) => p.decidedBy);
const outcomes: Outcome[] = summary.findings.map((f) => f.outcome);
const findingCodes: ReasonCode[] = summary.findings.flatMap((f) => f.reasons.map((r) => r.code));

// A finding narrowed by its rule id has that rule's fields.
function describeFinding(f: ZoneFinding): string {
  if (f.ruleId === "art-14.d") {
    assertType<Equal<typeof f.triggers, Trigger[] | undefined>>();
    return f.measures.join(",");
  }
  if (f.ruleId === "art-02.c") {
    return f.countable.join(",");
  }
  if (f.ruleId === "art-15.a") {
    return f.overdueItems.join(",");
  }
  // @ts-expect-error without narrowing, `countable` is not on every finding
  return f.countable;
}
assertType<Equal<ZoneFinding["ruleId"], ZoneFindingRuleId>>();
void describeFinding;

// @ts-expect-error the summary needs `asOf`
zoneSummary({ register, zoneId: "P1" });
// @ts-expect-error `asOf` is a date string
zoneSummary({ register, zoneId: "P1", asOf: new Date() });
// @ts-expect-error unknown summary field
zoneSummary({ ...summaryInput, year: 2021 });
// @ts-expect-error language not offered
zoneSummary(summaryInput, { lang: "fr" });

// --- report(), obligations(), calendar(), calendarIcs() ------------------------------------------

const full = report({ register, asOf: "2023-06-30" }, { lang: "en" });
assertType<Equal<typeof full, ReportView>>();
const severities: Severity[] = full.findings.map((f) => f.severity);
const zoneIndices: number[] = full.zones.flatMap((z) => z.findings);
const owed = obligations({ register, asOf: "2023-06-30", agency: "AG.COMMERCE", withinDays: 30 });
assertType<Equal<typeof owed, ObligationsView>>();
const statuses: DutyStatus[] = owed.agencies.flatMap((a) => a.overdue.map((d) => d.status));
const leads: boolean[] = owed.agencies.flatMap((a) => a.duties.map((d) => d.presumedLead));
const cal = calendar({ register, from: "2019-06-01", to: "2025-12-31" }, { lang: "ko" });
assertType<Equal<typeof cal, CalendarView>>();
const kinds: EventKind[] = cal.events.map((e) => e.kind);
const titles: string[] = cal.events.map((e) => `${e.titles.zh} ${e.titles.ko} ${e.titles.en}`);
const ics: string = calendarIcs({ register, from: "2019-06-01", to: "2025-12-31", asOf: "2024-01-01" });
void [severities, zoneIndices, statuses, leads, kinds, titles, ics];
// Issue 8: who owes a duty and how, and what rests on made-up records.
const roles: Role[] = owed.agencies.flatMap((a) => a.duties.map((d) => d.role));
const ownZone: Role = "OWN_ZONE";
const lead: Role = "LEAD";
const markedFindings: boolean[] = full.findings.map((f) => f.illustrative);
const markedDuties: (boolean | undefined)[] = owed.agencies.flatMap((a) => a.duties.map((d) => d.illustrative));
const markedEvents: boolean[] = cal.events.map((e) => e.illustrative);
const hypothetical: boolean = full.issueDateHypothetical;
const headerNote: string | undefined = full.issueDateNote;
const madeUpCount: number = full.counts.illustrative;
const owedBy: ("WORDS" | "CLAUSE_LIST" | "NOBODY")[] = rules().map((r) => r.owedBy);
void [roles, ownZone, lead, markedFindings, markedDuties, markedEvents, hypothetical, headerNote, madeUpCount, owedBy];
// @ts-expect-error not a role
const notARole: Role = "OWNER";
void notARole;
// @ts-expect-error the report needs `asOf`
report({ register });
// Issue 11: the report narrowed by names, its merged lines and notes; names looked up.
const narrowing: ReportOptions = { lang: "ko", county: "图们", severity: "REVIEW", rule: "art-11.b" };
const narrowed = report({ register, asOf: "2023-06-30" }, narrowing);
const merged: number[] = narrowed.lines.map((l) => l.count);
const lineBearers: string[] = narrowed.lines.flatMap((l) => l.bearers.map((b) => b.name));
const toSettle: (string | null)[] = narrowed.lines.map((l) => l.toSettle);
const unknownCount: number = narrowed.counts.unknown;
const byCountyNote: string = narrowed.notes.byCounty;
const filterFields: ("county" | "zone" | "agency" | "severity" | "rule")[] = narrowed.filter.map((f) => f.field);
const settleOwed: (string | null)[] = owed.agencies.flatMap((a) => a.unknown.map((d) => d.toSettle));
const found: LookupView = lookup({ name: "图们经开区", among: "ZONES", register }, { lang: "en" });
const lookupStatus: "FOUND" | "AMBIGUOUS" | "NOT_FOUND" = found.status;
const matchCodes: string[] = found.matches.map((m) => m.code);
void [merged, lineBearers, toSettle, unknownCount, byCountyNote, filterFields, settleOwed, lookupStatus, matchCodes];
// @ts-expect-error not a severity
report({ register, asOf: "2023-06-30" }, { severity: "FATAL" });
// @ts-expect-error not a filter of the report
report({ register, asOf: "2023-06-30" }, { year: 2021 });
// Issue 12: the report by pages; the page says where it is and where the next one starts.
const firstPage = report({ register, asOf: "2023-06-30" }, { lang: "en", offset: 0, limit: 20 });
const pageTotal: number = firstPage.page?.total ?? firstPage.findings.length;
const nextOffset: number | undefined = firstPage.page?.next;
void [pageTotal, nextOffset];
// @ts-expect-error `limit` is a number
report({ register, asOf: "2023-06-30" }, { limit: "20" });
// @ts-expect-error look-ups are among bearers, counties or zones
lookup({ name: "图们", among: "PEOPLE" });
// @ts-expect-error `withinDays` is a number
obligations({ register, asOf: "2023-06-30", withinDays: "90" });
// @ts-expect-error the calendar needs `to`
calendar({ register, from: "2019-06-01" });

// --- the Node build declares the same API ------------------------------------------------------

assertType<Equal<typeof NodeBuild.report, typeof report>>();
assertType<Equal<typeof NodeBuild.lookup, typeof lookup>>();
assertType<Equal<typeof NodeBuild.obligations, typeof obligations>>();
assertType<Equal<typeof NodeBuild.calendar, typeof calendar>>();
assertType<Equal<typeof NodeBuild.calendarIcs, typeof calendarIcs>>();

assertType<Equal<typeof NodeBuild.evaluate, typeof evaluate>>();
assertType<Equal<typeof NodeBuild.implMeasuresDeadline, typeof implMeasuresDeadline>>();
assertType<Equal<typeof NodeBuild.jointMeetings, typeof jointMeetings>>();
assertType<Equal<typeof NodeBuild.rulebook, typeof rulebook>>();
assertType<Equal<typeof NodeBuild.rules, typeof rules>>();
assertType<Equal<typeof NodeBuild.zoneSummary, typeof zoneSummary>>();
assertType<Equal<NodeBuild.ZoneSummaryView, ZoneSummaryView>>();
assertType<Equal<NodeBuild.RuleInputs, RuleInputs>>();
assertType<Equal<NodeBuild.ImplMeasuresInput, ImplMeasuresInput>>();
assertType<Equal<NodeBuild.JointMeetingsInput, JointMeetingsInput>>();
assertType<Equal<NodeBuild.DevzoneError, DevzoneError>>();
assertType<Equal<typeof NodeBuild.isDevzoneError, typeof isDevzoneError>>();
assertType<Equal<NodeBuild.RuleOutcomes, RuleOutcomes>>();
// The Node build has the web build's init functions (they do nothing there), so the same code runs.
assertType<Equal<typeof NodeBuild.default, (module_or_path?: unknown) => Promise<void>>>();
assertType<Equal<typeof NodeBuild.initSync, (module?: unknown) => void>>();

export const used = [
  due,
  codes,
  notACode,
  count,
  counted,
  lang,
  book,
  typed16,
  assessment,
  overdue,
  mustMerge,
  windowEnd,
  upgrade,
  mainCount,
  powers,
  inScope,
  evaluable,
  summaryLang,
  actions,
  blockers,
  outcomes,
  findingCodes,
];

// --- money and land rules, the fee calculator (issue 4) ----------------------------------------

const project: ConstructionInput = {
  enterprise: { inZone: true },
  components: [{ id: "N", kind: "NEW", baseInfraFee: "400000.00" }],
};
const calc: FeeCalculationView = fees(project, { lang: "en", params: { infraFeeWaiverExtendOrNew: "0.5" } });
const payable: string = calc.totals.payable;
const firstLine = calc.lines[0];
const treatment: string | undefined = firstLine?.treatment;
const g = evaluate("art-11.g", project);
const gTotal: string = g.totals.base;
const grace = evaluate("art-11.e", { reuse: { existingIndustrialProperty: true, newUse: "MAKER_SPACE", newUseStartDate: "2020-02-29" }, asOf: "2025-02-28" });
const graceEnd: string | null = grace.graceEnd;
const reward = evaluate("art-04.d", { projectId: "P", personId: "A", contributors: ["A"], fundsInPlace: [{ year: 2020, amount: "1000.00" }] });
const rewardAmount: string | null = reward.amount;
// @ts-expect-error amounts are strings, never numbers
fees({ enterprise: { inZone: true }, components: [{ id: "N", kind: "NEW", baseInfraFee: 400000 }] });
// @ts-expect-error a kind of works the text does not name
fees({ enterprise: { inZone: true }, components: [{ id: "N", kind: "DEMOLISH", baseInfraFee: "1" }] });
// @ts-expect-error ratios are strings
fees(project, { params: { infraFeeWaiverExtendOrNew: 0.5 } });
assertType<Equal<typeof NodeBuild.fees, typeof fees>>();
export const moneyUsed = [payable, treatment, gTotal, graceEnd, rewardAmount];

// --- the ambiguity register (issue 11) ----------------------------------------------------------

const amb: AmbiguityView = ambiguities("AMB-26", { lang: "ko" });
const ambQuestion: string = amb.question;
const ambParams: string[] = amb.params;
const ambScope: string | null = amb.scope;
const ambDeparts: boolean = amb.departs;
const ambAll: AmbiguityView[] = ambiguities(undefined, { lang: "en" });
const ambAllToo: AmbiguityView[] = ambiguities();
const ambId: AmbiguityId = "AMB-12b";
const loose: AmbiguityView = ambiguities("amb-26");
// @ts-expect-error one entry is not a list
const ambNotList: AmbiguityView[] = ambiguities("AMB-26");
// @ts-expect-error the register has no AMB-44
const ambNoId: AmbiguityId = "AMB-44";
// @ts-expect-error an id is a string
ambiguities(26);
// @ts-expect-error language not offered
ambiguities("AMB-26", { lang: "fr" });
assertType<Equal<typeof NodeBuild.ambiguities, typeof ambiguities>>();
export const ambUsed = [ambQuestion, ambParams, ambScope, ambDeparts, ambAll, ambAllToo, ambId, loose, ambNotList, ambNoId];

// --- a register loaded once, decisions in bulk --------------------------------------------------

declare const someRegister: Register;
const loadedReg = LoadedRegister.load(someRegister, { lang: "en" });
const loadedFromText = LoadedRegister.load("{}");
const loadedCard = loadedReg.evaluate("art-14.d", { zoneId: "Z1", year: 2022 });
assertType<Equal<typeof loadedCard, AnswerOf<"art-14.d">>>();
const cards: AnswerOf<"art-14.d">[] = loadedReg.evaluateBatch("art-14.d", [{ zoneId: "Z1", year: 2022, asOf: "2023-06-30" }]);
const q: Question<"art-02.c"> = { countyId: "CTY.YANJI", asOf: "2023-06-30" };
const loadedSummary: ZoneSummaryView = loadedReg.zoneSummary({ zoneId: "Z1", asOf: "2023-06-30" });
const loadedReport: ReportView = loadedReg.report({ asOf: "2023-06-30" }, { lang: "ko", severity: "VIOLATION" });
const loadedOwed: ObligationsView = loadedReg.obligations({ asOf: "2023-06-30" });
loadedReg.free();
const ruleWithRegister: RegisterRuleId = "art-15.a";
const batch: AnswerOf<"art-18.c">[] = evaluateBatch("art-18.c", [{ issueDate: "2019-06-01", asOf: "2019-12-02" }]);
// @ts-expect-error a question holds no register
loadedReg.evaluate("art-14.d", { register: someRegister, zoneId: "Z1", year: 2022 });
// @ts-expect-error art-18.c reads no register
loadedReg.evaluate("art-18.c", { issueDate: "2019-06-01" });
// @ts-expect-error art-14.d needs a year
loadedReg.evaluate("art-14.d", { zoneId: "Z1" });
// @ts-expect-error the batch is of one rule's inputs
evaluateBatch("art-18.c", [{ issueDate: "2019-06-01", year: 2020, meetings: [] }]);
// @ts-expect-error a register is loaded by LoadedRegister.load
new LoadedRegister();
assertType<Equal<typeof NodeBuild.LoadedRegister, typeof LoadedRegister>>();
assertType<Equal<typeof NodeBuild.evaluateBatch, typeof evaluateBatch>>();
export const loadedUsed = [loadedFromText, cards, q, loadedSummary, loadedReport, loadedOwed, ruleWithRegister, batch];

// --- answers in brief ---------------------------------------------------------------------------

const brief = decide("art-18.c", { issueDate: "2019-06-01", asOf: "2019-12-02" });
assertType<Equal<typeof brief, Decision<"art-18.c">>>();
// The outcome is narrowed to the rule's own.
const briefOutcome: "MET_ON_TIME" | "MET_LATE" | "OVERDUE" | "PENDING" = brief.outcome;
const briefSeverity: Severity = brief.severity;
const briefCodes: string[] = [...brief.reasonCodes, ...brief.needsHumanCodes];
const briefs: Decision<"art-14.d">[] = loadedReg.decideBatch("art-14.d", [{ zoneId: "Z1", year: 2022 }]);
const oneBrief: Decision<"art-14.d"> = loadedReg.decide("art-14.d", { zoneId: "Z1", year: 2022 });
// @ts-expect-error a brief has no messages
brief.reasons;
// @ts-expect-error art-18.c reads no register
loadedReg.decide("art-18.c", { issueDate: "2019-06-01" });
assertType<Equal<typeof NodeBuild.decide, typeof decide>>();
export const briefUsed = [briefOutcome, briefSeverity, briefCodes, briefs, oneBrief];
