//! pyo3-ffi's spelling of types that are the same ABI either way.
//!
//! C leaves a macro constant untyped, and many pointers can be written with another
//! constness or pointee without changing the ABI. Code written for pyo3-ffi 0.30.1
//! compiles only against its spelling (a `*const *const c_char` keyword list cannot be
//! passed where `*const *mut c_char` is expected), so where the two differ pyffi takes
//! pyo3-ffi's. Each entry is checked in two directions: `from` must be what bindgen read
//! from the headers (so that a change in a later header is not silently overwritten),
//! and `gen/pyo3_types.py` checks the result against pyo3-ffi. `apply` refuses an entry
//! that would change the ABI (a pointer for a non-pointer, integers of another width).

use crate::bind::Entry;
use crate::configs::Config;
use quote::ToTokens;

/// Where in an item: `ret`, a parameter's index, a field's name, or `type` (a constant's).
struct Spelling {
    item: &'static str,
    at: &'static str,
    from: &'static str,
    to: &'static str,
    /// The minor versions it applies to (pyo3-ffi's spelling changed over versions).
    minors: std::ops::Range<u32>,
    /// Only for free-threaded builds.
    free_threaded: bool,
    /// Only for PyPy.
    pypy: bool,
}

const ALL: std::ops::Range<u32> = 0..u32::MAX;

const fn s(item: &'static str, at: &'static str, from: &'static str, to: &'static str) -> Spelling {
    Spelling {
        item,
        at,
        from,
        to,
        minors: ALL,
        free_threaded: false,
        pypy: false,
    }
}

const fn sv(
    item: &'static str,
    at: &'static str,
    from: &'static str,
    to: &'static str,
    minors: std::ops::Range<u32>,
) -> Spelling {
    Spelling {
        item,
        at,
        from,
        to,
        minors,
        free_threaded: false,
        pypy: false,
    }
}

/// PyPy's spelling of a declaration CPython spells as pyo3-ffi does.
const fn pypy(
    item: &'static str,
    at: &'static str,
    from: &'static str,
    to: &'static str,
) -> Spelling {
    Spelling {
        item,
        at,
        from,
        to,
        minors: ALL,
        free_threaded: false,
        pypy: true,
    }
}

/// A free-threaded build's field that pyo3-ffi makes atomic, as C reads it atomically.
const fn atomic(
    item: &'static str,
    at: &'static str,
    from: &'static str,
    to: &'static str,
    minors: std::ops::Range<u32>,
) -> Spelling {
    Spelling {
        item,
        at,
        from,
        to,
        minors,
        free_threaded: true,
        pypy: false,
    }
}

