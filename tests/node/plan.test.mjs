// The compliance report, the obligations and the calendar through the built Node package
// (pkg/node), on the example register:
//   * report() counts and groups: every group index points at a finding of that group;
//   * report() marks the findings resting on made-up records and says the issue date is
//     hypothetical; art-02.a is never a violation (AMB-04);
//   * obligations() for one agency: overdue and due-soon lists, AMB-29 presumed lead; a zone's
//     own duties; no prefecture-wide duty for a county; 延龙图新区 under includeYltNewArea;
//   * calendarIcs() is parsed by ical.js (an RFC 5545 parser, devDependency): one VEVENT per
//     calendar() event with the same UID, all-day DATE values ending the next day, the title as
//     SUMMARY; and checked octet by octet: CRLF only, lines of at most 75 octets, folding that
//     never splits a UTF-8 character, UIDs stable across runs and DTSTAMP from `asOf`.
//
// Run from the repository root after `cargo xtask pkg`: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import path from "node:path";

const require = createRequire(import.meta.url);
const ICAL = require("ical.js");
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pkg = require(path.join(root, "pkg/node/devzone_rules_wasm.js"));
const register = JSON.parse(readFileSync(path.join(root, "examples/yanbian-register.json"), "utf8"));

test("report: counts, severity order and groups", () => {
  const r = pkg.report({ register, asOf: "2023-06-30" }, { lang: "en" });
  assert.equal(r.asOf, "2023-06-30");
  assert.equal(r.counts.total, r.findings.length);
  const order = ["VIOLATION", "WARNING", "REVIEW", "INFO"];
  const ranks = r.findings.map((f) => order.indexOf(f.severity));
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b));
  for (const [list, key] of [["zones", "zoneId"], ["counties", "countyId"], ["agencies", "bearer"]]) {
    for (const g of r[list]) {
      assert.equal(g.counts.total, g.findings.length);
      for (const i of g.findings) assert.equal(r.findings[i][key], g.id, `${list} ${g.id}`);
    }
  }
  assert.ok(r.findings.every((f) => f.citation === `YB-DZ-OPINIONS/${f.ruleId}`));
  // Helong is recorded as not having adopted its measures: overdue, a violation.
  const helong = r.findings.find((f) => f.ruleId === "art-18.c" && f.bearer === "CTY.HELONG");
  assert.equal(helong.outcome, "OVERDUE");
  assert.equal(helong.severity, "VIOLATION");
});

test("report: illustrative findings marked, hypothetical issue date said, art-02.a never a violation", () => {
  const r = pkg.report({ register, asOf: "2023-06-30" }, { lang: "en" });
  assert.equal(r.issueDateHypothetical, true);
  assert.match(r.issueDateNote, /^Note: the issue date 2019-06-01 is hypothetical/);
  const marked = r.findings.filter((f) => f.illustrative);
  assert.equal(r.counts.illustrative, marked.length);
  assert.ok(marked.length > 50);
  for (const f of r.findings) {
    assert.equal(f.illustrative, f.reasons[0]?.code === "ILLUSTRATIVE_RECORDS", `${f.ruleId} ${f.bearer ?? f.zoneId}`);
  }
  // Helong's record is made up: its overdue finding says so.
  assert.ok(r.findings.find((f) => f.ruleId === "art-18.c" && f.bearer === "CTY.HELONG").illustrative);
  // AMB-04: the two-year window carries no sanction; a merger overdue after it is a warning.
  assert.ok(r.findings.filter((f) => f.ruleId === "art-02.a").every((f) => f.severity !== "VIOLATION"));
  const tumen = r.findings.find((f) => f.ruleId === "art-02.c" && f.countyId === "CTY.TUMEN");
  assert.equal(tumen.outcome, "MERGE_OVERDUE");
  assert.equal(tumen.severity, "WARNING");
  // A zone's own duties (「各开发区」) are borne by the zone, grouped with it, not with an agency.
  const own = r.findings.filter((f) => f.ruleId === "art-01.b");
  assert.ok(own.length >= 10 && own.every((f) => f.bearer === f.zoneId));
  assert.ok(!r.agencies.some((g) => g.id === "ACT.ZONE" || g.id === "DH-EDZ"));
});

