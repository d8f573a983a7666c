//! Writes each module's imports: every crate name a file (or an inline module in it)
//! uses, imported by name from the module that declares it, under the cfg where both the
//! declaration and a use can hold. Import lines follow the include order of the headers.
//!
//! The block sits where the file (or the inline module) opens, after its `//!` lines,
//! and starts with the line `IMPORTS`; a blank line ends it. Only `lib.rs` and
//! `cpython/mod.rs`, the flattening layer, keep glob imports.

use crate::configs::Config;
use crate::handwritten::Pred;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// C's types, which modules import from `core::ffi` by name.
pub const CORE_FFI: &[&str] = &[
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
    "c_void",
];

pub const IMPORTS: &str = "// Imports: written by pyffi-gen from the names used here.";

/// Where a name is declared: the module path and the cfg of the declaration.
#[derive(Clone)]
struct Def {
    module: Vec<String>,
    cfg: Option<Pred>,
}

/// One scope that gets an import block: a file, or an inline module in it.
struct Scope {
    file: PathBuf,
    /// The module path of the scope (`["datetime", "macros"]`).
    module: Vec<String>,
    /// The module path whose items this scope does not import (its own file's, for a file).
    own: Vec<String>,
    nested: bool,
    /// An inline module's opening line (1-based), after which its block goes.
    anchor: Option<usize>,
    /// Glob imports of the crate or the parent (lines, 1-based), which the block replaces.
    globs: BTreeSet<usize>,
    /// The cfg the scope itself is under (an inline module's).
    outer: Option<Pred>,
    /// Names brought in otherwise: `use` lines, modules, macros.
    locals: BTreeSet<String>,
    /// Items defined here, with their cfgs: an import of the name must exclude them.
    defined: BTreeMap<String, Vec<Option<Pred>>>,
    uses: BTreeMap<String, Vec<Option<Pred>>>,
}

fn all_of(stack: &[Pred]) -> Option<Pred> {
    if stack.is_empty() {
        None
    } else {
        Some(Pred::All(stack.to_vec()))
    }
}

fn cfgs_of(attrs: &[syn::Attribute]) -> Vec<Pred> {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("cfg"))
        .filter_map(|a| a.meta.require_list().ok())
        .flat_map(|l| Pred::parse_list(l.tokens.clone()))
        .collect()
}

/// Names used as the first segment of a path, each with the cfg it is used under.
struct Uses<'a> {
    stack: Vec<Pred>,
    out: &'a mut BTreeMap<String, Vec<Option<Pred>>>,
    /// `macro_rules!` bodies: their names resolve where they are invoked, under the
    /// invocation's cfg.
    macros: HashMap<String, proc_macro2::TokenStream>,
}

impl Uses<'_> {
    fn add(&mut self, name: String) {
        let cfg = all_of(&self.stack);
        self.out.entry(name).or_default().push(cfg);
    }

    fn with<F: FnOnce(&mut Self)>(&mut self, attrs: &[syn::Attribute], f: F) {
        let n = self.stack.len();
        self.stack.extend(cfgs_of(attrs));
        f(self);
        self.stack.truncate(n);
    }

    /// Macro bodies are tokens: an identifier not after `.` or `::` may name an item. A
    /// `#[cfg(...)]` in them holds up to the next `;` or braced body.
    fn tokens(&mut self, tokens: proc_macro2::TokenStream) {
        use proc_macro2::{Delimiter, TokenTree};
        let mut prev: Vec<char> = Vec::new();
        let base = self.stack.len();
        for tt in tokens {
            match &tt {
                TokenTree::Ident(id) => {
                    let after_path = prev.ends_with(&[':', ':'])
                        || prev.last() == Some(&'.')
                        || prev.last() == Some(&'$');
                    if !after_path {
                        self.add(id.to_string());
                    }
                    prev.clear();
                }
                TokenTree::Punct(p) => {
                    if p.as_char() == ';' {
                        self.stack.truncate(base);
                    }
                    prev.push(p.as_char());
                }
                TokenTree::Group(g)
                    if g.delimiter() == Delimiter::Bracket && prev.last() == Some(&'#') =>
                {
                    let mut inner = g.stream().into_iter();
                    if let (Some(TokenTree::Ident(id)), Some(TokenTree::Group(args))) =
                        (inner.next(), inner.next())
                    {
                        if id == "cfg" {
                            self.stack.extend(Pred::parse_list(args.stream()));
                        }
                    }
                    prev.clear();
                }
                TokenTree::Group(g) => {
                    self.tokens(g.stream());
                    prev.clear();
                    // An item's body ends what a `#[cfg]` before it covers.
                    if g.delimiter() == Delimiter::Brace {
                        self.stack.truncate(base);
                    }
                }
                TokenTree::Literal(_) => prev.clear(),
            }
        }
        self.stack.truncate(base);
    }
}

