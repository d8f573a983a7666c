//! Turns the embedding tests named in `FILES` into one module tree for `lib.rs`: each
//! `tests/NAME.rs` becomes `mod NAME { … }`, its `#[test]` functions `pub(crate)` and
//! listed, with their cfgs, in `tests()`. The files themselves stay ordinary tests.

#[path = "../ctest/buildrs/forward.rs"]
mod forward;

use std::fmt::Write as _;
use std::{env, fs, path::PathBuf};

/// The test files run on PyPy: the compat layer's.
const FILES: &[&str] = &[
    "compat",
    "compat_config",
    "compat_frames",
    "compat_numbers",
    "compat_objects",
    "compat_runtime",
    "compat_strings",
];

/// Tests that hold only for CPython's object model, and why; the rest of their file runs.
const NOT_ON_PYPY: &[(&str, &str)] = &[
    ("compat::module_add", PROXIES),
    ("compat::dict_get_item_ref_and_set_default_ref", PROXIES),
    ("compat::list_helpers", PROXIES),
    ("compat::weakref_get_ref", GC_TIMING),
    (
        "compat_frames::frame_accessors",
        "counts the frames above its code; here a Python call runs the tests",
    ),
    ("compat_objects::set_size_type_and_refcnt", WRITES_HEADER),
    (
        "compat_objects::uniquely_referenced",
        "a proxy's count has PyPy's base in it: the shim answers 0, not unique, the safe answer",
    ),
    ("compat_objects::call_one_arg_and_vectorcall", PROXIES),
    ("compat_objects::dict_string_ref_pop_and_contains", PROXIES),
    ("compat_objects::tuple_from_array", PROXIES),
    (
        "compat_objects::hash_pointer_is_object_hash",
        "PyPy's object hash does not come from the C address",
    ),
    ("compat_runtime::gc_is_tracked", PYPY_GC),
    ("compat_runtime::gc_is_finalized", PYPY_GC),
    (
        "compat_runtime::managed_dict::visit_sees_the_instance_dict",
        MANAGED_DICT,
    ),
    (
        "compat_runtime::managed_dict::clear_drops_the_instance_dict",
        MANAGED_DICT,
    ),
];

/// PyPy keeps objects of its own and gives C a proxy, counting only C's references.
const PROXIES: &str = "asserts reference counts or identities of objects a container holds; \
    PyPy's containers hold PyPy objects and hand C a proxy, counting only C's references";
/// Stores into ob_refcnt or ob_size.
const WRITES_HEADER: &str = "writes ob_size or ob_refcnt, which PyPy's own object does not follow \
    (its heap is corrupted when the proxy is freed)";
/// PyPy 3.11's own GC functions (3.9 has none, and no shim).
const PYPY_GC: &str = "PyPy 3.11's own function answers for PyPy's GC, not CPython's \
    (an int counts as tracked, a finalized object does not show it)";
/// Instance dicts live on PyPy's side.
const MANAGED_DICT: &str =
    "PyPy keeps an instance's __dict__ on its side, out of the C struct's reach";
/// PyPy's garbage collector frees at a collection, not at the last reference.
const GC_TIMING: &str = "expects an object freed at its last reference; PyPy frees at a collection";

