//! Generates the differential tests' shims: reads pyffi's sources with the cfgs
//! pyffi's build script chose (`DEP_PYTHON_CFGS`, through ctest's reader), keeps
//! every hand-written `#[inline] pub fn` (and the functions pyffi's own macros
//! define) whose name the same interpreter's headers, with the same defines, make
//! a macro, a `static inline` function or a function, and writes
//!
//! - a C file with one shim per function, `shim_NAME(out, args)`, that calls
//!   `NAME` as C spells it and stores the result's bytes in `out`;
//! - Rust code calling pyffi's `NAME` the same way, and the table of both.
//!
//! An inline function that has no C counterpart in the headers, or whose types
//! this script cannot spell in C, fails the build unless `SKIP` below names it
//! with the reason. `tests/diff.rs` runs the comparisons.

#[allow(dead_code)]
#[path = "../ctest/buildrs/cfg.rs"]
mod cfg;
#[path = "../ctest/buildrs/forward.rs"]
mod forward;
#[allow(dead_code)]
#[path = "../ctest/buildrs/python.rs"]
mod python;
#[allow(dead_code)]
#[path = "../ctest/buildrs/rust.rs"]
mod rust;

use std::collections::{BTreeMap, BTreeSet};
use std::env;
use std::fmt::Write as _;
use std::fs;
use std::path::PathBuf;

/// Inline functions with no shim, and why.
const SKIP: &[(&str, &str)] = &[
    (
        "Py_FatalError",
        "aborts the process (PyPy 3.11's headers make it a macro)",
    ),
    (
        "_Py_ReturnSingleton",
        "pyffi's half of the Py_RETURN_*! macros, which return; tests/singletons.rs checks them",
    ),
    (
        "PyDateTimeAPI",
        "a static of each C translation unit, not the capsule pyffi imported",
    ),
    ("PySlot_DATA", SLOT_INIT),
    ("PySlot_FUNC", SLOT_INIT),
    ("PySlot_SIZE", SLOT_INIT),
    ("PySlot_INT64", SLOT_INIT),
    ("PySlot_UINT64", SLOT_INIT),
    ("PySlot_STATIC_DATA", SLOT_INIT),
    ("PySlot_PTR", SLOT_INIT),
    ("PySlot_PTR_STATIC", SLOT_INIT),
    ("PySlot_END", SLOT_INIT),
    ("PyObject_New", "generic over the Rust result type"),
    ("PyObject_NewVar", "generic over the Rust result type"),
    ("PyObject_GC_New", "generic over the Rust result type"),
    ("PyObject_GC_NewVar", "generic over the Rust result type"),
    ("PyObject_GC_Resize", "generic over the Rust result type"),
    (
        "PyUnstable_Eval_RequestCodeExtraIndex",
        "takes a Rust callback; allocates a process-wide index",
    ),
    (
        "_PyEval_RequestCodeExtraIndex",
        "takes a Rust callback; allocates a process-wide index",
    ),
    ("PyMem_New", ELEMENT_TYPE),
    ("PyMem_NEW", ELEMENT_TYPE),
    ("PyMem_Resize", ELEMENT_TYPE),
    ("PyMem_RESIZE", ELEMENT_TYPE),
    ("PyObject_NEW", "generic over the Rust result type"),
    ("PyObject_NEW_VAR", "generic over the Rust result type"),
    ("Py_MIN", OPERAND_TYPE),
    ("Py_MAX", OPERAND_TYPE),
    ("Py_ABS", OPERAND_TYPE),
    ("Py_SETREF", SETS_A_SLOT),
    ("Py_XSETREF", SETS_A_SLOT),
    ("Py_ISLOWER", CTYPE),
    ("Py_ISUPPER", CTYPE),
    ("Py_ISALPHA", CTYPE),
    ("Py_ISDIGIT", CTYPE),
    ("Py_ISXDIGIT", CTYPE),
    ("Py_ISALNUM", CTYPE),
    ("Py_ISSPACE", CTYPE),
];

