//! Not a CPython header: a crate that depends only on the FFI crate, for the clean-build timing.
pub use ffi;
