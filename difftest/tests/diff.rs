//! Calls each of pyffi's inline functions and its C shim on the same inputs and
//! compares the return value, the reference counts of the object arguments, what
//! was written into fresh objects, slots and buffers, and the exception left set.
//!
//! Inputs come from a corpus of objects, tagged by type; `rule` picks, by the
//! function's name, which inputs its C contract allows. A shimmed function with no
//! rule and not in `NOT_DRIVEN` fails the run.
//!
//! `DIFFTEST_VERBOSE=1` lists every function with its case count.

use pyffi::*;
use pyffi_difftest::{difftest_init, difftest_refcnt, Func, FUNCS, HEADERS_NEWER, NO_C, SKIPPED};
use std::collections::BTreeSet;
use std::ffi::{CStr, CString};

/// Shimmed but not called, and why.
const NOT_DRIVEN: &[(&str, &str)] = &[
    (
        "Py_SET_SIZE",
        "on PyPy only: its lists keep their own storage, and a list whose ob_size shrank corrupts the heap when freed",
    ),
    ("PyMapping_HasKeyWithError", COMPAT_TESTED),
    ("PyMapping_HasKeyStringWithError", COMPAT_TESTED),
    // 3.14's int export and writer API: at an abi3 floor below 3.15 on 3.15's headers.
    ("PyLong_GetNativeLayout", LONG_EXPORT),
    ("PyLong_Export", LONG_EXPORT),
    ("PyLong_FreeExport", LONG_EXPORT),
    ("PyLongWriter_Create", LONG_EXPORT),
    ("PyLongWriter_Finish", LONG_EXPORT),
    ("PyLongWriter_Discard", LONG_EXPORT),
    (
        "PyCell_SET",
        "stores into a cell without counting references; tests/accessors.rs checks it",
    ),
    (
        "PyInstanceMethod_GET_FUNCTION",
        "no instancemethod can be made from Python code; tests/accessors.rs checks it",
    ),
    (
        "PyODict_GetItemString",
        "takes a C string; tests/accessors.rs checks it",
    ),
    ("PyObject_MALLOC", RAW_MEMORY),
    ("PyObject_REALLOC", RAW_MEMORY),
    ("PyObject_FREE", RAW_MEMORY),
    ("PyObject_Del", RAW_MEMORY),
    ("PyObject_DEL", RAW_MEMORY),
    ("PyMem_MALLOC", RAW_MEMORY),
    ("PyMem_REALLOC", RAW_MEMORY),
    ("PyMem_FREE", RAW_MEMORY),
    ("PyMem_Del", RAW_MEMORY),
    ("PyMem_DEL", RAW_MEMORY),
    (
        "PyObject_INIT",
        "initializes freshly allocated memory; tests/memory.rs checks it",
    ),
    (
        "PyObject_INIT_VAR",
        "initializes freshly allocated memory; tests/memory.rs checks it",
    ),
    (
        "_Py_Dealloc",
        "frees its argument (3.8's inline form; Py_DECREF reaches it at zero)",
    ),
    (
        "PyRun_",
        "runs a file or source: no value to compare beyond what the embed tests check",
    ),
    (
        "Py_CompileString",
        "compiles source; returns a new code object each time",
    ),
    ("PyParser_", "parser API, removed in 3.10"),
    (
        "PyEval_CallObject",
        "calls Python code (covered by PyObject_Call*)",
    ),
    (
        "PyCFunction_New",
        "needs a PyMethodDef that outlives the function",
    ),
    ("PyModule_", "creates or changes modules from definitions"),
    ("PyHeapType_GET_MEMBERS", "needs a heap type's members"),
    (
        "PyErr_WarnEx",
        "warnings filters make the outcome order-dependent",
    ),
    (
        "PyErr_Warn",
        "PyErr_WarnEx with stack level 1: warnings filters make the outcome order-dependent",
    ),
    (
        "PyAST_Compile",
        "takes a compiler AST (struct _mod) in an arena, which only the 3.7-3.9 parser API makes",
    ),
    (
        "PyUnicodeDecodeError_Create",
        "new exception object each time",
    ),
    ("PyImport_", "imports modules"),
    (
        "_PyCode_",
        "code-object extra slots need an index from the eval API",
    ),
    (
        "_PyLong_AsByteArray",
        "private; signature changed across versions",
    ),
    (
        "PyDateTime_From",
        "constructors: covered by PyDate_FromDate and friends through the capsule",
    ),
    ("PyDate_FromTimestamp", "depends on the clock and time zone"),
    (
        "PyDateTime_FromTimestamp",
        "depends on the clock and time zone",
    ),
    ("Py_GETENV", "reads the environment"),
    (
        "PyDateTime_IMPORT",
        "stores the capsule in a global: called once before the cases, which use it",
    ),
    (
        "PyDateTime_TimeZone_UTC",
        "compared as an object in PyTimeZone_FromOffset",
    ),
    (
        "PyObject_Vectorcall",
        "takes an argument vector (covered by PyObject_Call*)",
    ),
    ("PyBytesWriter_", "writer objects (not yet driven)"),
    ("PyMapping_Del", "mutates a mapping (not yet driven)"),
    ("PyObject_DelAttr", "mutates an object (not yet driven)"),
    (
        "PyObject_GC_",
        "GC tracking of a fresh object (not yet driven)",
    ),
    (
        "PyStructSequence_SET_ITEM",
        "needs a fresh struct sequence (not yet driven)",
    ),
    (
        "PySequence_Fast_ITEMS",
        "returns the item array's address, compared through PySequence_Fast_GET_ITEM",
    ),
    (
        "PyMemoryView_GET_BUFFER",
        "returns an address inside the view, compared by identity below",
    ),
];

/// Differences where pyffi follows the abi3 floor's headers and the newer headers
/// compiled against give that floor something else: reported, not failed, when the
/// headers are newer than the floor.
const FLOOR_DIFFERS: &[(&str, &str)] = &[
    (
        "PyLong_AsPid",
        "3.13's headers give a limited API below 3.13 a range-checked static inline returning int; \
         3.12's (the floor's, which pyffi follows) alias PyLong_AsLong",
    ),
    ("Py_INCREF", IMMORTAL),
    ("Py_XINCREF", IMMORTAL),
    ("Py_DECREF", IMMORTAL),
    ("Py_XDECREF", IMMORTAL),
    ("Py_NewRef", IMMORTAL),
    ("Py_XNewRef", IMMORTAL),
    ("_Py_NewRef", IMMORTAL),
    ("_Py_XNewRef", IMMORTAL),
    ("Py_CLEAR", IMMORTAL),
    ("Py_SET_REFCNT", IMMORTAL),
    (
        "Py_REFCNT",
        "3.14's headers read the 32-bit count; 3.13's (the floor's) the whole word, \
         which on 3.14 also holds a static object's flags",
    ),
];

/// Predicates whose C result is only zero or nonzero (the C library's classification
/// macros), compared as such.
const TRUTH_ONLY: &[&str] = &["Py_IS_NAN", "Py_IS_INFINITY", "Py_IS_FINITE"];

const COMPAT_TESTED: &str =
    "a compat shim, inline where an abi3 floor lacks it; tests/compat_objects.rs checks it";

const LONG_EXPORT: &str = "a compat shim, inline where an abi3 floor lacks it; works through \
     export structs and writer handles; tests/compat_strings.rs checks it";

const RAW_MEMORY: &str =
    "allocates or frees raw memory, whose addresses differ between two calls; tests/memory.rs checks it";

const IMMORTAL: &str = "3.12's headers leave immortal objects' counts alone under a limited API \
     below 3.12; 3.11's (the floor's, which pyffi follows) count them, as C built with them does";

