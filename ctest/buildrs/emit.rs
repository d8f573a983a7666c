//! Turns pyffi's declarations into pairs of (Rust expression, C expression)
//! and writes both sides: `checks.c`, compiled into this crate, and
//! `checks.rs`, included by `src/lib.rs`.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use crate::cfg::Cfgs;
use crate::cscan::{self, CNames};
use crate::ctype::{self, CType, Names};
use crate::rust::{Crate, Decl, Field, Kind};

/// Items not to check: (name, cfg predicate, reason), e.g.
/// `("X", "all(Py_3_9, not(Py_3_11))", "…")`; `""` for every configuration.
/// Everything else is compared or, when it cannot be, reported as skipped by
/// a rule below that states its reason.
const SKIP: &[(&str, &str, &str)] = &[
    (
        "PY_VERSION_HEX",
        "",
        "pyffi's is the targeted minor with micro, level and serial 0 (src/patchlevel.rs); C's has the headers' micro",
    ),
    (
        "PyABIInfo_DEFAULT_ABI_VERSION",
        "not(Py_LIMITED_API)",
        "C's is PY_VERSION_HEX outside the limited API: the same reason as PY_VERSION_HEX",
    ),
];

/// Hand-written fields of a Rust-only type that stand for anonymous members
/// in C: (struct, field). Their members are checked as the struct's own, as
/// the generator's `anonN` members are.
const ANONYMOUS_STANDINS: &[(&str, &str)] = &[
    // pyo3-ffi's named field for the refcount union of 3.12+ (`PyObjectObRefcnt`).
    ("PyObject", "ob_refcnt"),
    // pyo3-ffi's named field for the 3.14+ struct inside that union.
    ("PyObjectObRefcnt", "refcnt_and_flags"),
    // pyo3-ffi's names for the two anonymous unions of 3.15's `PySlot`.
    ("PySlot", "anon1"),
    ("PySlot", "anon2"),
];

/// pyo3-ffi's spellings of a C type that differ from the header's only in pointer
/// qualifiers, integer signedness or pointee type (the same ABI), which pyffi keeps so
/// that code written for pyo3-ffi compiles: (item, reason). Their type check is skipped;
/// sizes, alignments and offsets are still compared.
const SAME_ABI: &[(&str, &str)] = &[
    (
        "PyCFunctionFast",
        "pyo3-ffi: `*mut *mut PyObject` for C's `PyObject *const *`",
    ),
    (
        "_PyCFunctionFast",
        "pyo3-ffi: `*mut *mut PyObject` for C's `PyObject *const *`",
    ),
    (
        "PyCMethod",
        "pyo3-ffi: a `Py_ssize_t` count where C before 3.14 says `size_t`",
    ),
    (
        "_PyCFunctionFastWithKeywords",
        "PyPy 3.9's `PyObject **`: pyo3-ffi's and CPython's `PyObject *const *`",
    ),
    (
        "PyDateTime_Time.hastzinfo",
        "pyo3-ffi: `c_char`; PyPy 3.9's header says `unsigned char`",
    ),
    (
        "PyDateTime_DateTime.hastzinfo",
        "pyo3-ffi: `c_char`; PyPy 3.9's header says `unsigned char`",
    ),
    (
        "PyDateTime_CAPI.DateTime_FromTimestamp",
        "pyo3-ffi: `*mut PyTypeObject` for C's `PyObject *` class argument",
    ),
    (
        "PyDateTime_CAPI.Date_FromTimestamp",
        "pyo3-ffi: `*mut PyTypeObject` for C's `PyObject *` class argument",
    ),
];

/// Union members pyo3-ffi adds as another view of storage C names otherwise:
/// (item, reason). Not compared at all (the union's size and alignment are).
const EXTRA_VIEWS: &[(&str, &str)] = &[(
    "PyObject.ob_refcnt.ob_refcnt",
    "pyo3-ffi's `Py_ssize_t` view of the whole 3.14+ count; on 64-bit C's `ob_refcnt` is the 32-bit half inside `refcnt_and_flags`",
)];

/// Hand-written fields named differently from C, as pyo3-ffi names them:
/// (struct, Rust field, C member).
const FIELD_RENAMES: &[(&str, &str, &str)] = &[("PyMemberDef", "type_code", "type")];

/// Structs CPython changed within a minor version's patch releases. pyffi declares them
/// as the generator's headers have them (minor, micro); on another patch release only
/// the fields the two share are compared (`whole`: not even those).
const PATCH_DRIFT: &[(&str, u32, u32, bool, &str)] = &[
    (
        "PyThreadState",
        13,
        0,
        false,
        "3.13.x appended datastack_cached_chunk",
    ),
    (
        "PyBaseExceptionGroupObject",
        13,
        0,
        false,
        "3.13.x appended excs_str",
    ),
    (
        "_PyCoLineInstrumentationData",
        13,
        0,
        true,
        "3.13.x replaced its fields",
    ),
];

/// Fields that hold a C struct of bitfields as one integer, with accessor methods on
/// the owner: the bits are checked through the accessors, not the field's type.
const BIT_UNITS: &[(&str, &str)] = &[("PyASCIIObject", "state")];

pub struct Setup {
    pub includes: Vec<PathBuf>,
    pub defines: Vec<(String, Option<String>)>,
    pub out: PathBuf,
    pub describe: String,
    /// The shared libpython to look symbols up in, if the build has one.
    pub libpython: Option<String>,
}

#[derive(Clone, Copy)]
enum ValKind {
    Int,
    Float,
    Str,
    /// The Rust link name; C gives what the headers' name expands to.
    Symbol,
}

