// The iCalendar export through the built Node package (pkg/node), on the example register
// (report(), obligations() and calendar() are shared vectors, tests/vectors/examples/, their
// answers the native snapshots; core/tests/example_data.rs checks their structure):
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

const input = { register, from: "2019-06-01", to: "2026-12-31", asOf: "2023-06-30" };

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