const CORPUS: &str = r#"
import sys, datetime, weakref, time, array, collections, types
class IntSub(int): pass
class FloatSub(float): pass
class StrSub(str): pass
class TupleSub(tuple): pass
class ListSub(list): pass
class DictSub(dict): pass
class BytesSub(bytes): pass
class SetSub(set): pass
class Plain:
    def m(self): return 1
class Other: pass
class Slotted:
    __slots__ = ('a',)
class Err(ValueError): pass
class Seq:
    def __getitem__(self, i):
        raise IndexError
def f(x=1): return x
p = Plain()
try:
    raise Err('tb')
except Err:
    tb = sys.exc_info()[2]
utc = datetime.timezone.utc
objs = [
    ('None', None), ('True', True), ('False', False), ('Ellipsis', ...), ('NotImplemented', NotImplemented),
    ('int 0', 0), ('int -1', -1), ('int 1', 1), ('int 256', 256), ('int 257', 257), ('int -5', -5),
    ('int PY_SSIZE_T_MAX', sys.maxsize), ('int LONG_MIN', -sys.maxsize - 1), ('int 2**31', 2**31),
    ('int -2**31-1', -2**31 - 1), ('int 2**64', 2**64), ('int -2**100', -2**100), ('int sub', IntSub(7)),
    ('float 0.0', 0.0), ('float -0.0', -0.0), ('float nan', float('nan')), ('float inf', float('inf')),
    ('float -inf', float('-inf')), ('float max', sys.float_info.max), ('float denormal', 5e-324),
    ('float sub', FloatSub(2.5)), ('complex', 1j),
    ('str empty', ''), ('str ascii', 'abc'), ('str 1 char', 'a'), ('str latin1', 'caf\xe9'),
    ('str latin1 char', '\xff'), ('str ucs2', '\u0100\u20ac!'), ('str ucs4', '\U0001f600x'),
    ('str big ascii', 'a' * 10000), ('str big ucs2', '\u20ac' * 5000), ('str big ucs4', '\U0010ffff' * 1000),
    ('str sub ascii', StrSub('abc')), ('str sub latin1', StrSub('\xe9t\xe9')), ('str sub ucs2', StrSub('\u20ac')),
    ('str sub ucs4', StrSub('\U0001f600')), ('str sub empty', StrSub('')), ('str interned', sys.intern('difftest_interned')),
    ('bytes empty', b''), ('bytes', b'ab\x00c'), ('bytes big', b'x' * 100000), ('bytes sub', BytesSub(b'q')),
    ('bytearray empty', bytearray()), ('bytearray', bytearray(b'xyz')),
    ('tuple empty', ()), ('tuple 1', (1,)), ('tuple 3', (1, 'a', None)), ('tuple big', tuple(range(10000))),
    ('tuple sub', TupleSub((1, 2))),
    ('list empty', []), ('list 3', [1, 'a', None]), ('list big', list(range(10000))), ('list sub', ListSub([3])),
    ('dict empty', {}), ('dict', {'a': 1}), ('dict big', {i: i for i in range(1000)}), ('dict sub', DictSub(a=1)),
    ('dict keys', {'a': 1}.keys()), ('dict values', {'a': 1}.values()), ('dict items', {'a': 1}.items()),
    ('set empty', set()), ('set', {1, 2}), ('set big', set(range(1000))), ('set sub', SetSub([1])),
    ('frozenset empty', frozenset()), ('frozenset', frozenset('ab')),
    ('type int', int), ('type type', type), ('type object', object), ('type Plain', Plain), ('type IntSub', IntSub),
    ('type Err', Err), ('type ValueError', ValueError), ('type BaseException', BaseException), ('type Slotted', Slotted),
    ('exc ValueError', ValueError('x')), ('exc Err', Err()), ('exc KeyboardInterrupt', KeyboardInterrupt()),
    ('module sys', sys), ('function', f), ('lambda', lambda: 0), ('builtin len', len),
    ('builtin method', [].append), ('method', p.m), ('classmethod dict.fromkeys', dict.fromkeys),
    ('range', range(5)), ('slice', slice(1, 10, 2)), ('slice none', slice(None)),
    ('memoryview bytes', memoryview(b'abc')), ('memoryview bytearray', memoryview(bytearray(b'ab'))),
    ('weakref', weakref.ref(Plain)), ('weakproxy', weakref.proxy(p)), ('iter list', iter([1])),
    ('iter seq', iter(Seq())), ('callable iter', iter(f, 2)), ('generator', (x for x in [])),
    ('code', f.__code__), ('code closure', (lambda x, y: (lambda: x + y))(1, 2).__code__), ('traceback', tb),
    # PyPy's datetime has no capsule attribute (its PyDateTime_IMPORT calls a function).
    *([('capsule', datetime.datetime_CAPI)] if hasattr(datetime, 'datetime_CAPI') else []),
    # PyPy's builtins are not C functions; the driver module's function is.
    *([('cfunction', sys.modules['pyffi_difftest_pypy'].compare)] if 'pyffi_difftest_pypy' in sys.modules else []),
    ('instance Plain', p), ('instance Slotted', Slotted()), ('instance object', object()),
    ('date', datetime.date(2024, 2, 29)), ('date sub', type('D', (datetime.date,), {})(1, 1, 1)),
    ('datetime', datetime.datetime(2024, 12, 31, 23, 59, 58, 999999, fold=1)),
    ('datetime tz', datetime.datetime(1, 1, 1, tzinfo=utc)), ('datetime max', datetime.datetime.max),
    ('time', datetime.time(1, 2, 3, 4, fold=1)), ('time tz', datetime.time(23, 59, tzinfo=utc)),
    ('timedelta', datetime.timedelta(-1, 5, 7)), ('timedelta max', datetime.timedelta.max),
    ('timezone utc', utc), ('timezone +5', datetime.timezone(datetime.timedelta(hours=5), 'X')),
    ('structseq', time.gmtime(0)), ('array', array.array('i', [1, 2])),
    ('cell', (lambda x: (lambda: x).__closure__[0])([1])),
    ('bound method', types.MethodType(f, p)),
    ('odict empty', collections.OrderedDict()), ('odict', collections.OrderedDict(a=1, b=2)),
    ('descr method', str.upper), ('descr getset', int.real), ('descr member', Slotted.a),
    ('descr wrapper', object.__init__), ('descr classmethod', dict.__dict__['fromkeys']),
]
def tags(o):
    t = set()
    def isa(name, cls):
        if isinstance(o, cls):
            t.add(name)
            if type(o) is cls:
                t.add(name + '!')
    for name, cls in [('int', int), ('float', float), ('str', str), ('bytes', bytes), ('bytearray', bytearray),
                      ('tuple', tuple), ('list', list), ('dict', dict), ('set', set), ('frozenset', frozenset),
                      ('type', type), ('exc', BaseException), ('memoryview', memoryview),
                      ('date', datetime.date), ('datetime', datetime.datetime), ('time', datetime.time),
                      ('delta', datetime.timedelta), ('tzinfo', datetime.tzinfo)]:
        isa(name, cls)
    if type(o).__name__ in ('builtin_function_or_method',):
        t.add('cfunc')
    if isinstance(o, type) and issubclass(o, BaseException):
        t.add('excclass')
    if type(o).__name__ == 'struct_time':
        t.add('structseq')
    if isinstance(o, str):
        m = max(map(ord, o), default=0)
        t.add('kind1' if m < 256 else 'kind2' if m < 65536 else 'kind4')
    if getattr(type(o), '__weakrefoffset__', 0) > 0:
        t.add('weakrefable')
    if type(o).__name__ == 'cell':
        t.add('cell')
    if type(o).__name__ == 'code':
        t.add('code')
    if isinstance(o, types.MethodType):
        t.add('method')
    if isinstance(o, collections.OrderedDict):
        t.add('odict')
    if type(o).__name__ in ('method_descriptor', 'getset_descriptor', 'member_descriptor',
                            'wrapper_descriptor', 'classmethod_descriptor'):
        t.add('descr')
    return ' '.join(sorted(t))
