//! What the hand-written parts of the modules define: a generated declaration of the
//! same name gives way to the hand-written one wherever that one's cfg holds.

use crate::bind::Ns;
use crate::configs::Config;
use crate::emit::MARKER;
use quote::ToTokens;
use std::collections::{BTreeSet, HashMap};
use std::path::Path;

/// A cfg predicate, as written in a `#[cfg(...)]`.
#[derive(Clone, Debug)]
pub enum Pred {
    Any(Vec<Pred>),
    All(Vec<Pred>),
    Not(Box<Pred>),
    Name(String),
    KeyValue(String, String),
}

impl Pred {
    /// The predicates of a `cfg(...)` attribute's tokens.
    pub fn parse_list(tokens: proc_macro2::TokenStream) -> Vec<Pred> {
        Pred::parse(tokens)
    }

    fn parse(tokens: proc_macro2::TokenStream) -> Vec<Pred> {
        use proc_macro2::TokenTree;
        let mut out = Vec::new();
        let mut it = tokens.into_iter().peekable();
        while let Some(tt) = it.next() {
            let TokenTree::Ident(id) = tt else { continue };
            let name = id.to_string();
            match it.peek() {
                Some(TokenTree::Group(g)) => {
                    let inner = Pred::parse(g.stream());
                    it.next();
                    out.push(match name.as_str() {
                        "any" => Pred::Any(inner),
                        "all" => Pred::All(inner),
                        _ => Pred::Not(Box::new(
                            inner.into_iter().next().unwrap_or(Pred::All(vec![])),
                        )),
                    });
                }
                Some(TokenTree::Punct(p)) if p.as_char() == '=' => {
                    it.next();
                    let value = it
                        .next()
                        .map(|v| v.to_string().trim_matches('"').to_string())
                        .unwrap_or_default();
                    out.push(Pred::KeyValue(name, value));
                }
                _ => out.push(Pred::Name(name)),
            }
        }
        out
    }

    /// Its value in a configuration; None where it depends on more than the
    /// configuration tells (the target, debug options).
    pub fn eval(&self, c: &Config) -> Option<bool> {
        match self {
            Pred::Any(v) => v.iter().try_fold(false, |acc, p| Some(acc || p.eval(c)?)),
            Pred::All(v) => v.iter().try_fold(true, |acc, p| Some(acc && p.eval(c)?)),
            Pred::Not(p) => p.eval(c).map(|b| !b),
            Pred::Name(n) => match n.as_str() {
                "Py_LIMITED_API" => Some(c.limited),
                "Py_GIL_DISABLED" => Some(c.gil_disabled),
                "PyPy" => Some(c.pypy),
                "GraalPy" => Some(c.graalpy),
                n => n
                    .strip_prefix("Py_3_")
                    .and_then(|m| m.parse::<u32>().ok())
                    .map(|m| c.minor >= m),
            },
            Pred::KeyValue(k, v) if k == "py_sys_config" && v == "Py_DEBUG" => Some(c.debug),
            Pred::KeyValue(..) => None,
        }
    }
}

/// Names defined by hand, each with the cfg of every definition (None: unconditional).
pub type HandWritten = HashMap<(Ns, String), Vec<Option<Pred>>>;

fn item_cfg(attrs: &[syn::Attribute]) -> Option<Pred> {
    let preds: Vec<Pred> = attrs
        .iter()
        .filter(|a| a.path().is_ident("cfg"))
        .filter_map(|a| a.meta.require_list().ok())
        .flat_map(|l| Pred::parse(l.tokens.clone()))
        .collect();
    if preds.is_empty() {
        None
    } else {
        Some(Pred::All(preds))
    }
}

fn both(outer: &Option<Pred>, inner: Option<Pred>) -> Option<Pred> {
    match (outer, inner) {
        (Some(o), Some(i)) => Some(Pred::All(vec![o.clone(), i])),
        (Some(o), None) => Some(o.clone()),
        (None, i) => i,
    }
}

/// The functions a `type_checks! { ... }` invocation (src/macros.rs) defines, each with
/// its attributes: entries `#[attr]* NAME: ...;`.
pub fn macro_fns(m: &syn::Macro) -> Vec<(String, Vec<syn::Attribute>)> {
    if !m.path.is_ident("type_checks") {
        return vec![];
    }
    struct Entries(Vec<(String, Vec<syn::Attribute>)>);
    impl syn::parse::Parse for Entries {
        fn parse(input: syn::parse::ParseStream) -> syn::Result<Self> {
            let mut out = Vec::new();
            while !input.is_empty() {
                let attrs = input.call(syn::Attribute::parse_outer)?;
                let name: syn::Ident = input.parse()?;
                input.parse::<syn::Token![:]>()?;
                while !input.peek(syn::Token![;]) {
                    input.parse::<proc_macro2::TokenTree>()?;
                }
                input.parse::<syn::Token![;]>()?;
                out.push((name.to_string(), attrs));
            }
            Ok(Entries(out))
        }
    }
    match m.parse_body::<Entries>() {
        Ok(e) => e.0,
        Err(e) => {
            eprintln!("error: a type_checks! invocation does not parse: {e}");
            std::process::exit(1);
        }
    }
}

