//! One declaration per function: the versions of an extern function that differ only by
//! added, removed or retyped parameters become one with a `#[cfg]` on each parameter that
//! varies (`PyCode_New` gained `qualname` and `exceptiontable` in 3.11).
//!
//! Parameters are merged in order as fields are (`fields::merge_into`). Versions stay
//! apart where they share less than half their parameters (that is another function
//! under the same name, better read whole), or where anything but the parameters differs:
//! the return type, attributes such as a doc line on the headers' types (whose parameter
//! numbers would no longer be plain), variadics, or where only some carry PyPy's symbol.

use crate::configs::Config;
use crate::fields::{cfg_within, merge_into};
use crate::{Declared, Variant};
use quote::ToTokens;
use std::collections::{BTreeSet, HashMap};

/// The variant's one extern function.
fn extern_fn(v: &Variant) -> Option<&syn::ForeignItemFn> {
    match v.items.as_slice() {
        [syn::Item::ForeignMod(fm)] => match fm.items.as_slice() {
            [syn::ForeignItem::Fn(f)] => Some(f),
            _ => None,
        },
        _ => None,
    }
}

fn params(f: &syn::ForeignItemFn) -> Vec<String> {
    f.sig
        .inputs
        .iter()
        .map(|a| a.to_token_stream().to_string())
        .collect()
}

/// What versions must share to merge: everything but the parameters.
fn shell(configs: &[Config], v: &Variant) -> Option<String> {
    let mut f = extern_fn(v)?.clone();
    if f.sig.variadic.is_some() {
        return None;
    }
    f.sig.inputs.clear();
    // A PyPy configuration without PyPy's symbol cannot share an item that has one.
    let pypy = v.configs.iter().any(|&i| configs[i].pypy);
    let link = match (&v.pypy_link, pypy) {
        (None, true) => "none".to_string(),
        _ => String::new(),
    };
    Some(format!("{}|{link}|{:?}", f.to_token_stream(), v.extra_cfg))
}

fn merge_group(configs: &[Config], group: &[&Variant]) -> Option<Variant> {
    let mut merged: Vec<(String, BTreeSet<usize>)> = Vec::new();
    let mut parsed: HashMap<String, syn::FnArg> = HashMap::new();
    for v in group {
        let f = extern_fn(v)?;
        merge_into(&mut merged, &params(f), &v.configs);
        for a in &f.sig.inputs {
            parsed
                .entry(a.to_token_stream().to_string())
                .or_insert_with(|| a.clone());
        }
    }
    let all: BTreeSet<usize> = group
        .iter()
        .flat_map(|v| v.configs.iter().copied())
        .collect();
    let shared = merged.iter().filter(|(_, set)| *set == all).count();
    if group
        .iter()
        .any(|v| 2 * shared < extern_fn(v).map_or(0, |f| f.sig.inputs.len()))
    {
        return None;
    }
    let within = cfg_within(configs, &all);
    let mut item = group[0].items[0].clone();
    let syn::Item::ForeignMod(fm) = &mut item else {
        unreachable!()
    };
    let syn::ForeignItem::Fn(f) = &mut fm.items[0] else {
        unreachable!()
    };
    f.sig.inputs = merged
        .iter()
        .map(|(k, set)| {
            let mut a = parsed[k].clone();
            if let (syn::FnArg::Typed(p), Some(cfg)) = (&mut a, within(set)) {
                let tokens: proc_macro2::TokenStream = cfg.parse().unwrap();
                p.attrs.push(syn::parse_quote!(#[cfg(#tokens)]));
            }
            a
        })
        .collect();
    Some(Variant {
        items: vec![item],
        configs: all,
        header: group[0].header.clone(),
        pypy_link: group.iter().find_map(|v| v.pypy_link.clone()),
        extra_cfg: group[0].extra_cfg.clone(),
    })
}

/// Merges the versions of every extern function; returns how many functions merged.
pub fn merge_versions(configs: &[Config], declared: &mut [Declared]) -> usize {
    let mut count = 0;
    for d in declared.iter_mut() {
        if d.variants.len() < 2 || d.variants.iter().any(|v| extern_fn(v).is_none()) {
            continue;
        }
        // Versions that share a shell merge; the first of a group keeps its place.
        let mut groups: Vec<(Option<String>, Vec<usize>)> = Vec::new();
        for (i, v) in d.variants.iter().enumerate() {
            let s = shell(configs, v);
            match groups.iter_mut().find(|(k, _)| s.is_some() && *k == s) {
                Some((_, g)) => g.push(i),
                None => groups.push((s, vec![i])),
            }
        }
        let before = d.variants.len();
        let mut old: Vec<Option<Variant>> = std::mem::take(&mut d.variants)
            .into_iter()
            .map(Some)
            .collect();
        let mut out: Vec<Variant> = Vec::new();
        for (_, g) in &groups {
            if g.len() > 1 {
                let refs: Vec<&Variant> = g.iter().map(|&i| old[i].as_ref().unwrap()).collect();
                if let Some(v) = merge_group(configs, &refs) {
                    out.push(v);
                    g.iter().for_each(|&i| old[i] = None);
                    continue;
                }
            }
            out.extend(g.iter().map(|&i| old[i].take().unwrap()));
        }
        if out.len() < before {
            count += 1;
        }
        d.variants = out;
    }
    count
}
