//! One definition per struct, union or enum: the versions of a type that differ only by
//! added, removed or retyped fields become one item with a cfg on each field that varies.
//!
//! Each field is keyed by its full tokens (name and type), and the field lists of the
//! versions are merged in order, as a shortest common supersequence built one version at
//! a time. A field's cfg is the shortest one that holds exactly where the type has it,
//! among the configurations declaring the type; elsewhere it may be anything. Versions
//! A merged type lives in the module of its newest version's header. Versions
//! stay apart where merging would be wrong: a field that moves (a reordered layout),
//! different attributes or derives, an opaque form, or items beside the type (bindgen's bitfield
//! accessors).

use crate::configs::Config;
use crate::{Declared, Variant};
use quote::ToTokens;
use std::collections::{BTreeSet, HashMap};

/// What a type's versions must share to merge: everything but its members.
fn shell(v: &Variant) -> Option<String> {
    // The type, and the inherent impl bindgen adds for bitfield accessors.
    let (item, with_impl) = match v.items.as_slice() {
        [item] => (item, false),
        [item, syn::Item::Impl(i)] if i.trait_.is_none() => (item, true),
        _ => return None,
    };
    let mut item = item.clone();
    match &mut item {
        syn::Item::Struct(s) => match &mut s.fields {
            syn::Fields::Named(f) => f.named.clear(),
            _ => return None,
        },
        syn::Item::Union(u) => u.fields.named.clear(),
        syn::Item::Enum(e) => e.variants.clear(),
        _ => return None,
    }
    strip_derives(&mut item);
    // bindgen's opaque forms are not versions of the full type.
    Some(format!(
        "{}|{}|{with_impl}|{:?}",
        item.to_token_stream(),
        is_opaque(v),
        v.extra_cfg
    ))
}

fn attrs_mut(item: &mut syn::Item) -> &mut Vec<syn::Attribute> {
    match item {
        syn::Item::Struct(s) => &mut s.attrs,
        syn::Item::Union(u) => &mut u.attrs,
        syn::Item::Enum(e) => &mut e.attrs,
        _ => unreachable!("only types are merged"),
    }
}

/// Removes the derives and returns the traits they name.
fn strip_derives(item: &mut syn::Item) -> Vec<String> {
    let mut traits = Vec::new();
    attrs_mut(item).retain(|a| {
        if !a.path().is_ident("derive") {
            return true;
        }
        let _ = a.parse_nested_meta(|m| {
            traits.push(m.path.to_token_stream().to_string());
            Ok(())
        });
        false
    });
    traits
}

/// The members of a type, each as its tokens.
fn members(item: &syn::Item) -> Vec<String> {
    match item {
        syn::Item::Struct(s) => s
            .fields
            .iter()
            .map(|f| f.to_token_stream().to_string())
            .collect(),
        syn::Item::Union(u) => u
            .fields
            .named
            .iter()
            .map(|f| f.to_token_stream().to_string())
            .collect(),
        syn::Item::Enum(e) => e
            .variants
            .iter()
            .map(|v| v.to_token_stream().to_string())
            .collect(),
        _ => vec![],
    }
}