struct Check {
    kind: &'static str,
    item: String,
    /// Shown with a failure: the C type compared against, and the like.
    detail: String,
    rust: String,
    /// One line of C; `@` stands for this check's index.
    c: String,
    val: ValKind,
    /// Why C cannot compute it: the check fails with this message.
    c_error: Option<String>,
}

struct Gen<'a> {
    c: &'a CNames,
    decls: BTreeMap<&'a str, &'a Decl>,
    /// The generator's types for anonymous C types → their C spelling.
    anon: BTreeMap<String, String>,
    /// Anonymous-member types → (root Rust type, Rust path prefix).
    flattened: BTreeMap<String, (String, String)>,
    bitfields: BTreeMap<String, Vec<(String, bool)>>,
    checks: Vec<Check>,
    skips: Vec<(String, String)>,
    /// The headers' (PY_MINOR_VERSION, PY_MICRO_VERSION).
    version: (u32, u32),
}

impl Names for Gen<'_> {
    fn spell(&self, n: &str) -> Result<CType, String> {
        if self.c.typedefs.contains(n) {
            return Ok(CType::Base(n.to_owned()));
        }
        match self.decls.get(n).map(|d| &d.kind) {
            Some(Kind::Struct { .. }) if self.c.struct_tags.contains(n) => {
                Ok(CType::Base(format!("struct {n}")))
            }
            Some(Kind::Struct { .. }) if self.c.union_tags.contains(n) => {
                Ok(CType::Base(format!("union {n}")))
            }
            Some(Kind::Struct { .. }) if self.anon.contains_key(n) => {
                Ok(CType::Base(self.anon[n].clone()))
            }
            Some(Kind::Enum { .. }) if self.c.enum_tags.contains(n) => {
                Ok(CType::Base(format!("enum {n}")))
            }
            Some(Kind::Alias { ty }) => ctype::translate(ty, self),
            Some(_) => Err(format!("`{n}` has no C spelling")),
            None => Err(format!(
                "`{n}` is not a public pyffi item in this configuration"
            )),
        }
    }

    fn is_fn(&self, n: &str) -> bool {
        match self.decls.get(n).map(|d| &d.kind) {
            Some(Kind::Alias {
                ty: syn::Type::BareFn(_),
            }) => true,
            Some(Kind::Alias { ty }) => plain_name(ty).is_some_and(|t| t != n && self.is_fn(&t)),
            _ => false,
        }
    }
}

pub fn generate(setup: &Setup, krate: &Crate, cfgs: &Cfgs) -> Result<(), String> {
    let build = cc_build(setup);
    let compiler = build.get_compiler();

    // What the headers declare.
    let mut prelude = String::from("#include <Python.h>\n");
    let mut headers = BTreeSet::new();
    for f in &krate.files {
        let stem = f.file_stem().unwrap().to_string_lossy().to_string();
        // `cpython/X.rs` too: before 3.11 some of those were top-level
        // headers that Python.h does not include (longintrepr.h).
        // PyPy's cpyext_*.h and pypy_decl.h have no include guards: Python.h has them.
        if stem == "lib"
            || stem == "mod"
            || stem.starts_with("cpyext_")
            || stem.starts_with("pypy_")
        {
            continue;
        }
        let header = format!("{}.h", stem.trim_end_matches('_'));
        if setup.includes.iter().any(|d| d.join(&header).exists()) {
            headers.insert(header);
        }
    }
    for h in &headers {
        writeln!(prelude, "#include <{h}>").unwrap();
    }
    prelude.push_str("#include <stddef.h>\n#include <stdint.h>\n#include <string.h>\n");
    let prelude_path = setup.out.join("prelude.c");
    fs::write(&prelude_path, &prelude).map_err(|e| e.to_string())?;
    let pre = run_cc(&compiler, &["-E"], &prelude_path)?;
    let defs = run_cc(&compiler, &["-E", "-dM"], &prelude_path)?;
    let c_names = cscan::scan(&pre, &defs);
    let idents = idents(&pre);

    let mut g = Gen {
        c: &c_names,
        decls: BTreeMap::new(),
        anon: BTreeMap::new(),
        flattened: BTreeMap::new(),
        bitfields: BTreeMap::new(),
        checks: Vec::new(),
        skips: Vec::new(),
        version: (
            define_u32(&defs, "PY_MINOR_VERSION"),
            define_u32(&defs, "PY_MICRO_VERSION"),
        ),
    };

    // One public declaration per name; two active ones is itself a bug.
    let mut seen: BTreeMap<&str, Vec<&Decl>> = BTreeMap::new();
    for d in &krate.decls {
        if let Some(m) = &d.inner_mod {
            g.skips.push((
                d.name.clone(),
                format!(
                    "in the private module `{m}` of {}: not part of the API",
                    d.file
                ),
            ));
        } else if d.public || d.generated {
            // A generated private item is an export the hand-written layer calls
            // (PyPy's `PyPyFloat_Check`): checked like the public ones.
            seen.entry(&d.name).or_default().push(d);
        } else {
            g.skips
                .push((d.name.clone(), "not public: not part of the API".into()));
        }
    }
    for (name, ds) in &seen {
        if ds.len() == 1 {
            g.decls.insert(name, ds[0]);
        } else {
            let files: Vec<&str> = ds.iter().map(|d| d.file.as_str()).collect();
            g.fail(
                "declaration",
                *name,
                format!(
                    "declared {} times in this configuration: {}",
                    ds.len(),
                    files.join(", ")
                ),
            );
        }
    }
    for b in &krate.bitfields {
        let has_units = match g.decls.get(b.owner.as_str()).map(|d| &d.kind) {
            Some(Kind::Struct { fields, .. }) => {
                fields.iter().any(|f| f.name.starts_with("_bitfield_"))
                    || BIT_UNITS.iter().any(|(o, _)| *o == b.owner)
            }
            _ => false,
        };
        if !has_units {
            continue;
        }
        g.bitfields
            .entry(b.owner.clone())
            .or_default()
            .push((b.name.clone(), b.bool_value));
    }

    g.find_anonymous();
    g.config_checks(cfgs);

    let decls: Vec<&Decl> = krate
        .decls
        .iter()
        .filter(|d| {
            g.decls
                .get(d.name.as_str())
                .is_some_and(|x| std::ptr::eq(*x, *d))
        })
        .collect();
    for d in decls {
        let mut skipped = false;
        for (n, when, why) in SKIP {
            if *n == d.name && (when.is_empty() || cfgs.holds(when)?) {
                g.skips
                    .push((d.name.clone(), format!("listed in SKIP: {why}")));
                skipped = true;
            }
        }
        if skipped {
            continue;
        }
        match &d.kind {
            Kind::Struct {
                generic,
                fields,
                union,
                ..
            } => g.structure(d, *generic, *union, fields),
            Kind::Enum { variants } => g.enumeration(d, variants),
            Kind::Alias { ty } => g.alias(d, ty),
            Kind::Const { ty } => g.constant(d, ty),
            Kind::Fn { sig } => g.function(d, sig, &idents),
            Kind::Static { ty } => g.statik(d, ty, &idents),
        }
    }

    let Gen {
        mut checks, skips, ..
    } = g;
    compile_until_clean(setup, &compiler, &prelude, &mut checks)?;
    write_rust(setup, &checks, &skips)
}