const SETS_A_SLOT: &str = "C's macro assigns to an lvalue; the Rust form takes the slot's address (tests/refcount_loop.rs)";
const CTYPE: &str = "defined by a macro of pyffi's over a c_int, where this harness assumes one object; tests/constants.rs checks all 256 bytes against bytes.is*()";

const ELEMENT_TYPE: &str =
    "generic over the element type, which C's macro takes as a type name; tests/memory.rs checks it";
const OPERAND_TYPE: &str =
    "generic over the operand type, as C's macro is untyped; tests/memory.rs checks it";

const SLOT_INIT: &str =
    "a struct initializer ({.sl_id = ...}) in C; a struct's padding is unspecified on both sides, so its bytes are not compared yet";

/// Inline functions that may have no C counterpart in some versions' headers, and why.
const NO_C_OK: &[(&str, &str)] = &[
    (
        "_PyFunction_CAST",
        "a C macro from 3.12 only; pyffi's helper before",
    ),
    ("Py_Is", "C has it from 3.10; pyffi on every version"),
    ("Py_IsNone", "C has it from 3.10; pyffi on every version"),
    ("Py_IsTrue", "C has it from 3.10; pyffi on every version"),
    ("Py_IsFalse", "C has it from 3.10; pyffi on every version"),
    (
        "PyCFunction_CheckExact",
        "C has it from 3.9; pyffi on every version",
    ),
    (
        "PyParser_SimpleParseString",
        "C's is not in the limited API; pyffi's is (3.7-3.9)",
    ),
    (
        "PyParser_SimpleParseFile",
        "C's is not in the limited API; pyffi's is (3.7-3.9)",
    ),
    ("get", "pyffi's bit-field helper, not a C name"),
    ("set", "pyffi's bit-field helper, not a C name"),
];

/// Macros whose argument is an lvalue: the shim passes the pointer's target.
const LVALUE: &[&str] = &["Py_CLEAR"];

fn main() {
    if let Err(e) = run() {
        eprintln!("error: {e}");
        std::process::exit(1);
    }
}

struct Shim {
    name: String,
    file: String,
    /// Parameter types, normalized (`*mut PyObject`, `Py_ssize_t`).
    params: Vec<String>,
    void: bool,
    /// The return type, normalized (`?`: not known, for macro-defined functions).
    ret: String,
    /// C names it as an object-like macro: no call parentheses.
    bare: bool,
    /// What C makes it: `macro`, `static inline`, `function`.
    c_kind: &'static str,
}