/// Merges `next` into `merged` (each member with the configurations that have it),
/// keeping the order of both: the longest common subsequence is shared.
pub fn merge_into(
    merged: &mut Vec<(String, BTreeSet<usize>)>,
    next: &[String],
    configs: &BTreeSet<usize>,
) {
    let (n, m) = (merged.len(), next.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if merged[i].0 == next[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out = Vec::with_capacity(n + m);
    let (mut i, mut j) = (0, 0);
    let mut old: Vec<_> = std::mem::take(merged).into_iter().map(Some).collect();
    while i < n || j < m {
        if i < n && j < m && old[i].as_ref().unwrap().0 == next[j] {
            let (k, mut set) = old[i].take().unwrap();
            set.extend(configs);
            out.push((k, set));
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(old[i].take().unwrap());
            i += 1;
        } else {
            out.push((next[j].clone(), configs.clone()));
            j += 1;
        }
    }
    *merged = out;
}

/// The shortest cfg, among the configurations `all` (those declaring an item), that holds
/// exactly in `set` of them; None where it holds in all.
pub fn cfg_within(
    configs: &[Config],
    all: &BTreeSet<usize>,
) -> impl Fn(&BTreeSet<usize>) -> Option<String> {
    let index: Vec<usize> = all.iter().copied().collect();
    let sub: Vec<Config> = index.iter().map(|&i| configs[i].clone()).collect();
    move |set| {
        let local: BTreeSet<usize> = index
            .iter()
            .enumerate()
            .filter(|(_, i)| set.contains(i))
            .map(|(k, _)| k)
            .collect();
        crate::cfgexpr::synthesize(&sub, &local)
    }
}

/// The merged item, or None where the versions cannot be one.
fn merge_group(configs: &[Config], group: &[&Variant]) -> Option<Variant> {
    let mut merged: Vec<(String, BTreeSet<usize>)> = Vec::new();
    for v in group {
        merge_into(&mut merged, &members(&v.items[0]), &v.configs);
    }
    let all: BTreeSet<usize> = group
        .iter()
        .flat_map(|v| v.configs.iter().copied())
        .collect();
    // Field cfgs are decided among the configurations that declare the type.
    let within = cfg_within(configs, &all);
    // The member tokens, parsed back from the version that has them.
    let mut parsed: HashMap<String, syn::Item> = HashMap::new();
    for v in group {
        for k in members(&v.items[0]) {
            parsed.entry(k).or_insert_with(|| v.items[0].clone());
        }
    }
    let cfg_attr = |set: &BTreeSet<usize>| -> Option<syn::Attribute> {
        let tokens: proc_macro2::TokenStream = within(set)?.parse().unwrap();
        Some(syn::parse_quote!(#[cfg(#tokens)]))
    };
    let mut item = group[0].items[0].clone();
    // Derives that only some versions have (no `Copy` through a field that has none)
    // are derived under the cfg of those versions.
    strip_derives(&mut item);
    let mut derives: Vec<(String, BTreeSet<usize>)> = Vec::new();
    for v in group {
        for t in strip_derives(&mut v.items[0].clone()) {
            match derives.iter_mut().find(|(n, _)| *n == t) {
                Some((_, set)) => set.extend(&v.configs),
                None => derives.push((t, v.configs.clone())),
            }
        }
    }
    let mut by_set: Vec<(BTreeSet<usize>, Vec<syn::Path>)> = Vec::new();
    for (t, set) in derives {
        let path: syn::Path = syn::parse_str(&t).unwrap();
        match by_set.iter_mut().find(|(s, _)| *s == set) {
            Some((_, v)) => v.push(path),
            None => by_set.push((set, vec![path])),
        }
    }
    for (set, traits) in by_set {
        let cfg = within(&set);
        attrs_mut(&mut item).push(match cfg {
            None => syn::parse_quote!(#[derive(#(#traits),*)]),
            Some(cfg) => {
                let tokens: proc_macro2::TokenStream = cfg.parse().unwrap();
                syn::parse_quote!(#[cfg_attr(#tokens, derive(#(#traits),*))])
            }
        });
    }
    match &mut item {
        syn::Item::Struct(s) => {
            let syn::Fields::Named(named) = &mut s.fields else {
                return None;
            };
            named.named = merged
                .iter()
                .map(|(k, set)| field(&parsed[k], k, cfg_attr(set)))
                .collect();
        }
        syn::Item::Union(u) => {
            u.fields.named = merged
                .iter()
                .map(|(k, set)| field(&parsed[k], k, cfg_attr(set)))
                .collect();
        }
        syn::Item::Enum(e) => {
            e.variants = merged
                .iter()
                .map(|(k, set)| {
                    let syn::Item::Enum(from) = &parsed[k] else {
                        unreachable!()
                    };
                    let mut v = from
                        .variants
                        .iter()
                        .find(|v| v.to_token_stream().to_string() == *k)
                        .unwrap()
                        .clone();
                    v.attrs.extend(cfg_attr(set));
                    v
                })
                .collect();
        }
        _ => return None,
    }
    let mut items = vec![item];
    // The accessors, merged as the fields are: each method under the cfg of its versions.
    if let Some(syn::Item::Impl(first)) = group[0].items.get(1) {
        let key = |i: &syn::ImplItem| i.to_token_stream().to_string();
        let mut methods: Vec<(String, BTreeSet<usize>)> = Vec::new();
        let mut by_key: HashMap<String, syn::ImplItem> = HashMap::new();
        for v in group {
            let Some(syn::Item::Impl(imp)) = v.items.get(1) else {
                return None;
            };
            let keys: Vec<String> = imp.items.iter().map(key).collect();
            for i in &imp.items {
                by_key.entry(key(i)).or_insert_with(|| i.clone());
            }
            merge_into(&mut methods, &keys, &v.configs);
        }
        let mut imp = first.clone();
        imp.items = methods
            .iter()
            .map(|(k, set)| {
                let mut i = by_key[k].clone();
                if let (syn::ImplItem::Fn(f), Some(attr)) = (&mut i, cfg_attr(set)) {
                    f.attrs.push(attr);
                }
                i
            })
            .collect();
        items.push(syn::Item::Impl(imp));
    }
    Some(Variant {
        items,
        configs: all,
        header: group[0].header.clone(),
        pypy_link: None,
        extra_cfg: group[0].extra_cfg.clone(),
    })
}

fn field(from: &syn::Item, key: &str, cfg: Option<syn::Attribute>) -> syn::Field {
    let fields: Vec<&syn::Field> = match from {
        syn::Item::Struct(s) => s.fields.iter().collect(),
        syn::Item::Union(u) => u.fields.named.iter().collect(),
        _ => vec![],
    };
    let mut f = fields
        .into_iter()
        .find(|f| f.to_token_stream().to_string() == key)
        .unwrap()
        .clone();
    f.attrs.extend(cfg);
    f
}

/// bindgen's form of a struct the headers declare without fields.
fn is_opaque(v: &Variant) -> bool {
    v.items.first().is_some_and(|i| {
        members(i)
            .iter()
            .any(|m| m.contains("_address") || m.contains("_unused"))
    })
}

/// What merging did: types merged, and those left as several definitions.
pub struct Merged {
    pub types: usize,
    /// A full form and, where the headers hide the fields, an opaque one.
    pub with_opaque: Vec<String>,
    /// Several full forms: their attributes differ, or bindgen added items beside them.
    pub apart: Vec<String>,
}

/// Merges the versions of every type.
pub fn merge_versions(configs: &[Config], declared: &mut [Declared]) -> Merged {
    let mut report = Merged {
        types: 0,
        with_opaque: Vec::new(),
        apart: Vec::new(),
    };
    for d in declared.iter_mut() {
        if d.variants.len() < 2 {
            continue;
        }
        // Versions that share a shell merge; the first of a group keeps its place.
        let mut groups: Vec<(Option<String>, Vec<usize>)> = Vec::new();
        for (i, v) in d.variants.iter().enumerate() {
            let s = shell(v);
            match groups.iter_mut().find(|(k, _)| s.is_some() && *k == s) {
                Some((_, g)) => g.push(i),
                None => groups.push((s, vec![i])),
            }
        }
        let mut out: Vec<Variant> = Vec::new();
        let count = d.variants.len();
        let mut old: Vec<Option<Variant>> = std::mem::take(&mut d.variants)
            .into_iter()
            .map(Some)
            .collect();
        for (_, g) in &groups {
            if g.len() > 1 {
                let refs: Vec<&Variant> = g.iter().map(|&i| old[i].as_ref().unwrap()).collect();
                if let Some(v) = merge_group(configs, &refs) {
                    out.push(v);
                    for &i in g {
                        old[i] = None;
                    }
                    continue;
                }
            }
            out.extend(g.iter().map(|&i| old[i].take().unwrap()));
        }
        if out.len() < count {
            report.types += 1;
        }
        let types = |v: &&Variant| {
            matches!(
                v.items.first(),
                Some(syn::Item::Struct(_) | syn::Item::Union(_) | syn::Item::Enum(_))
            )
        };
        let full = out.iter().filter(types).filter(|v| !is_opaque(v)).count();
        if full > 1 {
            report.apart.push(d.name.clone());
        } else if full == 1 && out.iter().filter(types).any(is_opaque) {
            report.with_opaque.push(d.name.clone());
            for v in out.iter_mut().filter(|v| is_opaque(v)) {
                attrs_mut(&mut v.items[0]).insert(0, syn::parse_quote!(#[doc = " Opaque in these configurations: their headers declare it without fields."]));
            }
        }
        d.variants = out;
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    fn merged(versions: &[&[&str]]) -> Vec<(String, Vec<usize>)> {
        let mut m = Vec::new();
        for (i, v) in versions.iter().enumerate() {
            let v: Vec<String> = v.iter().map(|s| s.to_string()).collect();
            merge_into(&mut m, &v, &[i].into());
        }
        m.into_iter()
            .map(|(k, s)| (k, s.into_iter().collect()))
            .collect()
    }

    #[test]
    fn added_and_removed_fields_keep_both_orders() {
        let got = merged(&[&["a", "b", "d"], &["a", "c", "d"]]);
        let want: Vec<(String, Vec<usize>)> = vec![
            ("a".into(), vec![0, 1]),
            ("b".into(), vec![0]),
            ("c".into(), vec![1]),
            ("d".into(), vec![0, 1]),
        ];
        assert_eq!(got, want);
    }

    #[test]
    fn a_moved_field_stands_in_both_places() {
        let got = merged(&[&["a", "b", "c"], &["b", "a", "c"]]);
        let names: Vec<&str> = got.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(
            names.iter().filter(|n| **n == "a").count()
                + names.iter().filter(|n| **n == "b").count(),
            3,
            "{names:?}"
        );
        for version in 0..2 {
            let order: Vec<&str> = got
                .iter()
                .filter(|(_, s)| s.contains(&version))
                .map(|(k, _)| k.as_str())
                .collect();
            assert_eq!(
                order,
                if version == 0 {
                    ["a", "b", "c"]
                } else {
                    ["b", "a", "c"]
                }
            );
        }
    }
}
