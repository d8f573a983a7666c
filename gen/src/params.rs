//! Parameter names for the parameters the headers leave unnamed, which bindgen calls
//! `arg1`, `arg2`... (and PyPy's headers `arg0`...): taken from gen/param-names.tsv,
//! which gen/param_names.py extracts from CPython's documentation and C sources.

use crate::bind::Ns;
use crate::Declared;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::Path;

/// Where a row of the table came from: `doc3.15`, `src3.13`...
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Docs,
    Sources,
}

/// One parameter of a row: its name, and how many pointer levels its C type has (a
/// function pointer, `(*name)` in the table, has none: Rust's is `Option<fn>`).
struct Param {
    name: String,
    pointers: usize,
}

/// The table: per function, its rows in order of preference, the first whose parameter
/// count and pointer levels match a declaration giving its names.
struct Names(HashMap<String, Vec<(Kind, Vec<Param>)>>);

/// bindgen's synthesized names, and PyPy's headers' own.
fn is_synthesized(name: &str) -> bool {
    name.strip_prefix("arg")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// The name bindgen gives a C parameter (its `BindgenContext::rust_mangle`): keywords,
/// reserved words and primitive type names get a trailing underscore (`type_`).
fn mangle(name: &str) -> String {
    const RESERVED: &[&str] = &[
        "abstract", "alignof", "as", "async", "await", "become", "box", "break", "const",
        "continue", "crate", "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for",
        "gen", "if", "impl", "in", "let", "loop", "macro", "match", "mod", "move", "mut",
        "offsetof", "override", "priv", "proc", "pub", "pure", "ref", "return", "Self", "self",
        "sizeof", "static", "struct", "super", "trait", "true", "try", "type", "typeof", "unsafe",
        "unsized", "use", "virtual", "where", "while", "yield", "str", "bool", "f32", "f64",
        "usize", "isize", "u128", "i128", "u64", "i64", "u32", "i32", "u16", "i16", "u8", "i8",
        "_",
    ];
    if RESERVED.contains(&name) {
        format!("{name}_")
    } else {
        name.to_string()
    }
}

fn parse_param(column: &str) -> Param {
    let pointers = column.len() - column.trim_start_matches('*').len();
    let name = column
        .trim_start_matches('*')
        .trim_start_matches("(*")
        .trim_end_matches(')');
    Param {
        name: mangle(name),
        pointers,
    }
}

fn pointers(ty: &syn::Type) -> usize {
    match ty {
        syn::Type::Ptr(p) => 1 + pointers(&p.elem),
        _ => 0,
    }
}

fn param_ident(arg: &syn::FnArg) -> Option<&syn::Ident> {
    match arg {
        syn::FnArg::Typed(t) => match &*t.pat {
            syn::Pat::Ident(i) => Some(&i.ident),
            _ => None,
        },
        syn::FnArg::Receiver(_) => None,
    }
}

fn extern_fns_mut(items: &mut [syn::Item]) -> impl Iterator<Item = &mut syn::ForeignItemFn> {
    items
        .iter_mut()
        .flat_map(|i| match i {
            syn::Item::ForeignMod(fm) => fm.items.iter_mut().collect::<Vec<_>>(),
            _ => Vec::new(),
        })
        .filter_map(|fi| match fi {
            syn::ForeignItem::Fn(f) => Some(f),
            _ => None,
        })
}

/// Names the synthesized parameters of every declaration written, where the table has a
/// row that fits, and prints one line on where the names came from.
pub fn name_synthesized(table: &Path, declared: &mut [Declared]) {
    let text = std::fs::read_to_string(table)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", table.display()));
    let names = Names::parse(&text);
    let mut counts: BTreeMap<Option<Kind>, usize> = BTreeMap::new();
    // Functions keeping a synthesized name: no row, none of their count and pointer levels, a colliding name.
    let mut kept_in: [BTreeSet<String>; 3] = Default::default();
    for d in declared.iter_mut().filter(|d| d.ns == Ns::Value) {
        for v in &mut d.variants {
            for f in extern_fns_mut(&mut v.items) {
                let (renamed, kept) = names.apply(f);
                if let Some((kind, n)) = renamed {
                    *counts.entry(Some(kind)).or_default() += n;
                }
                if kept > 0 {
                    *counts.entry(None).or_default() += kept;
                    let func = f.sig.ident.to_string();
                    let why = if names.lookup(&func).is_none() {
                        0
                    } else if renamed.is_none() {
                        1
                    } else {
                        2
                    };
                    kept_in[why].insert(func);
                }
            }
        }
    }
    let n = |k| counts.get(&k).copied().unwrap_or(0);
    let list = |s: &BTreeSet<String>| s.iter().cloned().collect::<Vec<_>>().join(" ");
    eprintln!(
        "parameter names: {} taken from the docs, {} from sources, {} still synthesized (no names known: {}; \
         no row that fits: {}; a name taken: {})",
        n(Some(Kind::Docs)), n(Some(Kind::Sources)), n(None), list(&kept_in[0]), list(&kept_in[1]), list(&kept_in[2])
    );
}

impl Names {
    fn parse(text: &str) -> Names {
        let mut rows: HashMap<String, Vec<(Kind, Vec<Param>)>> = HashMap::new();
        for line in text
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let mut cols = line.split('\t');
            let (Some(func), Some(source)) = (cols.next(), cols.next()) else {
                continue;
            };
            let kind = if source.starts_with("doc") {
                Kind::Docs
            } else {
                Kind::Sources
            };
            rows.entry(func.to_string())
                .or_default()
                .push((kind, cols.map(parse_param).collect()));
        }
        Names(rows)
    }

    /// A PyPy export the hand-written part calls is declared under its symbol (`PyPyFoo`).
    fn lookup(&self, func: &str) -> Option<&Vec<(Kind, Vec<Param>)>> {
        let api = if crate::bind::is_pypy_symbol(func) {
            func.replacen("PyPy", "Py", 1)
        } else {
            func.to_string()
        };
        self.0.get(&api)
    }

    /// Renames one function's synthesized parameters from its first row of the same count and
    /// pointer levels; a name another parameter already has is not given. Returns how many were renamed from which kind of source, and how many kept.
    fn apply(&self, f: &mut syn::ForeignItemFn) -> (Option<(Kind, usize)>, usize) {
        let current: Vec<String> = f
            .sig
            .inputs
            .iter()
            .map(|a| param_ident(a).map(|i| i.to_string()).unwrap_or_default())
            .collect();
        let synthesized = current.iter().filter(|n| is_synthesized(n)).count();
        if synthesized == 0 {
            return (None, 0);
        }
        let levels: Vec<usize> = f
            .sig
            .inputs
            .iter()
            .map(|a| match a {
                syn::FnArg::Typed(t) => pointers(&t.ty),
                syn::FnArg::Receiver(_) => 0,
            })
            .collect();
        let fits =
            |params: &Vec<Param>| params.iter().map(|p| p.pointers).eq(levels.iter().copied());
        let row = self
            .lookup(&f.sig.ident.to_string())
            .and_then(|rows| rows.iter().find(|(_, n)| fits(n)));
        let Some((kind, params)) = row else {
            return (None, synthesized);
        };
        let mut taken: BTreeSet<String> = current
            .iter()
            .filter(|n| !is_synthesized(n))
            .cloned()
            .collect();
        let mut renamed = 0;
        for (i, arg) in f.sig.inputs.iter_mut().enumerate() {
            let syn::FnArg::Typed(t) = arg else { continue };
            let syn::Pat::Ident(p) = &mut *t.pat else {
                continue;
            };
            if is_synthesized(&p.ident.to_string()) && taken.insert(params[i].name.clone()) {
                p.ident = syn::Ident::new(&params[i].name, p.ident.span());
                renamed += 1;
            }
        }
        (Some((*kind, renamed)), synthesized - renamed)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn renamed(table: &str, mut f: syn::ForeignItemFn) -> Vec<String> {
        Names::parse(table).apply(&mut f);
        f.sig
            .inputs
            .iter()
            .map(|a| param_ident(a).unwrap().to_string())
            .collect()
    }

    #[test]
    fn synthesized_names_take_the_first_row_that_fits() {
        let table = "F\tdoc3.15\t*a\nF\tdoc3.9\t*obj\ttype\nF\tsrc3.13\t*x\ty\n";
        let got = renamed(
            table,
            syn::parse_quote!(
                pub fn F(arg1: *mut PyObject, arg2: c_int);
            ),
        );
        assert_eq!(
            got,
            ["obj", "type_"],
            "the doc3.9 row, its keyword mangled as bindgen does"
        );
    }

    #[test]
    fn a_row_of_other_pointer_levels_is_passed_over() {
        let table = "F\tdoc3.11\t*name\tfirstlineno\nF\tsrc3.11\t*qualname\t*lnotab\n";
        let got = renamed(
            table,
            syn::parse_quote!(
                pub fn F(arg0: *mut PyObject, arg1: *mut PyObject);
            ),
        );
        assert_eq!(got, ["qualname", "lnotab"]);
        let got = renamed(
            "F\tdoc3.15\t(*func)\t**argv\n",
            syn::parse_quote!(
                pub fn F(arg1: Option<unsafe extern "C" fn()>, arg2: *mut *mut c_char);
            ),
        );
        assert_eq!(got, ["func", "argv"]);
    }

    #[test]
    fn another_count_keeps_the_synthesized_names() {
        let got = renamed(
            "F\tdoc3.15\t*a\tb\tc\n",
            syn::parse_quote!(
                pub fn F(arg0: *mut PyObject, arg1: c_int);
            ),
        );
        assert_eq!(got, ["arg0", "arg1"]);
    }

    #[test]
    fn a_name_another_parameter_has_is_not_given() {
        let got = renamed(
            "F\tdoc3.15\t*op\to\n",
            syn::parse_quote!(
                pub fn F(o: *mut PyObject, arg1: c_int);
            ),
        );
        assert_eq!(
            got,
            ["o", "arg1"],
            "the header's own `o` kept, the doc's `o` would collide"
        );
    }

    #[test]
    fn a_pypy_symbol_takes_the_names_of_its_api_function() {
        let got = renamed(
            "Py_F\tdoc3.15\t*ob\n",
            syn::parse_quote!(
                pub(crate) fn PyPy_F(arg0: *mut PyObject);
            ),
        );
        assert_eq!(got, ["ob"]);
    }
}