/// Untyped macro constants, typed as pyo3-ffi types them (by the parameter or field
/// they are meant for: `Py_GetConstant(c_uint)`, the `u16` slot flags, `usize` sizes).
const CONSTANTS: &[(&str, &str, std::ops::Range<u32>)] = &[
    ("Py_CONSTANT_NONE", "::core::ffi::c_uint", ALL),
    ("Py_CONSTANT_FALSE", "::core::ffi::c_uint", ALL),
    ("Py_CONSTANT_TRUE", "::core::ffi::c_uint", ALL),
    ("Py_CONSTANT_ELLIPSIS", "::core::ffi::c_uint", ALL),
    ("Py_CONSTANT_NOT_IMPLEMENTED", "::core::ffi::c_uint", ALL),
    ("Py_CONSTANT_ZERO", "::core::ffi::c_uint", ALL),
    ("Py_CONSTANT_ONE", "::core::ffi::c_uint", ALL),
    ("Py_CONSTANT_EMPTY_STR", "::core::ffi::c_uint", ALL),
    ("Py_CONSTANT_EMPTY_BYTES", "::core::ffi::c_uint", ALL),
    ("Py_CONSTANT_EMPTY_TUPLE", "::core::ffi::c_uint", ALL),
    ("SSTATE_NOT_INTERNED", "::core::ffi::c_uint", ALL),
    ("SSTATE_INTERNED_MORTAL", "::core::ffi::c_uint", ALL),
    ("SSTATE_INTERNED_IMMORTAL", "::core::ffi::c_uint", ALL),
    (
        "SSTATE_INTERNED_IMMORTAL_STATIC",
        "::core::ffi::c_uint",
        ALL,
    ),
    ("PyABIInfo_STABLE", "u16", ALL),
    ("PyABIInfo_INTERNAL", "u16", ALL),
    ("PyABIInfo_GIL", "u16", ALL),
    ("PyABIInfo_FREETHREADED", "u16", ALL),
    ("PyABIInfo_FREETHREADING_AGNOSTIC", "u16", ALL),
    ("PyABIInfo_DEFAULT_FLAGS", "u16", ALL),
    ("PySlot_OPTIONAL", "u16", ALL),
    ("PySlot_STATIC", "u16", ALL),
    ("PySlot_INTPTR", "u16", ALL),
    ("Py_slot_invalid", "u16", ALL),
    ("_PyHASH_MULTIPLIER", "u64", ALL),
    ("PY_BIG_ENDIAN", "usize", ALL),
    ("PY_LITTLE_ENDIAN", "usize", ALL),
    // A `c_int` in pyo3-ffi before 3.11.
    ("PyBUF_MAX_NDIM", "usize", 11..u32::MAX),
    ("PySet_MINSIZE", "usize", ALL),
    ("CO_MAXBLOCKS", "usize", ALL),
    // String macros: pyo3-ffi has Rust strings, not C strings.
    ("PY_STDIOTEXTMODE", "&str", ALL),
    ("FUTURE_NESTED_SCOPES", "&str", ALL),
    ("FUTURE_GENERATORS", "&str", ALL),
    ("FUTURE_DIVISION", "&str", ALL),
    ("FUTURE_ABSOLUTE_IMPORT", "&str", ALL),
    ("FUTURE_WITH_STATEMENT", "&str", ALL),
    ("FUTURE_PRINT_FUNCTION", "&str", ALL),
    ("FUTURE_UNICODE_LITERALS", "&str", ALL),
    ("FUTURE_BARRY_AS_BDFL", "&str", ALL),
    ("FUTURE_GENERATOR_STOP", "&str", ALL),
    ("FUTURE_ANNOTATIONS", "&str", ALL),
];

