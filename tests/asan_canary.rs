//! The AddressSanitizer run's own check (tests/asan.sh): a read just past the end of an
//! allocation of the interpreter's must be reported, or the run would prove nothing: a
//! Python object (with PYTHONMALLOC=malloc) on a GIL build; on a free-threaded build,
//! whose objects live in mimalloc's heaps (it accepts no other allocator) where ASan
//! sees no bounds, a block of the raw domain, which is malloc's. Ignored in every other
//! run, where the read is undefined behaviour that nothing reports.

mod common;

use common::*;
use pyffi::*;

#[cfg(not(Py_GIL_DISABLED))]
#[test]
#[ignore = "run by tests/asan.sh, which expects AddressSanitizer to abort it"]
fn a_read_past_an_object_is_reported() {
    with_gil(|| unsafe {
        // Not one byte long: those are cached singletons, not allocated.
        let o = PyBytes_FromStringAndSize(c"twenty bytes, no more".as_ptr(), 20);
        assert!(!o.is_null());
        // With PYTHONMALLOC=malloc the object is a malloc block that ASan bounds, and
        // it ends after the 20 bytes and their terminating NUL.
        let past = PyBytes_AsString(o).cast::<u8>().add(21);
        let byte = std::ptr::read_volatile(past);
        Py_DECREF(o);
        println!("read {byte} past the object: not reported");
    });
}

#[cfg(Py_GIL_DISABLED)]
#[test]
#[ignore = "run by tests/asan.sh, which expects AddressSanitizer to abort it"]
fn a_read_past_a_raw_block_is_reported() {
    with_gil(|| unsafe {
        let p = PyMem_RawMalloc(24).cast::<u8>();
        assert!(!p.is_null());
        let byte = std::ptr::read_volatile(p.add(24));
        PyMem_RawFree(p.cast());
        println!("read {byte} past the block: not reported");
    });
}
