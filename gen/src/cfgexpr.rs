//! Turns "the configurations that declare this item exactly so" into the shortest cfg.
//!
//! A term is a version interval with optional limited-API and GIL conditions. Terms are
//! chosen greedily, each covering only configurations of the set; configurations that do
//! not exist (a free-threaded 3.9, say) may be covered freely.

use crate::configs::{Config, NEWEST, OLDEST};
use std::collections::BTreeSet;

#[derive(Clone, Copy, Debug)]
struct Term {
    lo: u32,
    hi: u32,
    limited: Option<bool>,
    gil_disabled: Option<bool>,
    pypy: Option<bool>,
    debug: Option<bool>,
    graalpy: Option<bool>,
}

impl Term {
    fn matches(&self, c: &Config) -> bool {
        c.minor >= self.lo
            && c.minor <= self.hi
            && self.limited.is_none_or(|l| l == c.limited)
            && self.gil_disabled.is_none_or(|g| g == c.gil_disabled)
            && self.pypy.is_none_or(|p| p == c.pypy)
            && self.debug.is_none_or(|d| d == c.debug)
            && self.graalpy.is_none_or(|g| g == c.graalpy)
    }

    fn atoms(&self) -> Vec<String> {
        let mut a = Vec::new();
        if self.lo > OLDEST {
            a.push(format!("Py_3_{}", self.lo));
        }
        if self.hi < NEWEST {
            a.push(format!("not(Py_3_{})", self.hi + 1));
        }
        match self.limited {
            Some(true) => a.push("Py_LIMITED_API".into()),
            Some(false) => a.push("not(Py_LIMITED_API)".into()),
            None => {}
        }
        match self.gil_disabled {
            Some(true) => a.push("Py_GIL_DISABLED".into()),
            Some(false) => a.push("not(Py_GIL_DISABLED)".into()),
            None => {}
        }
        match self.pypy {
            Some(true) => a.push("PyPy".into()),
            Some(false) => a.push("not(PyPy)".into()),
            None => {}
        }
        match self.debug {
            Some(true) => a.push(r#"py_sys_config = "Py_DEBUG""#.into()),
            Some(false) => a.push(r#"not(py_sys_config = "Py_DEBUG")"#.into()),
            None => {}
        }
        match self.graalpy {
            Some(true) => a.push("GraalPy".into()),
            Some(false) => a.push("not(GraalPy)".into()),
            None => {}
        }
        a
    }
}

fn all_terms(graalpy: bool) -> Vec<Term> {
    let mut v = Vec::new();
    for lo in OLDEST..=NEWEST {
        for hi in lo..=NEWEST {
            for limited in [None, Some(false), Some(true)] {
                for gil_disabled in [None, Some(false), Some(true)] {
                    for pypy in [None, Some(false), Some(true)] {
                        for debug in [None, Some(false), Some(true)] {
                            // The GraalPy atom only where a configuration is GraalPy.
                            let g: &[Option<bool>] = if graalpy {
                                &[None, Some(false), Some(true)]
                            } else {
                                &[None]
                            };
                            for &graalpy in g {
                                v.push(Term {
                                    lo,
                                    hi,
                                    limited,
                                    gil_disabled,
                                    pypy,
                                    debug,
                                    graalpy,
                                });
                            }
                        }
                    }
                }
            }
        }
    }
    v
}

/// `set` holds indices into `configs`. Returns None when the item needs no cfg.
pub fn synthesize(configs: &[Config], set: &BTreeSet<usize>) -> Option<String> {
    let allowed: Vec<Term> = all_terms(configs.iter().any(|c| c.graalpy))
        .into_iter()
        .filter(|t| {
            configs
                .iter()
                .enumerate()
                .all(|(i, c)| !t.matches(c) || set.contains(&i))
        })
        .collect();
    let mut uncovered = set.clone();
    let mut chosen: Vec<Term> = Vec::new();
    while !uncovered.is_empty() {
        let best = allowed
            .iter()
            .max_by_key(|t| {
                let gain = uncovered
                    .iter()
                    .filter(|&&i| t.matches(&configs[i]))
                    .count();
                (gain, usize::MAX - t.atoms().len())
            })
            .expect("every configuration is covered by its own point term");
        uncovered.retain(|&i| !best.matches(&configs[i]));
        chosen.push(*best);
    }
    let terms: Vec<String> = chosen
        .iter()
        .map(|t| match t.atoms().as_slice() {
            [] => String::new(),
            [one] => one.clone(),
            many => format!("all({})", many.join(", ")),
        })
        .collect();
    match terms.as_slice() {
        [only] if only.is_empty() => None,
        [only] => Some(only.clone()),
        many => Some(format!("any({})", many.join(", "))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::configs::all;

    fn set_of(f: impl Fn(&Config) -> bool) -> BTreeSet<usize> {
        all()
            .iter()
            .enumerate()
            .filter(|(_, c)| f(c))
            .map(|(i, _)| i)
            .collect()
    }

    #[test]
    fn everywhere_needs_no_cfg() {
        assert_eq!(synthesize(&all(), &set_of(|_| true)), None);
    }

    #[test]
    fn added_in_a_version() {
        assert_eq!(
            synthesize(&all(), &set_of(|c| c.minor >= 10)).as_deref(),
            Some("Py_3_10")
        );
    }

    #[test]
    fn unlimited_only_and_removed() {
        let got = synthesize(&all(), &set_of(|c| !c.limited && c.minor < 12));
        assert_eq!(
            got.as_deref(),
            Some("all(not(Py_3_12), not(Py_LIMITED_API))")
        );
    }

    #[test]
    fn cpython_only() {
        let got = synthesize(&all(), &set_of(|c| !c.pypy));
        assert_eq!(got.as_deref(), Some("not(PyPy)"));
    }

    #[test]
    fn debug_only_field() {
        let got = synthesize(
            &all(),
            &set_of(|c| c.minor >= 13 && !c.limited && !c.pypy && !c.debug),
        );
        assert_eq!(
            got.as_deref(),
            Some(r#"all(Py_3_13, not(Py_LIMITED_API), not(py_sys_config = "Py_DEBUG"))"#)
        );
    }

    #[test]
    fn two_disjoint_terms() {
        let got = synthesize(
            &all(),
            &set_of(|c| {
                (c.gil_disabled && !c.limited) || (c.limited && c.minor >= 13 && !c.gil_disabled)
            }),
        );
        assert_eq!(got.as_deref(), Some("any(all(not(Py_LIMITED_API), Py_GIL_DISABLED), all(Py_3_13, Py_LIMITED_API, not(Py_GIL_DISABLED)))"));
    }
}
