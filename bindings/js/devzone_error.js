// The error class of the npm package `devzone-rules`. A file of the package, imported by the
// glue wasm-bindgen generates (no inline script, no `eval`); `cargo xtask pkg` re-exports
// `DevzoneError` and `isDevzoneError` from the package's entry points, makes this file CommonJS
// for the Node build and guards the web build's functions with `notInitialized`.

/**
 * Every error the package throws: `code`, `path` and every other field of the core's error
 * payload (`help`, …) as own properties; the message names the field.
 */
export class DevzoneError extends Error {
  constructor(message, payload) {
    super(message);
    if (payload !== null && typeof payload === "object") {
      for (const [key, value] of Object.entries(payload)) {
        if (key !== "message" && key !== "name" && key !== "stack") this[key] = value;
      }
    }
  }
}
// On the prototype, so that the stack captured by `super` already reads `DevzoneError: …`.
Object.defineProperty(DevzoneError.prototype, "name", {
  value: "DevzoneError",
  writable: true,
  configurable: true,
});

/** The error the wasm module throws: `message` as the core words it, the payload's fields. */
export function devzoneError(message, payload) {
  return new DevzoneError(message, payload);
}

/**
 * Whether `value` is an error this package threw: an instance of its `DevzoneError`, or one of
 * another copy of the package (another bundle, realm or build) by its name, code and path.
 */
export function isDevzoneError(value) {
  if (value instanceof DevzoneError) return true;
  return (
    typeof value === "object" &&
    value !== null &&
    Object.prototype.toString.call(value) === "[object Error]" &&
    value.name === "DevzoneError" &&
    typeof value.code === "string" &&
    typeof value.path === "string"
  );
}

// The words of the one error the wasm module cannot word itself: it is not running yet.
const NOT_INITIALIZED = {
  zh: {
    message: (f) => `在 WebAssembly 模块初始化之前调用了 \`${f}\``,
    help: "在调用其他函数之前先执行一次 `await init()`(本包的默认导出),或以模块的字节调用 `initSync({ module })`;在 Node 中本包会自行初始化。",
  },
  ko: {
    message: (f) => `WebAssembly 모듈을 초기화하기 전에 \`${f}\` 함수를 호출했습니다`,
    help: "다른 함수를 호출하기 전에 `await init()`(패키지의 기본 내보내기)를 한 번 실행하거나 모듈의 바이트로 `initSync({ module })`를 실행하십시오. Node에서는 패키지가 스스로 초기화됩니다.",
  },
  en: {
    message: (f) => `\`${f}\` was called before the WebAssembly module was initialised`,
    help: "call `await init()` (the package's default export) once before any other function, or `initSync({ module })` with the module's bytes; in Node the package initialises itself.",
  },
};

/**
 * The language a call asked for: the last `lang` argument or options object's `lang` (so
 * `explain(answer, "ko")` is Korean, `explain(answer)` in the answer's own); else Chinese, as
 * every other error of the package.
 */
function langOf(args) {
  for (const a of Array.from(args).reverse()) {
    const lang = typeof a === "string" ? a : a !== null && typeof a === "object" ? a.lang : undefined;
    if (lang === "zh" || lang === "ko" || lang === "en") return lang;
  }
  return "zh";
}

/** The `NOT_INITIALIZED` error of the web build: function `name` called before `init()`. */
export function notInitialized(name, args) {
  const lang = langOf(args ?? []);
  const words = NOT_INITIALIZED[lang];
  return new DevzoneError(words.message(name), {
    code: "NOT_INITIALIZED",
    problem: "NOT_INITIALIZED",
    path: "",
    help: words.help,
    lang,
  });
}