impl<'ast> Visit<'ast> for Uses<'_> {
    fn visit_item(&mut self, i: &'ast syn::Item) {
        if let syn::Item::Mod(m) = i {
            if m.content.is_some() {
                return; // a scope of its own
            }
        }
        if let syn::Item::Use(_) = i {
            return;
        }
        if let syn::Item::Macro(m) = i {
            if let Some(id) = &m.ident {
                self.macros.insert(id.to_string(), m.mac.tokens.clone());
                return;
            }
        }
        let attrs: Vec<syn::Attribute> = item_attrs(i).to_vec();
        self.with(&attrs, |s| syn::visit::visit_item(s, i));
    }
    fn visit_foreign_item(&mut self, i: &'ast syn::ForeignItem) {
        let attrs = match i {
            syn::ForeignItem::Fn(f) => f.attrs.clone(),
            syn::ForeignItem::Static(s) => s.attrs.clone(),
            _ => vec![],
        };
        self.with(&attrs, |s| syn::visit::visit_foreign_item(s, i));
    }
    fn visit_field(&mut self, f: &'ast syn::Field) {
        let attrs = f.attrs.clone();
        self.with(&attrs, |s| syn::visit::visit_field(s, f));
    }
    fn visit_pat_type(&mut self, p: &'ast syn::PatType) {
        let attrs = p.attrs.clone();
        self.with(&attrs, |s| syn::visit::visit_pat_type(s, p));
    }
    fn visit_field_value(&mut self, f: &'ast syn::FieldValue) {
        let attrs = f.attrs.clone();
        self.with(&attrs, |s| syn::visit::visit_field_value(s, f));
    }
    fn visit_arm(&mut self, a: &'ast syn::Arm) {
        let attrs = a.attrs.clone();
        self.with(&attrs, |s| syn::visit::visit_arm(s, a));
    }
    fn visit_stmt(&mut self, st: &'ast syn::Stmt) {
        let attrs = match st {
            syn::Stmt::Local(l) => l.attrs.clone(),
            syn::Stmt::Expr(e, _) => expr_attrs(e),
            syn::Stmt::Macro(m) => m.attrs.clone(),
            _ => vec![],
        };
        self.with(&attrs, |s| syn::visit::visit_stmt(s, st));
    }
    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {}
    fn visit_path(&mut self, p: &'ast syn::Path) {
        if p.leading_colon.is_none() {
            if let Some(first) = p.segments.first() {
                self.add(first.ident.to_string());
            }
        }
        syn::visit::visit_path(self, p);
    }
    fn visit_macro(&mut self, m: &'ast syn::Macro) {
        syn::visit::visit_macro(self, m);
        self.tokens(m.tokens.clone());
        if let Some(body) = m
            .path
            .get_ident()
            .and_then(|id| self.macros.get(&id.to_string()))
            .cloned()
        {
            self.tokens(body);
        }
    }
}

