//! The summary a regeneration ends with: what went where, what was merged, and which
//! names are still made up rather than taken from CPython.

use crate::fields::Merged;
use crate::Declared;
use quote::ToTokens;
use std::collections::BTreeMap;

/// Parameters the headers leave unnamed, which bindgen calls `arg1`, `arg2`...
fn synthesized_parameters(declared: &[Declared]) -> (usize, usize) {
    let count = |text: String| {
        text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
            .filter(|w| {
                w.strip_prefix("arg")
                    .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
            })
            .count()
    };
    let (mut functions, mut all) = (0, 0);
    for d in declared {
        for v in &d.variants {
            for item in &v.items {
                all += count(item.to_token_stream().to_string());
                if let syn::Item::ForeignMod(fm) = item {
                    for fi in &fm.items {
                        if let syn::ForeignItem::Fn(f) = fi {
                            functions += count(f.sig.inputs.to_token_stream().to_string());
                        }
                    }
                }
            }
        }
    }
    (functions, all - functions)
}

pub fn print(
    declared: &[Declared],
    merged: &Merged,
    signatures: usize,
    edges: &crate::imports::Edges,
) {
    let mut per_header: BTreeMap<&str, usize> = BTreeMap::new();
    for d in declared {
        let mut headers: Vec<&str> = d
            .variants
            .iter()
            .map(|v| v.header.as_deref().unwrap_or(&d.header))
            .collect();
        headers.dedup();
        for h in headers {
            *per_header.entry(h).or_default() += 1;
        }
    }
    let list: Vec<String> = per_header.iter().map(|(h, n)| format!("{h} {n}")).collect();
    eprintln!("summary:");
    eprintln!(
        "  items per header ({} headers, {} items):",
        per_header.len(),
        declared.len()
    );
    for line in list.chunks(8) {
        eprintln!("    {}", line.join(", "));
    }
    eprintln!(
        "  types merged across versions into one definition: {}",
        merged.types
    );
    eprintln!("  functions whose versions merged into one, with per-parameter cfgs: {signatures}");
    eprintln!(
        "  a full and an opaque definition ({}): {}",
        merged.with_opaque.len(),
        merged.with_opaque.join(" ")
    );
    eprintln!(
        "  several full definitions ({}): {}",
        merged.apart.len(),
        merged.apart.join(" ")
    );
    let arrows: usize = edges.values().map(|v| v.len()).sum();
    let cycles = crate::imports::cycles(edges);
    eprintln!(
        "  imports: {arrows} arrows between {} modules; cycles: {}",
        edges.len(),
        if cycles.is_empty() {
            "none".to_string()
        } else {
            cycles.join("; ")
        }
    );
    let (functions, callbacks) = synthesized_parameters(declared);
    eprintln!("  parameter names still synthesized (argN): {functions} of functions, {callbacks} in callback types");
}
