//! Replaces bindgen's inventions in one configuration's items, before the
//! configurations are compared, so that no name of the API is bindgen's:
//!
//! - An anonymous struct or union is named after its owner and the field that holds it,
//!   the field in CamelCase (`PyThreadState._status` is `PyThreadStateStatus`), as
//!   pyo3-ffi names `PyObject.ob_refcnt`'s union `PyObjectObRefcnt`. An anonymous member
//!   (C gives it no field name) is field `anonN` of type `{Owner}AnonN`. bindgen numbers
//!   them (`_ts__bindgen_ty_1`), and its numbers change when a header adds one.
//! - An anonymous enum has no type in C: its enumerators are integer constants. Its uses,
//!   the constants included, take the integer type bindgen gives it (`_bindgen_ty_17`).
//! - A union bindgen emulates (`__BindgenUnionField` markers over opaque storage) is a
//!   Rust `union`.
//! - Bit-fields keep bindgen's storage, as private bytes, and get accessor methods that
//!   call `crate::bitfield` (src/bitfield.rs), in place of `__BindgenBitfieldUnit`.
//!
//! What is left of bindgen's support types then is unused and dropped.

use crate::bind::{Entry, Ns};
use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use syn::visit::Visit;
use syn::visit_mut::VisitMut;

/// Replaces bindgen's names and support types in one configuration's entries.
pub fn apply(entries: &mut Vec<Entry>) {
    entries.retain(|e| !e.name.starts_with("__Bindgen"));
    inline_anonymous_enums(entries);
    name_anonymous_types(entries);
    real_unions(entries);
    bitfield_accessors(entries);
    let left: Vec<String> = entries
        .iter()
        .filter(|e| mentions_bindgen(&e.items))
        .map(|e| e.name.clone())
        .collect();
    assert!(left.is_empty(), "bindgen names left in: {}", left.join(" "));
}

/// The owner that the doc line of an anonymous type names (`PyThreadState` for
/// `PyThreadStateStatus`), if `items` declare one.
pub fn owner(items: &[syn::Item]) -> Option<String> {
    let attrs = match items.first()? {
        syn::Item::Struct(s) => &s.attrs,
        syn::Item::Union(u) => &u.attrs,
        _ => return None,
    };
    attrs.iter().find_map(|a| {
        let text = doc_text(a)?;
        let rest = text.strip_prefix(" The anonymous ")?;
        let (_, rest) = rest.split_once(" of `")?;
        Some(rest.split(['.', '`']).next()?.to_string())
    })
}

fn doc_text(a: &syn::Attribute) -> Option<String> {
    let syn::Meta::NameValue(nv) = &a.meta else {
        return None;
    };
    if !nv.path.is_ident("doc") {
        return None;
    }
    match &nv.value {
        syn::Expr::Lit(syn::ExprLit {
            lit: syn::Lit::Str(s),
            ..
        }) => Some(s.value()),
        _ => None,
    }
}

/// `_bindgen_ty_N`, `Owner__bindgen_ty_N`: bindgen's names for anonymous C types.
fn is_anonymous(name: &str) -> bool {
    name.rfind("_bindgen_ty_").is_some_and(|at| {
        let n = &name[at + "_bindgen_ty_".len()..];
        !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())
    })
}

fn mentions_bindgen(items: &[syn::Item]) -> bool {
    struct Find(bool);
    impl<'ast> Visit<'ast> for Find {
        fn visit_ident(&mut self, i: &'ast proc_macro2::Ident) {
            self.0 |= i.to_string().to_ascii_lowercase().contains("bindgen");
        }
    }
    let mut f = Find(false);
    for item in items {
        f.visit_item(item);
    }
    f.0
}

/// Renames identifiers and replaces the uses of named types.
struct Rewrite<'a> {
    idents: &'a HashMap<String, String>,
    types: &'a HashMap<String, syn::Type>,
}

