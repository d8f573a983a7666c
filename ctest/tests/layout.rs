//! Every declared struct, union, enum, typedef, field, constant, function
//! and static of pyffi, for the configuration it was built for, against
//! what the C compiler computes from the same interpreter's headers.

use std::collections::BTreeMap;

fn main() {
    let verbose = std::env::var_os("PYFFI_CTEST_VERBOSE").is_some();
    println!("pyffi-ctest: {}", pyffi_ctest::DESCRIBE);
    let outcome = pyffi_ctest::run();

    let mut by_reason: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for (item, why) in pyffi_ctest::SKIPS {
        by_reason.entry(why).or_default().push(item);
    }
    println!("skipped {} (item, reason):", pyffi_ctest::SKIPS.len());
    for (why, items) in &by_reason {
        let shown = if verbose || items.len() <= 8 {
            items.join(", ")
        } else {
            format!(
                "{}, … ({} more; PYFFI_CTEST_VERBOSE=1 lists all)",
                items[..8].join(", "),
                items.len() - 8
            )
        };
        println!("  {} × {why}: {shown}", items.len());
    }
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut items = std::collections::BTreeSet::new();
    for c in pyffi_ctest::CHECKS {
        *kinds.entry(c.kind).or_default() += 1;
        items.insert(c.item.split(['.', ':']).next().unwrap());
    }
    println!(
        "checked {} declarations with {} comparisons: {}",
        items.len(),
        pyffi_ctest::CHECKS.len(),
        kinds
            .iter()
            .map(|(k, n)| format!("{n} {k}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    match pyffi_ctest::LIBPYTHON {
        Some(l) => println!("symbols looked up in {l}"),
        None => {
            println!("no libpython in this build: symbols are checked against the headers only")
        }
    }
    if !outcome.not_run.is_empty() {
        println!("not run here ({}):", outcome.not_run.len());
        for n in &outcome.not_run {
            println!("  {n}");
        }
    }
    for f in &outcome.failed {
        println!("FAILED {f}");
    }
    println!(
        "layout: {} passed, {} failed",
        outcome.passed,
        outcome.failed.len()
    );
    if !outcome.failed.is_empty() {
        std::process::exit(1);
    }
}