impl<'a> Gen<'a> {
    fn push(
        &mut self,
        kind: &'static str,
        item: impl Into<String>,
        rust: String,
        c: String,
        detail: String,
        val: ValKind,
    ) {
        self.checks.push(Check {
            kind,
            item: item.into(),
            detail,
            rust,
            c,
            val,
            c_error: None,
        });
    }

    fn int(
        &mut self,
        kind: &'static str,
        item: impl Into<String>,
        rust: String,
        c_expr: String,
        detail: String,
    ) {
        self.push(
            kind,
            item,
            rust,
            format!("V(@, {c_expr});"),
            detail,
            ValKind::Int,
        );
    }

    /// A check that fails without asking C.
    fn fail(&mut self, kind: &'static str, item: impl Into<String>, why: String) {
        self.checks.push(Check {
            kind,
            item: item.into(),
            detail: String::new(),
            rust: "0".into(),
            c: String::new(),
            val: ValKind::Int,
            c_error: Some(why),
        });
    }

    fn skip(&mut self, item: impl Into<String>, why: impl Into<String>) {
        self.skips.push((item.into(), why.into()));
    }

    /// A name C does not have: a failure for generated declarations (the
    /// generator only writes what the headers declare), a skip for
    /// hand-written compatibility items.
    fn absent(&mut self, d: &Decl, kind: &'static str, what: &str) {
        if d.generated {
            self.fail(kind, &d.name, format!("{what} (declared in {})", d.file));
        } else {
            self.skip(&d.name, format!("hand-written in {}, and {what}", d.file));
        }
    }

    /// Spells the types of anonymous C structs and unions through the member that has them.
    fn find_anonymous(&mut self) {
        loop {
            let mut found = Vec::new();
            for (pname, d) in &self.decls {
                let Kind::Struct {
                    fields,
                    generic: false,
                    ..
                } = &d.kind
                else {
                    continue;
                };
                let Ok(CType::Base(cp)) = self.spell(pname) else {
                    continue;
                };
                for f in fields {
                    let Some(tname) = plain_name(&f.ty) else {
                        continue;
                    };
                    // Only the generator's types for anonymous C types: a hand-written
                    // Rust-only type (PyObjectObRefcnt) is not what C's member has.
                    let Some(Kind::Struct {
                        anonymous: true, ..
                    }) = self.decls.get(tname.as_str()).map(|d| &d.kind)
                    else {
                        continue;
                    };
                    if self.anon.contains_key(&tname) || self.spell(&tname).is_ok() {
                        continue;
                    }
                    if !is_anonymous_member(d, &f.name) {
                        found.push((
                            tname,
                            format!("__typeof__((({cp} *)0)->{})", c_field(&f.name)),
                        ));
                    }
                }
            }
            if found.is_empty() {
                break;
            }
            for (t, s) in found {
                self.anon.entry(t).or_insert(s);
            }
        }
        // Anonymous members, down from each spelled root.
        fn walk(
            g: &Gen,
            root: &str,
            owner: &str,
            prefix: &str,
            fields: &[Field],
            out: &mut Vec<(String, (String, String))>,
        ) {
            let owner = g.decls.get(owner).copied();
            for f in fields {
                if !owner.is_some_and(|o| is_anonymous_member(o, &f.name)) {
                    continue;
                }
                let Some(t) = plain_name(&f.ty) else { continue };
                if let Some(Kind::Struct { fields: inner, .. }) =
                    g.decls.get(t.as_str()).map(|d| &d.kind)
                {
                    let p = format!("{prefix}{}.", f.name);
                    out.push((t.clone(), (root.to_owned(), p.clone())));
                    walk(g, root, &t, &p, inner, out);
                }
            }
        }
        let mut out = Vec::new();
        for (name, d) in &self.decls {
            if let Kind::Struct { fields, .. } = &d.kind {
                if self.spell(name).is_ok() {
                    walk(self, name, name, "", fields, &mut out);
                }
            }
        }
        for (t, r) in out {
            self.flattened.entry(t).or_insert(r);
        }
    }

