//! Evaluates `#[cfg(...)]` predicates for the configuration pyffi was built
//! for: the cfgs its build script printed (`DEP_PYTHON_CFGS`) plus the
//! target's own (`CARGO_CFG_*`). An unknown predicate is an error, never
//! silently false.

use std::collections::BTreeSet;
use std::env;

use syn::punctuated::Punctuated;
use syn::{Attribute, Meta, Token};

pub struct Cfgs {
    /// `name` or `name="value"`, as rustc spells them.
    set: BTreeSet<String>,
    /// Names pyffi's build script owns: absent means false.
    pyffi_names: BTreeSet<String>,
}

impl Cfgs {
    /// `list` is `DEP_PYTHON_CFGS`: comma-separated, `key="value"` quoted.
    pub fn new(list: &str) -> Cfgs {
        let mut set = BTreeSet::new();
        for item in list.split(',').map(str::trim).filter(|s| !s.is_empty()) {
            set.insert(item.to_owned());
        }
        // The target's cfgs, as cargo hands them to build scripts.
        for (key, value) in env::vars() {
            let Some(name) = key.strip_prefix("CARGO_CFG_") else {
                continue;
            };
            let name = name.to_lowercase();
            if value.is_empty() {
                set.insert(name);
            } else {
                for v in value.split(',') {
                    set.insert(format!("{name}=\"{v}\""));
                }
            }
        }
        if set.contains("target_family=\"unix\"") {
            set.insert("unix".into());
        }
        if set.contains("target_family=\"windows\"") {
            set.insert("windows".into());
        }
        let mut pyffi_names: BTreeSet<String> = (7..=15).map(|m| format!("Py_3_{m}")).collect();
        for n in [
            "Py_LIMITED_API",
            "Py_GIL_DISABLED",
            "PyPy",
            "GraalPy",
            "py_sys_config",
        ] {
            pyffi_names.insert(n.into());
        }
        Cfgs { set, pyffi_names }
    }

    pub fn has(&self, name: &str) -> bool {
        self.set.contains(name)
    }

    /// The highest `Py_3_X` set.
    pub fn minor(&self) -> u32 {
        (7..=15)
            .rev()
            .find(|m| self.has(&format!("Py_3_{m}")))
            .unwrap_or(0)
    }

    pub fn describe(&self) -> String {
        self.set
            .iter()
            .filter(|c| self.pyffi_names.contains(c.split('=').next().unwrap()))
            .cloned()
            .collect::<Vec<_>>()
            .join(",")
    }

    /// Whether every `#[cfg]` among `attrs` holds.
    pub fn active(&self, attrs: &[Attribute]) -> Result<bool, String> {
        for attr in attrs {
            if attr.path().is_ident("cfg") {
                let pred: Meta = attr.parse_args().map_err(|e| format!("bad #[cfg]: {e}"))?;
                if !self.eval(&pred)? {
                    return Ok(false);
                }
            }
        }
        Ok(true)
    }

    /// Whether the predicate `pred` (`all(Py_3_9, not(Py_3_11))`) holds.
    pub fn holds(&self, pred: &str) -> Result<bool, String> {
        let meta: Meta =
            syn::parse_str(pred).map_err(|e| format!("bad cfg predicate `{pred}`: {e}"))?;
        self.eval(&meta)
    }

    /// The `link_name` the attributes give, `cfg_attr`s evaluated.
    pub fn link_name(&self, attrs: &[Attribute]) -> Result<Option<String>, String> {
        let mut found = None;
        for attr in attrs {
            let metas: Vec<Meta> = if attr.path().is_ident("link_name") {
                vec![attr.meta.clone()]
            } else if attr.path().is_ident("cfg_attr") {
                let list: Vec<Meta> = attr
                    .parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                    .map_err(|e| format!("bad #[cfg_attr]: {e}"))?
                    .into_iter()
                    .collect();
                match list.split_first() {
                    Some((pred, rest)) if self.eval(pred)? => rest.to_vec(),
                    _ => continue,
                }
            } else {
                continue;
            };
            for m in metas {
                if let Meta::NameValue(nv) = &m {
                    if nv.path.is_ident("link_name") {
                        if let syn::Expr::Lit(syn::ExprLit {
                            lit: syn::Lit::Str(s),
                            ..
                        }) = &nv.value
                        {
                            found = Some(s.value());
                        }
                    }
                }
            }
        }
        Ok(found)
    }

    fn eval(&self, meta: &Meta) -> Result<bool, String> {
        match meta {
            Meta::Path(path) => {
                let name = ident(path)?;
                self.known(&name)?;
                Ok(self.set.contains(&name))
            }
            Meta::NameValue(nv) => {
                let name = ident(&nv.path)?;
                self.known(&name)?;
                let syn::Expr::Lit(syn::ExprLit {
                    lit: syn::Lit::Str(s),
                    ..
                }) = &nv.value
                else {
                    return Err(format!("unsupported cfg value for {name}"));
                };
                Ok(self.set.contains(&format!("{name}=\"{}\"", s.value())))
            }
            Meta::List(list) => {
                let name = ident(&list.path)?;
                let args: Vec<Meta> = list
                    .parse_args_with(Punctuated::<Meta, Token![,]>::parse_terminated)
                    .map_err(|e| format!("bad cfg({name}(...)): {e}"))?
                    .into_iter()
                    .collect();
                match name.as_str() {
                    "all" => {
                        for a in &args {
                            if !self.eval(a)? {
                                return Ok(false);
                            }
                        }
                        Ok(true)
                    }
                    "any" => {
                        for a in &args {
                            if self.eval(a)? {
                                return Ok(true);
                            }
                        }
                        Ok(false)
                    }
                    "not" if args.len() == 1 => Ok(!self.eval(&args[0])?),
                    _ => Err(format!("unsupported cfg predicate {name}(...)")),
                }
            }
        }
    }

    /// Rejects names neither pyffi nor the target define, so that a typo
    /// or a new cfg does not quietly evaluate to false.
    fn known(&self, name: &str) -> Result<(), String> {
        let target = name.starts_with("target_")
            || matches!(
                name,
                "unix" | "windows" | "test" | "debug_assertions" | "doc" | "panic"
            );
        if target || self.pyffi_names.contains(name) {
            Ok(())
        } else {
            Err(format!(
                "unknown cfg `{name}`: teach ctest/buildrs/cfg.rs about it"
            ))
        }
    }
}

fn ident(path: &syn::Path) -> Result<String, String> {
    path.get_ident()
        .map(|i| i.to_string())
        .ok_or_else(|| "cfg name is not an identifier".to_string())
}
