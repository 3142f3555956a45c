// The test contract in wasm: every vector file under tests/vectors/ (any depth) run against the
// built Node package (pkg/node) and the web build (pkg/web, loaded with `initSync`: its data is
// packed and unpacked by its start function, `cargo xtask pkg`), each answer compared with the
// snapshot the native runner wrote.
//
// The native runner (core/tests/vectors.rs) checks each case's hand-written expectations (the
// legal assertions) and writes tests/vectors/snapshots/<file>/<case id>.snap: the full answer in
// zh, ko and en, or the error in each language (`code`, `problem`, `path`, `message`,
// `expected`, `got`, `help`, `lang`). Here the wasm package must
// give exactly that: a deep, strict equality of plain objects (so also no Map, no class
// instance), in every language, on every case: native ≡ wasm, and the expectations hold in wasm
// because they hold natively. No expectation is matched twice, so there is one matcher. A rule
// with a typed entry point (`implMeasuresDeadline`, …) must answer through it exactly as through
// `evaluate`; `rules()` and `rulebook()` must equal their snapshot too.
//
// An error must be a thrown `Error` named `DevzoneError` (never a wasm trap), and the module
// must still answer correctly after it.
//
// Run from the repository root after building pkg/: `node --test tests/node/`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";
import path from "node:path";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const vectorsDir = path.join(root, "tests/vectors");
const snapshotsDir = path.join(vectorsDir, "snapshots");
const pkgNode = path.join(root, "pkg/node/devzone_rules_wasm.js");
const LANGS = ["zh", "ko", "en"];
/** The functions a vector file may call: the package's own names. */
const FUNCTIONS = new Set(["zoneSummary", "report", "obligations", "calendar", "fees"]);
/** The package's typed entry points (bindings/src/lib.rs): each must answer as `evaluate` does. */
const TYPED = {
  "art-18.c": "implMeasuresDeadline",
  "art-16.b": "jointMeetings",
  "art-04.d": "investmentReward",
  "art-11.e": "industrialReuseGrace",
  "art-11.f": "landTransferFee",
  "art-11.g": "infraFee",
};

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

const pkgWeb = path.join(root, "pkg/web/devzone_rules_wasm.js");
let web = null;
let webError = null;
try {
  web = await import(pathToFileURL(pkgWeb).href);
  web.initSync({ module: readFileSync(path.join(root, "pkg/web/devzone_rules_wasm_bg.wasm")) });
} catch (e) {
  webError = e;
}

function requireWeb() {
  assert.ok(web, `cannot load ${path.relative(root, pkgWeb)} (build it with \`cargo xtask pkg\`): ${webError}`);
  return web;
}

const isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);

/** The vector files under `dir`, `snapshots/` left out, sorted by path. */
function vectorFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir).sort()) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) {
      if (name !== "snapshots") out.push(...vectorFiles(p));
    } else if (name.endsWith(".json")) {
      out.push(p);
    }
  }
  return out;
}

/** `{"$include": path, "$pointer"?, "$set"?}` replaced by the file's JSON, as natively (a
 * `$set` key is a top-level key or a JSON pointer to a value that exists). */
function expand(v) {
  if (Array.isArray(v)) return v.map(expand);
  if (!isObject(v)) return v;
  if (!Object.hasOwn(v, "$include")) {
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, expand(x)]));
  }
  let doc = JSON.parse(readFileSync(path.join(root, v.$include), "utf8"));
  if (v.$pointer !== undefined) {
    for (const part of v.$pointer.split("/").slice(1)) {
      doc = doc[part.replaceAll("~1", "/").replaceAll("~0", "~")];
    }
    assert.notEqual(doc, undefined, `$pointer ${v.$pointer} is not in ${v.$include}`);
  }
  for (const [k, x] of Object.entries(v.$set ?? {})) {
    if (k.startsWith("/")) {
      // A JSON pointer to a value that exists: replace it.
      const parts = k.split("/").slice(1).map((p) => p.replaceAll("~1", "/").replaceAll("~0", "~"));
      const last = parts.pop();
      const parent = parts.reduce((o, p) => o?.[p], doc);
      assert.ok(parent !== undefined && Object.hasOwn(parent, last), `$set pointer ${k} is not in ${v.$include}`);
      parent[last] = expand(x);
    } else {
      doc[k] = expand(x);
    }
  }
  return doc;
}

/** The JSON body of an insta snapshot (after its `---` header). */
function readSnapshot(file) {
  assert.ok(existsSync(file), `no snapshot ${path.relative(root, file)}: run the native runner (cargo test -p devzone-rules --all-features --test vectors)`);
  const text = readFileSync(file, "utf8");
  const m = text.match(/^---\n[\s\S]*?\n---\n([\s\S]*)$/);
  assert.ok(m, `${path.relative(root, file)} is not an insta snapshot`);
  return JSON.parse(m[1]);
}

