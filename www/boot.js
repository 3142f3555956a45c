// Starts the rules engine as soon as the page begins to load. An `async` classic script in
// <head>: it runs while the page is still being parsed, styled and laid out, and starts the
// module's compilation at once (streaming, from the bytes `<link rel="preload">` is fetching)
// and the glue's import alongside; app.js, a module script, runs only after the whole page is
// parsed. app.js imports the same glue (one module instance per URL) and awaits
// `devzoneEngine` instead of starting the engine itself; without this script (or if it fails)
// it starts the engine as before. Measured with tests/bench/page.bench.mjs (docs/benchmarks.md).
'use strict';
(() => {
  // `compileStreaming` needs the server's `application/wasm` type; without it the glue's own
  // `init()` fetches and compiles the module (its fallback reads the bytes whole).
  const compiled = WebAssembly.compileStreaming(fetch('pkg/devzone_rules_wasm_bg.wasm')).catch(
    () => undefined,
  );
  window.devzoneEngine = import('./pkg/devzone_rules_wasm.js').then(async (glue) => {
    const module = await compiled;
    await glue.default(module === undefined ? undefined : { module_or_path: module });
    performance.mark('devzone-init'); // compiled and instantiated (tests/bench/page.bench.mjs)
    return glue;
  });
  // Reported where it is awaited (app.js), not as an unhandled rejection meanwhile.
  window.devzoneEngine.catch(() => {});
})();