fn main() {
    let tests = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("../tests");
    println!("cargo:rerun-if-changed=build.rs");
    // pyffi's cfgs, which the tests' own `#[cfg]`s use.
    let cfgs =
        env::var("DEP_PYTHON_CFGS").expect("DEP_PYTHON_CFGS: pyffi's build script did not run");
    forward::forward_cfgs(&cfgs);
    let (mut modules, mut table) = (String::new(), String::new());
    let mut all = Vec::new();
    for file in FILES {
        let path = tests.join(format!("{file}.rs"));
        println!("cargo:rerun-if-changed={}", path.display());
        let text = fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let (body, found) = rewrite(&text);
        // The file's own `#![cfg(…)]`, which gates the whole module, gates its entries too.
        let file_cfgs: Vec<&str> = text.lines().filter(|l| l.starts_with("#![cfg(")).collect();
        writeln!(modules, "pub mod {file} {{\n{body}\n}}").unwrap();
        for (cfgs, name) in found {
            let path = format!("{file}::{name}");
            all.push(path.clone());
            let gates = file_cfgs
                .iter()
                .map(|c| c.replacen("#!", "#", 1))
                .chain(cfgs);
            for gate in gates {
                writeln!(table, "    {gate}").unwrap();
            }
            let run = format!("v.push((\"{path}\", {path} as fn()));");
            match NOT_ON_PYPY.iter().find(|(t, _)| *t == path) {
                Some((_, why)) => writeln!(
                    table,
                    "    {{\n        #[cfg(PyPy)]\n        skipped.push((\"{path}\", {why:?}));\n        #[cfg(not(PyPy))]\n        {run}\n    }}"
                ),
                None => writeln!(table, "    {run}"),
            }
            .unwrap();
        }
    }
    for (test, _) in NOT_ON_PYPY {
        if !all.iter().any(|t| t == test) {
            panic!("NOT_ON_PYPY names {test}, which is no test of FILES: remove it");
        }
    }
    let out = format!(
        "{modules}\n/// Every test, by path, with the cfgs it has in its file; and those not run, with why.\n#[allow(clippy::type_complexity)]\npub fn tests() -> (Vec<(&'static str, fn())>, Vec<(&'static str, &'static str)>) {{\n    let mut v: Vec<(&'static str, fn())> = Vec::new();\n    #[allow(unused_mut)] // pushed to on PyPy only\n    let mut skipped: Vec<(&'static str, &'static str)> = Vec::new();\n{table}    (v, skipped)\n}}\n"
    );
    fs::write(
        PathBuf::from(env::var("OUT_DIR").unwrap()).join("tests.rs"),
        out,
    )
    .unwrap();
}

/// The file with `mod common;` pointing at the crate's copy and each `#[test]` function
/// made `pub(crate)`; and the (cfg lines, `module::path::name`) of those functions.
fn rewrite(text: &str) -> (String, Vec<(Vec<String>, String)>) {
    let (mut out, mut found) = (String::new(), Vec::new());
    // Inline modules open at an indentation, with their cfgs: the path of the test
    // functions within, and cfgs they are under.
    let mut mods: Vec<(usize, String, Vec<String>)> = Vec::new();
    let (mut is_test, mut cfgs) = (false, Vec::new());
    for line in text.lines() {
        let t = line.trim_start();
        let indent = line.len() - t.len();
        if t == "}" && mods.last().is_some_and(|(i, ..)| *i == indent) {
            mods.pop();
        }
        if let Some(name) = t.strip_prefix("mod ").and_then(|r| r.strip_suffix(" {")) {
            // Opened to the table in `tests()`.
            mods.push((indent, name.to_string(), std::mem::take(&mut cfgs)));
            writeln!(out, "{}pub(crate) {t}", &line[..indent]).unwrap();
            continue;
        }
        if t == "mod common;" {
            out.push_str("use crate::common;\n");
            continue;
        }
        if t == "#[test]" {
            is_test = true;
            continue;
        }
        if t.starts_with("#[cfg(") {
            cfgs.push(t.to_string());
        } else if let (true, Some(rest)) = (is_test, t.strip_prefix("fn ")) {
            let name = &rest[..rest.find('(').unwrap()];
            let mut path: Vec<&str> = mods.iter().map(|(_, m, _)| m.as_str()).collect();
            path.push(name);
            let mut all: Vec<String> = mods.iter().flat_map(|(.., c)| c.iter().cloned()).collect();
            all.append(&mut cfgs);
            found.push((all, path.join("::")));
            is_test = false;
            writeln!(out, "{}pub(crate) {t}", &line[..indent]).unwrap();
            continue;
        } else if !t.starts_with("#[") {
            cfgs.clear();
            is_test = false;
        }
        out.push_str(line);
        out.push('\n');
    }
    (out, found)
}
