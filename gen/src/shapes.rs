//! pyo3-ffi's shape of function-pointer types, applied to bindgen's items.
//!
//! bindgen makes every C function-pointer typedef nullable: `typedef PyObject
//! *(*newfunc)(...)` becomes `type newfunc = Option<unsafe extern "C" fn(...)>`, and
//! each use is the bare alias. pyo3-ffi, which code written for it compiles against,
//! puts the `Option` at the use instead: the alias is the bare `unsafe extern "C" fn`,
//! and each field, parameter, return value or static that holds one is
//! `Option<alias>`, since C lets every one of them be NULL. The two are the same ABI
//! (a null pointer is `None`); only the spelling users compile against differs.
//!
//! The tables below are the places where pyo3-ffi spells a position otherwise; each is
//! an API fact of pyo3-ffi 0.30.1, checked by `gen/pyo3_types.py`.

use crate::bind::Entry;
use crate::configs::Config;
use std::collections::HashSet;
use syn::visit_mut::VisitMut;

/// Typedefs pyo3-ffi keeps nullable themselves (`Option<fn>`), used bare.
const NULLABLE_ALIASES: &[&str] = &["wrapperfunc", "wrapperfunc_kwds"];

/// (item, alias, from minor version): where pyo3-ffi passes the alias bare, as a callback that is never
/// NULL. `traverseproc` gets the collector's `visitproc`; the code-extra index takes the
/// function that frees the extra.
const NON_NULL: &[(&str, &str, u32)] = &[
    ("traverseproc", "visitproc", 0),
    ("PyUnstable_Eval_RequestCodeExtraIndex", "freefunc", 0),
    ("_PyEval_RequestCodeExtraIndex", "freefunc", 0),
    // Signal handlers, the frame evaluator and the context watcher, as pyo3-ffi has them.
    ("PyOS_getsig", "PyOS_sighandler_t", 0),
    ("PyOS_setsig", "PyOS_sighandler_t", 0),
    (
        "_PyInterpreterState_GetEvalFrameFunc",
        "_PyFrameEvalFunction",
        11,
    ),
    ("PyContext_AddWatcher", "PyContext_WatchCallback", 0),
];

/// (item, field or parameter): anonymous callbacks that pyo3-ffi declares as safe
/// `extern "C" fn`, not `unsafe extern "C" fn` (allocator tables, exit and pending
/// calls, the hash function, a module's legacy init).
const SAFE_CALLBACKS: &[(&str, &str)] = &[
    ("PyMemAllocatorEx", "malloc"),
    ("PyMemAllocatorEx", "calloc"),
    ("PyMemAllocatorEx", "realloc"),
    ("PyMemAllocatorEx", "free"),
    ("PyObjectArenaAllocator", "alloc"),
    ("PyObjectArenaAllocator", "free"),
    ("PyHash_FuncDef", "hash"),
    ("PyModuleDef_Base", "m_init"),
    ("Py_AtExit", "0"),
    ("Py_AddPendingCall", "0"),
];

/// The bare function type inside `Option<...>`, if `ty` is bindgen's nullable pointer.
fn nullable_fn(ty: &syn::Type) -> Option<&syn::TypeBareFn> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != "Option" {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else {
        return None;
    };
    match args.args.first()? {
        syn::GenericArgument::Type(syn::Type::BareFn(f)) => Some(f),
        _ => None,
    }
}

/// Rewrites the uses of bare aliases within one item.
struct Uses<'a> {
    aliases: &'a HashSet<String>,
    /// The item being rewritten: its name keys the tables above.
    owner: String,
    minor: u32,
}

impl VisitMut for Uses<'_> {
    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if let syn::Type::Path(p) = ty {
            if p.qself.is_none()
                && p.path.segments.len() == 1
                && p.path.segments[0].arguments.is_empty()
            {
                let name = p.path.segments[0].ident.to_string();
                let bare = NON_NULL
                    .iter()
                    .any(|&(o, a, m)| o == self.owner && a == name && self.minor >= m);
                if self.aliases.contains(&name) && !bare {
                    *ty = syn::parse_quote!(::core::option::Option<#p>);
                    return;
                }
            }
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}

/// Drops `unsafe` from the callback in `ty` (`Option<unsafe extern "C" fn ...>`).
fn make_safe(ty: &mut syn::Type) {
    if let syn::Type::Path(p) = ty {
        if let Some(syn::PathArguments::AngleBracketed(args)) =
            p.path.segments.last_mut().map(|s| &mut s.arguments)
        {
            if let Some(syn::GenericArgument::Type(syn::Type::BareFn(f))) = args.args.first_mut() {
                f.unsafety = None;
            }
        }
    }
}

fn safe_callbacks(item: &mut syn::Item) {
    let wanted = |owner: &str, pos: &str| SAFE_CALLBACKS.contains(&(owner, pos));
    match item {
        syn::Item::Struct(s) => {
            let owner = s.ident.to_string();
            for f in s.fields.iter_mut() {
                if f.ident
                    .as_ref()
                    .is_some_and(|i| wanted(&owner, &i.to_string()))
                {
                    make_safe(&mut f.ty);
                }
            }
        }
        syn::Item::ForeignMod(fm) => {
            for fi in &mut fm.items {
                if let syn::ForeignItem::Fn(f) = fi {
                    let owner = f.sig.ident.to_string();
                    for (i, arg) in f.sig.inputs.iter_mut().enumerate() {
                        if let syn::FnArg::Typed(t) = arg {
                            if wanted(&owner, &i.to_string()) {
                                make_safe(&mut t.ty);
                            }
                        }
                    }
                }
            }
        }
        _ => {}
    }
}

/// Applies pyo3-ffi's shapes to one configuration's entries.
pub fn apply(config: &Config, entries: &mut [Entry]) {
    let mut aliases = HashSet::new();
    for e in entries.iter_mut() {
        for item in &mut e.items {
            let syn::Item::Type(t) = item else { continue };
            if NULLABLE_ALIASES.contains(&t.ident.to_string().as_str()) {
                continue;
            }
            if let Some(f) = nullable_fn(&t.ty) {
                *t.ty = syn::Type::BareFn(f.clone());
                aliases.insert(t.ident.to_string());
            }
        }
    }
    for e in entries.iter_mut() {
        let mut uses = Uses {
            aliases: &aliases,
            owner: e.name.clone(),
            minor: config.minor,
        };
        for item in &mut e.items {
            match item {
                // Another name for a bare alias is bare too (`_PyCFunctionFast`).
                syn::Item::Type(t) if matches!(&*t.ty, syn::Type::Path(p) if p.path.get_ident().is_some_and(|i| aliases.contains(&i.to_string()))) =>
                    {}
                // An alias's own definition is not a use of itself.
                syn::Item::Type(t) if aliases.contains(&t.ident.to_string()) => {
                    if let syn::Type::BareFn(f) = &mut *t.ty {
                        for input in &mut f.inputs {
                            uses.visit_type_mut(&mut input.ty);
                        }
                        uses.visit_return_type_mut(&mut f.output);
                    }
                }
                _ => uses.visit_item_mut(item),
            }
            safe_callbacks(item);
        }
    }
}
