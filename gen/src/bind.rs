//! Runs bindgen over one configuration's headers and splits its output into named items.

use crate::configs::Config;
use bindgen::callbacks::{DiscoveredItem, DiscoveredItemId, IntKind, ParseCallbacks, SourceLocation};
use std::collections::HashMap;
use std::path::Path;
use std::sync::{Arc, Mutex};

/// Headers that `Python.h` does not include but whose API we declare.
const EXTRA_HEADERS: &[&str] = &["structmember.h", "datetime.h", "frameobject.h", "marshal.h"];

/// Headers that hold build configuration or version numbers, not API.
const SKIPPED_HEADERS: &str =
    "pyconfig|patchlevel|pymacconfig|dynamic_annotations|pydtrace|exports|pymacro|pyexpat|py_curses|pypy_macros";

/// Items written by hand: their C definitions depend on macros bindgen cannot see
/// through (the object header) or on Rust choices (`Py_ssize_t` is `isize`).
pub const HAND_WRITTEN: &[&str] = &[
    "Py_ssize_t",
    "Py_hash_t",
    "Py_uhash_t",
    "PyObject",
    "PyVarObject",
    "_object",
];

/// Declared in the headers without `PyAPI_FUNC`: no interpreter exports them.
const NOT_EXPORTED: &[&str] = &["PySignal_SetWakeupFd"];

/// Declared by CPython's headers where its library does not define them (found by the
/// layout check's symbol lookup): minor versions `from..until`.
const NOT_EXPORTED_IN: &[(&str, u32, u32)] = &[
    ("PyBuffer_SizeFromFormat", 7, 9),
    ("PyFrame_ExtendStack", 7, 9),
    ("PyNullImporter_Type", 7, 9),
    ("PyCmpWrapper_Type", 7, 9),
    ("PySortWrapper_Type", 7, 9),
    ("PyStructSequence_UnnamedField", 9, 11),
    ("PyLineTable_InitAddressRange", 10, 11),
    ("PyLineTable_NextAddressRange", 10, 11),
    ("PyLineTable_PreviousAddressRange", 10, 11),
];

/// Enums that pyo3-ffi exposes as Rust enums; every other C enum becomes constants.
const RUST_ENUMS: &str = "PyGILState_STATE|PyMemAllocatorDomain|PySendResult|_PyStatus_TYPE";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Ns {
    Type,
    Value,
}

#[derive(Clone, Debug)]
pub struct Entry {
    pub name: String,
    pub ns: Ns,
    /// The item as bindgen wrote it, impl blocks of a struct appended.
    pub items: Vec<syn::Item>,
    /// Header path relative to Include/, e.g. `cpython/object.h`.
    pub header: Option<String>,
    /// PyPy's prefixed symbol (`PyPyList_New`) behind a function or static.
    pub pypy_link: Option<String>,
}

#[derive(Default)]
struct Locations(Mutex<HashMap<String, String>>);

#[derive(Debug)]
struct Callbacks(Arc<Locations>);

impl std::fmt::Debug for Locations {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Locations")
    }
}

impl ParseCallbacks for Callbacks {
    fn new_item_found(
        &self,
        _id: DiscoveredItemId,
        item: DiscoveredItem,
        loc: Option<&SourceLocation>,
    ) {
        let name = match item {
            DiscoveredItem::Struct { final_name, .. }
            | DiscoveredItem::Union { final_name, .. }
            | DiscoveredItem::Enum { final_name }
            | DiscoveredItem::Function { final_name }
            | DiscoveredItem::Constant { final_name }
            | DiscoveredItem::Variable { final_name } => final_name,
            DiscoveredItem::Alias { alias_name, .. } => alias_name,
            _ => return,
        };
        if let Some(file) = loc.and_then(|l| l.file_name.clone()) {
            self.0 .0.lock().unwrap().entry(name).or_insert(file);
        }
    }

    fn int_macro(&self, name: &str, value: i64) -> Option<IntKind> {
        // Type flags are `unsigned long` in C; other integer macros are used as `int`.
        if name.starts_with("Py_TPFLAGS_") {
            Some(IntKind::ULong)
        } else if i32::try_from(value).is_ok() {
            Some(IntKind::Int)
        } else {
            Some(IntKind::LongLong)
        }
    }
}

/// Header path relative to the Include/ folder, if the file is one of ours.
fn relative_header(file: &str) -> Option<String> {
    let (_, rest) = file.rsplit_once("/include/")?;
    Some(rest.trim_start_matches("./").to_string())
}