test("obligations: a zone owes its own 「各开发区」 duties; counties owe no prefecture-wide ones", () => {
  const o = pkg.obligations({ register, asOf: "2023-06-30", agency: "DH-EDZ" }, { lang: "zh" });
  const a = o.agencies[0];
  assert.equal(a.code, "DH-EDZ");
  assert.equal(a.name, "敦化经济开发区");
  assert.deepEqual(
    a.duties.map((d) => d.ruleId).sort(),
    ["art-01.b", "art-07.a", "art-09.c", "art-12.f", "art-14.g"],
  );
  assert.ok(a.duties.every((d) => d.role === "OWN_ZONE" && d.zoneId === "DH-EDZ"));
  const yanji = pkg.obligations({ register, asOf: "2023-06-30", agency: "CTY.YANJI" }).agencies[0];
  for (const rule of ["art-01.a", "art-04.a", "art-07.b", "art-14.a", "art-16.a", "art-03.c", "art-15.c"]) {
    assert.ok(!yanji.duties.some((d) => d.ruleId === rule), rule);
  }
  // 延龙图新区 bears the county-type duties only under includeYltNewArea (AMB-30).
  const ylt = pkg.obligations(
    { register, asOf: "2023-06-30", agency: "ACT.YLT_NEW_AREA" },
    { lang: "ko", params: { includeYltNewArea: true } },
  ).agencies[0];
  assert.equal(ylt.name, "연룡도신구");
  assert.ok(ylt.duties.some((d) => d.ruleId === "art-18.c" && d.role === "OWN_TERRITORY"));
});

test("obligations: one agency, overdue and due soon, presumed lead as metadata", () => {
  const o = pkg.obligations(
    { register, asOf: "2019-10-01", agency: "AG.COMMERCE", withinDays: 90 },
    { lang: "zh" },
  );
  assert.equal(o.agencies.length, 1);
  const a = o.agencies[0];
  assert.equal(a.code, "AG.COMMERCE");
  assert.equal(a.name, "州商务局");
  // Adopted on 2019-11-20, which is after 2019-10-01: not known yet, due 2019-12-01 within 90 days.
  const due = a.dueSoon.find((d) => d.ruleId === "art-18.c");
  assert.equal(due.due, "2019-12-01");
  assert.equal(due.status, "PENDING");
  const lead = a.duties.find((d) => d.ruleId === "art-01.a");
  assert.equal(lead.presumedLead, true);
  assert.equal(lead.role, "PRESUMED_LEAD");
  assert.equal(lead.status, "UNKNOWN");
  assert.throws(
    () => pkg.obligations({ register, asOf: "2019-10-01", agency: "AG.CTY_GOV" }),
    (e) => e.name === "DevzoneError" && e.path === "input.agency" && /CTY\.YANJI/.test(e.help),
  );
});

const input = { register, from: "2019-06-01", to: "2026-12-31", asOf: "2023-06-30" };

