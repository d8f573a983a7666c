//! Writes each public item's facts (gen/facts.tsv, from CPython's docs, stable_abi.toml and
//! refcounts.dat: see gen/facts.py) into its rustdoc, generated and hand-written items alike.
//!
//! The generator owns every `/// C API: …` line (and the bare `///` it may put before one):
//! it drops them all and writes one right above each `pub` item line. Every other doc line
//! is hand-written, and left alone.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

const KINDS: &[&str] = &["fn", "static", "const", "struct", "enum", "union", "type"];

struct Fact {
    page: String,
    added: String,
    changed: String,
    deprecated: String,
    removed: String,
    abi: String,
    ret: String,
    stolen: String,
}

fn read_table(path: &Path) -> HashMap<String, Fact> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!(
            "error: cannot read {} ({e}); rebuild it with gen/facts.py",
            path.display()
        );
        std::process::exit(1);
    });
    let mut facts = HashMap::new();
    for line in text.lines().skip(1) {
        let c: Vec<&str> = line.split('\t').collect();
        if c.len() != 9 {
            continue;
        }
        let s = |i: usize| c[i].to_string();
        let fact = Fact {
            page: s(1),
            added: s(2),
            changed: s(3),
            deprecated: s(4),
            removed: s(5),
            abi: s(6),
            ret: s(7),
            stolen: s(8),
        };
        facts.insert(s(0), fact);
    }
    facts
}

/// The name a line declares as a public item, if it opens one.
pub fn item_name(line: &str) -> Option<&str> {
    let mut rest = line.trim_start().strip_prefix("pub ")?;
    loop {
        let before = rest;
        for prefix in ["unsafe ", "extern \"C\" "] {
            rest = rest.strip_prefix(prefix).unwrap_or(rest);
        }
        // `const fn` and `const unsafe fn`, not the `const` item.
        if let Some(r) = rest.strip_prefix("const ") {
            if r.starts_with("fn ") || r.starts_with("unsafe ") {
                rest = r;
            }
        }
        if rest == before {
            break;
        }
    }
    let (kind, rest) = rest.split_once(' ')?;
    if !KINDS.contains(&kind) {
        return None;
    }
    let rest = rest.strip_prefix("mut ").unwrap_or(rest);
    let end = rest
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(rest.len());
    let name = &rest[..end];
    (!name.is_empty()).then_some(name)
}

const MARK: &str = "/// C API: ";

fn managed(line: &str) -> bool {
    line.trim_start().starts_with(MARK)
}

/// Drops the managed lines, with the bare `///` that separates one from the docs above it.
fn unmanaged(text: &str) -> Vec<&str> {
    let lines: Vec<&str> = text.lines().collect();
    let next_managed = |i: usize| lines.get(i + 1).is_some_and(|l| managed(l));
    (0..lines.len())
        .filter(|&i| !(managed(lines[i]) || lines[i].trim() == "///" && next_managed(i)))
        .map(|i| lines[i])
        .collect()
}

/// Where CPython's headers define a name (gen/header-versions.tsv, from
/// gen/header_versions.py): first and last minor version (last empty: still there),
/// and the first abi3 floor whose limited-API headers define it (empty: none).
struct Versions {
    first: String,
    last: String,
    limited: String,
}

fn read_versions(path: &Path) -> HashMap<String, Versions> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| {
        eprintln!(
            "error: cannot read {} ({e}); rebuild it with gen/header_versions.py",
            path.display()
        );
        std::process::exit(1);
    });
    let mut out = HashMap::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        if let [name, first, last, limited] = line.split('\t').collect::<Vec<_>>()[..] {
            let v = |s: &str| s.to_string();
            out.insert(
                v(name),
                Versions {
                    first: v(first),
                    last: v(last),
                    limited: v(limited),
                },
            );
        }
    }
    out
}

/// "In the headers from 3.9", "In the headers from 3.7 to 3.11", "Only in PyPy's headers",
/// or that no header has the name (pyffi's names for anonymous C types, say).
fn headers_clause(v: Option<&Versions>, oldest: &str) -> String {
    let Some(v) = v else {
        return "Not in CPython's headers".to_string();
    };
    if v.first == "PyPy" {
        return "Only in PyPy's headers".to_string();
    }
    let first = if v.first == oldest {
        format!("{oldest} (the oldest pyffi supports)")
    } else {
        v.first.clone()
    };
    match v.last.as_str() {
        "" => format!("In the headers from {first}"),
        last if last == v.first => format!("In the {last} headers only"),
        last => format!("In the headers from {first} to {last}"),
    }
}

