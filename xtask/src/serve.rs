//! A static file server for the demo: `www/` at `/`, `pkg/web/` at `/pkg/` and `examples/` at
//! `/examples/`, on 127.0.0.1 only.
//!
//! GET and HEAD only; paths are resolved inside the three folders (no `..`, no symlink escape);
//! `.wasm` is served as `application/wasm` so browsers can stream-compile it.

use crate::util::root;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};

pub fn run(args: &[String]) -> Result<(), String> {
    let port = match args.iter().position(|a| a == "--port") {
        Some(i) => args
            .get(i + 1)
            .and_then(|p| p.parse::<u16>().ok())
            .ok_or("--port expects a number from 0 to 65535")?,
        None => 8080,
    };
    if !root().join("pkg").join("web").exists() {
        return Err(
            "pkg/web is missing: run `cargo xtask pkg` (or `cargo xtask demo`)".to_string(),
        );
    }
    let listener = TcpListener::bind(("127.0.0.1", port))
        .or_else(|e| {
            eprintln!("port {port} is not free ({e}); taking a free one");
            TcpListener::bind(("127.0.0.1", 0))
        })
        .map_err(|e| format!("cannot listen on 127.0.0.1: {e}"))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    println!(
        "serving www/ at http://{addr}/ (pkg/web at /pkg/, examples at /examples/); Ctrl-C to stop"
    );
    for stream in listener.incoming().flatten() {
        if let Err(e) = handle(stream) {
            eprintln!("serve: {e}");
        }
    }
    Ok(())
}

/// Maps a URL path to a file, or `None` when it is outside the served folders.
pub fn resolve(www: &Path, pkg_web: &Path, examples: &Path, url_path: &str) -> Option<PathBuf> {
    let path = url_path.split(['?', '#']).next().unwrap_or("/");
    let (base, rest) = if let Some(rest) = path.strip_prefix("/pkg/") {
        (pkg_web, rest)
    } else if let Some(rest) = path.strip_prefix("/examples/") {
        (examples, rest)
    } else {
        (www, path.trim_start_matches('/'))
    };
    let rest = if rest.is_empty() || rest.ends_with('/') {
        format!("{rest}index.html")
    } else {
        rest.to_string()
    };
    let mut out = base.to_path_buf();
    for part in rest.split('/') {
        if part.is_empty() || part == "." || part == ".." || part.contains('\\') {
            return None;
        }
        out.push(part);
    }
    let canonical = out.canonicalize().ok()?;
    let base = base.canonicalize().ok()?;
    canonical.starts_with(&base).then_some(canonical)
}

/// MIME type by extension.
pub fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("wasm") => "application/wasm",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("ts") => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn handle(mut stream: TcpStream) -> Result<(), String> {
    let mut request_line = String::new();
    BufReader::new(&stream)
        .read_line(&mut request_line)
        .map_err(|e| e.to_string())?;
    let mut parts = request_line.split_whitespace();
    let method = parts.next().unwrap_or("");
    let target = parts.next().unwrap_or("/");
    let www = root().join("www");
    let pkg_web = root().join("pkg").join("web");
    let examples = root().join("examples");
    let (status, body, mime) = if method != "GET" && method != "HEAD" {
        (
            "405 Method Not Allowed",
            b"method not allowed".to_vec(),
            "text/plain",
        )
    } else {
        match resolve(&www, &pkg_web, &examples, target)
            .and_then(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        {
            Some((p, b)) => ("200 OK", b, content_type(&p)),
            None => ("404 Not Found", b"not found".to_vec(), "text/plain"),
        }
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {mime}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nConnection: close\r\n\r\n",
        body.len()
    );
    stream
        .write_all(head.as_bytes())
        .map_err(|e| e.to_string())?;
    if method != "HEAD" {
        stream.write_all(&body).map_err(|e| e.to_string())?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_inside_the_three_roots_only() {
        let www = root().join("www");
        let pkg = root().join("xtask"); // any existing folder stands in for pkg/web
        let ex = root().join("examples");
        assert_eq!(
            resolve(&www, &pkg, &ex, "/examples/yanbian-register.json"),
            ex.join("yanbian-register.json").canonicalize().ok()
        );
        assert_eq!(resolve(&www, &pkg, &ex, "/examples/../Cargo.toml"), None);
        assert_eq!(resolve(&www, &pkg, &ex, "/examples/"), None);
        assert_eq!(
            resolve(&www, &pkg, &ex, "/"),
            www.join("index.html").canonicalize().ok()
        );
        assert_eq!(
            resolve(&www, &pkg, &ex, "/?x=1"),
            www.join("index.html").canonicalize().ok()
        );
        assert_eq!(
            resolve(&www, &pkg, &ex, "/pkg/Cargo.toml"),
            pkg.join("Cargo.toml").canonicalize().ok()
        );
        assert_eq!(resolve(&www, &pkg, &ex, "/../Cargo.toml"), None);
        assert_eq!(resolve(&www, &pkg, &ex, "/pkg/../Cargo.toml"), None);
        assert_eq!(resolve(&www, &pkg, &ex, "/nope.html"), None);
        assert_eq!(content_type(Path::new("a_bg.wasm")), "application/wasm");
        assert_eq!(
            content_type(Path::new("app.js")),
            "text/javascript; charset=utf-8"
        );
    }
}