fn run() -> Result<(), String> {
    for var in [
        "PYFFI_CTEST_INCLUDE",
        "PYFFI_CTEST_DEFINES",
        "DEP_PYTHON_CFGS",
        "DEP_PYTHON_PYO3_CONFIG",
    ] {
        println!("cargo:rerun-if-env-changed={var}");
    }
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=../ctest/buildrs");

    let manifest = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap());
    let src = manifest.parent().unwrap().join("src");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let cfg_list = env::var("DEP_PYTHON_CFGS")
        .map_err(|_| "DEP_PYTHON_CFGS is not set: pyffi's build script did not run".to_string())?;
    let cfgs = cfg::Cfgs::new(&cfg_list);
    // pyffi's cfgs, for the test's own `#[cfg]`s.
    forward::forward_cfgs(&cfg_list);
    let config = python::pyo3_config()?;
    if cfgs.has("GraalPy") {
        return Err("difftest: GraalPy is not supported".into());
    }
    let (includes, _) = python::includes(&config)?;
    // The test embeds this libpython: find it where pyffi's build script linked it.
    if let Some((_, dir)) = config.iter().find(|(k, _)| k == "lib_dir") {
        if !dir.is_empty() {
            println!("cargo:rustc-link-arg-tests=-Wl,-rpath,{dir}");
        }
    }
    let defines = python::defines(&cfgs);
    let limited = cfgs.has("Py_LIMITED_API");
    let headers_minor = config
        .iter()
        .find(|(k, _)| k == "version")
        .and_then(|(_, v)| v.split('.').nth(1)?.parse::<u32>().ok())
        .unwrap_or(0);
    let newer_headers = limited && headers_minor > cfgs.minor();

    let krate = rust::read(&src, &cfgs)?;
    for f in &krate.files {
        println!("cargo:rerun-if-changed={}", f.display());
    }

    let mut build = cc::Build::new();
    build
        .includes(&includes)
        .warnings(false)
        .cargo_metadata(false);
    for (k, v) in &defines {
        build.define(k, v.as_deref());
    }
    let headers = if limited {
        "#include <Python.h>\n".to_string()
    } else {
        "#include <Python.h>\n#include <datetime.h>\n#include <structmember.h>\n".to_string()
    };
    let c = scan_headers(&build, &out, &headers)?;

    let skip: BTreeMap<&str, &str> = SKIP.iter().copied().collect();
    let mut shims: Vec<Shim> = Vec::new();
    let mut skipped: Vec<(String, String)> = Vec::new();
    let mut no_c: Vec<(String, String)> = Vec::new();
    let mut errors: Vec<String> = Vec::new();
    let mut seen = BTreeSet::new();
    for f in &krate.inline_fns {
        if !seen.insert(f.name.clone()) {
            continue;
        }
        if let Some(why) = skip.get(f.name.as_str()) {
            skipped.push((f.name.clone(), why.to_string()));
            continue;
        }
        let Some((c_kind, bare)) = c.kind(&f.name, f.sig.inputs.is_empty()) else {
            // The compatibility layer gives older versions functions their headers lack.
            // An abi3 floor below these headers' version keeps what they since removed.
            // On PyPy, pyffi keeps CPython's inline functions that PyPy's headers lack.
            if is_compat(&f.file)
                || NO_C_OK.iter().any(|(n, _)| *n == f.name)
                || newer_headers
                || cfgs.has("PyPy")
            {
                no_c.push((f.name.clone(), f.file.clone()));
            } else {
                errors.push(format!(
                    "{} ({}): #[inline] but no macro, static inline or function of that name in these headers; add it to difftest/build.rs's SKIP with the reason",
                    f.name, f.file
                ));
            }
            continue;
        };
        let mut params = Vec::new();
        let mut ok = true;
        for arg in &f.sig.inputs {
            let syn::FnArg::Typed(p) = arg else {
                ok = false;
                continue;
            };
            let n = norm(&p.ty);
            if c_type(&n).is_none() {
                errors.push(format!(
                    "{} ({}): cannot spell parameter type `{n}` in C; teach difftest/build.rs's c_type or add it to SKIP with the reason",
                    f.name, f.file
                ));
                ok = false;
            }
            params.push(n);
        }
        if let syn::ReturnType::Type(_, t) = &f.sig.output {
            let n = norm(t);
            // PyMethodDefPointer: a union of function pointers, C's PyCFunction.
            if !n.starts_with('*')
                && c_type(&n).is_none()
                && n.starts_with("Py")
                && n != "PyMethodDefPointer"
            {
                errors.push(format!(
                    "{} ({}): returns the struct `{n}` by value, which the shims do not compare; add it to SKIP with the reason",
                    f.name, f.file
                ));
                ok = false;
            }
        }
        if !f.sig.generics.params.is_empty() {
            errors.push(format!("{} ({}): generic; add it to SKIP", f.name, f.file));
            ok = false;
        }
        if ok {
            shims.push(Shim {
                name: f.name.clone(),
                file: f.file.clone(),
                params,
                void: matches!(f.sig.output, syn::ReturnType::Default),
                ret: match &f.sig.output {
                    syn::ReturnType::Default => "()".into(),
                    syn::ReturnType::Type(_, t) => norm(t),
                },
                bare,
                c_kind,
            });
        }
    }
    // Functions pyffi's own macros define: one object argument, as all of them take.
    for (name, file) in &krate.macro_idents {
        if seen.contains(name) || !(name.starts_with("Py") || name.starts_with("_Py")) {
            continue;
        }
        let arity = c.fnlike.get(name).copied();
        let inline = c.inline.contains(name);
        if arity.is_none() && !inline {
            continue;
        }
        seen.insert(name.clone());
        if let Some(why) = skip.get(name.as_str()) {
            skipped.push((name.clone(), why.to_string()));
            continue;
        }
        if arity.is_some_and(|a| a != 1) {
            errors.push(format!(
                "{name} ({file}): defined by a macro of pyffi's, and C's takes {} arguments, not one object; teach difftest/build.rs its signature",
                arity.unwrap()
            ));
            continue;
        }
        shims.push(Shim {
            name: name.clone(),
            file: format!("{file} (macro)"),
            params: vec!["*mut PyObject".into()],
            void: false,
            ret: "?".into(),
            bare: false,
            c_kind: if inline { "static inline" } else { "macro" },
        });
    }
    if !errors.is_empty() {
        return Err(errors.join("\nerror: "));
    }

    // The C side.
    let mut cs = String::new();
    cs.push_str(
        "/* Generated by difftest/build.rs. */\n#include <stdint.h>\n#include <string.h>\n",
    );
    cs.push_str(&headers);
    cs.push_str(
        "static double difftest_f64(uint64_t b) { double d; memcpy(&d, &b, sizeof d); return d; }\n\
         Py_ssize_t difftest_refcnt(PyObject *o) { return Py_REFCNT(o); }\n",
    );
    if limited {
        cs.push_str("int difftest_init(void) { return 1; }\n");
    } else {
        cs.push_str(
            "int difftest_init(void) { PyDateTime_IMPORT; return PyDateTimeAPI != NULL; }\n",
        );
    }
    for s in &shims {
        let args: Vec<String> = s
            .params
            .iter()
            .enumerate()
            .map(|(i, p)| {
                let ct = c_type(p).unwrap();
                if p.starts_with('*') {
                    format!("({ct})(uintptr_t)a[{i}]")
                } else if ct == "double" {
                    format!("difftest_f64(a[{i}])")
                } else {
                    format!("({ct})a[{i}]")
                }
            })
            .collect();
        let call = if s.bare {
            s.name.clone()
        } else if LVALUE.contains(&s.name.as_str()) {
            let inner = args[0].trim_start_matches("(PyObject **)");
            format!("{}(*(PyObject **){inner})", s.name)
        } else {
            format!("{}({})", s.name, args.join(", "))
        };
        let _ = writeln!(
            cs,
            "void shim_{}(uint64_t *out, const uint64_t *a) {{",
            s.name
        );
        if s.params.is_empty() {
            let _ = writeln!(cs, "    (void)a;");
        }
        if s.void {
            let _ = writeln!(cs, "    {call};\n    *out = 0;");
        } else {
            // An integer result in pyffi's type (C's may be a bit-field, which has no
            // `__typeof__`); pointers and the rest in C's own.
            let decl = match c_type(&s.ret) {
                Some(t) if !s.ret.starts_with('*') => t,
                _ => format!("__typeof__({call})"),
            };
            let _ = writeln!(
                cs,
                "    {decl} r = {call};\n    *out = 0;\n    memcpy(out, &r, sizeof r < 8 ? sizeof r : 8);"
            );
        }
        cs.push_str("}\n");
    }
    let c_file = out.join("difftest_shims.c");
    fs::write(&c_file, &cs).map_err(|e| e.to_string())?;
    build.file(&c_file).cargo_metadata(true);
    build
        .try_compile("difftest_shims")
        .map_err(|e| format!("the shims do not compile ({}): {e}", c_file.display()))?;

    // The Rust side.
    let mut rs = String::new();
    rs.push_str("// Generated by difftest/build.rs.\n");
    rs.push_str("extern \"C\" {\n");
    for s in &shims {
        let _ = writeln!(rs, "    fn shim_{}(out: *mut u64, a: *const u64);", s.name);
    }
    rs.push_str("}\n");
    for s in &shims {
        let args: Vec<String> = (0..s.params.len())
            .map(|i| format!("crate::FromBits::from_bits(a[{i}])"))
            .collect();
        let _ = writeln!(
            rs,
            "#[allow(non_snake_case, deprecated)]\nunsafe fn rust_{n}(a: &[u64]) -> u64 {{ let _ = a; crate::bits(&{path}{n}({args})) }}\n\
             #[allow(non_snake_case)]\nunsafe fn c_{n}(a: &[u64]) -> u64 {{ let mut o = 0u64; shim_{n}(&mut o, a.as_ptr()); o }}",
            n = s.name,
            args = args.join(", "),
            // The compatibility layer is `pyffi::compat`, as pyo3-ffi's.
            path = if is_compat(&s.file) { "pyffi::compat::" } else { "pyffi::" }
        );
    }
    rs.push_str("pub static FUNCS: &[crate::Func] = &[\n");
    for s in &shims {
        let _ = writeln!(
            rs,
            "    crate::Func {{ name: {:?}, file: {:?}, c_kind: {:?}, params: &{:?}, void: {}, ret: {:?}, rust: rust_{n}, c: c_{n} }},",
            s.name,
            s.file,
            s.c_kind,
            s.params,
            s.void,
            s.ret,
            n = s.name
        );
    }
    rs.push_str("];\n");
    let _ = writeln!(rs, "pub static SKIPPED: &[(&str, &str)] = &{skipped:?};");
    let _ = writeln!(rs, "pub static NO_C: &[(&str, &str)] = &{no_c:?};");
    let _ = writeln!(rs, "pub static CFGS: &str = {:?};", cfgs.describe());
    let _ = writeln!(rs, "/// An abi3 floor below the headers' version.\npub static HEADERS_NEWER: bool = {newer_headers};");
    fs::write(out.join("difftest_funcs.rs"), rs).map_err(|e| e.to_string())?;
    Ok(())
}