corpus = [(label, o, tags(o), len(o) if hasattr(o, '__len__') and not isinstance(o, type) else -1) for label, o in objs]
"#;

struct Obj {
    label: String,
    o: *mut PyObject,
    tags: BTreeSet<String>,
    len: isize,
}

impl Obj {
    fn is(&self, tag: &str) -> bool {
        self.tags.contains(tag)
    }
}

/// One argument, made afresh for each side.
#[derive(Clone)]
enum Arg {
    /// A corpus object, or NULL.
    Obj(*mut PyObject),
    /// A value.
    Val(u64),
    /// A new object from this expression, its state compared afterwards.
    Fresh(&'static CStr),
    /// A `PyObject **` slot holding a new reference to this object (or NULL).
    Slot(*mut PyObject),
    /// A zeroed buffer of this many bytes, compared afterwards.
    Buf(usize),
    /// A buffer holding these bytes (a small C struct), compared afterwards.
    Bytes(&'static [u8]),
    /// A NULL `PyObject **` the call may fill with a new reference, compared afterwards.
    Out,
    /// The first argument's reference count plus this.
    RefcntPlus(isize),
    /// A C string.
    Str(&'static CStr),
}

type Case = (String, Vec<Arg>);

#[derive(PartialEq, Debug)]
struct Outcome {
    ret: String,
    deltas: Vec<isize>,
    exc: String,
    after: Vec<String>,
}

unsafe fn eval_str(expr: &CStr) -> *mut PyObject {
    let g = PyDict_New();
    PyDict_SetItemString(g, c"__builtins__".as_ptr(), PyEval_GetBuiltins());
    let r = run(expr, Py_eval_input, g);
    Py_DecRef(g);
    r
}

/// Compiles and runs `src` in the namespace `g` (the limited API's way).
unsafe fn run(src: &CStr, mode: std::ffi::c_int, g: *mut PyObject) -> *mut PyObject {
    let code = Py_CompileString(src.as_ptr(), c"<difftest>".as_ptr(), mode);
    let r = if code.is_null() {
        code
    } else {
        let r = PyEval_EvalCode(code, g, g);
        Py_DecRef(code);
        r
    };
    if r.is_null() {
        PyErr_Print();
        panic!("running {src:?} raised");
    }
    r
}

unsafe fn describe(o: *mut PyObject) -> String {
    let t = PyObject_GetAttrString(o.cast(), c"__class__".as_ptr());
    let name = if t.is_null() {
        PyErr_Clear();
        "?".to_string()
    } else {
        let n = PyObject_GetAttrString(t, c"__name__".as_ptr());
        Py_DecRef(t);
        let s = text(n);
        Py_DecRef(n);
        s
    };
    let r = PyObject_Repr(o);
    let repr = if r.is_null() {
        PyErr_Clear();
        "?".into()
    } else {
        let s = text(r);
        Py_DecRef(r);
        s
    };
    if repr.contains(" at 0x") {
        name
    } else {
        format!("{name} {repr}")
    }
}

unsafe fn text(s: *mut PyObject) -> String {
    let b = if s.is_null() {
        s
    } else {
        PyUnicode_AsUTF8String(s)
    };
    if b.is_null() {
        PyErr_Clear();
        return "?".into();
    }
    let out = String::from_utf8_lossy(std::slice::from_raw_parts(
        PyBytes_AsString(b).cast::<u8>(),
        PyBytes_Size(b) as usize,
    ))
    .into_owned();
    Py_DecRef(b);
    out
}

/// Borrowed results: compared by identity.
fn borrowed(name: &str) -> bool {
    name.contains("GET_")
        || name.contains("_AS_")
        || matches!(
            name,
            "Py_TYPE"
                | "Py_None"
                | "Py_True"
                | "Py_False"
                | "Py_Ellipsis"
                | "Py_NotImplemented"
                | "PyExceptionInstance_Class"
                | "PySequence_Fast_GET_ITEM"
                | "PyCell_GET"
                | "PyDescr_TYPE"
                | "PyDescr_NAME"
                | "PyODict_GetItem"
                | "PyODict_GetItemWithError"
        )
}

unsafe fn run_side(f: &Func, args: &[Arg], corpus_objs: &[*mut PyObject], rust: bool) -> Outcome {
    let mut raw: Vec<u64> = Vec::new();
    let mut objs: Vec<*mut PyObject> = Vec::new();
    let mut fresh: Vec<*mut PyObject> = Vec::new();
    let mut slots: Vec<Box<*mut PyObject>> = Vec::new();
    let mut bufs: Vec<Vec<u8>> = Vec::new();
    let mut outs: Vec<Box<*mut PyObject>> = Vec::new();
    for a in args {
        match a {
            Arg::Obj(o) => {
                raw.push(*o as usize as u64);
                if !o.is_null() {
                    objs.push(*o);
                }
            }
            Arg::Val(v) => raw.push(*v),
            Arg::Fresh(e) => {
                let o = eval_str(e);
                fresh.push(o);
                objs.push(o);
                raw.push(o as usize as u64);
            }
            Arg::Slot(o) => {
                if !o.is_null() {
                    Py_IncRef(*o);
                    objs.push(*o);
                }
                let mut b = Box::new(*o);
                raw.push(&mut *b as *mut *mut PyObject as usize as u64);
                slots.push(b);
            }
            Arg::Out => {
                let mut b = Box::new(std::ptr::null_mut());
                raw.push(&mut *b as *mut *mut PyObject as usize as u64);
                outs.push(b);
            }
            Arg::Buf(n) => {
                let mut b = vec![0u8; *n];
                raw.push(b.as_mut_ptr() as usize as u64);
                bufs.push(b);
            }
            Arg::Bytes(init) => {
                let mut b = init.to_vec();
                raw.push(b.as_mut_ptr() as usize as u64);
                bufs.push(b);
            }
            Arg::RefcntPlus(k) => {
                let o = raw[0] as usize as *mut PyObject;
                raw.push((difftest_refcnt(o) + 1 + k) as u64);
            }
            Arg::Str(s) => raw.push(s.as_ptr() as usize as u64),
        }
    }
    // A reference of our own on each object, so that a DECREF cannot free it.
    for &o in &objs {
        Py_IncRef(o);
    }
    let old_type = if f.name == "Py_SET_TYPE" {
        (*(raw[0] as usize as *mut PyObject)).ob_type
    } else {
        std::ptr::null_mut()
    };
    // SET_ITEM steals a reference to its value: give it one.
    if f.name.ends_with("SET_ITEM") {
        Py_IncRef(raw[2] as usize as *mut PyObject);
    }
    let before: Vec<isize> = objs.iter().map(|&o| difftest_refcnt(o)).collect();
    let r = if rust { (f.rust)(&raw) } else { (f.c)(&raw) };
    let exc_t = PyErr_Occurred();
    let exc = if exc_t.is_null() {
        String::new()
    } else {
        Py_IncRef(exc_t);
        PyErr_Clear();
        let s = describe(exc_t);
        Py_DecRef(exc_t);
        s
    };
    let ret = if f.ret == "*mut PyObject" && r != 0 {
        let o = r as usize as *mut PyObject;
        if let Some(i) = raw.iter().position(|&a| a == r) {
            format!("argument {i}")
        } else if corpus_objs.contains(&o) || borrowed(f.name) {
            format!("{o:p}")
        } else {
            let d = describe(o);
            Py_DecRef(o);
            format!("new {d}")
        }
    } else if f.ret == "f64" {
        let d = f64::from_bits(r);
        if d.is_nan() {
            "NaN".into()
        } else {
            format!("{d:?} ({r:#x})")
        }
    } else if TRUTH_ONLY.contains(&f.name) {
        // C promises only zero or not: glibc's isinf gives -1 for -inf, others 1.
        format!("{}", r as u32 != 0)
    } else {
        format!("{r:#x}")
    };
    // Out-parameters: what they received, then released.
    let mut out_seen = Vec::new();
    for o in &outs {
        let p = **o;
        out_seen.push(if p.is_null() {
            "NULL".to_string()
        } else {
            let d = if objs.contains(&p) || corpus_objs.contains(&p) {
                format!("{p:p}")
            } else {
                format!("new {}", describe(p))
            };
            Py_DecRef(p);
            d
        });
    }
    // Counted after a new result is released: what the call left on each argument.
    let after_rc: Vec<isize> = objs.iter().map(|&o| difftest_refcnt(o)).collect();
    let deltas: Vec<isize> = after_rc.iter().zip(&before).map(|(a, b)| a - b).collect();
    let mut after = Vec::new();
    for &o in &fresh {
        after.push(describe(o));
    }
    for s in &slots {
        after.push(match **s {
            p if p.is_null() => "NULL".into(),
            p if objs.contains(&p) => "the object".into(),
            p => describe(p),
        });
    }
    for b in &bufs {
        after.push(format!("{b:?}"));
    }
    after.extend(out_seen);
    if !old_type.is_null() {
        (*(raw[0] as usize as *mut PyObject)).ob_type = old_type;
    }
    // Undo what the call did to the counts, then drop our references.
    for (&o, &d) in objs.iter().zip(&deltas) {
        for _ in 0..d.max(0) {
            Py_DecRef(o);
        }
        for _ in 0..(-d).max(0) {
            Py_IncRef(o);
        }
    }
    for &o in &objs {
        Py_DecRef(o);
    }
    for s in &slots {
        if !s.is_null() {
            Py_DecRef(**s);
        }
    }
    for &o in &fresh {
        Py_DecRef(o);
    }
    Outcome {
        ret,
        deltas,
        exc,
        after,
    }
}

fn matches(name: &str, pat: &str) -> bool {
    match pat.strip_suffix('*') {
        Some(p) => name.starts_with(p),
        None => match pat.strip_prefix('*') {
            Some(s) => name.ends_with(s),
            None => name == pat,
        },
    }
}

/// The inputs a function's C contract allows, by its name; `None`: no rule.
fn rule(f: &Func, c: &[Obj]) -> Option<Vec<Case>> {
    let one = |pred: &dyn Fn(&Obj) -> bool| -> Vec<Case> {
        c.iter()
            .filter(|o| pred(o))
            .map(|o| (o.label.clone(), vec![Arg::Obj(o.o)]))
            .collect()
    };
    let indexed = |pred: &dyn Fn(&Obj) -> bool| -> Vec<Case> {
        let mut v = Vec::new();
        for o in c.iter().filter(|o| pred(o) && o.len > 0) {
            for i in [0, o.len / 2, o.len - 1]
                .into_iter()
                .collect::<BTreeSet<_>>()
            {
                v.push((
                    format!("{}[{i}]", o.label),
                    vec![Arg::Obj(o.o), Arg::Val(i as u64)],
                ));
            }
        }
        v
    };
    let n = f.name;
    let p = f.params;
    let obj1 = p == ["*mut PyObject"];
    let any = |_: &Obj| true;
    let cases: Vec<Case> = if obj1
        && (n.ends_with("_Check")
            || n.ends_with("_CheckExact")
            || n.contains("Check")
            || matches!(
                n,
                "Py_IsNone"
                    | "Py_IsTrue"
                    | "Py_IsFalse"
                    | "Py_TYPE"
                    | "Py_REFCNT"
                    | "PyObject_IS_GC"
                    | "_Py_IsImmortal"
                    | "_Py_IsOwnedByCurrentThread"
                    | "PyVectorcall_Function"
                    | "Py_INCREF"
                    | "Py_DECREF"
                    | "Py_NewRef"
                    | "_Py_NewRef"
            )) {
        one(&any)
    } else if obj1
        && matches!(
            n,
            "Py_XINCREF" | "Py_XDECREF" | "Py_XNewRef" | "_Py_XNewRef"
        )
    {
        let mut v = one(&any);
        v.push(("NULL".into(), vec![Arg::Obj(std::ptr::null_mut())]));
        v
    } else if n == "Py_CLEAR" {
        let mut v: Vec<Case> = c
            .iter()
            .map(|o| (o.label.clone(), vec![Arg::Slot(o.o)]))
            .collect();
        v.push(("NULL slot".into(), vec![Arg::Slot(std::ptr::null_mut())]));
        v
    } else if n == "Py_SIZE" {
        one(&|o| {
            ["tuple", "list", "bytes", "bytearray"]
                .iter()
                .any(|t| o.is(t))
        })
    } else if n == "Py_Is" {
        let mut v = Vec::new();
        for a in c.iter().step_by(3) {
            for b in c.iter().step_by(7) {
                v.push((
                    format!("{} is {}", a.label, b.label),
                    vec![Arg::Obj(a.o), Arg::Obj(b.o)],
                ));
            }
            v.push((
                format!("{0} is {0}", a.label),
                vec![Arg::Obj(a.o), Arg::Obj(a.o)],
            ));
        }
        v
    } else if matches!(n, "Py_IS_TYPE" | "PyObject_TypeCheck") {
        let types: Vec<&Obj> = c.iter().filter(|o| o.is("type")).collect();
        let mut v = Vec::new();
        for a in c {
            for t in &types {
                v.push((
                    format!("{} / {}", a.label, t.label),
                    vec![Arg::Obj(a.o), Arg::Obj(t.o)],
                ));
            }
            let ty = unsafe { Py_TYPE(a.o) };
            v.push((
                format!("{} / its type", a.label),
                vec![Arg::Obj(a.o), Arg::Obj(ty.cast())],
            ));
        }
        v
    } else if matches!(n, "PyType_HasFeature" | "PyType_FastSubclass") {
        let mut v = Vec::new();
        for t in c.iter().filter(|o| o.is("type")) {
            for bit in 0..64u32 {
                let flag = 1u64 << bit;
                if std::mem::size_of::<std::ffi::c_ulong>() == 4 && bit >= 32 {
                    continue;
                }
                v.push((
                    format!("{} flag 1<<{bit}", t.label),
                    vec![Arg::Obj(t.o), Arg::Val(flag)],
                ));
            }
        }
        v
    } else if matches!(n, "PyType_IS_GC" | "PyType_SUPPORTS_WEAKREFS") {
        one(&|o| o.is("type"))
    } else if n == "PyExceptionClass_Name" {
        one(&|o| o.is("excclass"))
    } else if n == "PyExceptionInstance_Class" {
        one(&|o| o.is("exc"))
    } else if n == "PyObject_GET_WEAKREFS_LISTPTR" {
        one(&|o| o.is("weakrefable"))
    } else if matches!(n, "PyTuple_GET_SIZE") {
        one(&|o| o.is("tuple"))
    } else if n == "PyTuple_GET_ITEM" {
        indexed(&|o| o.is("tuple"))
    } else if n == "PyList_GET_SIZE" {
        one(&|o| o.is("list"))
    } else if n == "PyList_GET_ITEM" || n == "PyList_GetItemRef" {
        indexed(&|o| o.is("list"))
    } else if n == "PyStructSequence_GET_ITEM" {
        indexed(&|o| o.is("structseq"))
    } else if matches!(n, "PySequence_Fast_GET_SIZE") {
        one(&|o| o.is("list") || o.is("tuple"))
    } else if n == "PySequence_Fast_GET_ITEM" {
        indexed(&|o| o.is("list") || o.is("tuple"))
    } else if n == "PySequence_ITEM" {
        indexed(&|o| o.is("list") || o.is("tuple") || o.is("str") || o.label == "range")
    } else if matches!(n, "PyTuple_SET_ITEM" | "PyList_SET_ITEM") {
        let e: &'static CStr = if n.starts_with("PyTuple") {
            c"(None, None, None).__class__((1, 2, 3))"
        } else {
            c"[1, 2, 3]"
        };
        let _ = e;
        let e: &'static CStr = if n.starts_with("PyTuple") {
            c"tuple([7, 8, 9])"
        } else {
            c"list([7, 8, 9])"
        };
        let mut v = Vec::new();
        for o in c.iter().step_by(5) {
            for i in 0..3u64 {
                // The item's old value is overwritten: take a reference the slot gives up.
                v.push((
                    format!("[{i}] = {}", o.label),
                    vec![Arg::Fresh(e), Arg::Val(i), Arg::Slot(o.o)],
                ));
            }
        }
        // The Slot's pointer is the value: pass it through `stolen` below.
        return Some(v.into_iter().map(|(l, a)| (l, steal(a))).collect());
    } else if matches!(n, "PyBytes_GET_SIZE" | "PyBytes_AS_STRING") {
        one(&|o| o.is("bytes"))
    } else if matches!(n, "PyByteArray_GET_SIZE" | "PyByteArray_AS_STRING") {
        one(&|o| o.is("bytearray"))
    } else if n == "PyFloat_AS_DOUBLE" {
        one(&|o| o.is("float"))
    } else if matches!(n, "PyLong_AS_LONG" | "PyLong_AsPid") {
        one(&|o| o.is("int"))
    } else if n == "PyLong_FromPid" {
        [0i64, 1, -1, i32::MAX as i64, i32::MIN as i64]
            .iter()
            .map(|&v| (format!("{v}"), vec![Arg::Val(v as u64)]))
            .collect()
    } else if n == "PyDict_GET_SIZE" {
        one(&|o| o.is("dict"))
    } else if n == "PySet_GET_SIZE" {
        one(&|o| o.is("set") || o.is("frozenset"))
    } else if matches!(n, "PyMemoryView_GET_BASE") {
        one(&|o| o.is("memoryview"))
    } else if n.starts_with("PyCFunction_GET_") {
        one(&|o| o.is("cfunc"))
    } else if n == "PyUnicode_READ_CHAR" {
        indexed(&|o| o.is("str"))
    } else if n == "PyUnicode_1BYTE_DATA" {
        one(&|o| o.is("kind1"))
    } else if n == "PyUnicode_2BYTE_DATA" {
        one(&|o| o.is("kind2"))
    } else if n == "PyUnicode_4BYTE_DATA" {
        one(&|o| o.is("kind4"))
    } else if n.starts_with("PyUnicode_") && obj1 {
        one(&|o| o.is("str"))
    } else if n == "PyUnstable_Unicode_GET_CACHED_HASH" {
        one(&|o| o.is("str"))
    } else if n == "PyUnicode_READ" {
        // kind, data, index from the strings themselves, through C's own macros.
        let kind = FUNCS.iter().find(|g| g.name == "PyUnicode_KIND")?;
        let data = FUNCS.iter().find(|g| g.name == "PyUnicode_DATA")?;
        let mut v = Vec::new();
        for o in c.iter().filter(|o| o.is("str") && o.len > 0) {
            let k = unsafe { (kind.c)(&[o.o as usize as u64]) } & 0xffff_ffff;
            let d = unsafe { (data.c)(&[o.o as usize as u64]) };
            for i in [0, o.len - 1] {
                v.push((
                    format!("{}[{i}]", o.label),
                    vec![Arg::Val(k), Arg::Val(d), Arg::Val(i as u64)],
                ));
            }
        }
        v
    } else if n == "PyUnicode_WRITE" {
        let mut v = Vec::new();
        for (kind, vals) in [
            (1u64, &[0u32, 0x41, 0xff][..]),
            (2, &[0, 0x100, 0xffff][..]),
            (4, &[0, 0x1f600, 0x10ffff][..]),
        ] {
            for &val in vals {
                for i in [0u64, 3] {
                    v.push((
                        format!("kind {kind} [{i}] = {val:#x}"),
                        vec![
                            Arg::Val(kind),
                            Arg::Buf(16),
                            Arg::Val(i),
                            Arg::Val(val as u64),
                        ],
                    ));
                }
            }
        }
        v
    } else if matches!(n, "Py_UNICODE_ISSPACE" | "Py_UNICODE_ISALNUM") {
        [
            0u32, 9, 10, 0x1c, 0x20, 0x30, 0x41, 0x7f, 0x85, 0xa0, 0xe9, 0x1680, 0x2028, 0x3000,
            0x4e00, 0x1f600, 0x10ffff,
        ]
        .iter()
        .map(|&ch| (format!("{ch:#x}"), vec![Arg::Val(ch as u64)]))
        .collect()
    } else if n == "PyDescr_IsData" {
        one(&any)
    } else if n == "Py_UNICODE_COPY" {
        // wchar_t is 32 bits where the tests run; the source outlives both calls.
        static SRC: [u32; 4] = [0x41, 0xe9, 0x1f600, 0x10ffff];
        (0..=4u64)
            .map(|k| {
                (
                    format!("{k} units"),
                    vec![
                        Arg::Buf(16),
                        Arg::Val(SRC.as_ptr() as usize as u64),
                        Arg::Val(k),
                    ],
                )
            })
            .collect()
    } else if matches!(n, "Py_UNICODE_strlen" | "Py_UNICODE_strcmp") {
        // PyPy 3.9's inline forms, over NUL-terminated wchar_t strings that outlive the calls.
        static WORDS: [[u32; 4]; 4] = [
            [0; 4],
            [0x41, 0, 0, 0],
            [0x41, 0x42, 0, 0],
            [0x41, 0x1f600, 0x43, 0],
        ];
        let ptr = |w: &[u32; 4]| Arg::Val(w.as_ptr() as usize as u64);
        let mut v = Vec::new();
        for (i, a) in WORDS.iter().enumerate() {
            if n == "Py_UNICODE_strlen" {
                v.push((format!("string {i}"), vec![ptr(a)]));
                continue;
            }
            for (j, b) in WORDS.iter().enumerate() {
                v.push((format!("strings {i} and {j}"), vec![ptr(a), ptr(b)]));
            }
        }
        v
    } else if n == "Py_UNICODE_FILL" {
        let mut v = Vec::new();
        for val in [0u64, 0x41, 0x1f600] {
            for k in [0u64, 1, 4] {
                v.push((
                    format!("{val:#x} x {k}"),
                    vec![Arg::Buf(16), Arg::Val(val), Arg::Val(k)],
                ));
            }
        }
        v
    } else if n == "Py_EnterRecursiveCall" {
        // One level deeper on each side, far below the limit: 0 and no exception.
        vec![("depth + 1".into(), vec![Arg::Str(c" in difftest")])]
    } else if n == "Py_LeaveRecursiveCall" {
        vec![("depth - 1".into(), vec![])]
    } else if n == "PyFunction_AS_FRAME_CONSTRUCTOR" {
        one(&|o| o.label == "function" || o.label == "lambda")
    } else if n == "PyCell_GET" {
        one(&|o| o.is("cell"))
    } else if matches!(n, "PyMethod_GET_FUNCTION" | "PyMethod_GET_SELF") {
        one(&|o| o.is("method"))
    } else if matches!(n, "PyDescr_TYPE" | "PyDescr_NAME") {
        one(&|o| o.is("descr"))
    } else if matches!(n, "PyODict_SIZE" | "PyODict_Size") {
        one(&|o| o.is("odict"))
    } else if matches!(
        n,
        "PyODict_GetItem" | "PyODict_GetItemWithError" | "PyODict_Contains"
    ) {
        let keys: Vec<&Obj> = c
            .iter()
            .filter(|k| matches!(k.label.as_str(), "str ascii" | "str 1 char" | "int 1"))
            .collect();
        let mut v = Vec::new();
        for o in c.iter().filter(|o| o.is("odict")) {
            for k in &keys {
                v.push((
                    format!("{}, {}", o.label, k.label),
                    vec![Arg::Obj(o.o), Arg::Obj(k.o)],
                ));
            }
        }
        v
    } else if n == "PyWeakref_GET_OBJECT" {
        one(&|o| o.label == "weakref")
    } else if matches!(n, "Py_CHARMASK" | "Py_TOLOWER" | "Py_TOUPPER") {
        (-128i64..=255)
            .map(|b| (format!("{b}"), vec![Arg::Val(b as u64)]))
            .collect()
    } else if matches!(n, "Py_IS_NAN" | "Py_IS_INFINITY" | "Py_IS_FINITE") {
        [
            0.0,
            -0.0,
            1.5,
            5e-324,
            f64::MAX,
            f64::NAN,
            -f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ]
        .iter()
        .map(|x: &f64| (format!("{x:?}"), vec![Arg::Val(x.to_bits())]))
        .collect()
    } else if n == "Py_UNICODE_JOIN_SURROGATES" {
        let mut v = Vec::new();
        for hi in [0xd800u64, 0xd83d, 0xdbff] {
            for lo in [0xdc00u64, 0xde00, 0xdfff] {
                v.push((format!("{hi:#x},{lo:#x}"), vec![Arg::Val(hi), Arg::Val(lo)]));
            }
        }
        v
    } else if matches!(n, "Py_UNICODE_HIGH_SURROGATE" | "Py_UNICODE_LOW_SURROGATE") {
        [0x10000u64, 0x1f600, 0x10ffff]
            .iter()
            .map(|&ch| (format!("{ch:#x}"), vec![Arg::Val(ch)]))
            .collect()
    } else if n.starts_with("Py_UNICODE_IS_") {
        [
            0u64, 0x41, 0xd7ff, 0xd800, 0xdbff, 0xdc00, 0xdfff, 0xe000, 0x10ffff,
        ]
        .iter()
        .map(|&ch| (format!("{ch:#x}"), vec![Arg::Val(ch)]))
        .collect()
    } else if n.starts_with("PyFunction_GET_") || n == "_PyFunction_CAST" {
        one(&|o| o.label == "function" || o.label == "lambda")
    } else if n == "PyVectorcall_NARGS" {
        let off = 1u64 << 63;
        [0u64, 1, 5, off, off | 3, usize::MAX as u64 >> 1]
            .iter()
            .map(|&a| (format!("{a:#x}"), vec![Arg::Val(a)]))
            .collect()
    } else if n == "Py_SET_REFCNT" {
        let mut v = vec![
            (
                "fresh float +0".into(),
                vec![Arg::Fresh(c"float('1.5')"), Arg::RefcntPlus(0)],
            ),
            (
                "fresh float +3".into(),
                vec![Arg::Fresh(c"float('1.5')"), Arg::RefcntPlus(3)],
            ),
        ];
        for o in c
            .iter()
            .filter(|o| o.label == "None" || o.label == "int 0" || o.label == "str ascii")
        {
            v.push((
                format!("{} +2", o.label),
                vec![Arg::Obj(o.o), Arg::RefcntPlus(2)],
            ));
        }
        v
    } else if n == "Py_SET_SIZE" && cfg!(PyPy) {
        return None;
    } else if n == "Py_SET_SIZE" {
        (0..3u64)
            .map(|s| {
                (
                    format!("list of 3 to {s}"),
                    vec![Arg::Fresh(c"[1, 2, 3]"), Arg::Val(s)],
                )
            })
            .collect()
    } else if n == "Py_SET_TYPE" {
        let other = c.iter().find(|o| o.label == "type Slotted")?;
        let _ = other;
        let other = unsafe { eval_str(c"type('Other', (), {})") };
        vec![(
            "instance to another class".into(),
            vec![Arg::Fresh(c"type('Mine', (), {})()"), Arg::Obj(other)],
        )]
    } else if matches!(
        n,
        "Py_None"
            | "Py_True"
            | "Py_False"
            | "Py_Ellipsis"
            | "Py_NotImplemented"
            | "PyThreadState_GET"
            | "PyThreadState_GetUnchecked"
            | "_Py_ThreadId"
            | "PyErr_BadInternalCall"
    ) {
        vec![("()".into(), vec![])]
    } else if matches!(n, "PyObject_CallNoArgs") {
        one(&|o| {
            [
                "builtin len",
                "type int",
                "function",
                "lambda",
                "type Plain",
                "instance Plain",
                "int 0",
            ]
            .contains(&o.label.as_str())
        })
    } else if matches!(n, "PyObject_CallOneArg") {
        let mut v = Vec::new();
        for func in c.iter().filter(|o| {
            ["builtin len", "type int", "function", "int 0", "type type"]
                .contains(&o.label.as_str())
        }) {
            for a in c.iter().step_by(4) {
                v.push((
                    format!("{}({})", func.label, a.label),
                    vec![Arg::Obj(func.o), Arg::Obj(a.o)],
                ));
            }
        }
        v
    } else if n == "PyObject_CallMethodNoArgs" {
        let names = [c"__len__", c"__repr__", c"no_such", c"copy"];
        let mut v = Vec::new();
        for o in c.iter().step_by(2) {
            for nm in names {
                let s = unsafe { PyUnicode_InternFromString(nm.as_ptr()) };
                v.push((
                    format!("{}.{nm:?}()", o.label),
                    vec![Arg::Obj(o.o), Arg::Obj(s)],
                ));
            }
        }
        v
    } else if n == "PyObject_CallMethodOneArg" {
        let mut v = Vec::new();
        for o in c.iter().step_by(2) {
            for nm in [c"__contains__", c"index", c"__eq__"] {
                let s = unsafe { PyUnicode_InternFromString(nm.as_ptr()) };
                v.push((
                    format!("{}.{nm:?}(1)", o.label),
                    vec![Arg::Obj(o.o), Arg::Obj(s), Arg::Obj(c[6].o)],
                ));
            }
        }
        v
    } else if n == "PyObject_HasAttrWithError" {
        let mut v = Vec::new();
        for o in c.iter().step_by(2) {
            for nm in [c"__class__", c"append", c"nope"] {
                let s = unsafe { PyUnicode_InternFromString(nm.as_ptr()) };
                v.push((
                    format!("{}.{nm:?}", o.label),
                    vec![Arg::Obj(o.o), Arg::Obj(s)],
                ));
            }
        }
        v
    } else if n == "Py_HashBuffer" {
        c.iter()
            .filter(|o| o.is("bytes"))
            .map(|o| {
                let p = unsafe { PyBytes_AsString(o.o) };
                (
                    o.label.clone(),
                    vec![Arg::Val(p as usize as u64), Arg::Val(o.len as u64)],
                )
            })
            .collect()
    } else if n.starts_with("PyDateTime_GET_") {
        one(&|o| o.is("date"))
    } else if n.starts_with("PyDateTime_DATE_GET_") {
        one(&|o| o.is("datetime"))
    } else if n.starts_with("PyDateTime_TIME_GET_") {
        one(&|o| o.is("time"))
    } else if n.starts_with("PyDateTime_DELTA_GET_") {
        one(&|o| o.is("delta"))
    } else if n == "PyDate_FromDate" {
        [
            (2024i64, 2, 29),
            (2023, 2, 29),
            (1, 1, 1),
            (9999, 12, 31),
            (0, 1, 1),
            (2024, 13, 1),
        ]
        .iter()
        .map(|&(y, m, d)| {
            (
                format!("{y}-{m}-{d}"),
                vec![Arg::Val(y as u64), Arg::Val(m), Arg::Val(d)],
            )
        })
        .collect()
    } else if n == "PyDelta_FromDSU" {
        [
            (0i64, 0i64, 0i64),
            (-1, 5, 7),
            (999999999, 86399, 999999),
            (1000000000, 0, 0),
            (0, -1, -1),
        ]
        .iter()
        .map(|&(d, s, u)| {
            (
                format!("{d},{s},{u}"),
                vec![Arg::Val(d as u64), Arg::Val(s as u64), Arg::Val(u as u64)],
            )
        })
        .collect()
    } else if matches!(n, "PyTime_FromTime" | "PyTime_FromTimeAndFold") {
        let mut v = Vec::new();
        for (h, m, s, u) in [
            (0i64, 0, 0, 0),
            (23, 59, 59, 999999),
            (24, 0, 0, 0),
            (1, 2, 3, -1),
        ] {
            let mut a = vec![
                Arg::Val(h as u64),
                Arg::Val(m),
                Arg::Val(s),
                Arg::Val(u as u64),
            ];
            if n.ends_with("Fold") {
                a.push(Arg::Val(1));
            }
            v.push((format!("{h}:{m}:{s}.{u}"), a));
        }
        v
    } else if matches!(n, "PyTimeZone_FromOffset" | "PyTimeZone_FromOffsetAndName") {
        let mut v = Vec::new();
        for o in c.iter().filter(|o| o.is("delta")) {
            let mut a = vec![Arg::Obj(o.o)];
            if n.ends_with("Name") {
                a.push(Arg::Obj(
                    c.iter().find(|o| o.label == "str ascii").unwrap().o,
                ));
            }
            v.push((o.label.clone(), a));
        }
        v
    } else if n == "PyDateTime_FromDateAndTime" || n == "PyDateTime_FromDateAndTimeAndFold" {
        let mut a: Vec<Arg> = [2024u64, 2, 29, 23, 59, 58, 999999]
            .iter()
            .map(|&x| Arg::Val(x))
            .collect();
        if n.ends_with("Fold") {
            a.push(Arg::Val(1));
        }
        vec![("2024-02-29 23:59:58.999999".into(), a)]
    } else if n == "PyErr_BadInternalCall" {
        vec![("()".into(), vec![])]
    } else if n == "PyDict_GetItemRef" {
        let keys = [c"a", c"zz"].map(|k| unsafe { PyUnicode_InternFromString(k.as_ptr()) });
        let mut v = Vec::new();
        for d in c.iter().filter(|o| o.is("dict")) {
            for (k, kl) in keys.iter().zip(["'a'", "'zz'"]) {
                v.push((
                    format!("{}[{kl}]", d.label),
                    vec![Arg::Obj(d.o), Arg::Obj(*k), Arg::Out],
                ));
            }
            // An unhashable key: TypeError.
            let l = c.iter().find(|o| o.label == "list 3").unwrap();
            v.push((
                format!("{}[list]", d.label),
                vec![Arg::Obj(d.o), Arg::Obj(l.o), Arg::Out],
            ));
        }
        v
    } else if n == "PyDict_SetDefaultRef" {
        let keys = [c"a", c"zz"].map(|k| unsafe { PyUnicode_InternFromString(k.as_ptr()) });
        let dflt = c.iter().find(|o| o.label == "str ascii").unwrap().o;
        keys.iter()
            .zip(["'a'", "'zz'"])
            .map(|(k, kl)| {
                (
                    format!("{{'a': 1}}.setdefault({kl})"),
                    vec![
                        Arg::Fresh(c"{'a': 1}"),
                        Arg::Obj(*k),
                        Arg::Obj(dflt),
                        Arg::Out,
                    ],
                )
            })
            .collect()
    } else if n == "PyWeakref_GetRef" {
        one(&|o| o.label == "weakref" || o.label == "weakproxy")
            .into_iter()
            .map(|(l, mut a)| {
                a.push(Arg::Out);
                (l, a)
            })
            .collect()
    } else if n == "PyIter_NextItem" {
        [
            c"iter([1, 2])",
            c"iter([])",
            c"iter(())",
            c"(x for x in [5])",
            c"iter(int, 0)",
        ]
        .iter()
        .map(|e| (format!("{e:?}"), vec![Arg::Fresh(e), Arg::Out]))
        .chain(std::iter::once((
            "not an iterator (int)".into(),
            vec![Arg::Obj(c[6].o), Arg::Out],
        )))
        .collect()
    } else if n == "PyObject_GetOptionalAttr" {
        let mut v = Vec::new();
        for o in c.iter().step_by(2) {
            for nm in [c"__class__", c"append", c"nope", c"real"] {
                let s = unsafe { PyUnicode_InternFromString(nm.as_ptr()) };
                v.push((
                    format!("{}.{nm:?}", o.label),
                    vec![Arg::Obj(o.o), Arg::Obj(s), Arg::Out],
                ));
            }
        }
        v
    } else if n == "PySlice_GetIndicesEx" {
        let mut v = Vec::new();
        for s in c.iter().filter(|o| o.label.starts_with("slice")) {
            for len in [0u64, 1, 5, 100, isize::MAX as u64] {
                v.push((
                    format!("{} len {len}", s.label),
                    vec![
                        Arg::Obj(s.o),
                        Arg::Val(len),
                        Arg::Buf(8),
                        Arg::Buf(8),
                        Arg::Buf(8),
                        Arg::Buf(8),
                    ],
                ));
            }
        }
        v
    } else if matches!(
        n,
        "PyCode_GetNumFree" | "PyCode_GetFirstFree" | "PyUnstable_Code_GetFirstFree"
    ) {
        one(&|o| o.is("code"))
    } else if n.starts_with("PyMonitoring_Fire") {
        // A PyMonitoringState {active, opaque}: inactive returns 0 without a call; active
        // (tool 0, which has no callbacks) calls the export, which rejects a negative
        // offset with ValueError.
        let code = c.iter().find(|o| o.label == "code")?;
        let extra = c.iter().find(|o| o.label == "int 1")?;
        let mut v = Vec::new();
        for (sl, state) in [("inactive", &[0u8, 0][..]), ("active", &[1u8, 0][..])] {
            for off in [0i32, 7, -1] {
                let mut a = vec![
                    Arg::Bytes(state),
                    Arg::Obj(code.o),
                    Arg::Val(off as i64 as u64),
                ];
                for t in &p[3..] {
                    a.push(if *t == "*mut PyObject" {
                        Arg::Obj(extra.o)
                    } else {
                        Arg::Val(3)
                    });
                }
                v.push((format!("{sl}, offset {off}"), a));
            }
        }
        v
    } else if matches!(n, "PyOS_stricmp" | "PyOS_strnicmp") {
        let strs: [&'static CStr; 5] = [c"", c"abc", c"ABC", c"abd", c"ab"];
        let mut v = Vec::new();
        for a in strs {
            for b in strs {
                let mut args = vec![Arg::Str(a), Arg::Str(b)];
                if n == "PyOS_strnicmp" {
                    for k in [0u64, 2, 3] {
                        let mut x = args.clone();
                        x.push(Arg::Val(k));
                        v.push((format!("{a:?}, {b:?}, {k}"), x));
                    }
                    continue;
                }
                v.push((format!("{a:?}, {b:?}"), std::mem::take(&mut args)));
            }
        }
        v
    } else if n == "Py_PACK_VERSION" {
        [
            (3i64, 14i64),
            (3, 15),
            (0, 0),
            (255, 255),
            (256, 1),
            (-1, 3),
        ]
        .iter()
        .map(|&(x, y)| {
            (
                format!("{x}.{y}"),
                vec![Arg::Val(x as u64), Arg::Val(y as u64)],
            )
        })
        .collect()
    } else if n == "Py_PACK_FULL_VERSION" {
        [
            (3i64, 14i64, 0i64, 0xf_i64, 0i64),
            (3, 15, 2, 0xa, 1),
            (255, 255, 255, 15, 15),
            (256, 300, -1, 16, 17),
        ]
        .iter()
        .map(|&(x, y, z, l, s)| {
            (
                format!("{x}.{y}.{z} {l:#x} {s}"),
                [x, y, z, l, s]
                    .iter()
                    .map(|&a| Arg::Val(a as u64))
                    .collect(),
            )
        })
        .collect()
    } else if n == "PyImport_AddModuleRef" {
        vec![("sys".into(), vec![Arg::Str(c"sys")])]
    } else {
        return None;
    };
    Some(cases)
}

/// SET_ITEM steals its value: the slot's reference goes to the container, so pass the
/// object itself with a reference of its own taken in `run_side` (the Slot's).
fn steal(args: Vec<Arg>) -> Vec<Arg> {
    args.into_iter()
        .map(|a| match a {
            Arg::Slot(o) => Arg::Obj(o),
            other => other,
        })
        .collect()
}

/// Embeds the interpreter and compares; PyPy, which cannot embed, runs `compare` from the
/// extension module of `difftest/pypy.rs` instead (`difftest/run.sh` picks).
#[allow(dead_code)]
fn main() {
    #[cfg(PyPy)]
    {
        eprintln!(
            "error: PyPy cannot embed: run difftest/run.sh, which loads difftest/pypy.rs's module"
        );
        std::process::exit(2);
    }
    #[cfg(not(PyPy))]
    unsafe {
        Py_InitializeEx(0);
        std::process::exit(compare());
    }
}

/// Compares every shimmed function on its inputs in the running interpreter, printing
/// the mismatches and a summary line; 1 when any mismatch or missing rule, else 0.
pub fn compare() -> i32 {
    let verbose = std::env::var_os("DIFFTEST_VERBOSE").is_some();
    unsafe {
        assert_eq!(
            difftest_init(),
            1,
            "the shims could not import the datetime capsule"
        );
        #[cfg(not(Py_LIMITED_API))]
        {
            PyDateTime_IMPORT();
            assert!(!PyDateTimeAPI().is_null());
        }
        let g = PyDict_New();
        PyDict_SetItemString(g, c"__builtins__".as_ptr(), PyEval_GetBuiltins());
        let code = CString::new(CORPUS).unwrap();
        Py_DecRef(run(&code, Py_file_input, g));
        let list = PyDict_GetItemString(g, c"corpus".as_ptr());
        let mut corpus = Vec::new();
        for i in 0..PyList_Size(list) {
            let t = PyList_GetItem(list, i);
            let label = text(PyTuple_GetItem(t, 0));
            let o = PyTuple_GetItem(t, 1);
            let tags = text(PyTuple_GetItem(t, 2))
                .split(' ')
                .filter(|s| !s.is_empty())
                .map(String::from)
                .collect();
            let len = PyLong_AsSsize_t(PyTuple_GetItem(t, 3));
            corpus.push(Obj {
                label,
                o,
                tags,
                len,
            });
        }
        let corpus_objs: Vec<*mut PyObject> = corpus.iter().map(|o| o.o).collect();

        // The comparison must see a difference where there is one: pyffi's PyTuple_Check
        // against C's PyList_Check, and pyffi's Py_INCREF against C's Py_DECREF.
        for (x, y) in [
            ("PyTuple_Check", "PyList_Check"),
            ("Py_INCREF", "Py_DECREF"),
        ] {
            let fx = FUNCS.iter().find(|f| f.name == x).expect(x);
            let fy = FUNCS.iter().find(|f| f.name == y).expect(y);
            let wrong = Func { c: fy.c, ..*fx };
            let mortal = corpus.iter().find(|o| o.label == "instance Plain").unwrap();
            let t = corpus.iter().find(|o| o.label == "tuple 3").unwrap();
            let o = if x == "PyTuple_Check" { t } else { mortal };
            let a = run_side(&wrong, &[Arg::Obj(o.o)], &corpus_objs, true);
            let b = run_side(&wrong, &[Arg::Obj(o.o)], &corpus_objs, false);
            assert_ne!(
                a, b,
                "self-test: pyffi's {x} and C's {y} compared equal on {}",
                o.label
            );
        }

        let (mut cases, mut mismatches, mut driven) = (0usize, 0usize, 0usize);
        let mut floor_differs = 0usize;
        let mut undriven = Vec::new();
        let mut no_rule = Vec::new();
        for f in FUNCS {
            let Some(list) = rule(f, &corpus) else {
                match NOT_DRIVEN
                    .iter()
                    .find(|(p, _)| matches(f.name, &format!("{p}*")) || f.name == *p)
                {
                    Some((_, why)) => undriven.push(format!("{} ({why})", f.name)),
                    None => no_rule.push(f.name),
                }
                continue;
            };
            if list.is_empty() {
                no_rule.push(f.name);
                continue;
            }
            driven += 1;
            // Calls into Python fill caches (the type's method cache keeps the name): a
            // first call warms them, and the counts of shared objects the callee may
            // touch (None, small ints) are not compared.
            let calls = f.name.contains("Call") || f.name.contains("HasAttr");
            for (label, args) in &list {
                if calls {
                    run_side(f, args, &corpus_objs, false);
                }
                let mut a = run_side(f, args, &corpus_objs, true);
                let mut b = run_side(f, args, &corpus_objs, false);
                if calls {
                    a.deltas.clear();
                    b.deltas.clear();
                }
                cases += 1;
                if a != b && HEADERS_NEWER && FLOOR_DIFFERS.iter().any(|(n, _)| *n == f.name) {
                    floor_differs += 1;
                    println!("floor differs: {} on {label}: pyffi {a:?}, C {b:?}", f.name);
                } else if a != b {
                    mismatches += 1;
                    println!(
                        "MISMATCH {} on {label}:\n    pyffi: {a:?}\n    C:     {b:?}",
                        f.name
                    );
                }
            }
            if verbose {
                println!(
                    "{:<40} {:>5} cases  ({}, {})",
                    f.name,
                    list.len(),
                    f.c_kind,
                    f.file
                );
            }
        }
        for u in &undriven {
            println!("not driven: {u}");
        }
        for (n, why) in SKIPPED {
            println!("no shim: {n} ({why})");
        }
        println!(
            "difftest [{}]: {} functions shimmed ({} driven, {} not driven), {} without a C counterpart here, {} skipped; {cases} cases compared, {mismatches} mismatches{}",
            pyffi_difftest::CFGS,
            FUNCS.len(),
            driven,
            undriven.len(),
            NO_C.len(),
            SKIPPED.len(),
            if floor_differs > 0 {
                format!(" ({floor_differs} cases where the newer headers differ from the floor's, listed above)")
            } else {
                String::new()
            }
        );
        if !no_rule.is_empty() {
            println!("error: no input rule for {}: add one to difftest/tests/diff.rs's `rule` or `NOT_DRIVEN`", no_rule.join(", "));
        }
        i32::from(mismatches > 0 || !no_rule.is_empty())
    }
}