    fn config_checks(&mut self, cfgs: &Cfgs) {
        let b = |x: bool| if x { "1" } else { "0" }.to_string();
        self.int(
            "config",
            "PY_MAJOR_VERSION",
            "3".into(),
            "PY_MAJOR_VERSION".into(),
            String::new(),
        );
        // Under abi3-py3X the declarations are 3.X's limited API: they are
        // compared with 3.X's headers, not a newer interpreter's.
        let detail = if cfgs.has("Py_LIMITED_API") {
            format!("the declarations are 3.{}'s; check them against 3.{}'s headers (its interpreter, or PYFFI_CTEST_INCLUDE)", cfgs.minor(), cfgs.minor())
        } else {
            String::new()
        };
        self.int(
            "config",
            "PY_MINOR_VERSION",
            cfgs.minor().to_string(),
            "PY_MINOR_VERSION".into(),
            detail,
        );
        for (cfg, macro_) in [
            ("Py_LIMITED_API", "CT_Py_LIMITED_API"),
            ("Py_GIL_DISABLED", "CT_Py_GIL_DISABLED"),
            ("py_sys_config=\"Py_DEBUG\"", "CT_Py_DEBUG"),
            ("py_sys_config=\"Py_REF_DEBUG\"", "CT_Py_REF_DEBUG"),
            ("py_sys_config=\"Py_TRACE_REFS\"", "CT_Py_TRACE_REFS"),
        ] {
            self.int(
                "config",
                format!("cfg {cfg}"),
                b(cfgs.has(cfg)),
                macro_.into(),
                format!("defined({})", &macro_[3..]),
            );
        }
    }

    fn structure(&mut self, d: &Decl, generic: bool, union: bool, fields: &[Field]) {
        let name = d.name.as_str();
        if generic {
            return self.skip(name, "generic Rust helper: C has no such type");
        }
        if let Some((root, _)) = self.flattened.get(name) {
            return self.skip(
                name,
                format!(
                    "type of an anonymous member of `{root}`: its fields are checked as `{root}`'s"
                ),
            );
        }
        let drift = PATCH_DRIFT.iter().find(|(n, minor, micro, _, _)| {
            *n == name && self.version.0 == *minor && self.version.1 != *micro
        });
        if let Some((_, minor, micro, true, why)) = drift {
            return self.skip(name, format!("declared as in 3.{minor}.{micro}: {why}"));
        }
        let cp = match self.spell(name) {
            Ok(c) => c.render(""),
            Err(_) => {
                let what = if union {
                    "C has no union of this name"
                } else {
                    "C has no struct of this name"
                };
                return self.absent(d, "type", what);
            }
        };
        // Zero-sized private fields (pyffi's opaque types), or bindgen's lone
        // `_address: u8` for a type the headers leave incomplete.
        let opaque = fields.iter().all(|f| !f.public && is_zero_array(&f.ty))
            || (fields.len() == 1 && fields[0].name == "_address");
        if opaque {
            // An incomplete type in C (or one Rust keeps opaque): only its name can be checked.
            self.int(
                "exists",
                name,
                format!("::core::mem::size_of::<*mut {name}>() as i128"),
                format!("sizeof({cp} *)"),
                cp.clone(),
            );
            return;
        }
        if let Some((_, minor, micro, _, why)) = drift {
            self.skip(
                format!("{name} (size)"),
                format!("declared as in 3.{minor}.{micro}: {why}"),
            );
        } else {
            self.int(
                "size",
                name,
                format!("::core::mem::size_of::<{name}>() as i128"),
                format!("sizeof({cp})"),
                cp.clone(),
            );
        }
        self.int(
            "align",
            name,
            format!("::core::mem::align_of::<{name}>() as i128"),
            format!("_Alignof({cp})"),
            cp.clone(),
        );
        self.fields(name, &cp, "", name, fields);
    }

