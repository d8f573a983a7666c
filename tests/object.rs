//! Embedding tests of the object header's macros: reference counting, type and size
//! access, singletons, type checks and the `PyObject_New` family.

mod common;

use common::*;
use pyffi::*;
use std::ffi::{c_int, c_uint, c_void, CStr};
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Whether the compiled-in header skips the count of immortal objects.
const IMMORTAL_AWARE: bool = cfg!(Py_3_12);

/// The running interpreter's minor version (it may be newer than the abi3 floor).
fn runtime_minor() -> u32 {
    let version = unsafe { CStr::from_ptr(Py_GetVersion()) }.to_str().unwrap();
    version.split('.').nth(1).unwrap().parse().unwrap()
}

/// A new instance of a fresh Python class (weak-referenceable), and a weak reference to it.
unsafe fn object_with_weakref() -> (*mut PyObject, *mut PyObject) {
    let obj = eval(c"type('W', (), {})()");
    let wr = PyWeakref_NewRef(obj, ptr::null_mut());
    assert!(!wr.is_null());
    (obj, wr)
}

/// Whether the weak reference's referent has been deallocated.
unsafe fn is_dead(wr: *mut PyObject) -> bool {
    let target = PyObject_CallObject(wr, ptr::null_mut());
    assert!(!target.is_null());
    let dead = target == Py_None();
    Py_DECREF(target);
    dead
}

#[test]
fn incref_decref_change_the_count_by_one() {
    with_gil(|| unsafe {
        let list = PyList_New(0);
        assert_eq!(Py_REFCNT(list), 1);
        Py_INCREF(list);
        assert_eq!(Py_REFCNT(list), 2);
        Py_DECREF(list);
        assert_eq!(Py_REFCNT(list), 1);
        Py_XINCREF(list);
        assert_eq!(Py_REFCNT(list), 2);
        Py_XDECREF(list);
        assert_eq!(Py_REFCNT(list), 1);
        #[cfg(all(Py_3_12, not(all(Py_LIMITED_API, Py_GIL_DISABLED))))]
        assert_eq!(_Py_IsImmortal(list), 0);
        Py_DECREF(list);

        // NULL is accepted by the X variants.
        Py_XINCREF(ptr::null_mut());
        Py_XDECREF(ptr::null_mut());
    });
}

#[test]
fn decref_to_zero_deallocates() {
    with_gil(|| unsafe {
        let (obj, wr) = object_with_weakref();
        Py_INCREF(obj);
        Py_DECREF(obj);
        assert!(!is_dead(wr), "a count of one must keep the object");
        Py_DECREF(obj);
        assert!(is_dead(wr), "Py_DECREF to zero must deallocate");
        Py_DECREF(wr);

        let (obj, wr) = object_with_weakref();
        Py_XDECREF(obj);
        assert!(is_dead(wr), "Py_XDECREF to zero must deallocate");
        Py_DECREF(wr);
    });
}

#[test]
fn clear_nulls_the_pointer_before_the_decref() {
    with_gil(|| unsafe {
        let (obj, wr) = object_with_weakref();
        let mut slot = obj;
        Py_CLEAR(&mut slot);
        assert!(slot.is_null());
        assert!(is_dead(wr));

        // A NULL slot stays NULL.
        Py_CLEAR(&mut slot);
        assert!(slot.is_null());

        let list = PyList_New(0);
        Py_INCREF(list);
        let mut slot = list;
        Py_CLEAR(&mut slot);
        assert!(slot.is_null());
        assert_eq!(Py_REFCNT(list), 1);
        Py_DECREF(list);
        Py_DECREF(wr);
    });
}

#[test]
fn immortal_objects_keep_their_count() {
    with_gil(|| unsafe {
        let none = Py_None();
        let before = Py_REFCNT(none);
        Py_INCREF(none);
        if IMMORTAL_AWARE {
            assert_eq!(Py_REFCNT(none), before);
        } else {
            assert_eq!(Py_REFCNT(none), before + 1);
        }
        Py_DECREF(none);
        assert_eq!(Py_REFCNT(none), before);

        #[cfg(all(Py_3_12, not(all(Py_LIMITED_API, Py_GIL_DISABLED))))]
        {
            assert_eq!(_Py_IsImmortal(none), 1);
            assert_eq!(_Py_IsImmortal(Py_NotImplemented()), 1);
        }
        // The value the runtime gives static immortal objects.
        #[cfg(all(Py_3_12, not(Py_3_14), not(Py_GIL_DISABLED)))]
        assert_eq!(before, _Py_IMMORTAL_REFCNT);
        #[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
        assert_eq!(before, _Py_IMMORTAL_INITIAL_REFCNT);
    });
}