/** What calling the package gives: `{ answer }` or `{ error }` (a thrown DevzoneError). */
function call(mod, doc, input, options) {
  try {
    const answer = doc.rule !== undefined ? mod.evaluate(doc.rule, input, options) : mod[doc.function](input, options);
    return { answer };
  } catch (e) {
    assert.ok(!(e instanceof WebAssembly.RuntimeError), `the module trapped: ${e}`);
    assert.ok(e instanceof Error, `thrown value is not an Error: ${String(e)}`);
    assert.equal(e.name, "DevzoneError", `${e.name}: ${e.message}`);
    // The thrown message is `<path>: <message>`; the snapshot holds the message alone.
    const prefix = e.path ? `${e.path}: ` : "";
    assert.ok(e.message.startsWith(prefix), `the message does not start with its path: ${e.message}`);
    const error = { code: e.code, problem: e.problem, path: e.path, message: e.message.slice(prefix.length) };
    for (const k of ["expected", "got"]) if (e[k] !== undefined) error[k] = e[k];
    error.help = e.help;
    error.lang = e.lang;
    return { error };
  }
}

/** The options of a case in `lang`. */
const inLang = (options, lang) => ({ ...(isObject(options) ? options : {}), lang });

/** A call known to answer, and its snapshot: run after every error. */
let probe = null;

function stillAnswers(mod) {
  assert.ok(probe, "no answer case ran before the first error case");
  const { doc, input, options, expected } = probe;
  assert.deepStrictEqual(call(mod, doc, input, options), { answer: expected }, "the module no longer answers correctly after an error");
}

/** Functions a `LoadedRegister` has, by the package's stateless name. */
const LOADED_FUNCTIONS = new Set(["zoneSummary", "report", "obligations"]);
/** Rules whose input may hold a register but need not (a loaded register cannot be asked them). */
const NO_REGISTER_SLOT = new Set(["art-12.b"]);

/**
 * The same call asked of a `LoadedRegister` (the input's register loaded once, the question
 * without it), when the input holds a register that loads; `undefined` otherwise.
 */
function callLoaded(mod, doc, input, options, brief = false) {
  if (!isObject(input) || !isObject(input.register)) return undefined;
  if (doc.rule !== undefined ? NO_REGISTER_SLOT.has(doc.rule) : !LOADED_FUNCTIONS.has(doc.function)) return undefined;
  let reg;
  try {
    reg = mod.LoadedRegister.load(input.register, options);
  } catch {
    return undefined; // a bad register: its errors are the stateless call's, under `input.register`
  }
  try {
    const { register, ...question } = input;
    const loaded = {
      evaluate: (_, q, o) => (brief ? reg.decide(doc.rule, q, o) : reg.evaluate(doc.rule, q, o)),
      zoneSummary: (q, o) => reg.zoneSummary(q, o),
      report: (q, o) => reg.report(q, o),
      obligations: (q, o) => reg.obligations(q, o),
    };
    const viaLoaded = doc.rule !== undefined ? { evaluate: loaded.evaluate } : { [doc.function]: loaded[doc.function] };
    return call(viaLoaded, doc, question, options);
  } finally {
    reg.free();
  }
}

/**
 * What `decide` must give for a call whose `evaluate` gave `got`: the answer in brief (its rule,
 * outcome, severity and the codes of its reasons and needsHuman), or the same error.
 */
function briefOf(got) {
  if (got.error !== undefined) return got;
  const a = got.answer;
  const codes = (list) => list.map((r) => r.code);
  return {
    answer: {
      ruleId: a.ruleId,
      outcome: a.outcome,
      severity: a.severity,
      reasonCodes: codes(a.reasons),
      needsHumanCodes: codes(a.needsHuman),
    },
  };
}

