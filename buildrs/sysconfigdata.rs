//! The target's `_sysconfigdata*.py`, read without running Python.
//!
//! pyo3-build-config 0.30.1 reads the file found under `PYO3_CROSS_LIB_DIR`
//! by running a host interpreter on it, so cross-compiling fails on a host
//! with no Python ("no Python 3.x interpreter found"). The file is one dict
//! literal of strings and integers (`build_time_vars = {...}`), read here;
//! the config is then made as `InterpreterConfig::from_sysconfigdata` makes it.

use std::{fs, path::Path};

use pyo3_build_config::{
    find_all_sysconfigdata, BuildFlag, BuildFlags, CrossCompileConfig, InterpreterConfig,
    InterpreterConfigBuilder, PythonAbiBuilder, PythonImplementation, PythonVersion,
};

use crate::fail::{chain, join};

/// The variables in file order: a few dozen lookups need no hash map.
type Vars = Vec<(String, String)>;

/// The last value given for `key`, as Python's dict keeps it.
fn var<'a>(vars: &'a Vars, key: &str) -> Option<&'a str> {
    let mut found = None;
    for (k, v) in vars {
        if k == key {
            found = Some(v.as_str());
        }
    }
    found
}

/// The config, and whether the target has `Py_TRACE_REFS`.
pub fn config(cross: &CrossCompileConfig) -> Result<(InterpreterConfig, bool), String> {
    let lib_dir = cross.lib_dir.as_deref().unwrap_or(Path::new(""));
    let mut paths = find_all_sysconfigdata(cross).map_err(|error| chain(&error))?;
    let path = match paths.len() {
        0 => return Err(format!("no _sysconfigdata*.py in {}", lib_dir.display())),
        1 => paths.remove(0),
        _ => {
            let mut found = Vec::new();
            for p in &paths {
                found.push(p.display().to_string());
            }
            let found = join(&found, ", ");
            return Err(format!(
                "several _sysconfigdata*.py in {} ({}); set _PYTHON_SYSCONFIGDATA_NAME to the file name without .py, or PYO3_CROSS_PYTHON_VERSION",
                lib_dir.display(),
                found
            ));
        }
    };
    let text = fs::read_to_string(&path)
        .map_err(|error| format!("cannot read {} ({error})", path.display()))?;
    let vars = build_time_vars(&text).map_err(|why| format!("{}: {why}", path.display()))?;
    let cross_lib_dir = cross.lib_dir.as_ref().map(|d| d.display().to_string());
    let config =
        from_vars(&vars, cross_lib_dir).map_err(|why| format!("{}: {why}", path.display()))?;
    Ok((config, var(&vars, "Py_TRACE_REFS") == Some("1")))
}

/// As pyo3-build-config's `from_sysconfigdata`, with the cross lib dir
/// in place of `LIBDIR` as it puts it.
fn from_vars(vars: &Vars, lib_dir: Option<String>) -> Result<InterpreterConfig, String> {
    let get = |key: &str| var(vars, key);
    let need = |key: &str| get(key).ok_or_else(|| format!("{key} not found"));
    let soabi = need("SOABI")?;
    let implementation = if soabi.starts_with("pypy") {
        PythonImplementation::PyPy
    } else if soabi.starts_with("cpython") {
        PythonImplementation::CPython
    } else if soabi.starts_with("graalpy") {
        PythonImplementation::GraalPy
    } else {
        return Err(format!("unsupported Python interpreter (SOABI {soabi})"));
    };
    let version: PythonVersion = need("VERSION")?
        .parse()
        .map_err(|error| format!("could not parse VERSION ({})", chain(&error)))?;
    let shared = match get("Py_ENABLE_SHARED") {
        Some("1" | "true" | "True") => true,
        Some("0" | "false" | "False") => false,
        _ => {
            return Err(
                "expected a bool (1/true/True or 0/false/False) for Py_ENABLE_SHARED".into(),
            )
        }
    };
    let framework = get("PYTHONFRAMEWORK").is_some_and(|f| !f.is_empty());
    let mut flags = BuildFlags::new();
    for flag in [
        BuildFlag::Py_DEBUG,
        BuildFlag::Py_REF_DEBUG,
        BuildFlag::Py_GIL_DISABLED,
        BuildFlag::COUNT_ALLOCS,
    ] {
        if get(&flag.to_string()) == Some("1") {
            flags.0.insert(flag);
        }
    }
    let debug = flags.0.contains(&BuildFlag::Py_DEBUG);
    if debug {
        flags.0.insert(BuildFlag::Py_REF_DEBUG);
    }
    let mut abi = PythonAbiBuilder::new(implementation, version);
    if flags.0.contains(&BuildFlag::Py_GIL_DISABLED) {
        abi = abi.free_threaded();
    }
    if debug {
        abi = abi.debug();
    }
    let abi = abi.finalize().map_err(|error| chain(&error))?;
    let ld_version = get("LDVERSION");
    let (t, d) = (
        if abi.kind().is_free_threaded() {
            "t"
        } else {
            ""
        },
        if abi.is_debug() { "d" } else { "" },
    );
    let (major, minor) = (version.major, version.minor);
    let lib_name = match (implementation, ld_version) {
        (PythonImplementation::CPython, Some(ld)) => format!("python{ld}"),
        (PythonImplementation::CPython, None) => format!("python{major}.{minor}{t}{d}"),
        (PythonImplementation::PyPy, Some(ld)) => format!("pypy{ld}-c"),
        (PythonImplementation::PyPy, None) => format!("pypy{major}.{minor}-c"),
        _ => "python-native".to_owned(),
    };
    let pointer_width = get("SIZEOF_VOID_P")
        .and_then(|bytes| bytes.parse::<u32>().ok())
        .map(|bytes| bytes * 8);
    InterpreterConfigBuilder::new(implementation, version)
        .target_abi(abi)
        .shared(shared || framework)
        .pointer_width(pointer_width)
        .lib_name(lib_name)
        .lib_dir(lib_dir.or_else(|| get("LIBDIR").map(str::to_owned)))
        .python_framework_prefix(get("PYTHONFRAMEWORKPREFIX").map(str::to_owned))
        .build_flags(flags)
        .finalize()
        .map_err(|error| chain(&error))
}

