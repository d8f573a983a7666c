//! Declarations of CPython's `Include/cpython/abstract.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
use core::ffi::c_void;
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API), not(PyPy)))]
use core::ffi::c_int;
#[cfg(not(Py_LIMITED_API))]
use crate::pyport::Py_ssize_t;
#[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
use crate::pybuffer::Py_buffer;
#[cfg(all(Py_3_9, not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
use crate::object::{PyCallable_Check, PyType_HasFeature, Py_TPFLAGS_HAVE_VECTORCALL};
#[cfg(all(Py_3_9, not(Py_LIMITED_API), not(PyPy)))]
use crate::object::vectorcallfunc;
#[cfg(not(Py_LIMITED_API))]
use crate::object::{PyObject, Py_TYPE};
#[cfg(all(Py_3_9, not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
use crate::tupleobject::PyTuple_Check;
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use crate::cpython::tupleobject::{PyTupleObject, PyTuple_GET_ITEM, PyTuple_GET_SIZE};
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use crate::listobject::PyList_Check;
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use crate::cpython::listobject::{PyListObject, PyList_GET_ITEM, PyList_GET_SIZE};
#[cfg(all(Py_3_9, not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
use crate::pystate::PyThreadState_Get;
#[cfg(all(Py_3_9, not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
use crate::cpython::pystate::PyThreadState;
#[cfg(all(Py_3_8, not(Py_LIMITED_API)))]
use crate::abstract_::PY_VECTORCALL_ARGUMENTS_OFFSET;
#[cfg(all(Py_3_9, not(Py_LIMITED_API), not(PyPy)))]
use crate::abstract_::PyObject_VectorcallMethod;
#[cfg(PyPy)]
use crate::pypy_decl::PyPySequence_ITEM;

// Private functions the 3.7–3.10 inline paths call (the generator does not declare
// private names).
#[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
extern "C" {
    fn _PyObject_NextNotImplemented(o: *mut PyObject) -> *mut PyObject;
}
#[cfg(all(Py_3_9, not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
extern "C" {
    fn _PyObject_MakeTpCall(
        tstate: *mut PyThreadState,
        callable: *mut PyObject,
        args: *const *mut PyObject,
        nargs: Py_ssize_t,
        keywords: *mut PyObject,
    ) -> *mut PyObject;
    fn _Py_CheckFunctionResult(
        tstate: *mut PyThreadState,
        callable: *mut PyObject,
        result: *mut PyObject,
        where_: *const ::core::ffi::c_char,
    ) -> *mut PyObject;
}

// `PyIter_Check` and `PyIndex_Check` are macros in 3.7. 3.8 also exports functions of
// the names (pyo3-ffi declares them), while its header keeps the macros, `PyIter_Check`'s
// until 3.10: there these are `extern "C"` functions, which have the export's type and
// inline as the macro does.

/// The type has a `tp_iternext` that is not the "not implemented" placeholder.
#[cfg(all(not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
#[inline(always)]
unsafe fn iter_check(obj: *mut PyObject) -> ::core::ffi::c_int {
    let not_implemented: unsafe extern "C" fn(*mut PyObject) -> *mut PyObject =
        _PyObject_NextNotImplemented;
    let next = (*Py_TYPE(obj)).tp_iternext.map(|f| f as usize);
    (next.is_some() && next != Some(not_implemented as usize)) as ::core::ffi::c_int
}

/// The type has `nb_index`.
#[cfg(all(not(Py_3_9), not(Py_LIMITED_API), not(PyPy)))]
#[inline(always)]
unsafe fn index_check(obj: *mut PyObject) -> ::core::ffi::c_int {
    let nb = (*Py_TYPE(obj)).tp_as_number;
    (!nb.is_null() && (*nb).nb_index.is_some()) as ::core::ffi::c_int
}

/// `PyIter_Check`: the object is an iterator.
#[cfg(all(not(Py_3_8), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyIter_Check`](https://docs.python.org/3/c-api/iter.html#c.PyIter_Check). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.8.
pub unsafe fn PyIter_Check(obj: *mut PyObject) -> ::core::ffi::c_int {
    iter_check(obj)
}