/// The attributes of a statement's expression (`#[cfg(...)] return ...;`).
fn expr_attrs(e: &syn::Expr) -> Vec<syn::Attribute> {
    use syn::Expr::*;
    match e {
        Return(x) => x.attrs.clone(),
        Call(x) => x.attrs.clone(),
        MethodCall(x) => x.attrs.clone(),
        Macro(x) => x.attrs.clone(),
        Block(x) => x.attrs.clone(),
        Unsafe(x) => x.attrs.clone(),
        If(x) => x.attrs.clone(),
        Match(x) => x.attrs.clone(),
        Assign(x) => x.attrs.clone(),
        Binary(x) => x.attrs.clone(),
        Unary(x) => x.attrs.clone(),
        Paren(x) => x.attrs.clone(),
        Path(x) => x.attrs.clone(),
        Cast(x) => x.attrs.clone(),
        Field(x) => x.attrs.clone(),
        Lit(x) => x.attrs.clone(),
        Tuple(x) => x.attrs.clone(),
        Reference(x) => x.attrs.clone(),
        RawAddr(x) => x.attrs.clone(),
        _ => vec![],
    }
}

fn item_attrs(i: &syn::Item) -> &[syn::Attribute] {
    match i {
        syn::Item::Const(x) => &x.attrs,
        syn::Item::Enum(x) => &x.attrs,
        syn::Item::ForeignMod(x) => &x.attrs,
        syn::Item::Fn(x) => &x.attrs,
        syn::Item::Impl(x) => &x.attrs,
        syn::Item::Macro(x) => &x.attrs,
        syn::Item::Mod(x) => &x.attrs,
        syn::Item::Static(x) => &x.attrs,
        syn::Item::Struct(x) => &x.attrs,
        syn::Item::Type(x) => &x.attrs,
        syn::Item::Union(x) => &x.attrs,
        syn::Item::Use(x) => &x.attrs,
        _ => &[],
    }
}

fn is_public(v: &syn::Visibility) -> bool {
    !matches!(v, syn::Visibility::Inherited)
}

/// Names a `use` tree brings in, and whether it is a glob of the crate or the parent.
fn use_names(tree: &syn::UseTree, out: &mut BTreeSet<String>) {
    match tree {
        syn::UseTree::Path(p) => use_names(&p.tree, out),
        syn::UseTree::Name(n) => {
            out.insert(n.ident.to_string());
        }
        syn::UseTree::Rename(r) => {
            out.insert(r.rename.to_string());
        }
        syn::UseTree::Glob(_) => {}
        syn::UseTree::Group(g) => g.items.iter().for_each(|t| use_names(t, out)),
    }
}

fn is_crate_glob(u: &syn::ItemUse) -> bool {
    match &u.tree {
        syn::UseTree::Path(p) => {
            let root = p.ident.to_string();
            (root == "crate" || root == "super") && matches!(&*p.tree, syn::UseTree::Glob(_))
        }
        _ => false,
    }
}