/// Records the items, descending into inline modules (whose cfg applies to their items).
fn collect(items: &[syn::Item], outer: Option<Pred>, found: &mut HandWritten) {
    let mut add = |ns, name: String, attrs: &[syn::Attribute]| {
        found
            .entry((ns, name))
            .or_default()
            .push(both(&outer, item_cfg(attrs)));
    };
    let mut nested = vec![];
    // Private helpers (a module's own extern declarations, say) replace nothing public.
    let public = |v: &syn::Visibility| matches!(v, syn::Visibility::Public(_));
    for item in items {
        match item {
            syn::Item::Fn(i) if public(&i.vis) => add(Ns::Value, i.sig.ident.to_string(), &i.attrs),
            syn::Item::Const(i) if public(&i.vis) => add(Ns::Value, i.ident.to_string(), &i.attrs),
            syn::Item::Static(i) if public(&i.vis) => add(Ns::Value, i.ident.to_string(), &i.attrs),
            syn::Item::Struct(i) if public(&i.vis) => add(Ns::Type, i.ident.to_string(), &i.attrs),
            syn::Item::Union(i) if public(&i.vis) => add(Ns::Type, i.ident.to_string(), &i.attrs),
            syn::Item::Enum(i) if public(&i.vis) => add(Ns::Type, i.ident.to_string(), &i.attrs),
            syn::Item::Type(i) if public(&i.vis) => add(Ns::Type, i.ident.to_string(), &i.attrs),
            syn::Item::ForeignMod(fm) => {
                // The block's own cfg applies to each of its items.
                for fi in &fm.items {
                    let (name, attrs) = match fi {
                        syn::ForeignItem::Fn(f) if public(&f.vis) => {
                            (f.sig.ident.to_string(), &f.attrs)
                        }
                        syn::ForeignItem::Static(s) if public(&s.vis) => {
                            (s.ident.to_string(), &s.attrs)
                        }
                        _ => continue,
                    };
                    let all: Vec<syn::Attribute> = fm.attrs.iter().chain(attrs).cloned().collect();
                    add(Ns::Value, name, &all);
                }
            }
            syn::Item::Macro(m) => {
                for (name, attrs) in macro_fns(&m.mac) {
                    let all: Vec<syn::Attribute> = m.attrs.iter().chain(&attrs).cloned().collect();
                    add(Ns::Value, name, &all);
                }
            }
            syn::Item::Mod(m) => {
                if let Some((_, inner)) = &m.content {
                    nested.push((both(&outer, item_cfg(&m.attrs)), inner.clone()));
                }
            }
            _ => {}
        }
    }
    for (cfg, inner) in nested {
        collect(&inner, cfg, found);
    }
}

/// What the hand-written parts define, and the PyPy symbols (`PyPyFloat_Check`) they name.
pub struct Hand {
    pub defs: HandWritten,
    pub pypy_symbols: BTreeSet<String>,
}

/// Reads the hand-written part (above the marker) of every module once.
pub fn read(src: &Path) -> Hand {
    let mut hand = Hand {
        defs: HandWritten::new(),
        pypy_symbols: BTreeSet::new(),
    };
    for dir in [src.to_path_buf(), src.join("cpython")] {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let f = e.path();
            if f.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&f).unwrap_or_default();
            let part = text.split(MARKER).next().unwrap_or_default();
            let file: syn::File = match syn::parse_str(part) {
                Ok(file) => file,
                Err(e) => {
                    eprintln!(
                        "error: {} does not parse above the marker: {e}",
                        f.display()
                    );
                    std::process::exit(1);
                }
            };
            pypy_symbols(file.to_token_stream(), &mut hand.pypy_symbols);
            // compat.rs defines `compat::` items, not the crate root's: they replace nothing.
            if e.file_name() != "compat.rs" {
                collect(&file.items, None, &mut hand.defs);
            }
        }
    }
    hand
}

fn pypy_symbols(tokens: proc_macro2::TokenStream, out: &mut BTreeSet<String>) {
    for tt in tokens {
        match tt {
            proc_macro2::TokenTree::Ident(id) if crate::bind::is_pypy_symbol(&id.to_string()) => {
                out.insert(id.to_string());
            }
            proc_macro2::TokenTree::Group(g) => pypy_symbols(g.stream(), out),
            _ => {}
        }
    }
}

