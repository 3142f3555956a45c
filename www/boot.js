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
  // Opened from disk, the browser runs no module script (app.js never starts): say so instead
  // of "Loading…" for ever, in the browser's language (the page's own choice is app.js's).
  if (location.protocol === 'file:') {
    const said = {
      zh: '请通过网页服务器打开本页(任何静态文件服务器均可):浏览器不运行从 file:// 打开的模块脚本。',
      ko: '이 페이지는 웹서버(어떤 정적 파일 서버든 됩니다)를 통하여 열어야 합니다. 브라우저는 file://로 연 모듈 스크립트를 실행하지 않습니다.',
      en: 'Open this page through a web server (any static file server will do): browsers do not run module scripts opened from file://.',
    };
    const lang = (navigator.language || 'en').slice(0, 2);
    const tell = () => {
      const status = document.getElementById('status');
      if (!status) return;
      status.textContent = said[lang] || said.en;
      status.dataset.state = 'failed';
    };
    // An `async` script may run before or after the page is parsed.
    if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', tell);
    else tell();
  }
})();