#[cfg(Py_3_9)]
#[test]
fn set_refcnt() {
    with_gil(|| unsafe {
        let list = PyList_New(0);
        Py_SET_REFCNT(list, 5);
        assert_eq!(Py_REFCNT(list), 5);
        Py_SET_REFCNT(list, 1);
        assert_eq!(Py_REFCNT(list), 1);
        Py_DECREF(list);

        let none = Py_None();
        let before = Py_REFCNT(none);
        if IMMORTAL_AWARE {
            // Immortal objects ignore it.
            Py_SET_REFCNT(none, 5);
            assert_eq!(Py_REFCNT(none), before);
        }
    });
}

#[cfg(Py_3_10)]
#[test]
fn new_ref() {
    with_gil(|| unsafe {
        let list = PyList_New(0);
        assert_eq!(_Py_NewRef(list), list);
        assert_eq!(Py_REFCNT(list), 2);
        assert_eq!(_Py_XNewRef(list), list);
        assert_eq!(Py_REFCNT(list), 3);
        assert!(_Py_XNewRef(ptr::null_mut()).is_null());
        assert_eq!(Py_NewRef(list), list);
        assert_eq!(Py_REFCNT(list), 4);
        for _ in 0..4 {
            Py_DECREF(list);
        }
    });
}

#[test]
fn type_and_size() {
    with_gil(|| unsafe {
        let list = eval(c"[1, 2, 3]");
        assert_eq!(Py_TYPE(list), &raw mut PyList_Type);
        assert_eq!(Py_SIZE(list), 3);
        #[cfg(Py_3_9)]
        {
            assert_eq!(Py_IS_TYPE(list, &raw mut PyList_Type), 1);
            assert_eq!(Py_IS_TYPE(list, &raw mut PyTuple_Type), 0);
            Py_SET_SIZE(list.cast(), 2);
            assert_eq!(Py_SIZE(list), 2);
            assert_eq!(PyObject_Length(list), 2);
            Py_SET_SIZE(list.cast(), 3);
            assert_eq!(PyObject_Length(list), 3);
        }
        Py_DECREF(list);

        let tuple = eval(c"(1, 2)");
        assert_eq!(Py_TYPE(tuple), &raw mut PyTuple_Type);
        assert_eq!(Py_SIZE(tuple), 2);
        Py_DECREF(tuple);
    });
}

#[cfg(all(Py_3_9, not(all(Py_LIMITED_API, Py_GIL_DISABLED))))]
#[test]
fn set_type() {
    with_gil(|| unsafe {
        let classes = eval(c"(type('A', (), {}), type('B', (), {}))");
        let a = PyTuple_GetItem(classes, 0);
        let b = PyTuple_GetItem(classes, 1);
        let obj = PyObject_CallObject(a, ptr::null_mut());
        assert_eq!(Py_TYPE(obj), a.cast());
        // Instances of heap types own a reference to their type.
        Py_INCREF(b);
        Py_SET_TYPE(obj, b.cast());
        Py_DECREF(a);
        assert_eq!(Py_TYPE(obj), b.cast());
        let class = PyObject_GetAttrString(obj, c"__class__".as_ptr());
        assert_eq!(class, b);
        Py_DECREF(class);
        Py_DECREF(obj);
        Py_DECREF(classes);
    });
}

#[test]
fn identity_and_singletons() {
    with_gil(|| unsafe {
        let none = eval(c"None");
        assert_eq!(Py_None(), none);
        let not_implemented = eval(c"NotImplemented");
        assert_eq!(Py_NotImplemented(), not_implemented);
        assert_ne!(Py_None(), Py_NotImplemented());

        assert_eq!(Py_Is(none, none), 1);
        assert_eq!(Py_Is(none, not_implemented), 0);
        assert_eq!(Py_IsNone(none), 1);
        assert_eq!(Py_IsNone(not_implemented), 0);
        Py_DECREF(none);
        Py_DECREF(not_implemented);
    });
}

