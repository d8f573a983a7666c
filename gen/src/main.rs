//! Regenerates pyffi's declarations from the CPython headers of every supported version.
//!
//! Usage: `cargo run -p pyffi-gen --release -- [HEADERS_DIR]` from the repository root,
//! after `gen/fetch-headers.sh` has laid the headers out (default /var/cache/pyffi/headers).

mod anon;
mod bind;
mod cfgexpr;
mod configs;
mod emit;
mod facts;
mod fields;
mod handwritten;
mod imports;
mod params;
mod report;
mod shapes;
mod signatures;
mod spellings;
mod tidy;
mod traits;

use bind::{Entry, Ns};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};

/// One declaration of a name, and the configurations in which it reads exactly so.
pub struct Variant {
    pub items: Vec<syn::Item>,
    pub configs: BTreeSet<usize>,
    /// Where the first configuration declaring it so puts it (opaque forms differ).
    pub header: Option<String>,
    /// PyPy's symbol, where PyPy declares it so.
    pub pypy_link: Option<String>,
    /// A condition beyond the configurations: where a hand-written form does not apply.
    pub extra_cfg: Option<String>,
}

/// Everything the headers declare under one name.
pub struct Declared {
    pub name: String,
    pub ns: Ns,
    pub header: String,
    /// Rank of the first configuration declaring it, then its place there: the output order.
    pub order: (usize, usize),
    pub variants: Vec<Variant>,
}

/// Private functions pyo3-ffi 0.30.1 declares `#[doc(hidden)]`, so that its name lists
/// leave them out; pyo3 calls them.
const PYO3_HIDDEN: &[&str] = &[
    "_PyLong_AsByteArray",
    "_PyLong_FromByteArray",
    "_PyLong_AsByteArrayO",
];

fn compat_names(repo: &Path) -> BTreeSet<String> {
    let dir = repo.join("../shared/pyo3-ffi-0.30.1-api");
    let mut names: BTreeSet<String> = PYO3_HIDDEN.iter().map(|n| n.to_string()).collect();
    for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
        let text = std::fs::read_to_string(entry.path()).unwrap_or_default();
        for line in text.lines().skip(1) {
            if let Some((_, name)) = line.split_once('\t') {
                names.insert(name.rsplit("::").next().unwrap().to_string());
            }
        }
    }
    names
}

fn main() {
    let repo = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..");
    // `--hand`: after editing hand-written code, rewrite only the import blocks and the
    // facts lines; no header is read through bindgen (seconds instead of minutes).
    let hand_only = std::env::args().any(|a| a == "--hand");
    let root = std::env::args()
        .skip(1)
        .find(|a| a != "--hand")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/var/cache/pyffi/headers"));
    if !root.join("3.15/include/Python.h").exists() {
        eprintln!(
            "error: no CPython headers under {}; run gen/fetch-headers.sh first",
            root.display()
        );
        std::process::exit(1);
    }
    let configs = configs::all();
    if hand_only {
        imports_facts_format(&repo, &root, &configs);
        return;
    }
    let compat = compat_names(&repo);
    let mut per_config: Vec<Vec<Entry>> = Vec::new();
    for c in &configs {
        eprintln!("reading {}", c.name());
        match bind::run(c, &root) {
            Ok(mut entries) => {
                tidy::rename_tagged_structs(&mut entries);
                anon::apply(&mut entries);
                shapes::apply(c, &mut entries);
                spellings::apply(c, &mut entries);
                traits::apply(&mut entries);
                tidy::allow_exact_literals(&mut entries);
                per_config.push(entries);
            }
            Err(e) => {
                eprintln!("error: {e}");
                std::process::exit(1);
            }
        }
    }
    spellings::pypy_enums(&configs, &mut per_config);
    let mut declared = merge(&configs, per_config, &compat);
    let hand = handwritten::read(&repo.join("src"));
    handwritten::privatize_called_exports(&configs, &mut declared, &hand.pypy_symbols);
    handwritten::give_way(&configs, &mut declared, &hand.defs);
    params::name_synthesized(&repo.join("gen/param-names.tsv"), &mut declared);
    let merged = fields::merge_versions(&configs, &mut declared);
    let signatures = signatures::merge_versions(&configs, &mut declared);
    emit::write_all(&repo.join("src"), &configs, &declared);
    let edges = imports_facts_format(&repo, &root, &configs);
    report::print(&declared, &merged, signatures, &edges);
}

/// The passes over every module that hand-written code needs too: the import blocks, the
/// facts lines, then formatting. Returns the import graph's edges for the report.
fn imports_facts_format(repo: &Path, root: &Path, configs: &[configs::Config]) -> imports::Edges {
    let order = imports::include_order(root, configs);
    let edges = imports::write_all(&repo.join("src"), configs, &order);
    let oldest = format!("3.{}", configs::OLDEST);
    let newest = format!("3.{}", configs::NEWEST);
    facts::write_all(
        &repo.join("src"),
        &repo.join("gen/facts.tsv"),
        &repo.join("gen/header-versions.tsv"),
        root,
        &oldest,
        &newest,
    );
    format(repo);
    edges
}