/// `PyIter_Check`: the object is an iterator.
#[cfg(all(Py_3_8, not(Py_3_10), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyIter_Check`](https://docs.python.org/3/c-api/iter.html#c.PyIter_Check). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.8.
pub unsafe extern "C" fn PyIter_Check(obj: *mut PyObject) -> ::core::ffi::c_int {
    iter_check(obj)
}

/// `PyIndex_Check`: the object can be an index (its type has `nb_index`).
#[cfg(all(not(Py_3_8), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyIndex_Check`](https://docs.python.org/3/c-api/number.html#c.PyIndex_Check). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.8.
pub unsafe fn PyIndex_Check(obj: *mut PyObject) -> ::core::ffi::c_int {
    index_check(obj)
}

/// `PyIndex_Check`: the object can be an index (its type has `nb_index`).
#[cfg(all(Py_3_8, not(Py_3_9), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyIndex_Check`](https://docs.python.org/3/c-api/number.html#c.PyIndex_Check). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.8.
pub unsafe extern "C" fn PyIndex_Check(obj: *mut PyObject) -> ::core::ffi::c_int {
    index_check(obj)
}

/// `PyObject_CheckBuffer` (a macro before 3.9, and in PyPy's abstract.h): the type has
/// `bf_getbuffer`.
#[cfg(all(any(not(Py_3_9), PyPy), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyObject_CheckBuffer`](https://docs.python.org/3/c-api/buffer.html#c.PyObject_CheckBuffer). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.11.
pub unsafe fn PyObject_CheckBuffer(obj: *mut PyObject) -> ::core::ffi::c_int {
    let bf = (*Py_TYPE(obj)).tp_as_buffer;
    (!bf.is_null() && (*bf).bf_getbuffer.is_some()) as ::core::ffi::c_int
}

/// `PyVectorcall_NARGS`: the positional argument count of `nargsf`, without the
/// `PY_VECTORCALL_ARGUMENTS_OFFSET` flag. A macro over a static inline outside the
/// limited API (3.12+ also exports a function, for the stable ABI).
#[cfg(all(Py_3_8, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyVectorcall_NARGS`](https://docs.python.org/3/c-api/call.html#c.PyVectorcall_NARGS) (docs: added 3.8). In the headers from 3.8. Limited API and stable ABI since 3.12.
pub unsafe fn PyVectorcall_NARGS(n: usize) -> Py_ssize_t {
    (n & !PY_VECTORCALL_ARGUMENTS_OFFSET) as Py_ssize_t
}

/// `PyVectorcall_Function` (inline in 3.9–3.10; a function from 3.11): the callable's
/// vectorcall slot, or `None` if its type does not support vectorcall.
#[cfg(all(Py_3_9, not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyVectorcall_Function`](https://docs.python.org/3/c-api/call.html#c.PyVectorcall_Function) (docs: added 3.9). In the headers from 3.9. Not in the limited API.
pub unsafe fn PyVectorcall_Function(callable: *mut PyObject) -> Option<vectorcallfunc> {
    debug_assert!(!callable.is_null());
    let tp = Py_TYPE(callable);
    if PyType_HasFeature(tp, Py_TPFLAGS_HAVE_VECTORCALL) == 0 {
        return None;
    }
    debug_assert!(PyCallable_Check(callable) != 0);
    let offset = (*tp).tp_vectorcall_offset;
    debug_assert!(offset > 0);
    // memcpy in C: the slot need not be aligned.
    callable
        .cast::<u8>()
        .offset(offset)
        .cast::<Option<vectorcallfunc>>()
        .read_unaligned()
}

// `_PyObject_VectorcallTstate` of 3.9–3.10.
#[cfg(all(Py_3_9, not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
unsafe fn vectorcall_tstate(
    tstate: *mut PyThreadState,
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    debug_assert!(kwnames.is_null() || PyTuple_Check(kwnames) != 0);
    debug_assert!(!args.is_null() || PyVectorcall_NARGS(nargsf) == 0);
    match PyVectorcall_Function(callable) {
        None => _PyObject_MakeTpCall(tstate, callable, args, PyVectorcall_NARGS(nargsf), kwnames),
        Some(func) => {
            let res = func(callable, args, nargsf, kwnames);
            _Py_CheckFunctionResult(tstate, callable, res, core::ptr::null())
        }
    }
}

