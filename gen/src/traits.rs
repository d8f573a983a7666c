//! The traits pyo3-ffi 0.30.1 implements for a C type, which code written for it uses
//! (`PyModuleDef_Slot::default()`, `{:?}` of a type object, a copied `PyConfig`).
//! bindgen derives only `Copy`/`Clone` here (and the enums' comparisons); these are
//! added where pyo3-ffi has them. `gen/pyo3_types.py` checks that none is missing.

use crate::bind::Entry;

const DERIVES: &[(&str, &[&str])] = &[
    ("PyTypeObject", &["Debug"]),
    ("PyBaseExceptionObject", &["Debug"]),
    ("PyImportErrorObject", &["Debug"]),
    ("PyOSErrorObject", &["Debug"]),
    ("PyStopIterationObject", &["Debug"]),
    ("PySyntaxErrorObject", &["Debug"]),
    ("PySystemExitObject", &["Debug"]),
    ("PyUnicodeErrorObject", &["Debug"]),
    ("PyDictObject", &["Debug"]),
    ("PySetObject", &["Debug"]),
    ("setentry", &["Debug"]),
    ("PyMutex", &["Debug"]),
    ("PyDateTime_Date", &["Debug"]),
    ("PyDateTime_DateTime", &["Debug"]),
    ("PyDateTime_Delta", &["Debug"]),
    ("PyDateTime_TZInfo", &["Debug"]),
    ("PyDateTime_Time", &["Debug"]),
    ("_PyDateTime_BaseDateTime", &["Debug"]),
    ("_PyDateTime_BaseTime", &["Debug"]),
    ("PyGILState_STATE", &["Debug"]),
    ("PySendResult", &["Debug"]),
    ("PyGetSetDef", &["Debug", "Default"]),
    ("PyAsyncMethods", &["Default"]),
    ("PyBufferProcs", &["Default"]),
    ("PyMappingMethods", &["Default"]),
    ("PyType_Slot", &["Default"]),
    ("PyModuleDef_Slot", &["Default", "PartialEq", "Eq"]),
    // bindgen derives no Copy through the C library's `wchar_t`, nor for Py_buffer.
    ("PyWideStringList", &["Clone", "Copy"]),
    ("PyConfig", &["Clone", "Copy"]),
    ("PyPreConfig", &["Clone", "Copy"]),
    ("Py_buffer", &["Clone", "Copy"]),
];

/// The traits an item's `#[derive]`s already name.
fn derived(attrs: &[syn::Attribute]) -> Vec<String> {
    let mut out = Vec::new();
    for a in attrs.iter().filter(|a| a.path().is_ident("derive")) {
        let _ = a.parse_nested_meta(|m| {
            if let Some(i) = m.path.get_ident() {
                out.push(i.to_string());
            }
            Ok(())
        });
    }
    out
}

/// Adds pyo3-ffi's traits to the structs and enums of one configuration.
pub fn apply(entries: &mut [Entry]) {
    for e in entries.iter_mut() {
        let Some((_, traits)) = DERIVES.iter().find(|(n, _)| *n == e.name) else {
            continue;
        };
        for item in &mut e.items {
            let attrs = match item {
                syn::Item::Struct(s) => &mut s.attrs,
                syn::Item::Enum(en) => &mut en.attrs,
                _ => continue,
            };
            let have = derived(attrs);
            let idents: Vec<syn::Ident> = traits
                .iter()
                .filter(|t| !have.iter().any(|h| h == *t))
                .map(|t| syn::Ident::new(t, proc_macro2::Span::call_site()))
                .collect();
            if !idents.is_empty() {
                attrs.push(syn::parse_quote!(#[derive(#(#idents),*)]));
            }
        }
    }
}