/// What the preprocessed headers define.
struct CNames {
    /// Function-like macros and their arity.
    fnlike: BTreeMap<String, usize>,
    objlike: BTreeSet<String>,
    inline: BTreeSet<String>,
    /// Identifiers followed by `(` outside directives: declared functions among them.
    called: BTreeSet<String>,
}

impl CNames {
    /// `(kind, bare)`, or `None` if C has no such name.
    fn kind(&self, name: &str, no_args: bool) -> Option<(&'static str, bool)> {
        if self.fnlike.contains_key(name) {
            Some(("macro", false))
        } else if self.objlike.contains(name) {
            // `#define Py_None (&_Py_NoneStruct)`, or an alias of a function.
            Some(("macro", no_args))
        } else if self.inline.contains(name) {
            Some(("static inline", false))
        } else if self.called.contains(name) {
            Some(("function", false))
        } else {
            None
        }
    }
}

fn scan_headers(build: &cc::Build, out: &std::path::Path, headers: &str) -> Result<CNames, String> {
    let probe = out.join("difftest_probe.c");
    fs::write(&probe, headers).map_err(|e| e.to_string())?;
    let compiler = build.try_get_compiler().map_err(|e| e.to_string())?;
    let output = compiler
        .to_command()
        .args(["-E", "-dD"])
        .arg(&probe)
        .output()
        .map_err(|e| format!("cannot run the C preprocessor: {e}"))?;
    if !output.status.success() {
        return Err(format!(
            "the headers do not preprocess: {}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let text = String::from_utf8_lossy(&output.stdout);
    let mut names = CNames {
        fnlike: BTreeMap::new(),
        objlike: BTreeSet::new(),
        inline: BTreeSet::new(),
        called: BTreeSet::new(),
    };
    let mut code = String::new();
    for line in text.lines() {
        let t = line.trim_start();
        if let Some(rest) = t.strip_prefix("#define ") {
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_'))
                .unwrap_or(rest.len());
            let name = rest[..end].to_string();
            if rest[end..].starts_with('(') {
                let close = rest[end..].find(')').unwrap_or(1);
                let inner = rest[end + 1..end + close].trim();
                let arity = if inner.is_empty() {
                    0
                } else {
                    inner.split(',').count()
                };
                names.objlike.remove(&name);
                names.fnlike.insert(name, arity);
            } else {
                names.fnlike.remove(&name);
                names.objlike.insert(name);
            }
        } else if let Some(rest) = t.strip_prefix("#undef ") {
            names.fnlike.remove(rest.trim());
            names.objlike.remove(rest.trim());
        } else if !t.starts_with('#') {
            code.push_str(line);
            code.push('\n');
        }
    }
    // `static inline TYPE NAME(`: the identifier before the first parenthesis.
    for marker in ["static inline", "static __inline__", "static __inline"] {
        let mut from = 0;
        while let Some(at) = code[from..].find(marker) {
            let start = from + at + marker.len();
            from = start;
            if let Some(paren) = code[start..].find('(') {
                let before = code[start..start + paren].trim_end();
                let id: String = before
                    .chars()
                    .rev()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect::<Vec<_>>()
                    .into_iter()
                    .rev()
                    .collect();
                if !id.is_empty() {
                    names.inline.insert(id);
                }
            }
        }
    }
    let bytes = code.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_alphabetic() || bytes[i] == b'_' {
            let s = i;
            while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || bytes[i] == b'_') {
                i += 1;
            }
            let mut j = i;
            while j < bytes.len() && (bytes[j] == b' ' || bytes[j] == b'\t' || bytes[j] == b'\n') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'(' {
                names.called.insert(code[s..i].to_string());
            }
        } else {
            i += 1;
        }
    }
    Ok(names)
}

/// The type's spelling without paths: `*mut PyObject`, `c_int`.
fn norm(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Ptr(p) => format!(
            "*{} {}",
            if p.mutability.is_some() {
                "mut"
            } else {
                "const"
            },
            norm(&p.elem)
        ),
        syn::Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last().unwrap();
            if matches!(last.arguments, syn::PathArguments::None) {
                last.ident.to_string()
            } else {
                format!("{}<?>", last.ident)
            }
        }
        syn::Type::Paren(p) => norm(&p.elem),
        _ => "?".into(),
    }
}

