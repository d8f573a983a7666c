//! Not a CPython header: the forms the headers' type-check macros take, written once.

/// Defines type checks (`PyX_Check(op)`, `PyX_CheckExact(op)`), each `NAME: FORM;` in
/// one of the forms the headers use:
/// - `flag F`: `PyType_FastSubclass(Py_TYPE(op), F)`, by a fast-subclass flag;
/// - `subtype T`: `PyObject_TypeCheck(op, &T)`, the type or a subtype;
/// - `exact T`: `Py_IS_TYPE(op, &T)`, exactly the type.
///
/// `FORM, pypy S` calls PyPy's export `S` on PyPy, whose headers make the macro a function.
macro_rules! type_checks {
    ($($(#[$attr:meta])* $name:ident: $form:ident $target:ident $(, pypy $pypy:ident)?;)*) => {$(
        $(#[$attr])*
        #[inline]
        pub unsafe fn $name(op: *mut $crate::object::PyObject) -> core::ffi::c_int {
            type_checks!(@body op, $form $target $(, $pypy)?)
        }
    )*};
    (@body $op:ident, $form:ident $target:ident, $pypy:ident) => {{
        #[cfg(PyPy)]
        return $pypy($op.cast());
        #[cfg(not(PyPy))]
        return type_checks!(@test $op, $form $target);
    }};
    (@body $op:ident, $form:ident $target:ident) => {
        type_checks!(@test $op, $form $target)
    };
    (@test $op:ident, flag $flag:ident) => {
        $crate::object::PyType_FastSubclass($crate::object::Py_TYPE($op), $flag)
    };
    (@test $op:ident, subtype $type:ident) => {
        $crate::object::PyObject_TypeCheck($op, &raw mut $type)
    };
    (@test $op:ident, exact $type:ident) => {
        ($crate::object::Py_TYPE($op) == &raw mut $type) as core::ffi::c_int
    };
}

/// Defines the `Py_RETURN_*!` macros, `NAME => SINGLETON` each: `return` the singleton from
/// the enclosing function as a new reference. C counts it before 3.12 (also under a
/// limited API below 3.12) and returns the immortal object as it is from 3.12, which is
/// what `refcount::_Py_ReturnSingleton` does, its cfg decided when pyffi is compiled.
macro_rules! return_singleton_macros {
    ($($name:ident => $singleton:ident),*) => {$(
        #[doc = concat!("`", stringify!($name), "`: returns `", stringify!($singleton),
            "` from the enclosing function, as a new reference (counted before 3.12, \
            immortal from 3.12). Use it as a statement: `", stringify!($name), "!();`.")]
        #[macro_export]
        macro_rules! $name {
            () => {{
                #[allow(unused_unsafe)]
                let o = unsafe { $crate::_Py_ReturnSingleton($crate::$singleton()) };
                return o;
            }};
        }
    )*};
}

/// An `extern "C"` block of functions, or of statics, that PyPy exports under its own
/// prefix (`PyList_New` as `PyPyList_New`): the one rule written here instead of a
/// `link_name` over each item. Names that do not follow it (`_PyPy…`) carry their own
/// `link_name`, outside such a block.
macro_rules! pypy_prefixed {
    (extern "C" { $($(#[$attr:meta])* pub fn $name:ident $params:tt $(-> $ret:ty)?;)* }) => {
        extern "C" {$(
            $(#[$attr])*
            #[cfg_attr(PyPy, link_name = concat!("Py", stringify!($name)))]
            pub fn $name $params $(-> $ret)?;
        )*}
    };
    (extern "C" { $($(#[$attr:meta])* pub static mut $name:ident: $ty:ty;)* }) => {
        extern "C" {$(
            $(#[$attr])*
            #[cfg_attr(PyPy, link_name = concat!("Py", stringify!($name)))]
            pub static mut $name: $ty;
        )*}
    };
}