    /// `root`/`cp`: the Rust and C type the offsets are taken in; `prefix`:
    /// the Rust path to `owner`'s fields inside `root` (anonymous members).
    fn fields(&mut self, root: &str, cp: &str, prefix: &str, owner: &str, fields: &[Field]) {
        for f in fields {
            let item = format!("{root}.{prefix}{}", f.name);
            let n = f.name.as_str();
            if !f.public {
                self.skip(item, "private field");
                continue;
            }
            if n.starts_with("_bitfield_") {
                self.skip(item, "bit-field storage unit: C cannot take a bit-field's offset; each bit-field is checked through its accessors");
                continue;
            }
            if let Some((_, why)) = EXTRA_VIEWS.iter().find(|(i, _)| *i == item) {
                self.skip(item, format!("listed in EXTRA_VIEWS: {why}"));
                continue;
            }
            let standin = ANONYMOUS_STANDINS.contains(&(owner, n))
                && plain_name(&f.ty).is_some_and(|t| {
                    matches!(
                        self.decls.get(t.as_str()).map(|d| &d.kind),
                        Some(Kind::Struct { .. })
                    )
                });
            let member = self
                .decls
                .get(owner)
                .is_some_and(|o| is_anonymous_member(o, n));
            if member || standin {
                let inner = plain_name(&f.ty).and_then(|t| {
                    match self.decls.get(t.as_str()).map(|d| &d.kind) {
                        Some(Kind::Struct { fields, .. }) => Some((t, fields)),
                        _ => None,
                    }
                });
                match inner {
                    Some((t, inner)) => {
                        let why = if standin {
                            "stands for an anonymous C member (ANONYMOUS_STANDINS): C names only its fields, checked as the enclosing type's"
                        } else {
                            "anonymous member: C names only its fields, checked as the enclosing type's"
                        };
                        self.skip(item, why);
                        self.fields(root, cp, &format!("{prefix}{n}."), &t, inner);
                    }
                    None => self.fail("field", item, "anonymous member of an unknown type".into()),
                }
                continue;
            }
            let cf = match FIELD_RENAMES
                .iter()
                .find(|(o, r, _)| *o == owner && *r == n)
            {
                Some((_, _, c)) => (*c).to_owned(),
                None => c_field(n),
            };
            let path = format!("{prefix}{n}");
            self.int(
                "offset",
                &item,
                format!("::core::mem::offset_of!({root}, {path}) as i128"),
                format!("offsetof({cp}, {cf})"),
                String::new(),
            );
            self.int(
                "field size",
                &item,
                format!("__ct_fsize!({root}, {path})"),
                format!("sizeof((({cp} *)0)->{cf})"),
                String::new(),
            );
            if BIT_UNITS.contains(&(owner, n)) {
                self.skip(
                    item,
                    "C bitfields held as one integer: checked through the accessors",
                );
                continue;
            }
            if let Some((_, why)) = SAME_ABI.iter().find(|(i, _)| *i == item) {
                self.skip(item, format!("field type listed in SAME_ABI: {why}"));
                continue;
            }
            match ctype::translate(&f.ty, self) {
                Ok(t) => {
                    let ts = t.render("");
                    self.int(
                        "field type",
                        &item,
                        "1".into(),
                        format!(
                            "__builtin_types_compatible_p(__typeof__((({cp} *)0)->{cf}), {ts})"
                        ),
                        ts,
                    );
                }
                Err(why) => self.skip(item, format!("field type not spelled in C: {why}")),
            }
        }
        if let Some(bits) = self.bitfields.get(owner).cloned() {
            for (name, is_bool) in bits {
                let item = format!("{root}.{prefix}{name}");
                let cf = match BIT_UNITS.iter().find(|(o, _)| *o == owner) {
                    Some((_, unit)) => format!("{unit}.{}", c_field(&name)),
                    None => c_field(&name),
                };
                let value = if is_bool { "true" } else { "!0" };
                for (kind, f) in [
                    ("bit offset", "ct_first_bit"),
                    ("bit width", "ct_bit_count"),
                ] {
                    self.push(
                        kind,
                        &item,
                        format!("__ct_bits::<{root}>(|x| unsafe {{ x.{prefix}set_{name}({value}) }}).{}", if f == "ct_first_bit" { 0 } else { 1 }),
                        format!("{{ {cp} x; memset(&x, 0, sizeof x); x.{cf}--; V(@, {f}(&x, sizeof x)); }}"),
                        "bits set by storing all ones, counted from the start of the type".into(),
                        ValKind::Int,
                    );
                }
            }
        }
    }

    fn enumeration(&mut self, d: &Decl, variants: &[String]) {
        let name = d.name.as_str();
        let ce = if self.c.typedefs.contains(name) {
            name.to_owned()
        } else if self.c.enum_tags.contains(name) {
            format!("enum {name}")
        } else {
            return self.absent(d, "type", "C has no enum of this name");
        };
        self.int(
            "size",
            name,
            format!("::core::mem::size_of::<{name}>() as i128"),
            format!("sizeof({ce})"),
            ce.clone(),
        );
        self.int(
            "align",
            name,
            format!("::core::mem::align_of::<{name}>() as i128"),
            format!("_Alignof({ce})"),
            ce.clone(),
        );
        for v in variants {
            let item = format!("{name}::{v}");
            if self.c.enumerators.contains(v) {
                self.int(
                    "value",
                    item,
                    format!("{name}::{v} as i128"),
                    v.clone(),
                    String::new(),
                );
            } else {
                self.fail("value", item, "C has no enumerator of this name".into());
            }
        }
    }

    fn alias(&mut self, d: &Decl, ty: &syn::Type) {
        let name = d.name.as_str();
        // bindgen turns a constified `enum X` into `type X = c_uint`.
        let ca = if self.c.typedefs.contains(name) {
            name.to_owned()
        } else if self.c.enum_tags.contains(name) {
            format!("enum {name}")
        } else if !d.generated && self.c.macros.contains(name) {
            // pyport.h's `#define PY_INT32_T int32_t` and the like.
            name.to_owned()
        } else {
            return self.absent(d, "type", "C has no typedef of this name");
        };
        self.int(
            "size",
            name,
            format!("::core::mem::size_of::<{name}>() as i128"),
            format!("sizeof({ca})"),
            ca.clone(),
        );
        self.int(
            "align",
            name,
            format!("::core::mem::align_of::<{name}>() as i128"),
            format!("_Alignof({ca})"),
            ca.clone(),
        );
        if let Some((_, why)) = SAME_ABI.iter().find(|(i, _)| *i == name) {
            return self.skip(name, format!("aliased type listed in SAME_ABI: {why}"));
        }
        match ctype::translate(ty, self) {
            Ok(t) => {
                let ts = t.render("");
                self.int(
                    "type",
                    name,
                    "1".into(),
                    format!("__builtin_types_compatible_p({ca}, {ts})"),
                    ts,
                );
            }
            Err(why) => self.skip(name, format!("aliased type not spelled in C: {why}")),
        }
        if self.integer_type(ty).is_some() {
            self.int(
                "signedness",
                name,
                format!("({name}::MIN != 0) as i128"),
                format!("(({ca})-1) < 0"),
                ca.clone(),
            );
        }
    }