impl VisitMut for Rewrite<'_> {
    fn visit_ident_mut(&mut self, i: &mut proc_macro2::Ident) {
        if let Some(new) = self.idents.get(&i.to_string()) {
            *i = proc_macro2::Ident::new(new, i.span());
        }
    }

    fn visit_type_mut(&mut self, ty: &mut syn::Type) {
        if let syn::Type::Path(p) = ty {
            if let Some(new) = p
                .path
                .get_ident()
                .and_then(|i| self.types.get(&i.to_string()))
            {
                *ty = new.clone();
                return;
            }
        }
        syn::visit_mut::visit_type_mut(self, ty);
    }
}

fn rewrite(
    entries: &mut [Entry],
    idents: &HashMap<String, String>,
    types: &HashMap<String, syn::Type>,
) {
    let mut rw = Rewrite { idents, types };
    for e in entries.iter_mut() {
        if let Some(new) = idents.get(&e.name) {
            e.name = new.clone();
        }
        for item in &mut e.items {
            rw.visit_item_mut(item);
        }
    }
}

/// `pub type _bindgen_ty_17 = c_int;` and `pub const PYGEN_NEXT: _bindgen_ty_17 = 1;`
/// become `pub const PYGEN_NEXT: c_int = 1;`, as the enumerators C declares.
fn inline_anonymous_enums(entries: &mut Vec<Entry>) {
    let mut types = HashMap::new();
    for e in entries
        .iter()
        .filter(|e| e.ns == Ns::Type && is_anonymous(&e.name))
    {
        if let [syn::Item::Type(t)] = e.items.as_slice() {
            types.insert(e.name.clone(), (*t.ty).clone());
        }
    }
    entries.retain(|e| !(e.ns == Ns::Type && types.contains_key(&e.name)));
    rewrite(entries, &HashMap::new(), &types);
}

/// Where an anonymous type is held: by a named field, or as anonymous member N.
enum Place {
    Field(String),
    Member(String),
}

/// `ob_refcnt` -> `ObRefcnt`, `_status` -> `Status`, `type_` -> `Type`.
fn camel(field: &str) -> String {
    field
        .split('_')
        .filter(|s| !s.is_empty())
        .map(|s| {
            let mut c = s.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
                .unwrap_or_default()
        })
        .collect()
}

fn fields_of(item: &syn::Item) -> Option<Vec<&syn::Field>> {
    match item {
        syn::Item::Struct(s) => Some(s.fields.iter().collect()),
        syn::Item::Union(u) => Some(u.fields.named.iter().collect()),
        _ => None,
    }
}

fn idents_in(ty: &syn::Type) -> BTreeSet<String> {
    struct Idents(BTreeSet<String>);
    impl<'ast> Visit<'ast> for Idents {
        fn visit_ident(&mut self, i: &'ast proc_macro2::Ident) {
            self.0.insert(i.to_string());
        }
    }
    let mut v = Idents(BTreeSet::new());
    v.visit_type(ty);
    v.0
}

