//! WebAssembly bindings (placeholder until written).