/** Runs one case in every language against its snapshot. */
function runCase(mod, doc, c, snapshot) {
  const input = expand(c.input);
  const errors = [];
  for (const lang of LANGS) {
    const options = inLang(c.options, lang);
    const got = call(mod, doc, input, options);
    const loaded = callLoaded(mod, doc, input, options);
    if (loaded !== undefined) {
      assert.deepStrictEqual(loaded, got, "LoadedRegister differs from the call with the register in its input");
    }
    if (doc.rule !== undefined) {
      // In brief, stateless and of a loaded register: the answer's outcome, severity and codes.
      const decided = call({ evaluate: (r, i, o) => mod.decide(r, i, o) }, doc, input, options);
      assert.deepStrictEqual(decided, briefOf(got), "decide() differs from evaluate() in brief");
      const loadedBrief = callLoaded(mod, doc, input, options, true);
      if (loadedBrief !== undefined) {
        assert.deepStrictEqual(loadedBrief, briefOf(got), "LoadedRegister.decide() differs from evaluate() in brief");
      }
    }
    const typed = TYPED[doc.rule];
    if (typed !== undefined) {
      assert.deepStrictEqual(call(mod, { function: typed }, input, options), got, `${typed}() differs from evaluate()`);
    }
    if (snapshot.error !== undefined) {
      assert.deepStrictEqual(got, { error: snapshot.error[lang] }, `${lang}: the error differs from the snapshot`);
      errors.push(lang);
    } else {
      assert.ok(Object.hasOwn(snapshot, lang), `the snapshot has no ${lang} answer`);
      assert.deepStrictEqual(got, { answer: snapshot[lang] }, `${lang}: the answer differs from the snapshot`);
      probe ??= { doc, input, options, expected: snapshot[lang] };
    }
  }
  if (errors.length > 0) stillAnswers(mod);
}

const files = existsSync(vectorsDir) ? vectorFiles(vectorsDir) : [];

test("vector files exist, one for every rule evaluate() computes and every function", () => {
  assert.ok(files.length > 0, `no *.json test vectors in ${vectorsDir}`);
  const docs = files.map((f) => JSON.parse(readFileSync(f, "utf8")));
  const functions = requirePkg()
    .rules()
    .filter((r) => r.evaluation === "FUNCTION")
    .map((r) => r.id);
  for (const id of functions) assert.ok(docs.some((d) => d.rule === id), `no vector file for ${id}`);
  for (const f of FUNCTIONS) assert.ok(docs.some((d) => d.function === f), `no vector file for ${f}`);
});

for (const file of files) {
  const rel = path.relative(vectorsDir, file);
  const doc = JSON.parse(readFileSync(file, "utf8"));
  const folder = path.join(snapshotsDir, rel.replace(/\.json$/, ""));
  test(`${rel} (file)`, () => {
    assert.ok((doc.rule === undefined) !== (doc.function === undefined), "a file has exactly one of `rule` and `function`");
    if (doc.function !== undefined) assert.ok(FUNCTIONS.has(doc.function), `unknown function ${doc.function}`);
    assert.ok(Array.isArray(doc.cases) && doc.cases.length > 0, "`cases` must be a non-empty list");
  });
  for (const c of doc.cases ?? []) {
    test(`${rel} ${c.id}`, () => {
      const snapshot = readSnapshot(path.join(folder, `${c.id}.snap`));
      runCase(requirePkg(), doc, c, snapshot);
      runCase(requireWeb(), doc, c, snapshot);
    });
  }
}

test("rules() and rulebook() equal the native snapshot (every rule, in catalog order)", () => {
  for (const { rules, rulebook } of [requirePkg(), requireWeb()]) {
    assert.deepStrictEqual({ rules: rules(), rulebook: rulebook() }, readSnapshot(path.join(snapshotsDir, "rulebook.snap")));
  }
});

// The runner's own checks must be able to fail.
test("runner self-test: a snapshot that differs is caught, in any language or error field", () => {
  const mod = requirePkg();
  const doc = { rule: "art-18.c" };
  const c = { id: "T", input: { issueDate: "2019-06-01", asOf: "2019-12-02" } };
  const snapshot = readSnapshot(path.join(snapshotsDir, "art-18.c", "TV-18-9.snap"));
  runCase(mod, doc, c, snapshot);
  for (const lang of LANGS) {
    const changed = structuredClone(snapshot);
    changed[lang].daysOverdue += 1;
    assert.throws(() => runCase(mod, doc, c, changed), assert.AssertionError, lang);
  }
  const extra = structuredClone(snapshot);
  extra.en.extra = null;
  assert.throws(() => runCase(mod, doc, c, extra), assert.AssertionError, "an extra key");
  const bad = { id: "E", input: { issueDate: "2019-02-30", asOf: "2019-12-02" } };
  const error = readSnapshot(path.join(snapshotsDir, "art-18.c", "ERR-18-feb-30.snap")).error;
  runCase(mod, doc, bad, { error });
  for (const lang of LANGS) {
    for (const key of ["code", "problem", "path", "message", "expected", "got", "help", "lang"]) {
      const changed = structuredClone(error);
      changed[lang][key] = "x";
      assert.throws(() => runCase(mod, doc, bad, { error: changed }), assert.AssertionError, `${lang} ${key}`);
    }
  }
  assert.throws(() => runCase(mod, doc, c, { error }), assert.AssertionError, "an answer where an error was expected");
  assert.throws(() => runCase(mod, doc, bad, snapshot), assert.AssertionError, "an error where an answer was expected");
});