/// The `build_time_vars` dict, each value as Python's `print` shows it.
fn build_time_vars(text: &str) -> Result<Vars, String> {
    let start = text
        .find("build_time_vars")
        .ok_or("no build_time_vars in the file")?;
    let mut p = Parser {
        rest: &text[start + "build_time_vars".len()..],
    };
    p.expect('=')?;
    p.expect('{')?;
    let mut vars = Vars::new();
    loop {
        if p.eat('}') {
            return Ok(vars);
        }
        let key = p.strings()?.ok_or("expected a string key")?;
        p.expect(':')?;
        let value = match p.strings()? {
            Some(text) => text,
            None => p.atom()?,
        };
        vars.push((key, value));
        if !p.eat(',') {
            p.expect('}')?;
            return Ok(vars);
        }
    }
}

struct Parser<'a> {
    rest: &'a str,
}

impl Parser<'_> {
    fn skip(&mut self) {
        loop {
            self.rest = self.rest.trim_start();
            match self.rest.strip_prefix('#') {
                Some(comment) => self.rest = comment.split_once('\n').map_or("", |(_, r)| r),
                None => return,
            }
        }
    }

    fn eat(&mut self, c: char) -> bool {
        self.skip();
        match self.rest.strip_prefix(c) {
            Some(rest) => {
                self.rest = rest;
                true
            }
            None => false,
        }
    }

    fn expect(&mut self, c: char) -> Result<(), String> {
        if self.eat(c) {
            Ok(())
        } else {
            Err(format!("expected `{c}` at: {}", self.context()))
        }
    }

    fn context(&self) -> String {
        let end = self
            .rest
            .char_indices()
            .nth(40)
            .map_or(self.rest.len(), |(i, _)| i);
        self.rest[..end].to_owned()
    }

    /// Adjacent string literals, joined (as pprint splits long values), or
    /// None if the next token is not a string.
    fn strings(&mut self) -> Result<Option<String>, String> {
        let mut joined: Option<String> = None;
        loop {
            self.skip();
            let Some(quote) = self.rest.chars().next().filter(|c| matches!(c, '\'' | '"')) else {
                return Ok(joined);
            };
            let s = self.string(quote)?;
            joined.get_or_insert_with(String::new).push_str(&s);
        }
    }

    fn string(&mut self, quote: char) -> Result<String, String> {
        let rest = self.rest;
        let mut chars = rest[1..].char_indices();
        let mut out = String::new();
        while let Some((i, c)) = chars.next() {
            match c {
                c if c == quote => {
                    self.rest = &rest[1 + i + 1..];
                    return Ok(out);
                }
                '\\' => match chars.next().map(|(_, e)| e) {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(e @ ('\\' | '\'' | '"')) => out.push(e),
                    Some('\n') => {}
                    Some(e) => {
                        out.push('\\');
                        out.push(e);
                    }
                    None => break,
                },
                '\n' => break,
                c => out.push(c),
            }
        }
        Err(format!("unterminated string at: {}", self.context()))
    }

    /// A number, `True`, `False` or `None`, as written.
    fn atom(&mut self) -> Result<String, String> {
        self.skip();
        let end = self
            .rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '+' | '.' | '_')))
            .unwrap_or(self.rest.len());
        if end == 0 {
            return Err(format!("expected a value at: {}", self.context()));
        }
        let (atom, rest) = self.rest.split_at(end);
        self.rest = rest;
        Ok(atom.to_owned())
    }
}