#[test]
fn type_checks() {
    with_gil(|| unsafe {
        let long_type = &raw mut PyLong_Type;
        let list_type = &raw mut PyList_Type;
        let b = eval(c"True");
        let list = PyList_New(0);

        // bool is a subclass of int.
        assert_eq!(PyObject_TypeCheck(b, long_type), 1);
        assert_eq!(PyObject_TypeCheck(b, &raw mut PyBool_Type), 1);
        assert_eq!(PyObject_TypeCheck(list, long_type), 0);
        assert_eq!(PyObject_TypeCheck(list, list_type), 1);

        assert_eq!(PyType_Check(long_type.cast()), 1);
        assert_eq!(PyType_Check(list), 0);
        assert_eq!(PyType_CheckExact(long_type.cast()), 1);
        assert_eq!(PyType_CheckExact(list), 0);
        // A class made by a metaclass is a type, but not exactly one.
        let meta_made = eval(c"type('M', (type,), {})('X', (), {})");
        assert_eq!(PyType_Check(meta_made), 1);
        assert_eq!(PyType_CheckExact(meta_made), 0);

        assert_eq!(PyType_HasFeature(list_type, Py_TPFLAGS_LIST_SUBCLASS), 1);
        assert_eq!(PyType_HasFeature(long_type, Py_TPFLAGS_LIST_SUBCLASS), 0);
        assert_eq!(PyType_FastSubclass(long_type, Py_TPFLAGS_LONG_SUBCLASS), 1);
        assert_eq!(PyType_FastSubclass(Py_TYPE(b), Py_TPFLAGS_LONG_SUBCLASS), 1);
        assert_eq!(PyType_FastSubclass(list_type, Py_TPFLAGS_LONG_SUBCLASS), 0);
        assert_eq!(PyType_IS_GC(list_type), 1);
        assert_eq!(PyType_IS_GC(long_type), 0);

        Py_DECREF(meta_made);
        Py_DECREF(list);
        Py_DECREF(b);
    });
}

#[cfg(not(Py_LIMITED_API))]
#[test]
fn gc_and_weakref_support() {
    with_gil(|| unsafe {
        let list = PyList_New(0);
        let long = PyLong_FromLong(7);
        assert_eq!(PyObject_IS_GC(list), 1);
        assert_eq!(PyObject_IS_GC(long), 0);

        let (obj, wr) = object_with_weakref();
        assert_eq!(PyType_SUPPORTS_WEAKREFS(Py_TYPE(obj)), 1);
        assert_eq!(PyType_SUPPORTS_WEAKREFS(&raw mut PyLong_Type), 0);
        let listptr = PyObject_GET_WEAKREFS_LISTPTR(obj);
        assert!(!listptr.is_null());
        assert_eq!(*listptr, wr, "the first weak reference heads the list");

        Py_DECREF(obj);
        Py_DECREF(wr);
        Py_DECREF(long);
        Py_DECREF(list);
    });
}

#[cfg(all(not(Py_3_11), not(Py_LIMITED_API)))]
#[test]
fn heap_type_members() {
    with_gil(|| unsafe {
        let cls = eval(c"type('S', (), {'__slots__': ('a', 'b')})");
        let members = PyHeapType_GET_MEMBERS(cls.cast());
        let name = CStr::from_ptr((*members).name);
        assert_eq!(name.to_str().unwrap(), "a");
        assert_eq!(
            CStr::from_ptr((*members.add(1)).name).to_str().unwrap(),
            "b"
        );
        Py_DECREF(cls);
    });
}

#[test]
fn head_init() {
    with_gil(|| unsafe {
        let mut head = PyObject_HEAD_INIT;
        assert!(head.ob_type.is_null());
        head.ob_type = &raw mut PyBaseObject_Type;
        let op = &raw mut head;
        assert_eq!(Py_TYPE(op), &raw mut PyBaseObject_Type);
        // Immortal from 3.13; 3.12 keeps the count of one outside the core.
        #[cfg(not(Py_3_13))]
        {
            assert_eq!(Py_REFCNT(op), 1);
            Py_INCREF(op);
            assert_eq!(Py_REFCNT(op), 2);
            Py_DECREF(op);
            assert_eq!(Py_REFCNT(op), 1);
        }
        #[cfg(all(Py_3_13, not(Py_3_14), not(Py_GIL_DISABLED)))]
        assert_eq!(Py_REFCNT(op), _Py_IMMORTAL_REFCNT);
        #[cfg(all(Py_3_14, not(Py_GIL_DISABLED)))]
        assert_eq!(Py_REFCNT(op), _Py_IMMORTAL_INITIAL_REFCNT);
        #[cfg(Py_3_13)]
        {
            assert_eq!(_Py_IsImmortal(op), 1);
            let before = Py_REFCNT(op);
            Py_INCREF(op);
            Py_DECREF(op);
            Py_DECREF(op);
            assert_eq!(Py_REFCNT(op), before);
        }
    });
}

// Types made with PyType_FromSpec, counting their deallocations.

static DEALLOCS: [AtomicUsize; 4] = [const { AtomicUsize::new(0) }; 4];

/// Deallocations of type N since the last call: the leak check runs each test twice.
fn deallocs(n: usize) -> usize {
    DEALLOCS[n].swap(0, Ordering::SeqCst)
}

#[repr(C)]
struct Plain {
    ob_base: PyObject,
    value: u64,
}

#[repr(C)]
struct Var {
    ob_base: PyVarObject,
    items: [u64; 0],
}