/// The CPython headers by version, read on first use, for the header links.
struct Headers {
    root: PathBuf,
    newest: String,
    /// (version, path under `include/`) → text, every public header of a version.
    text: HashMap<String, Vec<(String, String)>>,
}

impl Headers {
    /// " Declared in [`Include/X.h`](…/blob/3.N/Include/X.h)." for an item of the module
    /// mirroring header `rel`: that header of the item's last version (3.N) when it has
    /// the name, else the public header of 3.N that defines it (3.15 moved the slot ids
    /// to `slots_generated.h`); empty for pyffi's own items and PyPy's.
    fn link(&mut self, rel: Option<&str>, name: &str, v: Option<&Versions>) -> String {
        let (Some(rel), Some(v)) = (rel, v) else {
            return String::new();
        };
        if v.first == "PyPy" {
            return String::new();
        }
        let version = match v.last.as_str() {
            "" => self.newest.clone(),
            last => last.to_string(),
        };
        let root = self.root.join(&version).join("include");
        let files = self.text.entry(version.clone()).or_insert_with(|| {
            let mut out = Vec::new();
            read_headers(&root, &root, &mut out);
            out
        });
        let mirrored = files
            .iter()
            .find(|(path, text)| path == rel && !words(text, name).is_empty());
        let Some((path, _)) =
            mirrored.or_else(|| files.iter().find(|(_, text)| defines(text, name)))
        else {
            return String::new();
        };
        format!(
            " Declared in [`Include/{path}`](https://github.com/python/cpython/blob/{version}/Include/{path})."
        )
    }
}

/// Every `.h` under `dir` but `internal/`, as (path relative to `root`, text), sorted.
fn read_headers(root: &Path, dir: &Path, out: &mut Vec<(String, String)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for p in paths {
        if p.is_dir() && !p.ends_with("internal") {
            read_headers(root, &p, out);
        } else if p.extension().is_some_and(|x| x == "h") {
            let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
            out.push((rel, std::fs::read_to_string(&p).unwrap_or_default()));
        }
    }
}

/// Byte offsets where `name` occurs in `text` as a whole C identifier.
fn words(text: &str, name: &str) -> Vec<usize> {
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    text.match_indices(name)
        .map(|(i, _)| i)
        .filter(|&i| {
            !word(text[..i].chars().next_back()) && !word(text[i + name.len()..].chars().next())
        })
        .collect()
}

/// Whether `text` defines `name`: a `#define`, a declaration (`PyAPI_FUNC`, `PyAPI_DATA`,
/// `typedef`, `struct`), or an enumerator at the start of its line or pasted by a macro.
fn defines(text: &str, name: &str) -> bool {
    // Enumerators pasted by a macro: `PyDict_EVENT_##EVENT` and `V(ADDED)` give `PyDict_EVENT_ADDED`.
    let pasted = name.match_indices('_').any(|(i, _)| {
        let (prefix, rest) = name.split_at(i + 1);
        text.contains(&format!("{prefix}##")) && !words(text, rest).is_empty()
    });
    pasted
        || words(text, name).into_iter().any(|i| {
            let line = &text[text[..i].rfind('\n').map_or(0, |n| n + 1)..i];
            let before = line.trim();
            let after = text[i + name.len()..]
                .split('\n')
                .next()
                .unwrap_or("")
                .trim_start();
            let enumerator =
                before.is_empty() && (after.is_empty() || after.starts_with([',', '=']));
            before.ends_with("define")
                || enumerator
                || ["PyAPI_FUNC", "PyAPI_DATA", "typedef", "struct"]
                    .iter()
                    .any(|k| before.contains(k))
        })
}

/// The header a module mirrors (`src/cpython/object.rs`: `cpython/object.h`).
fn header_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).ok()?.with_extension("");
    Some(format!(
        "{}.h",
        rel.to_str()?.replace("abstract_", "abstract")
    ))
}

