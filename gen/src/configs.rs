//! The header configurations the generator reads, and the cfg atoms that tell them apart.

use std::path::{Path, PathBuf};

/// Oldest and newest supported minor versions of Python 3.
pub const OLDEST: u32 = 7;
pub const NEWEST: u32 = 15;

/// One way of compiling the headers: a version, with or without the limited API and the GIL.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// The value of the `Py_3_x` cfgs: the interpreter's minor, or the abi3 floor.
    pub minor: u32,
    pub limited: bool,
    pub gil_disabled: bool,
    /// PyPy's cpyext headers rather than CPython's.
    pub pypy: bool,
    /// A debug build (`Py_DEBUG`), whose headers add struct fields.
    pub debug: bool,
    /// GraalPy, which reads CPython's headers: no header set of its own, only a twin of
    /// a CPython configuration where cfgs are decided (imports).
    pub graalpy: bool,
    /// Minor version whose headers are read. For the limited API, the floor's own:
    /// what an extension built for that floor sees, which the stable ABI keeps
    /// exporting in every later version even where newer headers drop a declaration.
    pub headers: u32,
}

impl Config {
    pub fn name(&self) -> String {
        if self.pypy {
            return format!("pypy3.{}", self.minor);
        }
        let mut s = format!("3.{}", self.minor);
        if self.gil_disabled {
            s.push('t');
        }
        if self.limited {
            s = format!(
                "abi3{}-py3{}",
                if self.gil_disabled { "t" } else { "" },
                self.minor
            );
        }
        if self.debug {
            s.push('d');
        }
        s
    }

    pub fn defines(&self) -> Vec<String> {
        let hex = format!("0x03{:02x}0000", self.minor);
        let mut d = match (self.limited, self.gil_disabled) {
            (true, true) => vec![format!("Py_TARGET_ABI3T={hex}")],
            (true, false) => vec![format!("Py_LIMITED_API={hex}")],
            (false, true) => vec!["Py_GIL_DISABLED=1".into()],
            (false, false) => vec![],
        };
        if self.debug {
            d.push("Py_DEBUG=1".into());
        }
        d
    }

    pub fn include_dirs(&self, root: &Path) -> Vec<PathBuf> {
        let prefix = if self.pypy { "pypy" } else { "" };
        let dir = root.join(format!("{prefix}3.{}", self.headers));
        let mut dirs = vec![dir.join("include")];
        // Debian's pyconfig.h includes the multiarch one by a path relative to /usr/include.
        let multiarch = dir.join("root/usr/include");
        if multiarch.is_dir() {
            dirs.push(multiarch);
        }
        dirs
    }
}

/// Every configuration, most authoritative first: a name's header and its place in
/// the module come from the first configuration that declares it.
pub fn all() -> Vec<Config> {
    let mut v = Vec::new();
    for m in (OLDEST..=NEWEST).rev() {
        v.push(Config {
            minor: m,
            limited: false,
            gil_disabled: false,
            pypy: false,
            debug: false,
            graalpy: false,
            headers: m,
        });
    }
    for m in (13..=NEWEST).rev() {
        v.push(Config {
            minor: m,
            limited: false,
            gil_disabled: true,
            pypy: false,
            debug: false,
            graalpy: false,
            headers: m,
        });
    }
    for m in (OLDEST..=NEWEST).rev() {
        v.push(Config {
            minor: m,
            limited: true,
            gil_disabled: false,
            pypy: false,
            debug: false,
            graalpy: false,
            headers: m,
        });
    }
    v.push(Config {
        minor: 15,
        limited: true,
        gil_disabled: true,
        pypy: false,
        debug: false,
        graalpy: false,
        // abi3t begins with 3.15: the floor's own headers, as for abi3.
        headers: 15,
    });
    // Debug builds last: they differ from the others only in a few struct fields. From
    // 3.8 on, where Py_DEBUG no longer implies Py_TRACE_REFS (which renames functions).
    for m in (8..=NEWEST).rev() {
        v.push(Config {
            minor: m,
            limited: false,
            gil_disabled: false,
            pypy: false,
            debug: true,
            graalpy: false,
            headers: m,
        });
    }
    for m in (13..=NEWEST).rev() {
        v.push(Config {
            minor: m,
            limited: false,
            gil_disabled: true,
            pypy: false,
            debug: true,
            graalpy: false,
            headers: m,
        });
    }
    for m in [11, 9] {
        v.push(Config {
            minor: m,
            limited: false,
            gil_disabled: false,
            pypy: true,
            debug: false,
            graalpy: false,
            headers: m,
        });
    }
    v
}

/// The configurations with GraalPy's twins of the CPython versions it can stand for
/// (3.10 on, with the GIL, no limited API), for deciding cfgs that name `GraalPy`.
pub fn with_graalpy(configs: &[Config]) -> Vec<Config> {
    let mut v = configs.to_vec();
    for c in configs {
        if c.minor >= 10 && !c.limited && !c.gil_disabled && !c.pypy && !c.debug {
            v.push(Config {
                graalpy: true,
                ..c.clone()
            });
        }
    }
    v
}