/// Formats every module as `cargo fmt` does (with the repository's rustfmt.toml), so
/// that the generated code is what a reader and `cargo fmt --check` expect.
fn format(repo: &Path) {
    let mut files: Vec<PathBuf> = Vec::new();
    for dir in [repo.join("src"), repo.join("src/cpython")] {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            if e.path().extension().is_some_and(|x| x == "rs") {
                files.push(e.path());
            }
        }
    }
    let status = std::process::Command::new("rustfmt")
        .args(["--edition", "2021", "--config-path"])
        .arg(repo.join("rustfmt.toml"))
        .args(&files)
        .status();
    match status {
        Ok(s) if s.success() => {}
        Ok(s) => {
            eprintln!("error: rustfmt failed on the generated modules ({s})");
            std::process::exit(1);
        }
        Err(e) => {
            eprintln!(
                "error: cannot run rustfmt ({e}); install it with `rustup component add rustfmt`"
            );
            std::process::exit(1);
        }
    }
}

fn merge(
    configs: &[configs::Config],
    per_config: Vec<Vec<Entry>>,
    compat: &BTreeSet<String>,
) -> Vec<Declared> {
    let mut by_key: BTreeMap<(Ns, String), Declared> = BTreeMap::new();
    let mut skipped_va = BTreeSet::new();
    let mut unplaced = BTreeSet::new();
    for (ci, entries) in per_config.into_iter().enumerate() {
        for (pos, e) in entries.into_iter().enumerate() {
            if tidy::uses_va_list(&e) {
                skipped_va.insert(e.name.clone());
                continue;
            }
            let key = (e.ns, e.name.clone());
            let text = tidy::comparison_key(&e.items);
            let d = by_key.entry(key).or_insert_with(|| Declared {
                name: e.name.clone(),
                ns: e.ns,
                header: String::new(),
                order: (ci, pos),
                variants: Vec::new(),
            });
            if d.header.is_empty() {
                match &e.header {
                    Some(h) => d.header = h.clone(),
                    None => {
                        unplaced.insert(e.name.clone());
                    }
                }
            }
            let pypy = configs[ci].pypy;
            let same = d.variants.iter_mut().find(|v| {
                let key = tidy::comparison_key(&v.items);
                // PyPy 3.9 exports `PyState_FindModule` as it is, 3.11 as `PyPyState_FindModule`:
                // PyPy configurations share an item only where they share the symbol.
                let same_symbol = !pypy
                    || !v.configs.iter().any(|&i| configs[i].pypy)
                    || v.pypy_link == e.pypy_link;
                same_symbol
                    && (key == text
                        || (pypy
                            && v.configs.iter().any(|&i| !configs[i].pypy)
                            && tidy::long_as_signed(&key, &text)))
            });
            match same {
                Some(v) => {
                    v.configs.insert(ci);
                    v.pypy_link = v.pypy_link.take().or(e.pypy_link);
                }
                None => {
                    // A PyPy-only form of a CPython name stays in CPython's module.
                    let header = if configs[ci].pypy && !d.header.is_empty() {
                        Some(d.header.clone())
                    } else {
                        e.header
                    };
                    d.variants.push(Variant {
                        items: e.items,
                        configs: [ci].into(),
                        header,
                        pypy_link: e.pypy_link,
                        extra_cfg: None,
                    });
                }
            }
        }
    }
    // Keep the public names, those pyo3-ffi exposes, and whatever they mention.
    let all_names: HashMap<String, Vec<(Ns, String)>> =
        by_key.keys().fold(HashMap::new(), |mut m, k| {
            m.entry(k.1.clone()).or_default().push(k.clone());
            m
        });
    let mut keep: BTreeSet<(Ns, String)> = by_key
        .keys()
        .filter(|(_, n)| !n.starts_with('_') || compat.contains(n))
        .cloned()
        .collect();
    let mut todo: Vec<(Ns, String)> = keep.iter().cloned().collect();
    while let Some(k) = todo.pop() {
        let d = &by_key[&k];
        for v in &d.variants {
            let e = Entry {
                name: d.name.clone(),
                ns: d.ns,
                items: v.items.clone(),
                header: None,
                pypy_link: None,
            };
            for m in tidy::mentions(&e) {
                for k2 in all_names.get(&m).into_iter().flatten() {
                    if keep.insert(k2.clone()) {
                        todo.push(k2.clone());
                    }
                }
            }
        }
    }
    eprintln!(
        "left out (va_list): {}",
        skipped_va.into_iter().collect::<Vec<_>>().join(" ")
    );
    let mut out: Vec<Declared> = by_key
        .into_iter()
        .filter(|(k, _)| keep.contains(k))
        .map(|(_, d)| d)
        .collect();
    for d in &mut out {
        if d.header.is_empty() {
            eprintln!(
                "warning: no header known for {}; placing it in pyport",
                d.name
            );
            d.header = "pyport.h".into();
        }
    }
    out.sort_by_key(|d| d.order);
    out
}