test("calendar: events in order, titles in three languages", () => {
  const c = pkg.calendar(input, { lang: "ko" });
  assert.ok(c.events.length > 30);
  const dates = c.events.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort());
  for (const e of c.events) {
    assert.ok(e.titles.zh && e.titles.ko && e.titles.en);
    assert.equal(e.title, e.titles.ko);
  }
  const ban = c.events.find((e) => e.kind === "REAPPLY_BAN_ENDS");
  assert.equal(ban.date, "2025-12-01");
  assert.equal(ban.bearer, "CTY.ANTU");
  // The revocation record is made up: the event says so in every language.
  assert.equal(ban.illustrative, true);
  assert.ok(ban.titles.zh.startsWith("[示例] ") && ban.titles.ko.startsWith("[실례] "));
  assert.ok(ban.titles.en.startsWith("[illustrative] "));
  assert.equal(c.issueDateHypothetical, true);
  for (const e of c.events) assert.equal(e.illustrative, e.title.startsWith("[실례] "), e.title);
  const meetings = c.events.filter((e) => e.kind === "MEETINGS_YEAR_END").map((e) => e.date);
  // 2019 is the partial issuance year: no meeting duty (AMB-31).
  assert.deepEqual(meetings, ["2020-12-31", "2021-12-31", "2022-12-31", "2023-12-31", "2024-12-31", "2025-12-31", "2026-12-31"]);
});

test("calendarIcs: parsed by ical.js, RFC 5545 lines, stable UIDs", () => {
  const events = pkg.calendar(input, { lang: "en" }).events;
  const text = pkg.calendarIcs(input, { lang: "en" });
  // CRLF only, and every physical line at most 75 octets.
  assert.ok(!/[^\r]\n/.test(text) && !/\r[^\n]/.test(text), "bare LF or CR");
  assert.ok(text.endsWith("\r\n"));
  for (const line of text.split("\r\n")) {
    assert.ok(Buffer.byteLength(line, "utf8") <= 75, `too long: ${line}`);
  }
  // Folding never splits a character: each physical line is valid UTF-8 on its own.
  const bytes = Buffer.from(text, "utf8");
  let start = 0;
  for (let i = 0; i + 1 < bytes.length; i++) {
    if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
      const line = bytes.subarray(start, i);
      assert.equal(Buffer.from(line.toString("utf8"), "utf8").compare(line), 0, "a split character");
      start = i + 2;
    }
  }
  const comp = new ICAL.Component(ICAL.parse(text));
  assert.equal(comp.name, "vcalendar");
  assert.equal(comp.getFirstPropertyValue("version"), "2.0");
  const vevents = comp.getAllSubcomponents("vevent");
  assert.equal(vevents.length, events.length);
  vevents.forEach((v, i) => {
    const e = events[i];
    assert.equal(v.getFirstPropertyValue("uid"), e.uid);
    const start = v.getFirstPropertyValue("dtstart");
    const end = v.getFirstPropertyValue("dtend");
    assert.ok(start.isDate && end.isDate, "all-day DATE values");
    assert.equal(start.toString(), e.date);
    const next = start.clone();
    next.adjust(1, 0, 0, 0);
    assert.equal(end.toString(), next.toString());
    assert.equal(v.getFirstPropertyValue("summary"), e.title);
    assert.equal(v.getFirstPropertyValue("dtstamp").toString(), "2023-06-30T00:00:00Z");
    assert.ok(v.getFirstPropertyValue("description").includes(e.titles.zh));
  });
  // Same input, same text (UIDs and DTSTAMP derive from the input, not a clock or randomness).
  assert.equal(pkg.calendarIcs(input, { lang: "en" }), text);
  const uids = vevents.map((v) => v.getFirstPropertyValue("uid"));
  assert.equal(new Set(uids).size, uids.length);
});

test("calendarIcs: escaping survives the parser", () => {
  const reg = structuredClone(register);
  const zone = reg.zones.find((z) => z.id === "ILLUS-AT-EDZ");
  zone.nameZh = "安图,示例;开发区\\测试";
  const text = pkg.calendarIcs({ ...input, register: reg }, { lang: "zh" });
  assert.ok(text.includes("安图\\,示例\\;开发区\\\\测试"));
  const comp = new ICAL.Component(ICAL.parse(text));
  const ban = comp
    .getAllSubcomponents("vevent")
    .find((v) => v.getFirstPropertyValue("uid").includes("REAPPLY_BAN_ENDS"));
  assert.ok(ban.getFirstPropertyValue("summary").includes("安图,示例;开发区\\测试"));
});