fn lines_for(
    name: &str,
    fact: Option<&Fact>,
    v: Option<&Versions>,
    oldest: &str,
    link: &str,
) -> Vec<String> {
    let headers = headers_clause(v, oldest);
    let Some(f) = fact else {
        return vec![format!(
            "C API: no entry in CPython's C-API docs. {headers}.{link}"
        )];
    };
    let mut out = Vec::new();
    let mut first = if f.page.is_empty() {
        "C API: no entry in CPython's C-API docs".to_string()
    } else {
        format!(
            "C API: [`{name}`](https://docs.python.org/3/c-api/{}.html#c.{name})",
            f.page
        )
    };
    let mut notes = Vec::new();
    for (label, v) in [
        ("added", &f.added),
        ("changed", &f.changed),
        ("deprecated", &f.deprecated),
        ("removed", &f.removed),
    ] {
        if !v.is_empty() {
            notes.push(format!("{label} {}", v.replace(',', ", ")));
        }
    }
    if !notes.is_empty() {
        first += &format!(" (docs: {})", notes.join("; "));
    }
    let link = if f.page.is_empty() { link } else { "" };
    out.push(format!("{first}. {headers}.{link}"));
    let abi = match f.abi.split_once(':') {
        Some(("limited", v)) => format!("Limited API and stable ABI since {v}."),
        Some(("limited-opaque", v)) => format!("Stable ABI since {v}, as an opaque type."),
        Some(("abi", v)) => format!("Stable ABI since {v}, not in the limited API."),
        // A macro or static inline function of the limited API has no ABI entry.
        _ => match v.map(|v| v.limited.as_str()) {
            Some(l) if !l.is_empty() => {
                format!("In the limited API's headers from {l} (no stable-ABI symbol).")
            }
            _ => "Not in the limited API.".to_string(),
        },
    };
    out.push(abi);
    let mut refs = match f.ret.as_str() {
        "new" => "Returns a new reference.".to_string(),
        "borrowed" => "Returns a borrowed reference.".to_string(),
        _ => String::new(),
    };
    if !f.stolen.is_empty() {
        let args: Vec<String> = f.stolen.split(',').map(|a| format!("`{a}`")).collect();
        refs += &format!(" Steals a reference to {}.", args.join(", "));
    }
    if !refs.is_empty() {
        out.push(refs.trim().to_string());
    }
    out
}

fn rs_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .into_iter()
        .flatten()
        .flatten()
        .map(|e| e.path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rs_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// Rewrites the facts block of every public item in every module under `src`.
pub fn write_all(
    src: &Path,
    table: &Path,
    versions: &Path,
    headers: &Path,
    oldest: &str,
    newest: &str,
) {
    let mut headers = Headers {
        root: headers.to_path_buf(),
        newest: newest.to_string(),
        text: HashMap::new(),
    };
    let facts = read_table(table);
    let versions = read_versions(versions);
    let mut files = Vec::new();
    rs_files(src, &mut files);
    for file in files {
        let Ok(text) = std::fs::read_to_string(&file) else {
            continue;
        };
        let lines = unmanaged(&text);
        let rel = header_of(src, &file);
        let mut out: Vec<String> = Vec::with_capacity(lines.len());
        let mut attrs_from = 0;
        for (i, line) in lines.iter().enumerate() {
            let t = line.trim();
            let in_attrs = t.starts_with("#[") || t.starts_with("///") || t.starts_with("//");
            if let Some(name) = item_name(line) {
                let indent = &line[..line.len() - line.trim_start().len()];
                // One line, so that the source stays readable; a paragraph of its own
                // when docs stand above it (rustdoc joins doc lines across attributes).
                let group = &lines[attrs_from..i];
                if group.iter().any(|l| {
                    let l = l.trim_start();
                    l.starts_with("///") || l.starts_with("#[doc")
                }) {
                    out.push(format!("{indent}///"));
                }
                let link = headers.link(rel.as_deref(), name, versions.get(name));
                let text =
                    lines_for(name, facts.get(name), versions.get(name), oldest, &link).join(" ");
                out.push(format!(
                    "{indent}{MARK}{}",
                    text.trim_start_matches("C API: ")
                ));
            }
            // An attribute group (possibly over several lines) ends at a line closing a
            // statement or block; the next group starts after it.
            if !in_attrs
                && (t.ends_with(';') || t.ends_with('{') || t.ends_with('}') || t.is_empty())
            {
                attrs_from = i + 1;
            }
            out.push(line.to_string());
        }
        let mut new = out.join("\n");
        new.push('\n');
        if new != text {
            std::fs::write(&file, new).unwrap_or_else(|e| {
                eprintln!("error: cannot write {} ({e})", file.display());
                std::process::exit(1);
            });
        }
    }
}