impl std::fmt::Display for Pred {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let list = |f: &mut std::fmt::Formatter<'_>, name: &str, v: &[Pred]| {
            let parts: Vec<String> = v.iter().map(|p| p.to_string()).collect();
            write!(f, "{name}({})", parts.join(", "))
        };
        match self {
            Pred::Any(v) => list(f, "any", v),
            Pred::All(v) => list(f, "all", v),
            Pred::Not(p) => write!(f, "not({p})"),
            Pred::Name(n) => f.write_str(n),
            Pred::KeyValue(k, v) => write!(f, "{k} = \"{v}\""),
        }
    }
}

/// Narrows each generated variant to the configurations where no hand-written
/// definition of its name holds; drops what is left with none.
pub fn give_way(configs: &[Config], declared: &mut Vec<crate::Declared>, hand: &HandWritten) {
    for d in declared.iter_mut() {
        let Some(defs) = hand.get(&(d.ns, d.name.clone())) else {
            continue;
        };
        if defs.iter().any(|p| p.is_none()) {
            d.variants.clear();
            continue;
        }
        let preds: Vec<&Pred> = defs.iter().flatten().collect();
        for v in &mut d.variants {
            let mut undecided = false;
            v.configs.retain(|&i| {
                let mut holds = false;
                for p in &preds {
                    match p.eval(&configs[i]) {
                        Some(true) => holds = true,
                        Some(false) => {}
                        None => undecided = true,
                    }
                }
                !holds
            });
            if undecided {
                let any = Pred::Any(preds.iter().map(|p| (*p).clone()).collect());
                v.extra_cfg = Some(format!("not({any})"));
            }
        }
        d.variants.retain(|v| !v.configs.is_empty());
    }
    // The anonymous parts of a type written by hand go where the generated type still goes.
    let kept: HashMap<String, std::collections::BTreeSet<usize>> = declared
        .iter()
        .filter(|d| d.ns == Ns::Type)
        .map(|d| {
            (
                d.name.clone(),
                d.variants
                    .iter()
                    .flat_map(|v| v.configs.iter().copied())
                    .collect(),
            )
        })
        .collect();
    for d in declared.iter_mut().filter(|d| d.ns == Ns::Type) {
        let Some(owner) = d
            .variants
            .first()
            .and_then(|v| crate::anon::owner(&v.items))
        else {
            continue;
        };
        if !hand.contains_key(&(Ns::Type, owner.clone())) {
            continue;
        }
        let owner_configs = kept.get(&owner).cloned().unwrap_or_default();
        for v in &mut d.variants {
            v.configs.retain(|i| owner_configs.contains(i));
        }
        d.variants.retain(|v| !v.configs.is_empty());
    }
    declared.retain(|d| !d.variants.is_empty());
}

/// A PyPy export that the hand-written parts call by its symbol is declared privately,
/// under that symbol, in its own configurations: there the hand-written function owns
/// the C API's name (in pyo3-ffi's shape, a Rust function) and calls the export.
pub fn privatize_called_exports(
    configs: &[Config],
    declared: &mut Vec<crate::Declared>,
    called: &BTreeSet<String>,
) {
    let mut out = Vec::with_capacity(declared.len());
    for mut d in declared.drain(..) {
        let mut private = Vec::new();
        for v in &mut d.variants {
            let Some(symbol) = v.pypy_link.clone().filter(|s| called.contains(s)) else {
                continue;
            };
            let pypy: BTreeSet<usize> = v
                .configs
                .iter()
                .copied()
                .filter(|&i| configs[i].pypy)
                .collect();
            if pypy.is_empty() {
                continue;
            }
            v.configs.retain(|i| !pypy.contains(i));
            let items = v
                .items
                .iter()
                .map(|item| as_private(item, &symbol))
                .collect();
            private.push(crate::Declared {
                name: symbol,
                ns: d.ns,
                header: d.header.clone(),
                order: d.order,
                variants: vec![crate::Variant {
                    items,
                    configs: pypy,
                    header: v.header.clone(),
                    pypy_link: None,
                    extra_cfg: None,
                }],
            });
        }
        d.variants.retain(|v| !v.configs.is_empty());
        if !d.variants.is_empty() {
            out.push(d);
        }
        out.extend(private);
    }
    *declared = out;
}

/// The extern declaration renamed to its symbol, visible to the crate only.
fn as_private(item: &syn::Item, symbol: &str) -> syn::Item {
    let mut item = item.clone();
    if let syn::Item::ForeignMod(fm) = &mut item {
        for fi in &mut fm.items {
            match fi {
                syn::ForeignItem::Fn(f) => {
                    f.sig.ident = syn::Ident::new(symbol, f.sig.ident.span());
                    f.vis = syn::parse_quote!(pub(crate));
                }
                syn::ForeignItem::Static(s) => {
                    s.ident = syn::Ident::new(symbol, s.ident.span());
                    s.vis = syn::parse_quote!(pub(crate));
                }
                _ => {}
            }
        }
    }
    item
}