/// Names each anonymous struct and union after the field that holds it; drops those
/// no declared type holds (the parts of a type blocklisted for a hand-written one).
fn name_anonymous_types(entries: &mut Vec<Entry>) {
    let anonymous: BTreeSet<String> = entries
        .iter()
        .filter(|e| e.ns == Ns::Type && is_anonymous(&e.name) && fields_of(&e.items[0]).is_some())
        .map(|e| e.name.clone())
        .collect();
    let mut places: BTreeMap<String, (String, Place)> = BTreeMap::new();
    for e in entries.iter().filter(|e| e.ns == Ns::Type) {
        for f in fields_of(&e.items[0]).into_iter().flatten() {
            let Some(field) = f.ident.as_ref().map(|i| i.to_string()) else {
                continue;
            };
            for t in idents_in(&f.ty).intersection(&anonymous) {
                let place = match field.strip_prefix("__bindgen_anon_") {
                    Some(n) => Place::Member(n.to_string()),
                    None => Place::Field(field.clone()),
                };
                places.entry(t.clone()).or_insert((e.name.clone(), place));
            }
        }
    }
    fn new_name(
        t: &str,
        places: &BTreeMap<String, (String, Place)>,
        anonymous: &BTreeSet<String>,
        depth: usize,
    ) -> Option<(String, String)> {
        let (owner, place) = places.get(t)?;
        let owner = if anonymous.contains(owner) && depth < 8 {
            new_name(owner, places, anonymous, depth + 1)?.0
        } else {
            owner.clone()
        };
        Some(match place {
            Place::Field(f) => (format!("{owner}{}", camel(f)), format!("`{owner}.{f}`")),
            Place::Member(n) => (
                format!("{owner}Anon{n}"),
                format!("`{owner}` (its field `anon{n}` here)"),
            ),
        })
    }
    let existing: BTreeSet<String> = entries
        .iter()
        .filter(|e| e.ns == Ns::Type)
        .map(|e| e.name.clone())
        .collect();
    let mut idents = HashMap::new();
    let mut docs = HashMap::new();
    for t in &anonymous {
        let Some((name, whose)) = new_name(t, &places, &anonymous, 0) else {
            continue;
        };
        assert!(
            !existing.contains(&name),
            "{t}: its new name {name} is taken"
        );
        docs.insert(name.clone(), whose);
        idents.insert(t.clone(), name);
    }
    for (_, place) in places.values() {
        if let Place::Member(n) = place {
            idents.insert(format!("__bindgen_anon_{n}"), format!("anon{n}"));
        }
    }
    entries.retain(|e| {
        !(e.ns == Ns::Type && anonymous.contains(&e.name) && !idents.contains_key(&e.name))
    });
    rewrite(entries, &idents, &HashMap::new());
    for e in entries.iter_mut().filter(|e| e.ns == Ns::Type) {
        let Some(whose) = docs.get(&e.name) else {
            continue;
        };
        let (kind, attrs) = match &mut e.items[0] {
            syn::Item::Struct(s) => ("struct", &mut s.attrs),
            syn::Item::Union(u) => ("union", &mut u.attrs),
            _ => continue,
        };
        let text = format!(" The anonymous {kind} of {whose} in C.");
        attrs.insert(0, syn::parse_quote!(#[doc = #text]));
    }
}

/// The last segment of a path type, and its first generic argument if it has one.
fn path_parts(ty: &syn::Type) -> Option<(String, Option<&syn::Type>)> {
    let syn::Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    let arg = match &last.arguments {
        syn::PathArguments::AngleBracketed(a) => a.args.iter().find_map(|g| match g {
            syn::GenericArgument::Type(t) => Some(t),
            _ => None,
        }),
        _ => None,
    };
    Some((last.ident.to_string(), arg))
}

fn derives(attrs: &[syn::Attribute], name: &str) -> bool {
    attrs.iter().filter(|a| a.path().is_ident("derive")).any(|a| {
        a.meta.to_token_stream().into_iter().any(|tt| matches!(tt, TokenTree::Group(g) if g.stream().into_iter().any(|t| t.to_string() == name)))
    })
}

const COPY_SCALARS: &[&str] = &[
    "u8",
    "u16",
    "u32",
    "u64",
    "u128",
    "i8",
    "i16",
    "i32",
    "i64",
    "i128",
    "f32",
    "f64",
    "bool",
    "usize",
    "isize",
    "c_char",
    "c_schar",
    "c_uchar",
    "c_short",
    "c_ushort",
    "c_int",
    "c_uint",
    "c_long",
    "c_ulong",
    "c_longlong",
    "c_ulonglong",
    "c_float",
    "c_double",
    "Py_ssize_t",
    "Py_hash_t",
    "Py_uhash_t",
    "Option",
];

/// Whether a union member of type `ty` can be `Copy`; anonymous structs made only of such
/// members are collected in `make_copy`, to derive it.
fn copyable(ty: &syn::Type, entries: &[Entry], make_copy: &mut BTreeSet<String>) -> bool {
    match ty {
        syn::Type::Ptr(_) | syn::Type::BareFn(_) => true,
        syn::Type::Array(a) => copyable(&a.elem, entries, make_copy),
        syn::Type::Path(_) => {
            let Some((name, _)) = path_parts(ty) else {
                return false;
            };
            if COPY_SCALARS.contains(&name.as_str()) {
                return true;
            }
            let Some(e) = entries.iter().find(|e| e.ns == Ns::Type && e.name == name) else {
                return false;
            };
            match &e.items[0] {
                syn::Item::Struct(s) if derives(&s.attrs, "Copy") => true,
                syn::Item::Union(u) if derives(&u.attrs, "Copy") => true,
                syn::Item::Struct(s) if owner(&e.items).is_some() => {
                    let all = s.fields.iter().all(|f| copyable(&f.ty, entries, make_copy));
                    if all {
                        make_copy.insert(name);
                    }
                    all
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// A struct of `__BindgenUnionField<T>` markers over `bindgen_union_field` storage
/// becomes the `union` it stands for, as aligned as that storage.
fn real_unions(entries: &mut [Entry]) {
    let mut make_copy = BTreeSet::new();
    for i in 0..entries.len() {
        let syn::Item::Struct(s) = &entries[i].items[0] else {
            continue;
        };
        let emulated = s
            .fields
            .iter()
            .any(|f| path_parts(&f.ty).is_some_and(|(n, _)| n == "__BindgenUnionField"));
        if !emulated {
            continue;
        }
        let mut fields: Vec<syn::Field> = Vec::new();
        let mut align = None;
        let mut all_copy = true;
        for f in &s.fields {
            let Some((kind, arg)) = path_parts(&f.ty) else {
                panic!("{}: unexpected union member", s.ident)
            };
            if let Some(n) = kind.strip_prefix("__BindgenOpaqueArray") {
                align = Some(n.parse::<usize>().unwrap_or(1));
                continue;
            }
            let inner = arg
                .filter(|_| kind == "__BindgenUnionField")
                .unwrap_or_else(|| panic!("{}: unexpected union member", s.ident));
            let mut f = f.clone();
            if copyable(inner, entries, &mut make_copy) {
                f.ty = inner.clone();
            } else {
                all_copy = false;
                f.ty = syn::parse_quote!(::core::mem::ManuallyDrop<#inner>);
            }
            fields.push(f);
        }
        let mut attrs: Vec<syn::Attribute> = s
            .attrs
            .iter()
            .filter(|a| !a.path().is_ident("derive"))
            .cloned()
            .collect();
        let aligned = attrs.iter().any(|a| {
            a.path().is_ident("repr") && a.meta.to_token_stream().to_string().contains("align")
        });
        if let (Some(n), false) = (align.filter(|&n| n > 1), aligned) {
            let n = proc_macro2::Literal::usize_unsuffixed(n);
            attrs.push(syn::parse_quote!(#[repr(align(#n))]));
        }
        if all_copy {
            attrs.push(syn::parse_quote!(#[derive(Copy, Clone)]));
        }
        let (vis, ident) = (s.vis.clone(), s.ident.clone());
        entries[i].items[0] = syn::parse_quote!(#(#attrs)* #vis union #ident { #(#fields),* });
    }
    for e in entries.iter_mut().filter(|e| make_copy.contains(&e.name)) {
        if let syn::Item::Struct(s) = &mut e.items[0] {
            if !derives(&s.attrs, "Copy") {
                s.attrs.push(syn::parse_quote!(#[derive(Copy, Clone)]));
            }
        }
    }
}

/// One bit-field, as bindgen's getter reads it.
struct Bits {
    name: syn::Ident,
    ty: syn::Type,
    unit: syn::Ident,
    offset: usize,
    width: usize,
}

fn flatten(ts: TokenStream, out: &mut Vec<TokenTree>) {
    for tt in ts {
        match tt {
            TokenTree::Group(g) => flatten(g.stream(), out),
            tt => out.push(tt),
        }
    }
}

fn int_literal(tt: &TokenTree) -> Option<usize> {
    let TokenTree::Literal(l) = tt else {
        return None;
    };
    let s = l.to_string();
    let digits: String = s.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

/// `self._bitfield_1.get_const::<0usize, 2u8>()` in a getter's body: (unit, offset, width).
fn read_getter(body: &syn::Block) -> Option<(syn::Ident, usize, usize)> {
    let mut tts = Vec::new();
    flatten(body.to_token_stream(), &mut tts);
    for (i, tt) in tts.iter().enumerate() {
        let TokenTree::Ident(unit) = tt else { continue };
        if !unit.to_string().starts_with("_bitfield_") {
            continue;
        }
        let rest: Vec<String> = tts[i + 1..].iter().take(6).map(|t| t.to_string()).collect();
        if rest.len() == 6
            && rest[0] == "."
            && rest[1] == "get_const"
            && rest[2] == ":"
            && rest[3] == ":"
            && rest[4] == "<"
        {
            let offset = int_literal(&tts[i + 6])?;
            let width = int_literal(tts.get(i + 8)?)?;
            return Some((unit.clone(), offset, width));
        }
    }
    None
}

/// Bit-field storage becomes private bytes, bindgen's own alignment and padding fields
/// private fields; each bit-field gets a getter and a setter on `crate::bitfield`.
fn bitfield_accessors(entries: &mut [Entry]) {
    for e in entries.iter_mut() {
        let syn::Item::Struct(s) = &mut e.items[0] else {
            continue;
        };
        let has_units = s
            .fields
            .iter()
            .any(|f| path_parts(&f.ty).is_some_and(|(n, _)| n == "__BindgenBitfieldUnit"));
        if !has_units {
            continue;
        }
        for f in s.fields.iter_mut() {
            let name = f.ident.as_ref().unwrap().to_string();
            if let Some((_, Some(storage))) =
                path_parts(&f.ty).filter(|(n, _)| n == "__BindgenBitfieldUnit")
            {
                f.ty = storage.clone();
            }
            let new = match name.as_str() {
                "_bindgen_align" => "_align".to_string(),
                n => match n.strip_prefix("__bindgen_padding_") {
                    Some(k) => format!("_padding_{k}"),
                    None => n.to_string(),
                },
            };
            if new.starts_with("_bitfield_") || new == "_align" || new.starts_with("_padding_") {
                f.vis = syn::Visibility::Inherited;
            }
            f.ident = Some(syn::Ident::new(&new, proc_macro2::Span::call_site()));
        }
        let owner = s.ident.clone();
        for item in e.items.iter_mut().skip(1) {
            let syn::Item::Impl(imp) = item else { continue };
            if imp.trait_.is_some() {
                continue;
            }
            let mut bits = Vec::new();
            for ii in &imp.items {
                let syn::ImplItem::Fn(f) = ii else { continue };
                let getter = f
                    .sig
                    .receiver()
                    .is_some_and(|r| r.reference.is_some() && r.mutability.is_none())
                    && f.sig.inputs.len() == 1;
                let syn::ReturnType::Type(_, ty) = &f.sig.output else {
                    continue;
                };
                if !getter {
                    continue;
                }
                if let Some((unit, offset, width)) = read_getter(&f.block) {
                    bits.push(Bits {
                        name: f.sig.ident.clone(),
                        ty: (**ty).clone(),
                        unit,
                        offset,
                        width,
                    });
                }
            }
            if bits.is_empty() {
                continue;
            }
            let fns = bits.iter().map(|b| {
                let Bits { name, ty, unit, .. } = b;
                let setter = syn::Ident::new(&format!("set_{name}"), name.span());
                let (offset, width) = (
                    proc_macro2::Literal::usize_unsuffixed(b.offset),
                    proc_macro2::Literal::usize_unsuffixed(b.width),
                );
                let is_bool = matches!(ty, syn::Type::Path(p) if p.path.is_ident("bool"));
                let get: syn::Expr = if is_bool {
                    syn::parse_quote!(crate::bitfield::get(&self.#unit, #offset, #width) != 0)
                } else {
                    syn::parse_quote!(crate::bitfield::get(&self.#unit, #offset, #width) as #ty)
                };
                quote::quote! {
                    #[inline]
                    pub fn #name(&self) -> #ty {
                        #get
                    }
                    #[inline]
                    pub fn #setter(&mut self, val: #ty) {
                        crate::bitfield::set(&mut self.#unit, #offset, #width, val as u64)
                    }
                }
            });
            let attrs = &imp.attrs;
            *item = syn::parse_quote!(#(#attrs)* impl #owner { #(#fns)* });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Entries as `bind::split` makes them: one per name, impls appended.
    fn entries(src: &str) -> Vec<Entry> {
        let file: syn::File = syn::parse_str(src).unwrap();
        let mut out: Vec<Entry> = Vec::new();
        for item in file.items {
            let (name, ns) = match &item {
                syn::Item::Struct(s) => (s.ident.to_string(), Ns::Type),
                syn::Item::Union(u) => (u.ident.to_string(), Ns::Type),
                syn::Item::Type(t) => (t.ident.to_string(), Ns::Type),
                syn::Item::Const(c) => (c.ident.to_string(), Ns::Value),
                syn::Item::Impl(i) => (i.self_ty.to_token_stream().to_string(), Ns::Type),
                _ => continue,
            };
            match out.iter_mut().find(|e| e.name == name && e.ns == ns) {
                Some(e) => e.items.push(item),
                None => out.push(Entry {
                    name,
                    ns,
                    items: vec![item],
                    header: None,
                    pypy_link: None,
                }),
            }
        }
        out
    }

    fn text(entries: &[Entry], name: &str) -> String {
        let e = entries
            .iter()
            .find(|e| e.name == name)
            .unwrap_or_else(|| panic!("no {name}"));
        e.items
            .iter()
            .map(|i| i.to_token_stream().to_string())
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn field_names_become_camel_case() {
        assert_eq!(camel("ob_refcnt"), "ObRefcnt");
        assert_eq!(camel("_status"), "Status");
        assert_eq!(camel("type_"), "Type");
    }

    #[test]
    fn anonymous_types_are_named_after_owner_and_field() {
        let mut e = entries(
            "pub struct PyThreadState { pub _status: _ts__bindgen_ty_1, pub ensure: _ts__bindgen_ty_2 }
             pub struct _ts__bindgen_ty_1 { pub x: u32 }
             pub struct _ts__bindgen_ty_2 { pub inner: _ts__bindgen_ty_2__bindgen_ty_1 }
             pub union _ts__bindgen_ty_2__bindgen_ty_1 { pub a: u32 }",
        );
        apply(&mut e);
        let names: Vec<&str> = e.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "PyThreadState",
                "PyThreadStateStatus",
                "PyThreadStateEnsure",
                "PyThreadStateEnsureInner"
            ]
        );
        assert!(
            text(&e, "PyThreadState").contains("_status : PyThreadStateStatus"),
            "{}",
            text(&e, "PyThreadState")
        );
        assert_eq!(owner(&e[3].items).as_deref(), Some("PyThreadStateEnsure"));
        assert_eq!(owner(&e[1].items).as_deref(), Some("PyThreadState"));
    }

    #[test]
    fn anonymous_members_become_anon_n_fields() {
        let mut e = entries(
            "pub struct PySlot { pub __bindgen_anon_1: PySlot__bindgen_ty_1, pub sl_id: u16 }
             pub union PySlot__bindgen_ty_1 { pub sl_reserved: u32 }",
        );
        apply(&mut e);
        assert!(
            text(&e, "PySlot").contains("pub anon1 : PySlotAnon1"),
            "{}",
            text(&e, "PySlot")
        );
        assert_eq!(owner(&e[1].items).as_deref(), Some("PySlot"));
    }

    #[test]
    fn types_no_declared_type_holds_are_dropped() {
        // `_object` is written by hand (blocklisted): its anonymous parts go with it.
        let mut e = entries(
            "pub union _object__bindgen_ty_1 { pub ob_refcnt: isize, pub s: _object__bindgen_ty_1__bindgen_ty_1 }
             pub struct _object__bindgen_ty_1__bindgen_ty_1 { pub a: u32 }",
        );
        apply(&mut e);
        assert!(
            e.is_empty(),
            "{:?}",
            e.iter().map(|e| &e.name).collect::<Vec<_>>()
        );
    }

    #[test]
    fn anonymous_enums_become_integer_constants() {
        let mut e = entries(
            "pub const PYGEN_ERROR: _bindgen_ty_17 = -1;
             pub type _bindgen_ty_17 = ::core::ffi::c_int;
             pub struct PyStatus { pub _type: PyStatus__bindgen_ty_1 }
             pub type PyStatus__bindgen_ty_1 = ::core::ffi::c_uint;",
        );
        apply(&mut e);
        let names: Vec<&str> = e.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["PYGEN_ERROR", "PyStatus"]);
        assert_eq!(
            text(&e, "PYGEN_ERROR"),
            "pub const PYGEN_ERROR : :: core :: ffi :: c_int = - 1 ;"
        );
        assert!(
            text(&e, "PyStatus").contains("_type : :: core :: ffi :: c_uint"),
            "{}",
            text(&e, "PyStatus")
        );
    }

    #[test]
    fn emulated_unions_become_unions() {
        let mut e = entries(
            "pub struct __BindgenUnionField<T>(::core::marker::PhantomData<T>);
             #[repr(C)] #[repr(align(16))]
             pub struct _gc_head { pub gc: __BindgenUnionField<_gc_head__bindgen_ty_1>, pub dummy: __BindgenUnionField<u128>,
                 pub bindgen_union_field: __BindgenOpaqueArray16<[u8; 32usize]> }
             #[repr(C)] pub struct _gc_head__bindgen_ty_1 { pub gc_next: *mut _gc_head, pub gc_refs: Py_ssize_t }",
        );
        apply(&mut e);
        assert_eq!(
            text(&e, "_gc_head"),
            "# [repr (C)] # [repr (align (16))] # [derive (Copy , Clone)] pub union _gc_head { pub gc : _gc_headGc , pub dummy : u128 }"
        );
        assert!(
            text(&e, "_gc_headGc").contains("# [derive (Copy , Clone)] pub struct _gc_headGc"),
            "{}",
            text(&e, "_gc_headGc")
        );
    }

    #[test]
    fn bitfields_get_accessors_on_private_storage() {
        let mut e = entries(
            "#[repr(C)] pub struct _PyUnicodeObject_state { pub _bindgen_align: [u32; 0], pub interned: u8,
                 pub _bitfield_1: __BindgenBitfieldUnit<[u8; 1usize]>, pub __bindgen_padding_0: u16 }
             impl _PyUnicodeObject_state {
                 #[inline]
                 pub fn kind(&self) -> ::core::ffi::c_uint {
                     unsafe { ::core::mem::transmute(self._bitfield_1.get_const::<0usize, 3u8>() as u32) }
                 }
                 #[inline]
                 pub fn ascii(&self) -> bool {
                     unsafe { ::core::mem::transmute(self._bitfield_1.get_const::<4usize, 1u8>() as u8) }
                 }
                 pub unsafe fn kind_raw(this: *const Self) -> ::core::ffi::c_uint {
                     unsafe { ::core::mem::transmute(<__BindgenBitfieldUnit<[u8; 1usize]>>::raw_get_const::<0usize, 3u8>(::core::ptr::addr_of!((*this)._bitfield_1)) as u32) }
                 }
                 pub fn new_bitfield_1(kind: ::core::ffi::c_uint) -> __BindgenBitfieldUnit<[u8; 1usize]> { Default::default() }
             }",
        );
        apply(&mut e);
        let t = text(&e, "_PyUnicodeObject_state");
        assert!(t.contains("{ _align : [u32 ; 0] , pub interned : u8 , _bitfield_1 : [u8 ; 1usize] , _padding_0 : u16 }"), "{t}");
        assert!(t.contains("pub fn kind (& self) -> :: core :: ffi :: c_uint { crate :: bitfield :: get (& self . _bitfield_1 , 0 , 3) as :: core :: ffi :: c_uint }"), "{t}");
        assert!(t.contains("pub fn set_ascii (& mut self , val : bool) { crate :: bitfield :: set (& mut self . _bitfield_1 , 4 , 1 , val as u64) }"), "{t}");
        assert!(
            t.contains("crate :: bitfield :: get (& self . _bitfield_1 , 4 , 1) != 0"),
            "{t}"
        );
        assert!(!t.contains("_raw") && !t.contains("new_bitfield"), "{t}");
    }

    #[test]
    #[should_panic(expected = "bindgen names left in: S")]
    fn a_bindgen_name_left_is_an_error() {
        let mut e = entries("pub struct S { pub x: __bindgen_something }");
        apply(&mut e);
    }
}