pub fn run(config: &Config, root: &Path) -> Result<Vec<Entry>, String> {
    let mut wrapper = String::from("#include <Python.h>\n");
    for h in EXTRA_HEADERS {
        wrapper.push_str(&format!("#include <{h}>\n"));
    }
    let locations = Arc::new(Locations::default());
    let mut builder = bindgen::Builder::default()
        .header_contents("pyffi_wrapper.h", &wrapper)
        .allowlist_file(format!(
            r"{}/(pypy)?3\.[0-9]+/include/(cpython/)?[A-Za-z_0-9]+\.h",
            root.display()
        ))
        .blocklist_file(format!(r".*/({SKIPPED_HEADERS})\.h"))
        .allowlist_recursively(false)
        .use_core()
        .ctypes_prefix("::core::ffi")
        .layout_tests(false)
        .derive_debug(false)
        .derive_copy(true)
        .generate_comments(false)
        .default_enum_style(bindgen::EnumVariation::Consts)
        .rustified_enum(RUST_ENUMS)
        .prepend_enum_name(false)
        .default_macro_constant_type(bindgen::MacroTypeVariation::Signed)
        .generate_cstr(true)
        .merge_extern_blocks(false)
        .formatter(bindgen::Formatter::None)
        .parse_callbacks(Box::new(Callbacks(locations.clone())));
    for name in HAND_WRITTEN.iter().chain(NOT_EXPORTED) {
        builder = builder.blocklist_item(name);
    }
    let missing = |&&(_, from, until): &&(&str, u32, u32)| {
        !config.pypy && (from..until).contains(&config.minor)
    };
    for (name, ..) in NOT_EXPORTED_IN.iter().filter(missing) {
        builder = builder.blocklist_item(name);
    }
    for dir in config.include_dirs(root) {
        builder = builder.clang_arg(format!("-I{}", dir.display()));
    }
    for d in config.defines() {
        builder = builder.clang_arg(format!("-D{d}"));
    }
    let bindings = builder
        .generate()
        .map_err(|e| format!("{}: bindgen failed: {e}", config.name()))?;
    // PYFFI_GEN_DUMP=DIR keeps bindgen's raw output, for debugging the generator.
    if let Ok(dir) = std::env::var("PYFFI_GEN_DUMP") {
        let _ = std::fs::write(
            Path::new(&dir).join(format!("{}.rs", config.name())),
            bindings.to_string(),
        );
    }
    let file: syn::File = syn::parse_str(&bindings.to_string())
        .map_err(|e| format!("{}: bindgen output does not parse: {e}", config.name()))?;
    let locs = locations.0.lock().unwrap();
    let mut entries = split(file, &locs);
    entries.extend(slot_compat_values(config, root));
    if config.pypy {
        unprefix_pypy(&mut entries, &pypy_exports(config, root)?);
    }
    Ok(entries)
}