/// `PyObject_Vectorcall` (inline in 3.9–3.10; a function from 3.11).
#[cfg(all(Py_3_9, not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyObject_Vectorcall`](https://docs.python.org/3/c-api/call.html#c.PyObject_Vectorcall) (docs: added 3.8; changed 3.9). In the headers from 3.9. Limited API and stable ABI since 3.12.
pub unsafe fn PyObject_Vectorcall(
    callable: *mut PyObject,
    args: *const *mut PyObject,
    nargsf: usize,
    kwnames: *mut PyObject,
) -> *mut PyObject {
    vectorcall_tstate(PyThreadState_Get(), callable, args, nargsf, kwnames)
}

/// `PyObject_CallOneArg` (inline in 3.9–3.10; a function from 3.11).
#[cfg(all(Py_3_9, not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyObject_CallOneArg`](https://docs.python.org/3/c-api/call.html#c.PyObject_CallOneArg) (docs: added 3.9). In the headers from 3.9. Not in the limited API. Returns a new reference.
pub unsafe fn PyObject_CallOneArg(func: *mut PyObject, arg: *mut PyObject) -> *mut PyObject {
    debug_assert!(!arg.is_null());
    // args[-1] is scratch space the callee may use (PY_VECTORCALL_ARGUMENTS_OFFSET).
    let mut buf: [*mut PyObject; 2] = [core::ptr::null_mut(), arg];
    let args = buf.as_mut_ptr().add(1);
    let tstate = PyThreadState_Get();
    vectorcall_tstate(
        tstate,
        func,
        args,
        1 | PY_VECTORCALL_ARGUMENTS_OFFSET,
        core::ptr::null_mut(),
    )
}

/// `PyObject_CallMethodNoArgs`: calls method `name` of `self_` without arguments.
#[cfg(all(Py_3_9, not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyObject_CallMethodNoArgs`](https://docs.python.org/3/c-api/call.html#c.PyObject_CallMethodNoArgs) (docs: added 3.9). In the headers from 3.9. Not in the limited API.
pub unsafe fn PyObject_CallMethodNoArgs(
    self_: *mut PyObject,
    name: *mut PyObject,
) -> *mut PyObject {
    let mut args = self_;
    PyObject_VectorcallMethod(
        name,
        &raw mut args,
        1 | PY_VECTORCALL_ARGUMENTS_OFFSET,
        core::ptr::null_mut(),
    )
}

/// `PyObject_CallMethodOneArg`: calls method `name` of `self_` with one argument.
#[cfg(all(Py_3_9, not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PyObject_CallMethodOneArg`](https://docs.python.org/3/c-api/call.html#c.PyObject_CallMethodOneArg) (docs: added 3.9). In the headers from 3.9. Not in the limited API.
pub unsafe fn PyObject_CallMethodOneArg(
    self_: *mut PyObject,
    name: *mut PyObject,
    arg: *mut PyObject,
) -> *mut PyObject {
    debug_assert!(!arg.is_null());
    let mut args = [self_, arg];
    PyObject_VectorcallMethod(
        name,
        args.as_mut_ptr(),
        2 | PY_VECTORCALL_ARGUMENTS_OFFSET,
        core::ptr::null_mut(),
    )
}

/// `PySequence_ITEM`: calls the type's `sq_item` directly, without checks (the slot
/// must exist and `i` must be non-negative).
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PySequence_ITEM`](https://docs.python.org/3/c-api/sequence.html#c.PySequence_ITEM). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol). Returns a new reference.
pub unsafe fn PySequence_ITEM(o: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
    #[cfg(PyPy)]
    return PyPySequence_ITEM(o.cast(), i);
    #[cfg(not(PyPy))]
    {
        let sq_item = (*(*Py_TYPE(o)).tp_as_sequence).sq_item;
        // C calls the slot unconditionally.
        sq_item.unwrap_unchecked()(o, i)
    }
}

/// `PySequence_Fast_GET_SIZE`: the length of a list or tuple from `PySequence_Fast`.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PySequence_Fast_GET_SIZE`](https://docs.python.org/3/c-api/sequence.html#c.PySequence_Fast_GET_SIZE). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PySequence_Fast_GET_SIZE(o: *mut PyObject) -> Py_ssize_t {
    if PyList_Check(o) != 0 {
        PyList_GET_SIZE(o)
    } else {
        PyTuple_GET_SIZE(o)
    }
}

