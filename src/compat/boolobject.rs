//! Shims for `Include/boolobject.h`.

// --- Py_IsTrue, Py_IsFalse: 3.10 (the crate root has them on every version) ---

pub use crate::{Py_IsFalse, Py_IsTrue};