/// Pointers and integers pyo3-ffi spells otherwise (C's spelling in `from`).
const SPELLINGS: &[Spelling] = &[
    // `char *const *` / `wchar_t *const *` argument lists.
    s(
        "PyArg_ParseTupleAndKeywords",
        "3",
        "*const *mut ::core::ffi::c_char",
        "*const *const ::core::ffi::c_char",
    ),
    s(
        "PyConfig_SetArgv",
        "2",
        "*const *mut ::libc::wchar_t",
        "*mut *const ::libc::wchar_t",
    ),
    s(
        "PyConfig_SetBytesArgv",
        "2",
        "*const *mut ::core::ffi::c_char",
        "*mut *const ::core::ffi::c_char",
    ),
    s(
        "PyInitConfig_SetStrList",
        "3",
        "*const *mut ::core::ffi::c_char",
        "*mut *const ::core::ffi::c_char",
    ),
    // `int64_t` options, unsigned in pyo3-ffi.
    s("PyInitConfig_GetInt", "2", "*mut i64", "*mut u64"),
    s("PyInitConfig_SetInt", "2", "i64", "u64"),
    // `size_t *error_pos`, a Py_ssize_t in pyo3-ffi.
    s("Py_DecodeLocale", "1", "*mut usize", "*mut Py_ssize_t"),
    s("Py_EncodeLocale", "1", "*mut usize", "*mut Py_ssize_t"),
    // `unsigned long id`.
    s(
        "PyThreadState_SetAsyncExc",
        "0",
        "::core::ffi::c_ulong",
        "::core::ffi::c_long",
    ),
    // The vectorcall argument array and count of METH_FASTCALL and METH_METHOD.
    s(
        "PyCFunctionFast",
        "1",
        "*const *mut PyObject",
        "*mut *mut PyObject",
    ),
    s(
        "_PyCFunctionFast",
        "1",
        "*const *mut PyObject",
        "*mut *mut PyObject",
    ),
    s(
        "_PyCFunctionFastWithKeywords",
        "1",
        "*mut *mut PyObject",
        "*const *mut PyObject",
    ),
    s(
        "PyCMethod",
        "2",
        "*mut *mut PyObject",
        "*const *mut PyObject",
    ),
    s("PyCMethod", "3", "usize", "Py_ssize_t"),
    s(
        "PyMemoryView_FromBuffer",
        "0",
        "*mut Py_buffer",
        "*const Py_buffer",
    ),
    // Pointers stored untyped or typed otherwise.
    s(
        "PyHeapTypeObject",
        "ht_cached_keys",
        "*mut PyDictKeysObject",
        "*mut ::core::ffi::c_void",
    ),
    s(
        "PyTypeObject",
        "tp_subclasses",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    sv(
        "PyMemberDescrObject",
        "d_member",
        "*mut PyMemberDef",
        "*mut PyGetSetDef",
        0..10,
    ),
    // PyPy's headers: its `Signed`/`Unsigned` where CPython has `long`, `char *` and
    // `void *` where CPython has `const char *` and `PyObject *`.
    s("PyBool_FromLong", "0", "Py_ssize_t", "::core::ffi::c_long"),
    s("PyLong_FromLong", "0", "Py_ssize_t", "::core::ffi::c_long"),
    s(
        "PyLong_FromLongLong",
        "0",
        "Py_ssize_t",
        "::core::ffi::c_longlong",
    ),
    s(
        "PyLong_AsUnsignedLong",
        "ret",
        "usize",
        "::core::ffi::c_ulong",
    ),
    s(
        "PyLong_AsUnsignedLongMask",
        "ret",
        "usize",
        "::core::ffi::c_ulong",
    ),
    s(
        "PyThread_get_thread_ident",
        "ret",
        "::core::ffi::c_long",
        "::core::ffi::c_ulong",
    ),
    pypy(
        "PyBuffer_FromContiguous",
        "0",
        "*mut Py_buffer",
        "*const Py_buffer",
    ),
    pypy(
        "PyBuffer_FromContiguous",
        "1",
        "*mut ::core::ffi::c_void",
        "*const ::core::ffi::c_void",
    ),
    pypy(
        "PyBuffer_GetPointer",
        "0",
        "*mut Py_buffer",
        "*const Py_buffer",
    ),
    pypy(
        "PyBuffer_GetPointer",
        "1",
        "*mut Py_ssize_t",
        "*const Py_ssize_t",
    ),
    pypy(
        "PyBuffer_IsContiguous",
        "0",
        "*mut Py_buffer",
        "*const Py_buffer",
    ),
    pypy(
        "PyBuffer_ToContiguous",
        "1",
        "*mut Py_buffer",
        "*const Py_buffer",
    ),
    s("PyCMethod_New", "3", "*mut PyObject", "*mut PyTypeObject"),
    s("PyCode_New", "ret", "*mut PyObject", "*mut PyCodeObject"),
    s(
        "PyCode_NewWithPosOnlyArgs",
        "ret",
        "*mut PyObject",
        "*mut PyCodeObject",
    ),
    s(
        "PyMarshal_ReadObjectFromString",
        "0",
        "*mut ::core::ffi::c_char",
        "*const ::core::ffi::c_char",
    ),
    s(
        "PyObject_DelItemString",
        "1",
        "*mut ::core::ffi::c_char",
        "*const ::core::ffi::c_char",
    ),
    s(
        "PyModule_GetName",
        "ret",
        "*mut ::core::ffi::c_char",
        "*const ::core::ffi::c_char",
    ),
    s(
        "PyUnicode_AsUTF8",
        "ret",
        "*mut ::core::ffi::c_char",
        "*const ::core::ffi::c_char",
    ),
    s(
        "PyUnicode_AsUTF8AndSize",
        "ret",
        "*mut ::core::ffi::c_char",
        "*const ::core::ffi::c_char",
    ),
    s(
        "PyUnicode_GetDefaultEncoding",
        "ret",
        "*mut ::core::ffi::c_char",
        "*const ::core::ffi::c_char",
    ),
    s(
        "Py_GetVersion",
        "ret",
        "*mut ::core::ffi::c_char",
        "*const ::core::ffi::c_char",
    ),
    s(
        "PyUnicode_FSConverter",
        "1",
        "*mut *mut PyObject",
        "*mut ::core::ffi::c_void",
    ),
    s(
        "PyUnicode_FSDecoder",
        "1",
        "*mut *mut PyObject",
        "*mut ::core::ffi::c_void",
    ),
    s(
        "PyStructSequence_UnnamedField",
        "type",
        "*mut ::core::ffi::c_char",
        "*const ::core::ffi::c_char",
    ),
    s(
        "PyList_GET_ITEM",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyList_GET_SIZE",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyList_SET_ITEM",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyCode_Check",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PySet_Check",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyFrozenSet_Check",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyFrozenSet_CheckExact",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_GET_YEAR",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_GET_MONTH",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_GET_DAY",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_DATE_GET_HOUR",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_DATE_GET_MINUTE",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_DATE_GET_SECOND",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_DATE_GET_MICROSECOND",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_DATE_GET_TZINFO",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_TIME_GET_HOUR",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_TIME_GET_MINUTE",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_TIME_GET_SECOND",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_TIME_GET_MICROSECOND",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    pypy(
        "PyDateTime_GET_FOLD",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_TIME_GET_FOLD",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_TIME_GET_TZINFO",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_DELTA_GET_DAYS",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_DELTA_GET_SECONDS",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    s(
        "PyDateTime_DELTA_GET_MICROSECONDS",
        "0",
        "*mut ::core::ffi::c_void",
        "*mut PyObject",
    ),
    // C's anonymous enum (an `unsigned int` here, as its enumerators), pyo3-ffi's Rust
    // enum (src/cpython/initconfig.rs).
    s("PyStatus", "_type", "::core::ffi::c_uint", "_PyStatus_TYPE"),
    // `tp_flags` of free-threaded builds: 3.14t's headers read it with relaxed atomic
    // loads; on 3.13t it is the same storage, and pyo3 needs the atomic type there too.
    atomic(
        "PyTypeObject",
        "tp_flags",
        "::core::ffi::c_ulong",
        "AtomicCULong",
        13..u32::MAX,
    ),
    // PyPy's `int` where CPython has the enum (see PYPY_INT_ENUMS).
    pypy(
        "PyGILState_Ensure",
        "ret",
        "::core::ffi::c_int",
        "PyGILState_STATE",
    ),
    pypy(
        "PyGILState_Release",
        "0",
        "::core::ffi::c_int",
        "PyGILState_STATE",
    ),
    pypy("sendfunc", "ret", "::core::ffi::c_int", "PySendResult"),
    // A module-init function that is never NULL, as pyo3-ffi types it.
    s(
        "PyInitConfig_AddModule",
        "2",
        "::core::option::Option<unsafe extern \"C\" fn() -> *mut PyObject>",
        "extern \"C\" fn() -> *mut PyObject",
    ),
];

fn norm(text: &str) -> String {
    text.split_whitespace().collect()
}

/// The ABI class of a type: pointers (raw and function) are one class, integers by width.
fn abi_class(ty: &syn::Type) -> String {
    match ty {
        syn::Type::Ptr(_) | syn::Type::BareFn(_) => "pointer".into(),
        syn::Type::Path(p) => {
            let name = p
                .path
                .segments
                .last()
                .map(|s| s.ident.to_string())
                .unwrap_or_default();
            match name.as_str() {
                "Option" => "pointer".into(),
                "i8" | "u8" | "c_char" | "c_schar" | "c_uchar" => "int8".into(),
                "i16" | "u16" | "c_short" | "c_ushort" => "int16".into(),
                // `_PyStatus_TYPE` is a `repr(C)` enum, an int, as C's anonymous enum.
                "i32" | "u32" | "c_int" | "c_uint" | "wchar_t" | "_PyStatus_TYPE"
                | "PyGILState_STATE" | "PySendResult" => "int32".into(),
                "i64" | "u64" | "isize" | "usize" | "c_long" | "c_ulong" | "c_longlong"
                | "c_ulonglong" | "Py_ssize_t" | "size_t" | "AtomicCULong" => "int64".into(),
                other => other.into(),
            }
        }
        other => other.to_token_stream().to_string(),
    }
}

/// Respells `ty`; true if it read as the entry expects.
fn respell(ty: &mut syn::Type, sp: &Spelling) -> bool {
    let current = norm(&ty.to_token_stream().to_string());
    if current != norm(sp.from) {
        // The headers no longer say what the entry was written for: leave it to the type check.
        return false;
    }
    let new: syn::Type =
        syn::parse_str(sp.to).unwrap_or_else(|e| panic!("spelling of {}: {e}", sp.item));
    assert_eq!(
        abi_class(ty),
        abi_class(&new),
        "spelling of {}.{} would change the ABI",
        sp.item,
        sp.at
    );
    *ty = new;
    true
}

/// The doc line that records the headers' own type, for readers and for the layout
/// check (ctest/buildrs/rust.rs), which compares that type with C's.
fn headers_type_doc(sp: &Spelling) -> syn::Attribute {
    let at = match sp.at {
        "ret" => "return".to_string(),
        "type" => "static".to_string(),
        i if i.parse::<usize>().is_ok() => format!("parameter {i}"),
        field => format!("field {field}"),
    };
    let text = format!(
        " pyo3-ffi's spelling, the same ABI; the headers' type ({at}): `{}`.",
        sp.from
    );
    syn::parse_quote!(#[doc = #text])
}

fn respell_fn_args(
    inputs: &mut [&mut syn::Type],
    output: Option<&mut syn::Type>,
    sp: &Spelling,
) -> bool {
    if sp.at == "ret" {
        output.is_some_and(|t| respell(t, sp))
    } else if let Ok(i) = sp.at.parse::<usize>() {
        inputs.get_mut(i).is_some_and(|t| respell(t, sp))
    } else {
        false
    }
}

fn apply_one(item: &mut syn::Item, sp: &Spelling) {
    match item {
        syn::Item::ForeignMod(fm) => {
            for fi in &mut fm.items {
                let syn::ForeignItem::Fn(f) = fi else {
                    continue;
                };
                let mut inputs: Vec<&mut syn::Type> = f
                    .sig
                    .inputs
                    .iter_mut()
                    .filter_map(|a| match a {
                        syn::FnArg::Typed(t) => Some(&mut *t.ty),
                        _ => None,
                    })
                    .collect();
                let output = match &mut f.sig.output {
                    syn::ReturnType::Type(_, t) => Some(&mut **t),
                    _ => None,
                };
                if respell_fn_args(&mut inputs, output, sp) {
                    f.attrs.insert(0, headers_type_doc(sp));
                }
            }
            for fi in &mut fm.items {
                if let syn::ForeignItem::Static(st) = fi {
                    if sp.at == "type" && respell(&mut st.ty, sp) {
                        st.attrs.insert(0, headers_type_doc(sp));
                    }
                }
            }
        }
        syn::Item::Type(t) => {
            if let syn::Type::BareFn(f) = &mut *t.ty {
                let mut inputs: Vec<&mut syn::Type> =
                    f.inputs.iter_mut().map(|a| &mut a.ty).collect();
                let output = match &mut f.output {
                    syn::ReturnType::Type(_, t) => Some(&mut **t),
                    _ => None,
                };
                if respell_fn_args(&mut inputs, output, sp) {
                    t.attrs.insert(0, headers_type_doc(sp));
                }
            }
        }
        syn::Item::Struct(st) => {
            let mut atomic = false;
            for field in st.fields.iter_mut() {
                if field.ident.as_ref().is_some_and(|i| i == sp.at) && respell(&mut field.ty, sp) {
                    field.attrs.insert(0, headers_type_doc(sp));
                    atomic |= sp.free_threaded;
                }
            }
            if atomic {
                // An atomic is neither Copy nor Clone: neither is the struct then.
                st.attrs.retain(|a| {
                    !a.path().is_ident("derive")
                        || !a.meta.to_token_stream().to_string().contains("Copy")
                });
            }
        }
        _ => {}
    }
}

/// A constant's new type; a C string literal becomes a Rust one.
fn retype_constant(c: &mut syn::ItemConst, to: &str) {
    *c.ty = syn::parse_str(to).unwrap();
    if to == "&str" {
        if let syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::CStr(s),
            ..
        }) = &*c.expr
        {
            let text = s.value().into_string().expect("a UTF-8 string macro");
            *c.expr = syn::parse_quote!(#text);
        }
    }
}

/// Statics some header declares writable that pyo3-ffi declares as plain `static`s (the
/// same symbol; nothing writes them): PyPy's `char *PyStructSequence_UnnamedField`,
/// where CPython's is `const char * const`.
const IMMUTABLE_STATICS: &[&str] = &["PyStructSequence_UnnamedField"];

/// Applies pyo3-ffi's spellings to one configuration's entries.
pub fn apply(config: &Config, entries: &mut [Entry]) {
    let minor = config.minor;
    for e in entries.iter_mut() {
        for item in &mut e.items {
            if let syn::Item::Const(c) = item {
                if let Some((_, to, _)) = CONSTANTS
                    .iter()
                    .find(|(n, _, m)| c.ident == n && m.contains(&minor))
                {
                    retype_constant(c, to);
                }
                continue;
            }
            let applies = |sp: &&Spelling| {
                sp.item == e.name
                    && sp.minors.contains(&minor)
                    && (!sp.free_threaded || config.gil_disabled)
                    && (!sp.pypy || config.pypy)
            };
            for sp in SPELLINGS.iter().filter(applies) {
                apply_one(item, sp);
            }
            if let (syn::Item::ForeignMod(fm), true) =
                (&mut *item, IMMUTABLE_STATICS.contains(&e.name.as_str()))
            {
                for fi in &mut fm.items {
                    if let syn::ForeignItem::Static(st) = fi {
                        st.mutability = syn::StaticMutability::None;
                    }
                }
            }
        }
    }
}

/// Enums PyPy declares as `typedef int T` beside an anonymous enum of the same
/// enumerators, where CPython declares `enum T`. Both are an int; pyffi declares
/// CPython's enum, as pyo3-ffi does, once the enumerators are checked to agree.
const PYPY_INT_ENUMS: &[&str] = &["PyGILState_STATE", "PySendResult"];

/// Gives each PyPy configuration CPython's enum for the names of PYPY_INT_ENUMS, taken
/// from the CPython configuration of the same version.
pub fn pypy_enums(configs: &[Config], per_config: &mut [Vec<Entry>]) {
    for pi in (0..configs.len()).filter(|&i| configs[i].pypy) {
        let same = |c: &Config| {
            !c.pypy && !c.limited && !c.gil_disabled && !c.debug && c.minor == configs[pi].minor
        };
        let Some(ci) = configs.iter().position(same) else {
            continue;
        };
        for name in PYPY_INT_ENUMS {
            let Some(cpython) = per_config[ci]
                .iter()
                .find(|e| e.name == *name)
                .map(|e| e.items.clone())
            else {
                continue;
            };
            let Some(syn::Item::Enum(en)) = cpython.first().cloned() else {
                continue;
            };
            let consts: Vec<(String, String)> = per_config[pi]
                .iter()
                .flat_map(|e| &e.items)
                .filter_map(|i| match i {
                    syn::Item::Const(c) => Some((
                        c.ident.to_string(),
                        norm(&c.expr.to_token_stream().to_string()),
                    )),
                    _ => None,
                })
                .collect();
            let Some(pypy) = per_config[pi].iter_mut().find(|e| e.name == *name) else {
                continue;
            };
            let is_int = matches!(pypy.items.as_slice(), [syn::Item::Type(t)] if norm(&t.ty.to_token_stream().to_string()) == "::core::ffi::c_int");
            if !is_int {
                continue; // PyPy's headers changed: leave it to the type check.
            }
            for v in &en.variants {
                let value = v
                    .discriminant
                    .as_ref()
                    .map(|(_, e)| norm(&e.to_token_stream().to_string()));
                assert!(
                    consts
                        .iter()
                        .any(|(n, x)| v.ident == n && Some(x) == value.as_ref()),
                    "{name}: PyPy's enumerator {} is not CPython's",
                    v.ident
                );
            }
            pypy.items = cpython;
        }
    }
}