/// Reads one scope's items: its definitions (public ones into `defs`), the names its
/// `use` lines bring in, its uses, and its inline modules as scopes of their own.
#[allow(clippy::too_many_arguments)]
fn read_scope(
    file: &Path,
    module: Vec<String>,
    own: Vec<String>,
    anchor: Option<usize>,
    written: &BTreeSet<usize>,
    items: &[syn::Item],
    outer: &[Pred],
    defs: &mut HashMap<String, Vec<Def>>,
    scopes: &mut Vec<Scope>,
) {
    let mut scope = Scope {
        file: file.to_path_buf(),
        module: module.clone(),
        own,
        nested: anchor.is_some(),
        outer: all_of(outer),
        anchor,
        globs: BTreeSet::new(),
        locals: BTreeSet::new(),
        defined: BTreeMap::new(),
        uses: BTreeMap::new(),
    };
    // An inline module re-exported with `pub use m::*` lends its items the file's path.
    let reexported: BTreeSet<String> = items
        .iter()
        .filter_map(|i| match i {
            syn::Item::Use(u) if is_public(&u.vis) => match &u.tree {
                syn::UseTree::Path(p) if matches!(&*p.tree, syn::UseTree::Glob(_)) => {
                    Some(p.ident.to_string())
                }
                _ => None,
            },
            _ => None,
        })
        .collect();
    let mut inner = Vec::new();
    for item in items {
        let mut cfg = outer.to_vec();
        cfg.extend(cfgs_of(item_attrs(item)));
        let mut define = |name: String, public: bool, extra: &[syn::Attribute]| {
            let mut c = cfg.clone();
            c.extend(cfgs_of(extra));
            if public {
                defs.entry(name.clone()).or_default().push(Def {
                    module: module.clone(),
                    cfg: all_of(&c),
                });
            }
            scope.defined.entry(name).or_default().push(all_of(&c));
        };
        match item {
            syn::Item::Fn(i) => define(i.sig.ident.to_string(), is_public(&i.vis), &[]),
            syn::Item::Const(i) => define(i.ident.to_string(), is_public(&i.vis), &[]),
            syn::Item::Static(i) => define(i.ident.to_string(), is_public(&i.vis), &[]),
            syn::Item::Struct(i) => define(i.ident.to_string(), is_public(&i.vis), &[]),
            syn::Item::Union(i) => define(i.ident.to_string(), is_public(&i.vis), &[]),
            syn::Item::Enum(i) => define(i.ident.to_string(), is_public(&i.vis), &[]),
            syn::Item::Type(i) => define(i.ident.to_string(), is_public(&i.vis), &[]),
            syn::Item::Macro(m) => {
                if let Some(id) = &m.ident {
                    scope.locals.insert(id.to_string());
                }
                for (name, attrs) in crate::handwritten::macro_fns(&m.mac) {
                    define(name, true, &attrs);
                }
            }
            syn::Item::ForeignMod(fm) => {
                for fi in &fm.items {
                    match fi {
                        syn::ForeignItem::Fn(f) => {
                            define(f.sig.ident.to_string(), is_public(&f.vis), &f.attrs)
                        }
                        syn::ForeignItem::Static(s) => {
                            define(s.ident.to_string(), is_public(&s.vis), &s.attrs)
                        }
                        _ => {}
                    }
                }
            }
            syn::Item::Use(u) => {
                let line = u.use_token.span.start().line;
                if written.contains(&line) {
                    // A line of the block this pass writes anew.
                } else if is_crate_glob(u) {
                    scope.globs.insert(u.use_token.span.start().line);
                } else {
                    let mut names = BTreeSet::new();
                    use_names(&u.tree, &mut names);
                    scope.locals.extend(names);
                }
            }
            syn::Item::Mod(m) => {
                let name = m.ident.to_string();
                scope.locals.insert(name.clone());
                if let Some((brace, content)) = &m.content {
                    inner.push((
                        name,
                        cfg.clone(),
                        content.clone(),
                        brace.span.open().start().line,
                    ));
                }
            }
            _ => {}
        }
    }
    for (name, cfg, content, line) in inner {
        let path = if reexported.contains(&name) {
            module.clone()
        } else {
            [module.clone(), vec![name.clone()]].concat()
        };
        let mut sub = module.clone();
        sub.push(name);
        read_scope(
            file,
            path,
            sub,
            Some(line),
            written,
            &content,
            &cfg,
            defs,
            scopes,
        );
    }
    let mut uses = Uses {
        stack: outer.to_vec(),
        out: &mut scope.uses,
        macros: HashMap::new(),
    };
    for item in items {
        uses.visit_item(item);
    }
    scopes.push(scope);
}

/// The lines (1-based) of the blocks an earlier run wrote.
fn block_lines(text: &str) -> BTreeSet<usize> {
    let mut out = BTreeSet::new();
    let mut inside = false;
    for (i, line) in text.lines().enumerate() {
        if line.trim() == IMPORTS {
            inside = true;
        } else if line.trim().is_empty() {
            inside = false;
        }
        if inside {
            out.insert(i + 1);
        }
    }
    out
}

/// `src/cpython/object.rs` -> ["cpython", "object"].
fn module_of(src: &Path, file: &Path) -> Vec<String> {
    let rel = file.strip_prefix(src).unwrap().with_extension("");
    let mut parts: Vec<String> = rel
        .iter()
        .map(|s| s.to_string_lossy().into_owned())
        .collect();
    if parts.last().map(String::as_str) == Some("mod")
        || parts.last().map(String::as_str) == Some("lib")
    {
        parts.pop();
    }
    parts
}

