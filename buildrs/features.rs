//! The stable ABI the cargo features ask for.
//!
//! pyo3-build-config reads the same `CARGO_FEATURE_ABI3*` variables, but it
//! only knows floors from 3.9 (abi3-py37 would reach it as abi3-py39, which a
//! 3.7 interpreter then fails), and where the target cannot have the stable
//! ABI asked for (a free-threaded Python before 3.15, say) it drops the
//! features without a word. So the features are read here and hidden from
//! it: it describes the interpreter as it is, and `validate` applies the ABI
//! the way pyo3-build-config would, saying so when it falls back.

use std::env;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Floor {
    /// Bare `abi3` / `abi3t`: the interpreter's own version.
    Interpreter,
    /// `abi3-py3X`: the minor version X.
    Minor(u8),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Abi3,
    Abi3t,
}

impl Kind {
    /// The bare feature's name.
    pub fn feature(self) -> &'static str {
        match self {
            Kind::Abi3 => "abi3",
            Kind::Abi3t => "abi3t",
        }
    }
}

pub struct Requested {
    pub abi3: Option<Floor>,
    pub abi3t: Option<Floor>,
}

impl Requested {
    pub fn from_env() -> Self {
        Requested {
            abi3: floor("ABI3", 7..=15),
            abi3t: floor("ABI3T", 15..=15),
        }
    }

    pub fn any(&self) -> bool {
        self.abi3.is_some() || self.abi3t.is_some()
    }

    /// The features asked for, named for messages: `["abi3-py310", "abi3t"]`.
    pub fn feature_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        for (kind, floor) in [(Kind::Abi3, self.abi3), (Kind::Abi3t, self.abi3t)] {
            match floor {
                Some(Floor::Interpreter) => names.push(kind.feature().to_owned()),
                Some(Floor::Minor(minor)) => names.push(format!("{}-py3{minor}", kind.feature())),
                None => {}
            }
        }
        names
    }

    /// The explicit `-py3X` floor, for builds with no interpreter to ask;
    /// abi3 before abi3t, as pyo3-build-config chooses.
    pub fn explicit_floor(&self) -> Option<(Kind, u8)> {
        let minor = |floor| match floor {
            Some(Floor::Minor(minor)) => Some(minor),
            _ => None,
        };
        minor(self.abi3)
            .map(|m| (Kind::Abi3, m))
            .or_else(|| minor(self.abi3t).map(|m| (Kind::Abi3t, m)))
    }
}

/// Each `abi3-py3X` feature enables the next one up, so the lowest one set
/// is the floor.
fn floor(name: &str, minors: std::ops::RangeInclusive<u8>) -> Option<Floor> {
    for minor in minors {
        if feature(&format!("{name}_PY3{minor}")) {
            return Some(Floor::Minor(minor));
        }
    }
    feature(name).then_some(Floor::Interpreter)
}

fn feature(name: &str) -> bool {
    env::var_os(format!("CARGO_FEATURE_{name}")).is_some()
}

/// Removes the abi3/abi3t feature variables from this process (see the
/// module comment). The build script is single-threaded.
pub fn hide_from_pyo3_build_config() {
    let mut names = Vec::new();
    for (name, _) in env::vars_os() {
        if name
            .to_str()
            .is_some_and(|n| n.starts_with("CARGO_FEATURE_ABI3"))
        {
            names.push(name);
        }
    }
    for name in names {
        env::remove_var(name);
    }
}
