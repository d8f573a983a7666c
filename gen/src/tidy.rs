//! Per-configuration clean-ups of bindgen's items before they are compared across versions.

use crate::bind::{Entry, Ns};
use quote::ToTokens;
use std::collections::{BTreeSet, HashMap};
use syn::visit::Visit;
use syn::visit_mut::VisitMut;

/// Types the headers take from the C library.
const LIBC_TYPES: &[&str] = &[
    "FILE",
    "wchar_t",
    "pthread_key_t",
    "timeval",
    "timespec",
    "time_t",
    "tm",
];

struct Rewrite<'a> {
    renames: &'a HashMap<String, String>,
}

impl VisitMut for Rewrite<'_> {
    fn visit_ident_mut(&mut self, i: &mut proc_macro2::Ident) {
        if let Some(new) = self.renames.get(&i.to_string()) {
            *i = proc_macro2::Ident::new(new, i.span());
        }
    }

    fn visit_type_path_mut(&mut self, p: &mut syn::TypePath) {
        if p.qself.is_none() && p.path.segments.len() == 1 {
            let name = p.path.segments[0].ident.to_string();
            if LIBC_TYPES.contains(&name.as_str()) {
                *p = syn::parse_str(&format!("::libc::{name}")).unwrap();
                return;
            }
        }
        syn::visit_mut::visit_type_path_mut(self, p);
    }
}

/// Struct tags without a leading underscore that C users never write: only the typedef
/// (`typedef struct bufferinfo {...} Py_buffer;`, PyPy's `Py_complex_t`) is API.
const UNDERSCORELESS_TAGS: &[&str] = &["bufferinfo", "Py_complex_t"];

/// `typedef struct _foo Foo;` gives the struct its public name, as C users write it.
pub fn rename_tagged_structs(entries: &mut Vec<Entry>) {
    let structs: HashMap<String, usize> = entries
        .iter()
        .enumerate()
        .filter(|(_, e)| matches!(e.items[0], syn::Item::Struct(_) | syn::Item::Union(_)))
        .map(|(i, e)| (e.name.clone(), i))
        .collect();
    let mut renames: HashMap<String, String> = HashMap::new();
    renames.insert("_object".into(), "PyObject".into());
    let mut dropped = BTreeSet::new();
    for (i, e) in entries.iter().enumerate() {
        if let syn::Item::Type(t) = &e.items[0] {
            if let syn::Type::Path(p) = &*t.ty {
                let target = p.path.segments.last().unwrap().ident.to_string();
                if (target.starts_with('_') || UNDERSCORELESS_TAGS.contains(&target.as_str()))
                    && !e.name.starts_with('_')
                    && structs.contains_key(&target)
                    && !renames.contains_key(&target)
                {
                    renames.insert(target, e.name.clone());
                    dropped.insert(i);
                }
            }
        }
    }
    let mut i = 0;
    entries.retain(|_| {
        i += 1;
        !dropped.contains(&(i - 1))
    });
    let mut rw = Rewrite { renames: &renames };
    for e in entries.iter_mut() {
        if let Some(new) = renames.get(&e.name) {
            e.name = new.clone();
        }
        for item in &mut e.items {
            rw.visit_item_mut(item);
        }
    }
}

/// Identifiers an entry mentions.
pub fn mentions(e: &Entry) -> BTreeSet<String> {
    struct Idents(BTreeSet<String>);
    impl<'ast> Visit<'ast> for Idents {
        fn visit_ident(&mut self, i: &'ast proc_macro2::Ident) {
            self.0.insert(i.to_string());
        }
    }
    let mut v = Idents(BTreeSet::new());
    for item in &e.items {
        v.visit_item(item);
    }
    v.0
}

/// Rust has no stable `va_list`: functions that take one are left out.
pub fn uses_va_list(e: &Entry) -> bool {
    e.ns == Ns::Value
        && e.items.iter().any(|i| {
            let s = i.to_token_stream().to_string();
            s.contains("va_list") || s.contains("__va_list_tag")
        })
}

/// What two declarations must share to be the same: their tokens, parameter names aside
/// (PyPy's headers call every parameter `arg0`, `arg1`...).
pub fn comparison_key(items: &[syn::Item]) -> String {
    struct Unname;
    impl VisitMut for Unname {
        fn visit_pat_type_mut(&mut self, p: &mut syn::PatType) {
            *p.pat = syn::parse_quote!(_);
            syn::visit_mut::visit_pat_type_mut(self, p);
        }
    }
    items
        .iter()
        .map(|i| {
            let mut i = i.clone();
            Unname.visit_item_mut(&mut i);
            i.to_token_stream().to_string()
        })
        .collect()
}

/// Whether PyPy's declaration `pypy` is CPython's `cpython` but for PyPy's `Signed`
/// (`#define Signed Py_ssize_t` in pypy_decl.h) where CPython writes `long`. The two are
/// the same C type on the LP64 targets PyPy's Linux and macOS builds run on, and
/// reading them as `long` keeps one Rust signature for code written for pyo3-ffi.
pub fn long_as_signed(cpython: &str, pypy: &str) -> bool {
    const LONG: [&str; 6] = ["::", "core", "::", "ffi", "::", "c_long"];
    let c: Vec<&str> = cpython.split_whitespace().collect();
    let p: Vec<&str> = pypy.split_whitespace().collect();
    let (mut i, mut j, mut swapped) = (0, 0, false);
    while i < c.len() && j < p.len() {
        if c[i] == p[j] {
            i += 1;
            j += 1;
        } else if p[j] == "Py_ssize_t" && c[i..].starts_with(&LONG) {
            i += LONG.len();
            j += 1;
            swapped = true;
        } else {
            return false;
        }
    }
    swapped && i == c.len() && j == p.len()
}

/// The header's `Py_MATH_*` literals stay exactly as written, though clippy would have
/// `core::f64::consts` (the same values, which these are not bound to be).
pub fn allow_exact_literals(entries: &mut [Entry]) {
    for e in entries
        .iter_mut()
        .filter(|e| e.name.starts_with("Py_MATH_"))
    {
        for item in &mut e.items {
            if let syn::Item::Const(c) = item {
                c.attrs.push(
                    syn::parse_quote!(#[doc = " The header's literal, kept exactly as written."]),
                );
                c.attrs
                    .push(syn::parse_quote!(#[allow(clippy::approx_constant)]));
            }
        }
    }
}