/// Whether `p` can hold in `c`: atoms the configuration does not decide (targets) may.
fn possibly(p: &Option<Pred>, c: &Config) -> bool {
    match p {
        None => true,
        Some(p) => p.eval(c) != Some(false),
    }
}

/// The headers in include order: `Python.h` first, each header before what it includes
/// after its own first line (a depth-first walk, newest headers first).
pub fn include_order(root: &Path, configs: &[Config]) -> Vec<String> {
    fn walk(dir: &Path, h: &str, seen: &mut BTreeSet<String>, out: &mut Vec<String>) {
        if !seen.insert(h.to_string()) {
            return;
        }
        out.push(h.to_string());
        let text = std::fs::read_to_string(dir.join(h)).unwrap_or_default();
        let base = Path::new(h).parent().unwrap_or(Path::new(""));
        for line in text.lines() {
            let l = line.trim_start().trim_start_matches('#').trim_start();
            let Some(rest) = l.strip_prefix("include") else {
                continue;
            };
            let Some(name) = rest
                .trim()
                .strip_prefix('"')
                .and_then(|r| r.split('"').next())
            else {
                continue;
            };
            let rel = if dir.join(base).join(name).exists() {
                base.join(name)
            } else {
                PathBuf::from(name)
            };
            let rel = rel.to_string_lossy().replace("cpython/../", "");
            if dir.join(&rel).exists() {
                walk(dir, &rel, seen, out);
            }
        }
    }
    let mut seen = BTreeSet::new();
    let mut out = Vec::new();
    let mut dirs: Vec<PathBuf> = Vec::new();
    for c in configs {
        for d in c.include_dirs(root).into_iter().take(1) {
            if !dirs.contains(&d) {
                dirs.push(d);
            }
        }
    }
    for d in &dirs {
        walk(d, "Python.h", &mut seen, &mut out);
    }
    out
}

pub fn module_rank(order: &[String]) -> HashMap<Vec<String>, usize> {
    order
        .iter()
        .enumerate()
        .map(|(i, h)| (crate::emit::module_path(h), i))
        .collect()
}

/// The import edges between modules (file scopes only), for the report.
pub type Edges = BTreeMap<Vec<String>, BTreeSet<Vec<String>>>;