/// `PySequence_Fast_GET_ITEM`: a borrowed item of a list or tuple from `PySequence_Fast`.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PySequence_Fast_GET_ITEM`](https://docs.python.org/3/c-api/sequence.html#c.PySequence_Fast_GET_ITEM). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol). Returns a borrowed reference.
pub unsafe fn PySequence_Fast_GET_ITEM(o: *mut PyObject, i: Py_ssize_t) -> *mut PyObject {
    if PyList_Check(o) != 0 {
        PyList_GET_ITEM(o, i)
    } else {
        PyTuple_GET_ITEM(o, i)
    }
}

/// `PySequence_Fast_ITEMS`: the item array of a list or tuple from `PySequence_Fast`.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[inline]
///
/// C API: [`PySequence_Fast_ITEMS`](https://docs.python.org/3/c-api/sequence.html#c.PySequence_Fast_ITEMS). In the headers from 3.7 (the oldest pyffi supports). In the limited API's headers from 3.7 (no stable-ABI symbol).
pub unsafe fn PySequence_Fast_ITEMS(sf: *mut PyObject) -> *mut *mut PyObject {
    if PyList_Check(sf) != 0 {
        (*sf.cast::<PyListObject>()).ob_item
    } else {
        (&raw mut (*sf.cast::<PyTupleObject>()).ob_item).cast()
    }
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
pypy_prefixed! {
    extern "C" {
        #[cfg(all(not(Py_3_11), not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyBuffer_GetPointer`](https://docs.python.org/3/c-api/buffer.html#c.PyBuffer_GetPointer). In the headers from 3.7 (the oldest pyffi supports). Limited API and stable ABI since 3.11.
        pub fn PyBuffer_GetPointer(
            view: *mut Py_buffer,
            indices: *mut Py_ssize_t,
        ) -> *mut c_void;
        #[cfg(all(Py_3_11, not(Py_LIMITED_API), not(PyPy)))]
        /// C API: [`PyVectorcall_Function`](https://docs.python.org/3/c-api/call.html#c.PyVectorcall_Function) (docs: added 3.9). In the headers from 3.9. Not in the limited API.
        pub fn PyVectorcall_Function(callable: *mut PyObject) -> Option<vectorcallfunc>;
        #[cfg(all(Py_3_9, not(Py_LIMITED_API)))]
        /// C API: [`PyObject_VectorcallDict`](https://docs.python.org/3/c-api/call.html#c.PyObject_VectorcallDict) (docs: added 3.9). In the headers from 3.9. Not in the limited API.
        pub fn PyObject_VectorcallDict(
            callable: *mut PyObject,
            args: *const *mut PyObject,
            nargsf: usize,
            kwargs: *mut PyObject,
        ) -> *mut PyObject;
        #[cfg(any(all(Py_3_11, not(Py_LIMITED_API)), PyPy))]
        /// C API: [`PyObject_CallOneArg`](https://docs.python.org/3/c-api/call.html#c.PyObject_CallOneArg) (docs: added 3.9). In the headers from 3.9. Not in the limited API. Returns a new reference.
        pub fn PyObject_CallOneArg(func: *mut PyObject, arg: *mut PyObject) -> *mut PyObject;
        #[cfg(not(Py_LIMITED_API))]
        /// C API: [`PyObject_LengthHint`](https://docs.python.org/3/c-api/object.html#c.PyObject_LengthHint) (docs: added 3.4). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
        pub fn PyObject_LengthHint(o: *mut PyObject, defaultvalue: Py_ssize_t) -> Py_ssize_t;
    }
}
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.12. Declared in [`Include/cpython/abstract.h`](https://github.com/python/cpython/blob/3.12/Include/cpython/abstract.h).
pub const PY_ITERSEARCH_COUNT: c_int = 1;
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.12. Declared in [`Include/cpython/abstract.h`](https://github.com/python/cpython/blob/3.12/Include/cpython/abstract.h).
pub const PY_ITERSEARCH_INDEX: c_int = 2;
#[cfg(all(not(Py_3_13), not(Py_LIMITED_API), not(PyPy)))]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports) to 3.12. Declared in [`Include/cpython/abstract.h`](https://github.com/python/cpython/blob/3.12/Include/cpython/abstract.h).
pub const PY_ITERSEARCH_CONTAINS: c_int = 3;