    /// The Rust integer type `ty` resolves to, through pyffi's aliases.
    fn integer_type(&self, ty: &syn::Type) -> Option<String> {
        let n = plain_name(ty)?;
        if ctype::is_integer(&n) {
            return Some(n);
        }
        match self.decls.get(n.as_str()).map(|d| &d.kind) {
            Some(Kind::Alias { ty }) => self.integer_type(ty),
            _ => None,
        }
    }

    fn constant(&mut self, d: &Decl, ty: &syn::Type) {
        let name = d.name.as_str();
        let kind = if self.integer_type(ty).is_some() {
            Some(ValKind::Int)
        } else {
            match plain_name(ty).as_deref() {
                Some("bool") => Some(ValKind::Int),
                Some("f64" | "f32" | "c_double" | "c_float") => Some(ValKind::Float),
                Some(n)
                    if matches!(self.decls.get(n).map(|d| &d.kind), Some(Kind::Enum { .. })) =>
                {
                    Some(ValKind::Int)
                }
                _ => match ty {
                    syn::Type::Reference(r) if plain_name(&r.elem).as_deref() == Some("CStr") => {
                        Some(ValKind::Str)
                    }
                    // `((void *)1)` and the like: compared as addresses.
                    syn::Type::Ptr(_) => Some(ValKind::Int),
                    _ => None,
                },
            }
        };
        let Some(kind) = kind else {
            use quote::ToTokens;
            return self.skip(
                name,
                format!(
                    "constant of type `{}`: not a C constant",
                    ty.to_token_stream()
                ),
            );
        };
        if !self.c.macros.contains(name) && !self.c.enumerators.contains(name) {
            let what = if self.c.fn_macros.contains(name) {
                "in C a function-like macro, not a constant"
            } else {
                "C has no macro or enumerator of this name"
            };
            return self.absent(d, "value", what);
        }
        match kind {
            ValKind::Int if matches!(ty, syn::Type::Ptr(_)) => self.int(
                "value",
                name,
                format!("({name}) as usize as i128"),
                format!("(uintptr_t)({name})"),
                String::new(),
            ),
            ValKind::Int => self.int(
                "value",
                name,
                format!("({name}) as i128"),
                name.into(),
                String::new(),
            ),
            ValKind::Float => self.push(
                "value",
                name,
                format!("({name}) as f64"),
                format!("D(@, {name});"),
                String::new(),
                ValKind::Float,
            ),
            ValKind::Str => self.push(
                "value",
                name,
                name.into(),
                format!("S(@, {name});"),
                String::new(),
                ValKind::Str,
            ),
            ValKind::Symbol => unreachable!("constants are values"),
        }
    }

    /// The name to ask C about, and a check of the symbol Rust links
    /// (whether libpython exports it is asked at run time, with dlsym, where
    /// there is a libpython; the headers' spelling is the fallback). `None`
    /// if C declares neither the Rust name nor its `link_name`.
    fn symbol(&mut self, d: &Decl, idents: &BTreeSet<String>, what: &str) -> Option<String> {
        let name = d.name.as_str();
        let rsym = d.link_name.clone().unwrap_or_else(|| name.to_owned());
        // `#define A B` renames resolve to B.
        let mut csym = name;
        while let Some(next) = self.c.renames.get(csym) {
            if next == csym {
                break;
            }
            csym = next;
        }
        let cname = if idents.contains(csym) {
            name.to_owned()
        } else if rsym != name && idents.contains(&rsym) {
            // A Rust function standing for a C macro, linked to what it calls.
            rsym.clone()
        } else {
            let macro_ = if self.c.fn_macros.contains(name) {
                " (C has a function-like macro of this name)"
            } else {
                ""
            };
            self.absent(d, "symbol", &format!("C declares no such {what}{macro_}"));
            return None;
        };
        let declared = if idents.contains(&rsym) {
            "declared"
        } else {
            ""
        };
        self.push(
            "symbol",
            name,
            format!("c{rsym:?}"),
            format!("S(@, CT_STR({cname}));"),
            declared.into(),
            ValKind::Symbol,
        );
        Some(cname)
    }

    fn function(&mut self, d: &Decl, sig: &syn::Signature, idents: &BTreeSet<String>) {
        let name = d.name.as_str();
        let Some(cname) = self.symbol(d, idents, "function") else {
            return;
        };
        let ret = match &sig.output {
            syn::ReturnType::Default => Ok(CType::Base("void".into())),
            syn::ReturnType::Type(_, t) => ctype::translate(t, self),
        };
        let args: Result<Vec<CType>, String> = sig
            .inputs
            .iter()
            .map(|a| match a {
                syn::FnArg::Typed(p) => ctype::translate(&p.ty, self),
                syn::FnArg::Receiver(_) => Err("receiver".into()),
            })
            .collect();
        match (ret, args) {
            (Ok(ret), Ok(args)) => {
                let t = CType::Fn {
                    ret: Box::new(ret),
                    args,
                    variadic: sig.variadic.is_some(),
                }
                .render("");
                self.int(
                    "signature",
                    name,
                    "1".into(),
                    format!("__builtin_types_compatible_p(__typeof__({cname}), {t})"),
                    t,
                );
            }
            (Err(why), _) | (_, Err(why)) => {
                self.skip(name, format!("signature not spelled in C: {why}"))
            }
        }
    }