/// The C spelling of a normalized Rust type.
fn c_type(n: &str) -> Option<String> {
    c_type_in(n, false)
}

/// `pointee`: the type is behind a pointer, where a struct name will do.
fn c_type_in(n: &str, pointee: bool) -> Option<String> {
    if let Some(rest) = n.strip_prefix("*mut ") {
        return c_type_in(rest, true).map(|t| format!("{t} *"));
    }
    if let Some(rest) = n.strip_prefix("*const ") {
        return c_type_in(rest, true).map(|t| format!("const {t} *"));
    }
    let prim = match n {
        "c_int" | "i32" => "int",
        "c_uint" | "u32" => "unsigned int",
        "c_long" => "long",
        "c_ulong" => "unsigned long",
        "c_longlong" | "i64" => "long long",
        "c_ulonglong" | "u64" => "unsigned long long",
        "c_char" => "char",
        "c_uchar" | "u8" => "unsigned char",
        "c_short" => "short",
        "c_ushort" => "unsigned short",
        "c_double" | "f64" => "double",
        "usize" | "size_t" => "size_t",
        "isize" => "Py_ssize_t",
        "c_void" => "void",
        "Py_ssize_t" | "Py_hash_t" | "Py_UCS4" | "Py_UCS2" | "Py_UCS1" | "Py_UNICODE" | "pid_t" => {
            n
        }
        // compile.h's opaque AST root (3.7-3.9), named by its struct tag.
        "_mod" if pointee => "struct _mod",
        _ => "",
    };
    if !prim.is_empty() {
        return Some(prim.to_string());
    }
    // pyffi's struct and typedef names are C's.
    let named = pointee && (n.starts_with("Py") || n.starts_with("_Py") || n == "FILE");
    (named && !n.contains('<') && !n.contains('?')).then(|| n.to_string())
}

/// The compatibility layer: `src/compat.rs` and its files under `src/compat/`.
fn is_compat(file: &str) -> bool {
    file == "compat.rs" || file.starts_with("compat/")
}