pub fn write_all(src: &Path, configs: &[Config], order: &[String]) -> Edges {
    let mut files = Vec::new();
    // compat's shims may sit in files of their own under src/compat/.
    for dir in [src.to_path_buf(), src.join("cpython"), src.join("compat")] {
        for e in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let f = e.path();
            if f.extension().is_some_and(|x| x == "rs") {
                files.push(f);
            }
        }
    }
    files.sort();
    let mut defs: HashMap<String, Vec<Def>> = HashMap::new();
    let mut scopes = Vec::new();
    let mut texts = HashMap::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        let mut parsed: syn::File = match syn::parse_file(&text) {
            Ok(p) => p,
            Err(e) => {
                eprintln!("error: {} does not parse: {e}", f.display());
                std::process::exit(1);
            }
        };
        crate::emit::expand_prefixed(&mut parsed.items);
        let module = module_of(src, f);
        read_scope(
            f,
            module.clone(),
            module,
            None,
            &block_lines(&text),
            &parsed.items,
            &[],
            &mut defs,
            &mut scopes,
        );
        texts.insert(f.clone(), text);
    }
    let rank = module_rank(order);
    // C's types come from `core::ffi`, ahead of the crate's modules.
    for c in CORE_FFI {
        defs.entry(c.to_string()).or_default().push(Def {
            module: vec!["core".into(), "ffi".into()],
            cfg: None,
        });
    }
    let configs = &crate::configs::with_graalpy(configs);
    let mut edges = Edges::new();
    // Per file: its globs, and the blocks by the line they follow (None: the file's own).
    type Blocks = (BTreeSet<usize>, Vec<(Option<usize>, String)>);
    let mut blocks: HashMap<PathBuf, Blocks> = HashMap::new();
    for s in &scopes {
        let flattening = !s.nested && (s.module.is_empty() || s.module == ["cpython"]);
        // The flattening layer keeps its globs.
        if flattening {
            continue;
        }
        // (include rank, module, cfg, used on some targets only) -> names
        type Line = (usize, Vec<String>, Option<String>, bool);
        let mut lines: BTreeMap<Line, BTreeSet<String>> = BTreeMap::new();

        for (name, use_cfgs) in &s.uses {
            if s.locals.contains(name) {
                continue;
            }
            let Some(ds) = defs.get(name) else { continue };
            let here = s.defined.get(name);
            // Each module's declarations of the name, as one import.
            let mut by_module: BTreeMap<&Vec<String>, Vec<&Option<Pred>>> = BTreeMap::new();
            for d in ds {
                // A file's own inline modules are reached by their paths.
                if d.module == s.own || (!s.nested && d.module.starts_with(&s.module)) {
                    continue;
                }
                by_module.entry(&d.module).or_default().push(&d.cfg);
            }
            for (module, cfgs) in by_module {
                let set: BTreeSet<usize> = configs
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| {
                        cfgs.iter().any(|d| possibly(d, c))
                            && use_cfgs.iter().any(|u| possibly(u, c))
                    })
                    .filter(|(_, c)| !here.into_iter().flatten().any(|h| possibly(h, c)))
                    .map(|(i, _)| i)
                    .collect();
                if set.is_empty() {
                    continue;
                }
                // Used, in some configuration, only under a cfg that depends on the target.
                let on_some_targets = set.iter().any(|&i| {
                    !use_cfgs
                        .iter()
                        .any(|u| u.as_ref().is_none_or(|p| p.eval(&configs[i]) == Some(true)))
                });
                // Decided among the configurations the scope exists in.
                let within: Vec<usize> = (0..configs.len())
                    .filter(|&i| possibly(&s.outer, &configs[i]))
                    .collect();
                let sub: Vec<Config> = within.iter().map(|&i| configs[i].clone()).collect();
                let local: BTreeSet<usize> = within
                    .iter()
                    .enumerate()
                    .filter(|(_, i)| set.contains(i))
                    .map(|(k, _)| k)
                    .collect();
                let cfg = crate::cfgexpr::synthesize(&sub, &local);
                let core = module.first().is_some_and(|m| m == "core");
                let r = if core {
                    0
                } else {
                    rank.get(module).copied().unwrap_or(usize::MAX)
                };
                lines
                    .entry((r, module.clone(), cfg, on_some_targets))
                    .or_default()
                    .insert(name.clone());
                if !s.nested && !core {
                    edges
                        .entry(s.module.clone())
                        .or_default()
                        .insert(module.clone());
                }
            }
        }
        let indent = if s.nested { "    " } else { "" };
        let mut block = String::new();
        if !lines.is_empty() {
            block.push_str(&format!("{indent}{IMPORTS}\n"));
            for ((_, module, cfg, on_some_targets), names) in &lines {
                if *on_some_targets {
                    block.push_str(&format!(
                        "{indent}#[allow(unused_imports)] // used on some targets only\n"
                    ));
                }
                if let Some(cfg) = cfg {
                    block.push_str(&format!("{indent}#[cfg({cfg})]\n"));
                }
                let path = if module.first().is_some_and(|m| m == "core") {
                    module.join("::")
                } else if module.is_empty() {
                    "crate".to_string()
                } else {
                    format!("crate::{}", module.join("::"))
                };
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                match names.as_slice() {
                    [one] => block.push_str(&format!("{indent}use {path}::{one};\n")),
                    many => {
                        block.push_str(&format!("{indent}use {path}::{{{}}};\n", many.join(", ")))
                    }
                }
            }
        }
        let b = blocks.entry(s.file.clone()).or_default();
        b.0.extend(&s.globs);
        b.1.push((s.anchor, block));
    }
    for (file, (globs, blocks)) in blocks {
        let text = &texts[&file];
        let new = splice(text, &globs, &blocks);
        if &new != text {
            std::fs::write(&file, new).unwrap();
        }
    }
    edges
}