    fn statik(&mut self, d: &Decl, ty: &syn::Type, idents: &BTreeSet<String>) {
        let name = d.name.as_str();
        let Some(cname) = self.symbol(d, idents, "object") else {
            return;
        };
        match ctype::translate(ty, self) {
            Ok(t) => {
                let (plain, konst) = (t.render(""), t.render_q("", true));
                // Rust has no `const` statics: either qualification matches.
                self.int(
                    "static type",
                    name,
                    "1".into(),
                    format!("__builtin_types_compatible_p(__typeof__({cname}), {plain}) || __builtin_types_compatible_p(__typeof__({cname}), {konst})"),
                    plain,
                );
            }
            Err(why) => self.skip(name, format!("type not spelled in C: {why}")),
        }
    }
}

/// The name of a plain path type (`a::b::C` → `C`), generic arguments aside.
fn plain_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(p) if p.qself.is_none() => {
            let last = p.path.segments.last()?;
            matches!(last.arguments, syn::PathArguments::None).then(|| last.ident.to_string())
        }
        syn::Type::Paren(p) => plain_name(&p.elem),
        _ => None,
    }
}

fn is_zero_array(ty: &syn::Type) -> bool {
    match ty {
        syn::Type::Array(a) => {
            matches!(&a.len, syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(i), .. }) if i.base10_parse::<u64>().ok() == Some(0))
        }
        // `PhantomData` and the like.
        syn::Type::Path(p) => p
            .path
            .segments
            .last()
            .is_some_and(|s| s.ident.to_string().starts_with("Phantom")),
        _ => false,
    }
}

