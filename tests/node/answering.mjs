// The inputs of a rule's test vectors (tests/vectors/<rule>.json) that the package answers (the
// error vectors left out), for tests that ask them again in other orders or ways.
import { readFileSync } from "node:fs";
import path from "node:path";

export function answeringInputs(pkg, root, rule, lang = "en") {
  return JSON.parse(readFileSync(path.join(root, "tests/vectors", `${rule}.json`), "utf8"))
    .cases.map((c) => c.input)
    .filter((input) => {
      try {
        return typeof pkg.evaluate(rule, input, { lang }).outcome === "string";
      } catch {
        return false;
      }
    });
}