/// Removes the glob imports and old blocks, then puts each block in place: a file's
/// after its `//!` lines, an inline module's after its opening line.
fn splice(text: &str, globs: &BTreeSet<usize>, blocks: &[(Option<usize>, String)]) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let mut drop = vec![false; lines.len()];
    for &g in globs {
        drop[g - 1] = true;
        if g >= 2 && lines[g - 2].trim() == "#[allow(unused_imports)]" {
            drop[g - 2] = true;
        }
    }
    let mut i = 0;
    while i < lines.len() {
        if lines[i].trim() == IMPORTS {
            while i < lines.len() && !lines[i].trim().is_empty() {
                drop[i] = true;
                i += 1;
            }
            if i < lines.len() {
                drop[i] = true; // the blank line that ends it
            }
        }
        i += 1;
    }
    let after: BTreeMap<usize, &String> = blocks
        .iter()
        .filter_map(|(l, b)| l.map(|l| (l, b)))
        .collect();
    let top = blocks
        .iter()
        .find(|(l, _)| l.is_none())
        .map(|(_, b)| b.as_str())
        .unwrap_or("");
    let docs = lines
        .iter()
        .take_while(|l| l.starts_with("//!") || l.starts_with("#!["))
        .count();
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        if i == docs && !top.is_empty() {
            if docs > 0 {
                out.push('\n');
            }
            out.push_str(top);
            out.push('\n');
        }
        // The blank line after the docs is the one written before the block.
        let blank_after_docs = i == docs && docs > 0 && line.trim().is_empty() && !top.is_empty();
        if !drop[i] && !blank_after_docs {
            out.push_str(line);
            out.push('\n');
        }
        if let Some(b) = after.get(&(i + 1)).filter(|b| !b.is_empty()) {
            out.push_str(b);
            out.push('\n');
        }
    }
    out
}

/// The import cycles: each strongly connected set of modules, as `a -> b -> a`.
pub fn cycles(edges: &Edges) -> Vec<String> {
    // Tarjan's algorithm over the module graph.
    struct T<'a> {
        edges: &'a Edges,
        index: HashMap<&'a Vec<String>, usize>,
        low: HashMap<&'a Vec<String>, usize>,
        stack: Vec<&'a Vec<String>>,
        on: BTreeSet<&'a Vec<String>>,
        out: Vec<Vec<&'a Vec<String>>>,
    }
    impl<'a> T<'a> {
        fn visit(&mut self, v: &'a Vec<String>) {
            let i = self.index.len();
            self.index.insert(v, i);
            self.low.insert(v, i);
            self.stack.push(v);
            self.on.insert(v);
            for w in self.edges.get(v).into_iter().flatten() {
                if !self.index.contains_key(w) {
                    self.visit(w);
                    let lw = self.low[w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(lw);
                } else if self.on.contains(w) {
                    let iw = self.index[w];
                    let lv = self.low.get_mut(v).unwrap();
                    *lv = (*lv).min(iw);
                }
            }
            if self.low[v] == self.index[v] {
                let mut scc = Vec::new();
                while let Some(w) = self.stack.pop() {
                    self.on.remove(w);
                    scc.push(w);
                    if w == v {
                        break;
                    }
                }
                if scc.len() > 1 {
                    self.out.push(scc);
                }
            }
        }
    }
    let mut t = T {
        edges,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: vec![],
        on: BTreeSet::new(),
        out: vec![],
    };
    for v in edges.keys() {
        if !t.index.contains_key(v) {
            t.visit(v);
        }
    }
    t.out
        .into_iter()
        .map(|mut scc| {
            scc.sort();
            scc.iter()
                .map(|m| m.join("::"))
                .collect::<Vec<_>>()
                .join(" <-> ")
        })
        .collect()
}