/// The generator's field `anonN` of a generated type: an anonymous member in C, whose
/// fields C names as the owner's (gen/src/anon.rs).
fn is_anonymous_member(owner: &Decl, field: &str) -> bool {
    owner.generated
        && field
            .strip_prefix("anon")
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// bindgen appends `_` to C names that are Rust keywords.
fn c_field(rust: &str) -> String {
    let rust = rust.strip_prefix("r#").unwrap_or(rust);
    const KEYWORDS: &[&str] = &[
        "as", "async", "await", "box", "break", "const", "continue", "crate", "dyn", "else",
        "enum", "extern", "false", "fn", "for", "gen", "if", "impl", "in", "let", "loop", "match",
        "mod", "move", "mut", "priv", "pub", "ref", "return", "self", "Self", "static", "struct",
        "super", "trait", "true", "try", "type", "typeof", "unsafe", "use", "where", "while",
        "yield", "abstract", "become", "do", "final", "macro", "override", "unsized", "virtual",
    ];
    match rust.strip_suffix('_') {
        Some(base) if KEYWORDS.contains(&base) => base.to_owned(),
        _ => rust.to_owned(),
    }
}

fn idents(pre: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in pre.lines().filter(|l| !l.starts_with('#')) {
        for w in line.split(|c: char| !(c == '_' || c.is_ascii_alphanumeric())) {
            if w.starts_with(|c: char| c == '_' || c.is_ascii_alphabetic()) {
                out.insert(w.to_owned());
            }
        }
    }
    out
}

fn cc_build(setup: &Setup) -> cc::Build {
    let mut b = cc::Build::new();
    b.warnings(false).flag("-w").flag("-std=gnu11");
    for inc in &setup.includes {
        b.include(inc);
    }
    for (k, v) in &setup.defines {
        b.define(k, v.as_deref());
    }
    b
}

fn run_cc(compiler: &cc::Tool, args: &[&str], file: &Path) -> Result<String, String> {
    let mut cmd = compiler.to_command();
    cmd.args(args).arg(file);
    let out = cmd
        .output()
        .map_err(|e| format!("cannot run the C compiler: {e}"))?;
    if !out.status.success() {
        return Err(format!(
            "{:?} failed:\n{}",
            cmd,
            String::from_utf8_lossy(&out.stderr)
        ));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

const C_SUPPORT: &str = r#"
#ifdef Py_LIMITED_API
#define CT_Py_LIMITED_API 1
#else
#define CT_Py_LIMITED_API 0
#endif
#ifdef Py_GIL_DISABLED
#define CT_Py_GIL_DISABLED 1
#else
#define CT_Py_GIL_DISABLED 0
#endif
#ifdef Py_DEBUG
#define CT_Py_DEBUG 1
#else
#define CT_Py_DEBUG 0
#endif
#ifdef Py_REF_DEBUG
#define CT_Py_REF_DEBUG 1
#else
#define CT_Py_REF_DEBUG 0
#endif
#ifdef Py_TRACE_REFS
#define CT_Py_TRACE_REFS 1
#else
#define CT_Py_TRACE_REFS 0
#endif

#define CT_STR2(x) #x
#define CT_STR(x) CT_STR2(x)

struct ct_out { unsigned long long v; double d; const char *s; unsigned char neg; unsigned char set; };
#define V(i, e) do { out[i].v = (unsigned long long)(e); out[i].neg = (e) < 0; out[i].set = 1; } while (0)
#define D(i, e) do { out[i].d = (double)(e); out[i].set = 1; } while (0)
#define S(i, e) do { out[i].s = (e); out[i].set = 1; } while (0)

/* Bits numbered as bindgen does on little-endian targets: byte * 8 + bit. */
static unsigned long long ct_first_bit(const void *p, size_t n) {
    const unsigned char *b = (const unsigned char *)p;
    for (size_t i = 0; i < n * 8; i++) if (b[i / 8] >> (i % 8) & 1) return i;
    return (unsigned long long)-1;
}
static unsigned long long ct_bit_count(const void *p, size_t n) {
    const unsigned char *b = (const unsigned char *)p;
    unsigned long long c = 0;
    for (size_t i = 0; i < n * 8; i++) c += b[i / 8] >> (i % 8) & 1;
    return c;
}

void pyffi_ctest_fill(struct ct_out *out) {
"#;

/// Compiles `checks.c`; each check is one line, so a compile error names
/// the check C cannot compute. Those become failures with the compiler's
/// message, and the rest is compiled again.
fn compile_until_clean(
    setup: &Setup,
    compiler: &cc::Tool,
    prelude: &str,
    checks: &mut [Check],
) -> Result<(), String> {
    let path = setup.out.join("checks.c");
    let obj = setup.out.join("checks-probe.o");
    for _round in 0..20 {
        let mut text = String::from(prelude);
        text.push_str(C_SUPPORT);
        let mut line_of = BTreeMap::new();
        let mut line = text.lines().count() + 1;
        for (i, ch) in checks.iter().enumerate() {
            if ch.c_error.is_some() {
                continue;
            }
            writeln!(text, "    {}", ch.c.replace('@', &i.to_string())).unwrap();
            line_of.insert(line, i);
            line += 1;
        }
        text.push_str("}\n");
        fs::write(&path, &text).map_err(|e| e.to_string())?;

        let mut cmd = compiler.to_command();
        cmd.arg("-c").arg(&path).arg("-o").arg(&obj);
        let out = cmd
            .output()
            .map_err(|e| format!("cannot run the C compiler: {e}"))?;
        if out.status.success() {
            let mut b = cc_build(setup);
            b.file(&path).compile("pyffi_ctest_c");
            return Ok(());
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        let file = path.display().to_string();
        let mut blamed = 0;
        let mut unplaced = Vec::new();
        for l in stderr.lines() {
            let Some(rest) = l.strip_prefix(&file).and_then(|r| r.strip_prefix(':')) else {
                continue;
            };
            let mut parts = rest.splitn(3, ':');
            let (Some(ln), Some(_col), Some(msg)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let Some(msg) = msg.trim().strip_prefix("error:") else {
                continue;
            };
            let Ok(ln) = ln.parse::<usize>() else {
                continue;
            };
            match line_of.get(&ln) {
                Some(&i) => {
                    if checks[i].c_error.is_none() {
                        checks[i].c_error = Some(format!(
                            "C cannot compute `{}`: {}",
                            checks[i].c.trim(),
                            msg.trim()
                        ));
                        blamed += 1;
                    }
                }
                None => unplaced.push(l.to_owned()),
            }
        }
        if blamed == 0 {
            return Err(format!(
                "{cmd:?} failed outside the checks:\n{}\n{stderr}",
                unplaced.join("\n")
            ));
        }
    }
    Err("checks.c still fails to compile after 20 rounds".into())
}

fn rust_str(s: &str) -> String {
    format!("{s:?}")
}

fn write_rust(setup: &Setup, checks: &[Check], skips: &[(String, String)]) -> Result<(), String> {
    let mut r = String::new();
    writeln!(
        r,
        "pub const DESCRIBE: &str = {};",
        rust_str(&setup.describe)
    )
    .unwrap();
    match &setup.libpython {
        Some(l) => writeln!(
            r,
            "pub const LIBPYTHON: Option<&str> = Some({});",
            rust_str(l)
        )
        .unwrap(),
        None => writeln!(r, "pub const LIBPYTHON: Option<&str> = None;").unwrap(),
    }
    writeln!(r, "pub static CHECKS: &[Check] = &[").unwrap();
    for c in checks {
        let kind = match c.val {
            ValKind::Int => "Int",
            ValKind::Float => "Float",
            ValKind::Str => "Str",
            ValKind::Symbol => "Symbol",
        };
        writeln!(
            r,
            "    Check {{ kind: {}, item: {}, detail: {}, val: ValKind::{kind}, c_error: {} }},",
            rust_str(c.kind),
            rust_str(&c.item),
            rust_str(&c.detail),
            match &c.c_error {
                Some(e) => format!("Some({})", rust_str(e)),
                None => "None".into(),
            }
        )
        .unwrap();
    }
    writeln!(r, "];").unwrap();
    writeln!(r, "pub static SKIPS: &[(&str, &str)] = &[").unwrap();
    for (item, why) in skips {
        writeln!(r, "    ({}, {}),", rust_str(item), rust_str(why)).unwrap();
    }
    writeln!(r, "];").unwrap();
    // Split so that no single function gets huge.
    let chunks: Vec<&[Check]> = checks.chunks(400).collect();
    writeln!(r, "pub fn rust_values(v: &mut Vec<Value>) {{").unwrap();
    for k in 0..chunks.len() {
        writeln!(r, "    values_{k}(v);").unwrap();
    }
    writeln!(r, "}}").unwrap();
    for (k, chunk) in chunks.iter().enumerate() {
        writeln!(
            r,
            "#[allow(unused_unsafe, clippy::all)]\nfn values_{k}(v: &mut Vec<Value>) {{"
        )
        .unwrap();
        for c in *chunk {
            let e = match c.val {
                ValKind::Int => format!("Value::Int({})", c.rust),
                ValKind::Float => format!("Value::Float({})", c.rust),
                ValKind::Str | ValKind::Symbol => format!("Value::Str({})", c.rust),
            };
            writeln!(r, "    v.push({e});").unwrap();
        }
        writeln!(r, "}}").unwrap();
    }
    fs::write(setup.out.join("checks.rs"), r).map_err(|e| e.to_string())
}

/// The value of a `#define NAME 123` in `gcc -dM` output (0 if absent).
fn define_u32(defs: &str, name: &str) -> u32 {
    defs.lines()
        .find_map(|l| {
            l.strip_prefix("#define ")?
                .strip_prefix(name)?
                .trim()
                .parse()
                .ok()
        })
        .unwrap_or(0)
}