/// The symbols PyPy's library exports (its header set carries the library, from the
/// same Debian package): PyPy implements a few functions in C under their own names.
fn pypy_exports(config: &Config, root: &Path) -> Result<std::collections::HashSet<String>, String> {
    let dir = root
        .join(config.name())
        .join("root/usr/lib/x86_64-linux-gnu");
    let lib = dir.join(format!("libpypy3.{}-c.so", config.minor));
    let out = std::process::Command::new("nm")
        .args(["-D", "--defined-only"])
        .arg(&lib)
        .output()
        .map_err(|e| format!("cannot run nm (binutils) on {}: {e}", lib.display()))?;
    if !out.status.success() {
        return Err(format!(
            "nm cannot read {}: run gen/fetch-headers.sh again",
            lib.display()
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout)
        .lines()
        .filter_map(|l| l.split_whitespace().nth(2))
        .map(String::from)
        .collect())
}

/// 3.15's slots_generated.h defines slot ids as `_Py_SLOT_COMPAT_VALUE(OLD, NEW)`, a
/// function-like macro bindgen cannot expand: NEW unless the limited API is below 3.15.
fn slot_compat_values(config: &Config, root: &Path) -> Vec<Entry> {
    let Some(text) = config
        .include_dirs(root)
        .iter()
        .find_map(|d| std::fs::read_to_string(d.join("slots_generated.h")).ok())
    else {
        return Vec::new();
    };
    let old = config.limited && config.minor < 15;
    let mut out = Vec::new();
    for line in text.lines() {
        let Some(rest) = line.strip_prefix("#define ") else {
            continue;
        };
        let Some((name, value)) = rest.split_once(" _Py_SLOT_COMPAT_VALUE(") else {
            continue;
        };
        let Some((o, n)) = value.trim_end_matches(')').split_once(',') else {
            continue;
        };
        let v: i32 = if old {
            o.trim().parse()
        } else {
            n.trim().parse()
        }
        .unwrap_or(-1);
        let ident = syn::Ident::new(name.trim(), proc_macro2::Span::call_site());
        let lit = proc_macro2::Literal::i32_unsuffixed(v);
        let item: syn::Item = syn::parse_quote!(pub const #ident: ::core::ffi::c_int = #lit;);
        out.push(Entry {
            name: ident.to_string(),
            ns: Ns::Value,
            items: vec![item],
            header: Some("slots_generated.h".into()),
            pypy_link: None,
        });
    }
    out
}

/// A name with PyPy's symbol prefix (`PyPyList_New`, `_PyPy_Dealloc`; not the cfg `PyPy`).
pub fn is_pypy_symbol(name: &str) -> bool {
    name.strip_prefix("PyPy")
        .or_else(|| name.strip_prefix("_PyPy"))
        .is_some_and(|rest| !rest.is_empty())
}

/// PyPy's headers rename every function and static with a macro (`PyList_New` is
/// `PyPyList_New`): declare them under the C API's name, linking to PyPy's symbol.
fn unprefix_pypy(entries: &mut Vec<Entry>, exports: &std::collections::HashSet<String>) {
    // A header may also declare the unprefixed name (before pypy_decl.h renames it):
    // only the prefixed symbol exists in PyPy's library.
    let prefixed: std::collections::HashSet<String> = entries
        .iter()
        .filter(|e| e.ns == Ns::Value && is_pypy_symbol(&e.name))
        .map(|e| e.name.replacen("PyPy", "Py", 1))
        .collect();
    // What pypy_decl.h and pypy_macros.h rename carries PyPy's prefix; a function or static
    // exists, prefixed or not, only where PyPy's library exports it (its headers declare
    // a few it does not: `PyPyType_Register`).
    let is_extern = |e: &Entry| e.ns == Ns::Value && matches!(e.items[0], syn::Item::ForeignMod(_));
    entries
        .retain(|e| !(is_extern(e) && (prefixed.contains(&e.name) || !exports.contains(&e.name))));
    for e in entries.iter_mut().filter(|e| e.ns == Ns::Value) {
        let Some(api) = e
            .name
            .strip_prefix("PyPy")
            .map(|r| format!("Py{r}"))
            .or_else(|| e.name.strip_prefix("_PyPy").map(|r| format!("_Py{r}")))
        else {
            continue;
        };
        for item in &mut e.items {
            if let syn::Item::ForeignMod(fm) = item {
                for fi in &mut fm.items {
                    match fi {
                        syn::ForeignItem::Fn(f) => {
                            f.sig.ident = syn::Ident::new(&api, f.sig.ident.span())
                        }
                        syn::ForeignItem::Static(st) => {
                            st.ident = syn::Ident::new(&api, st.ident.span())
                        }
                        _ => {}
                    }
                }
            }
        }
        e.pypy_link = Some(std::mem::replace(&mut e.name, api));
    }
}

fn split(file: syn::File, locs: &HashMap<String, String>) -> Vec<Entry> {
    let mut entries: Vec<Entry> = Vec::new();
    let mut index: HashMap<(Ns, String), usize> = HashMap::new();
    let header_of = |name: &str| locs.get(name).and_then(|f| relative_header(f));
    let mut push = |entries: &mut Vec<Entry>, name: String, ns: Ns, item: syn::Item| {
        if let Some(&i) = index.get(&(ns, name.clone())) {
            entries[i].items.push(item);
            return;
        }
        index.insert((ns, name.clone()), entries.len());
        // Enum constants carry no location of their own: they belong with their enum.
        let header = header_of(&name).or_else(|| match &item {
            syn::Item::Const(c) => match &*c.ty {
                syn::Type::Path(p) => header_of(&p.path.segments.last()?.ident.to_string()),
                _ => None,
            },
            _ => None,
        });
        entries.push(Entry {
            name,
            ns,
            items: vec![item],
            header,
            pypy_link: None,
        });
    };
    for item in file.items {
        match &item {
            syn::Item::ForeignMod(fm) => {
                for fi in &fm.items {
                    let name = match fi {
                        syn::ForeignItem::Fn(f) => f.sig.ident.to_string(),
                        syn::ForeignItem::Static(s) => s.ident.to_string(),
                        _ => continue,
                    };
                    let mut one = fm.clone();
                    one.items = vec![fi.clone()];
                    push(&mut entries, name, Ns::Value, syn::Item::ForeignMod(one));
                }
            }
            syn::Item::Struct(s) => push(&mut entries, s.ident.to_string(), Ns::Type, item.clone()),
            syn::Item::Union(u) => push(&mut entries, u.ident.to_string(), Ns::Type, item.clone()),
            syn::Item::Enum(e) => push(&mut entries, e.ident.to_string(), Ns::Type, item.clone()),
            syn::Item::Type(t) => push(&mut entries, t.ident.to_string(), Ns::Type, item.clone()),
            syn::Item::Const(c) => push(&mut entries, c.ident.to_string(), Ns::Value, item.clone()),
            syn::Item::Impl(i) => {
                if let syn::Type::Path(p) = &*i.self_ty {
                    let name = p.path.segments.last().unwrap().ident.to_string();
                    push(&mut entries, name, Ns::Type, item.clone());
                }
            }
            _ => {}
        }
    }
    entries
}