unsafe extern "C" fn dealloc<const N: usize>(o: *mut PyObject) {
    let tp = Py_TYPE(o);
    if PyType_IS_GC(tp) != 0 {
        PyObject_GC_UnTrack(o.cast());
        PyObject_GC_Del(o.cast());
    } else {
        PyObject_Free(o.cast());
    }
    // From 3.8 instances of heap types own a reference to their type.
    if runtime_minor() >= 8 {
        Py_DECREF(tp.cast());
    }
    DEALLOCS[N].fetch_add(1, Ordering::SeqCst);
}

unsafe extern "C" fn traverse(_: *mut PyObject, _: visitproc, _: *mut c_void) -> c_int {
    0
}

unsafe fn make_type<const N: usize>(
    name: &'static CStr,
    basicsize: usize,
    itemsize: usize,
    gc: bool,
) -> *mut PyTypeObject {
    let mut slots = [
        PyType_Slot {
            slot: Py_tp_dealloc,
            pfunc: dealloc::<N> as *mut c_void,
        },
        PyType_Slot {
            slot: Py_tp_traverse,
            pfunc: traverse as *mut c_void,
        },
        PyType_Slot {
            slot: 0,
            pfunc: ptr::null_mut(),
        },
    ];
    if !gc {
        slots[1] = PyType_Slot {
            slot: 0,
            pfunc: ptr::null_mut(),
        };
    }
    let mut flags = Py_TPFLAGS_DEFAULT;
    if gc {
        flags |= Py_TPFLAGS_HAVE_GC;
    }
    let mut spec = PyType_Spec {
        name: name.as_ptr(),
        basicsize: basicsize as c_int,
        itemsize: itemsize as c_int,
        flags: flags as c_uint,
        slots: slots.as_mut_ptr(),
    };
    let tp = PyType_FromSpec(&mut spec);
    assert!(!tp.is_null());
    tp.cast()
}

#[test]
fn object_new() {
    with_gil(|| unsafe {
        let tp = make_type::<0>(c"pyffi_test.Plain", size_of::<Plain>(), 0, false);
        let type_refs = Py_REFCNT(tp.cast());
        let obj: *mut Plain = PyObject_New(tp);
        assert!(!obj.is_null());
        let op = obj.cast::<PyObject>();
        assert_eq!(Py_TYPE(op), tp);
        assert_eq!(Py_REFCNT(op), 1);
        assert_eq!(PyType_IS_GC(tp), 0);
        let owned = (runtime_minor() >= 8) as Py_ssize_t;
        assert_eq!(Py_REFCNT(tp.cast()), type_refs + owned);
        (*obj).value = 42;
        assert_eq!((*obj).value, 42);
        Py_DECREF(op);
        assert_eq!(deallocs(0), 1);
        assert_eq!(Py_REFCNT(tp.cast()), type_refs);
        Py_DECREF(tp.cast());

        let tp = make_type::<1>(c"pyffi_test.Var", size_of::<Var>(), 8, false);
        let obj: *mut Var = PyObject_NewVar(tp, 3);
        assert!(!obj.is_null());
        assert_eq!(Py_SIZE(obj.cast()), 3);
        assert_eq!(Py_TYPE(obj.cast()), tp);
        *(*obj).items.as_mut_ptr().add(2) = 7;
        Py_DECREF(obj.cast());
        assert_eq!(deallocs(1), 1);
        Py_DECREF(tp.cast());
    });
}

#[test]
fn gc_object_new_and_resize() {
    with_gil(|| unsafe {
        let tp = make_type::<2>(c"pyffi_test.GcPlain", size_of::<Plain>(), 0, true);
        assert_eq!(PyType_IS_GC(tp), 1);
        let obj: *mut Plain = PyObject_GC_New(tp);
        assert!(!obj.is_null());
        let op = obj.cast::<PyObject>();
        assert_eq!(Py_TYPE(op), tp);
        assert_eq!(Py_REFCNT(op), 1);
        #[cfg(not(Py_LIMITED_API))]
        assert_eq!(PyObject_IS_GC(op), 1);
        PyObject_GC_Track(op.cast());
        Py_DECREF(op);
        assert_eq!(deallocs(2), 1);
        Py_DECREF(tp.cast());

        let tp = make_type::<3>(c"pyffi_test.GcVar", size_of::<Var>(), 8, true);
        let obj: *mut Var = PyObject_GC_NewVar(tp, 2);
        assert!(!obj.is_null());
        assert_eq!(Py_SIZE(obj.cast()), 2);
        // Resized before it is tracked, as the C API requires.
        let obj: *mut Var = PyObject_GC_Resize(obj.cast(), 5);
        assert!(!obj.is_null());
        assert_eq!(Py_SIZE(obj.cast()), 5);
        *(*obj).items.as_mut_ptr().add(4) = 9;
        assert_eq!(*(*obj).items.as_ptr().add(4), 9);
        Py_DECREF(obj.cast());
        assert_eq!(deallocs(3), 1);
        Py_DECREF(tp.cast());
    });
}
