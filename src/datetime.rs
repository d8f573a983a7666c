//! Declarations of CPython's `Include/datetime.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use core::ffi::{c_char, c_uchar};
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use crate::pyport::Py_hash_t;
#[cfg(not(Py_LIMITED_API))]
use crate::object::PyObject;
#[cfg(not(Py_LIMITED_API))]
use crate::cpython::object::PyTypeObject;
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
use crate::pycapsule::PyCapsule_Import;

#[cfg(not(Py_LIMITED_API))]
use core::ffi::c_int;
#[cfg(not(Py_LIMITED_API))]
use core::sync::atomic::{AtomicPtr, Ordering};

// C keeps `PyDateTimeAPI` in a `static` of each file that includes datetime.h; one
// per crate here, set by `PyDateTime_IMPORT`.
#[cfg(not(Py_LIMITED_API))]
static API: AtomicPtr<PyDateTime_CAPI> = AtomicPtr::new(core::ptr::null_mut());

/// `PyDateTimeAPI`: the datetime module's C API table, null until `PyDateTime_IMPORT`.
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyDateTimeAPI`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTimeAPI) (docs: changed 3.15). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyDateTimeAPI() -> *mut PyDateTime_CAPI {
    API.load(Ordering::Acquire)
}

#[cfg(PyPy)]
extern "C" {
    /// PyPy's `_PyDateTime_Import`, which its `PyDateTime_IMPORT` calls.
    #[link_name = "_PyPyDateTime_Import"]
    ///
    /// C API: no entry in CPython's C-API docs. Not in CPython's headers.
    pub fn PyDateTime_Import() -> *mut PyDateTime_CAPI;
}

/// The API table: PyDateTime_IMPORT must have run.
#[cfg(not(Py_LIMITED_API))]
#[inline(always)]
unsafe fn api() -> &'static PyDateTime_CAPI {
    &*PyDateTimeAPI()
}

/// `PyDateTime_IMPORT`: imports the datetime module's C API table (on error it stays
/// null with an exception set).
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyDateTime_IMPORT`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_IMPORT) (docs: changed 3.15). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyDateTime_IMPORT() {
    if API.load(Ordering::Acquire).is_null() {
        #[cfg(not(PyPy))]
        let api = PyCapsule_Import(PyDateTime_CAPSULE_NAME.as_ptr(), 0).cast();
        #[cfg(PyPy)]
        let api = PyDateTime_Import();
        API.store(api, Ordering::Release);
    }
}

/// `PyDateTime_TimeZone_UTC`: the `datetime.timezone.utc` singleton (after the import).
#[cfg(not(Py_LIMITED_API))]
#[inline]
///
/// C API: [`PyDateTime_TimeZone_UTC`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_TimeZone_UTC) (docs: added 3.7). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub unsafe fn PyDateTime_TimeZone_UTC() -> *mut PyObject {
    (*PyDateTimeAPI()).TimeZone_UTC
}

// The macros of datetime.h (PyPy exports functions of these names instead).
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
mod macros {
    // Imports: written by pyffi-gen from the names used here.
    use crate::object::{PyObject, Py_None};
    use crate::datetime::{PyDateTime_Date, PyDateTime_DateTime, PyDateTime_Delta, PyDateTime_Time};

    use core::ffi::c_int;

    use super::api;

    // Field accessors: the date and time are packed big-endian into `data`.
    #[inline(always)]
    unsafe fn date_data(o: *mut PyObject) -> *const u8 {
        (*o.cast::<PyDateTime_Date>()).data.as_ptr()
    }

    #[inline(always)]
    unsafe fn datetime(o: *mut PyObject) -> &'static PyDateTime_DateTime {
        &*o.cast::<PyDateTime_DateTime>()
    }

    #[inline(always)]
    unsafe fn time(o: *mut PyObject) -> &'static PyDateTime_Time {
        &*o.cast::<PyDateTime_Time>()
    }

    #[inline(always)]
    fn be3(d: &[u8]) -> c_int {
        ((d[0] as c_int) << 16) | ((d[1] as c_int) << 8) | d[2] as c_int
    }

    /// `PyDateTime_GET_YEAR`, of a date or datetime.
    #[inline]
    ///
    /// C API: [`PyDateTime_GET_YEAR`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_GET_YEAR). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe fn PyDateTime_GET_YEAR(o: *mut PyObject) -> c_int {
        ((*date_data(o) as c_int) << 8) | *date_data(o).add(1) as c_int
    }

    /// `PyDateTime_GET_MONTH`, of a date or datetime.
    #[inline]
    ///
    /// C API: [`PyDateTime_GET_MONTH`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_GET_MONTH). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe fn PyDateTime_GET_MONTH(o: *mut PyObject) -> c_int {
        *date_data(o).add(2) as c_int
    }

    /// `PyDateTime_GET_DAY`, of a date or datetime.
    #[inline]
    ///
    /// C API: [`PyDateTime_GET_DAY`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_GET_DAY). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe fn PyDateTime_GET_DAY(o: *mut PyObject) -> c_int {
        *date_data(o).add(3) as c_int
    }

    // The time fields datetimes and times share: hour, minute and second bytes from
    // `data[at]` on, then three bytes of microseconds; `fold`; `tzinfo`, borrowed, or
    // `None` where there is none.
    macro_rules! time_fields {
        ($of:ident, $at:literal: $hour:ident, $minute:ident, $second:ident, $micro:ident, $fold:ident, $tzinfo:ident) => {
            #[doc = concat!("`", stringify!($hour), "`.")]
            #[inline]
            pub unsafe fn $hour(o: *mut PyObject) -> c_int {
                $of(o).data[$at] as c_int
            }

            #[doc = concat!("`", stringify!($minute), "`.")]
            #[inline]
            pub unsafe fn $minute(o: *mut PyObject) -> c_int {
                $of(o).data[$at + 1] as c_int
            }

            #[doc = concat!("`", stringify!($second), "`.")]
            #[inline]
            pub unsafe fn $second(o: *mut PyObject) -> c_int {
                $of(o).data[$at + 2] as c_int
            }

            #[doc = concat!("`", stringify!($micro), "`.")]
            #[inline]
            pub unsafe fn $micro(o: *mut PyObject) -> c_int {
                be3(&$of(o).data[$at + 3..$at + 6])
            }

            #[doc = concat!("`", stringify!($fold), "`.")]
            #[cfg(not(GraalPy))]
            #[inline]
            pub unsafe fn $fold(o: *mut PyObject) -> ::core::ffi::c_uchar {
                $of(o).fold
            }

            // pyo3-ffi's GraalPy getter returns a C int.
            #[doc = concat!("`", stringify!($fold), "`.")]
            #[cfg(GraalPy)]
            #[inline]
            pub unsafe fn $fold(o: *mut PyObject) -> c_int {
                $of(o).fold as c_int
            }

            #[doc = concat!("`", stringify!($tzinfo), "` (3.10+ in C): borrowed; `None` without a tzinfo.")]
            #[inline]
            pub unsafe fn $tzinfo(o: *mut PyObject) -> *mut PyObject {
                let t = $of(o);
                if t.hastzinfo != 0 {
                    t.tzinfo
                } else {
                    Py_None()
                }
            }
        };
    }

    time_fields!(datetime, 4: PyDateTime_DATE_GET_HOUR, PyDateTime_DATE_GET_MINUTE,
        PyDateTime_DATE_GET_SECOND, PyDateTime_DATE_GET_MICROSECOND, PyDateTime_DATE_GET_FOLD,
        PyDateTime_DATE_GET_TZINFO);
    time_fields!(time, 0: PyDateTime_TIME_GET_HOUR, PyDateTime_TIME_GET_MINUTE,
        PyDateTime_TIME_GET_SECOND, PyDateTime_TIME_GET_MICROSECOND, PyDateTime_TIME_GET_FOLD,
        PyDateTime_TIME_GET_TZINFO);

    #[inline]
    /// C API: [`PyDateTime_DELTA_GET_DAYS`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_DELTA_GET_DAYS) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe fn PyDateTime_DELTA_GET_DAYS(o: *mut PyObject) -> c_int {
        (*o.cast::<PyDateTime_Delta>()).days
    }

    #[inline]
    /// C API: [`PyDateTime_DELTA_GET_SECONDS`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_DELTA_GET_SECONDS) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe fn PyDateTime_DELTA_GET_SECONDS(o: *mut PyObject) -> c_int {
        (*o.cast::<PyDateTime_Delta>()).seconds
    }

    #[inline]
    /// C API: [`PyDateTime_DELTA_GET_MICROSECONDS`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_DELTA_GET_MICROSECONDS) (docs: added 3.3). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub unsafe fn PyDateTime_DELTA_GET_MICROSECONDS(o: *mut PyObject) -> c_int {
        (*o.cast::<PyDateTime_Delta>()).microseconds
    }

    /// `PyDateTime_FromTimestamp(args)`: `datetime.fromtimestamp(*args)`.
    #[inline]
    ///
    /// C API: [`PyDateTime_FromTimestamp`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_FromTimestamp). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe fn PyDateTime_FromTimestamp(args: *mut PyObject) -> *mut PyObject {
        (api().DateTime_FromTimestamp)(api().DateTimeType, args, core::ptr::null_mut())
    }

    /// `PyDate_FromTimestamp(args)`: `date.fromtimestamp(*args)`.
    #[inline]
    ///
    /// C API: [`PyDate_FromTimestamp`](https://docs.python.org/3/c-api/datetime.html#c.PyDate_FromTimestamp). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe fn PyDate_FromTimestamp(args: *mut PyObject) -> *mut PyObject {
        (api().Date_FromTimestamp)(api().DateType, args)
    }
}
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
pub use macros::*;

// The constructor macros: calls through the table, with its own types (PyPy's headers
// define them as CPython's do).
#[cfg(not(Py_LIMITED_API))]
mod constructors {
    // Imports: written by pyffi-gen from the names used here.
    use crate::object::{PyObject, Py_None};

    use core::ffi::c_int;

    use super::api;

    #[inline]
    /// C API: [`PyDate_FromDate`](https://docs.python.org/3/c-api/datetime.html#c.PyDate_FromDate). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe fn PyDate_FromDate(year: c_int, month: c_int, day: c_int) -> *mut PyObject {
        (api().Date_FromDate)(year, month, day, api().DateType)
    }

    #[inline]
    /// C API: [`PyDateTime_FromDateAndTime`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_FromDateAndTime). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe fn PyDateTime_FromDateAndTime(
        year: c_int,
        month: c_int,
        day: c_int,
        hour: c_int,
        minute: c_int,
        second: c_int,
        usecond: c_int,
    ) -> *mut PyObject {
        let f = api().DateTime_FromDateAndTime;
        f(
            year,
            month,
            day,
            hour,
            minute,
            second,
            usecond,
            Py_None(),
            api().DateTimeType,
        )
    }

    #[inline]
    /// C API: [`PyDateTime_FromDateAndTimeAndFold`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_FromDateAndTimeAndFold) (docs: added 3.6). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe fn PyDateTime_FromDateAndTimeAndFold(
        year: c_int,
        month: c_int,
        day: c_int,
        hour: c_int,
        minute: c_int,
        second: c_int,
        usecond: c_int,
        fold: c_int,
    ) -> *mut PyObject {
        let f = api().DateTime_FromDateAndTimeAndFold;
        f(
            year,
            month,
            day,
            hour,
            minute,
            second,
            usecond,
            Py_None(),
            fold,
            api().DateTimeType,
        )
    }

    #[inline]
    /// C API: [`PyTime_FromTime`](https://docs.python.org/3/c-api/datetime.html#c.PyTime_FromTime). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe fn PyTime_FromTime(
        hour: c_int,
        minute: c_int,
        second: c_int,
        usecond: c_int,
    ) -> *mut PyObject {
        (api().Time_FromTime)(hour, minute, second, usecond, Py_None(), api().TimeType)
    }

    #[inline]
    /// C API: [`PyTime_FromTimeAndFold`](https://docs.python.org/3/c-api/datetime.html#c.PyTime_FromTimeAndFold) (docs: added 3.6). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe fn PyTime_FromTimeAndFold(
        hour: c_int,
        minute: c_int,
        second: c_int,
        usecond: c_int,
        fold: c_int,
    ) -> *mut PyObject {
        let f = api().Time_FromTimeAndFold;
        f(
            hour,
            minute,
            second,
            usecond,
            Py_None(),
            fold,
            api().TimeType,
        )
    }

    /// `PyDelta_FromDSU`: normalised, as `timedelta(days, seconds, microseconds)`.
    #[inline]
    ///
    /// C API: [`PyDelta_FromDSU`](https://docs.python.org/3/c-api/datetime.html#c.PyDelta_FromDSU). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe fn PyDelta_FromDSU(days: c_int, seconds: c_int, useconds: c_int) -> *mut PyObject {
        (api().Delta_FromDelta)(days, seconds, useconds, 1, api().DeltaType)
    }

    #[inline]
    /// C API: [`PyTimeZone_FromOffset`](https://docs.python.org/3/c-api/datetime.html#c.PyTimeZone_FromOffset) (docs: added 3.7). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe fn PyTimeZone_FromOffset(offset: *mut PyObject) -> *mut PyObject {
        (api().TimeZone_FromTimeZone)(offset, core::ptr::null_mut())
    }

    #[inline]
    /// C API: [`PyTimeZone_FromOffsetAndName`](https://docs.python.org/3/c-api/datetime.html#c.PyTimeZone_FromOffsetAndName) (docs: added 3.7). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API. Returns a new reference.
    pub unsafe fn PyTimeZone_FromOffsetAndName(
        offset: *mut PyObject,
        name: *mut PyObject,
    ) -> *mut PyObject {
        (api().TimeZone_FromTimeZone)(offset, name)
    }
}
#[cfg(not(Py_LIMITED_API))]
pub use constructors::*;

// The type checks. PyPy exports them as functions, which these call there.
#[cfg(not(Py_LIMITED_API))]
mod checks {
    // Imports: written by pyffi-gen from the names used here.
    use crate::object::PyObject;
    #[cfg(not(PyPy))]
    use crate::object::{PyObject_TypeCheck, Py_TYPE};
    #[cfg(PyPy)]
    use crate::pypy_decl::{
        PyPyDateTime_Check, PyPyDateTime_CheckExact, PyPyDate_Check, PyPyDate_CheckExact,
        PyPyDelta_Check, PyPyDelta_CheckExact, PyPyTZInfo_Check, PyPyTZInfo_CheckExact,
        PyPyTime_Check, PyPyTime_CheckExact,
    };

    use core::ffi::c_int;

    #[cfg(not(PyPy))]
    use super::api;

    macro_rules! checks {
        ($($check:ident, $exact:ident, $field:ident, $pypy_check:ident, $pypy_exact:ident;)*) => {$(
            #[doc = concat!("`", stringify!($check), "`: an instance of the type or a subtype.")]
            #[inline]
            pub unsafe fn $check(op: *mut PyObject) -> c_int {
                #[cfg(PyPy)]
                return $pypy_check(op);
                #[cfg(not(PyPy))]
                return PyObject_TypeCheck(op, api().$field);
            }

            #[doc = concat!("`", stringify!($exact), "`: exactly the type.")]
            #[inline]
            pub unsafe fn $exact(op: *mut PyObject) -> c_int {
                #[cfg(PyPy)]
                return $pypy_exact(op);
                #[cfg(not(PyPy))]
                return (Py_TYPE(op) == api().$field) as c_int;
            }
        )*};
    }

    checks! {
        PyDate_Check, PyDate_CheckExact, DateType, PyPyDate_Check, PyPyDate_CheckExact;
        PyDateTime_Check, PyDateTime_CheckExact, DateTimeType, PyPyDateTime_Check, PyPyDateTime_CheckExact;
        PyTime_Check, PyTime_CheckExact, TimeType, PyPyTime_Check, PyPyTime_CheckExact;
        PyDelta_Check, PyDelta_CheckExact, DeltaType, PyPyDelta_Check, PyPyDelta_CheckExact;
        PyTZInfo_Check, PyTZInfo_CheckExact, TZInfoType, PyPyTZInfo_Check, PyPyTZInfo_CheckExact;
    }
}
#[cfg(not(Py_LIMITED_API))]
pub use checks::*;

#[cfg(PyPy)]
extern "C" {
    /// `PyDateTime_DATE_GET_FOLD`: PyPy's header renames it to `PyDateTime_GET_FOLD`.
    ///
    /// pyo3-ffi's spelling, the same ABI; the headers' type (parameter 0): `*mut ::core::ffi::c_void`.
    #[link_name = "PyPyDateTime_GET_FOLD"]
    ///
    /// C API: [`PyDateTime_DATE_GET_FOLD`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_DATE_GET_FOLD) (docs: added 3.6). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
    pub fn PyDateTime_DATE_GET_FOLD(o: *mut PyObject) -> c_int;
}

/// The datetime module's C API table (`datetime.datetime_CAPI`). Its constructors are
/// bare function pointers, as pyo3-ffi declares them (the module fills every slot), and
/// the `*_FromTimestamp` type argument is a `*mut PyTypeObject` where C says
/// `PyObject *` (the same pointer).
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
#[derive(Debug, Copy, Clone)]
///
/// C API: [`PyDateTime_CAPI`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_CAPI). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyDateTime_CAPI {
    pub DateType: *mut PyTypeObject,
    pub DateTimeType: *mut PyTypeObject,
    pub TimeType: *mut PyTypeObject,
    pub DeltaType: *mut PyTypeObject,
    pub TZInfoType: *mut PyTypeObject,
    pub TimeZone_UTC: *mut PyObject,
    pub Date_FromDate: unsafe extern "C" fn(
        year: c_int,
        month: c_int,
        day: c_int,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject,
    pub DateTime_FromDateAndTime: unsafe extern "C" fn(
        year: c_int,
        month: c_int,
        day: c_int,
        hour: c_int,
        minute: c_int,
        second: c_int,
        usecond: c_int,
        tzinfo: *mut PyObject,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject,
    pub Time_FromTime: unsafe extern "C" fn(
        hour: c_int,
        minute: c_int,
        second: c_int,
        usecond: c_int,
        tzinfo: *mut PyObject,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject,
    pub Delta_FromDelta: unsafe extern "C" fn(
        days: c_int,
        seconds: c_int,
        useconds: c_int,
        normalize: c_int,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject,
    pub TimeZone_FromTimeZone:
        unsafe extern "C" fn(offset: *mut PyObject, name: *mut PyObject) -> *mut PyObject,
    pub DateTime_FromTimestamp: unsafe extern "C" fn(
        cls: *mut PyTypeObject,
        args: *mut PyObject,
        kwargs: *mut PyObject,
    ) -> *mut PyObject,
    pub Date_FromTimestamp:
        unsafe extern "C" fn(cls: *mut PyTypeObject, args: *mut PyObject) -> *mut PyObject,
    pub DateTime_FromDateAndTimeAndFold: unsafe extern "C" fn(
        year: c_int,
        month: c_int,
        day: c_int,
        hour: c_int,
        minute: c_int,
        second: c_int,
        usecond: c_int,
        tzinfo: *mut PyObject,
        fold: c_int,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject,
    pub Time_FromTimeAndFold: unsafe extern "C" fn(
        hour: c_int,
        minute: c_int,
        second: c_int,
        usecond: c_int,
        tzinfo: *mut PyObject,
        fold: c_int,
        cls: *mut PyTypeObject,
    ) -> *mut PyObject,
}

// The table is written once by the datetime module and only read afterwards; pyo3-ffi
// makes it `Sync` so that a `static` can hold a reference to it.
#[cfg(not(Py_LIMITED_API))]
unsafe impl Sync for PyDateTime_CAPI {}

/// PyPy's `datetime.time` object. `hastzinfo` is a `c_char` as pyo3-ffi declares it
/// (PyPy's header: `unsigned char`, the same byte).
#[cfg(PyPy)]
#[repr(C)]
#[derive(Debug)]
///
/// C API: [`PyDateTime_Time`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_Time). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyDateTime_Time {
    pub ob_base: PyObject,
    pub hastzinfo: ::core::ffi::c_char,
    pub tzinfo: *mut PyObject,
}

/// PyPy's `datetime.datetime` object, `hastzinfo` spelled as for the time.
#[cfg(PyPy)]
#[repr(C)]
#[derive(Debug)]
///
/// C API: [`PyDateTime_DateTime`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_DateTime). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyDateTime_DateTime {
    pub ob_base: PyObject,
    pub hastzinfo: ::core::ffi::c_char,
    pub tzinfo: *mut PyObject,
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
/// C API: [`PyDateTime_CAPSULE_NAME`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_CAPSULE_NAME). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub const PyDateTime_CAPSULE_NAME: &::core::ffi::CStr = c"datetime.datetime_CAPI";
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
#[derive(Debug)]
/// C API: [`PyDateTime_Delta`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_Delta). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyDateTime_Delta {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub hashcode: Py_hash_t,
    pub days: c_int,
    pub seconds: c_int,
    pub microseconds: c_int,
}
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
#[derive(Debug)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/datetime.h`](https://github.com/python/cpython/blob/3.15/Include/datetime.h).
pub struct PyDateTime_TZInfo {
    pub ob_base: PyObject,
}
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[repr(C)]
#[derive(Debug)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/datetime.h`](https://github.com/python/cpython/blob/3.15/Include/datetime.h).
pub struct _PyDateTime_BaseTime {
    pub ob_base: PyObject,
    pub hashcode: Py_hash_t,
    pub hastzinfo: c_char,
    pub data: [c_uchar; 6usize],
}
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[repr(C)]
#[derive(Debug)]
/// C API: [`PyDateTime_Time`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_Time). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyDateTime_Time {
    pub ob_base: PyObject,
    pub hashcode: Py_hash_t,
    pub hastzinfo: c_char,
    pub data: [c_uchar; 6usize],
    pub fold: c_uchar,
    pub tzinfo: *mut PyObject,
}
#[cfg(not(Py_LIMITED_API))]
#[repr(C)]
#[derive(Debug)]
/// C API: [`PyDateTime_Date`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_Date). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyDateTime_Date {
    pub ob_base: PyObject,
    #[cfg(not(PyPy))]
    pub hashcode: Py_hash_t,
    #[cfg(not(PyPy))]
    pub hastzinfo: c_char,
    #[cfg(not(PyPy))]
    pub data: [c_uchar; 4usize],
}
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[repr(C)]
#[derive(Debug)]
/// C API: no entry in CPython's C-API docs. In the headers from 3.7 (the oldest pyffi supports). Declared in [`Include/datetime.h`](https://github.com/python/cpython/blob/3.15/Include/datetime.h).
pub struct _PyDateTime_BaseDateTime {
    pub ob_base: PyObject,
    pub hashcode: Py_hash_t,
    pub hastzinfo: c_char,
    pub data: [c_uchar; 10usize],
}
#[cfg(all(not(Py_LIMITED_API), not(PyPy)))]
#[repr(C)]
#[derive(Debug)]
/// C API: [`PyDateTime_DateTime`](https://docs.python.org/3/c-api/datetime.html#c.PyDateTime_DateTime). In the headers from 3.7 (the oldest pyffi supports). Not in the limited API.
pub struct PyDateTime_DateTime {
    pub ob_base: PyObject,
    pub hashcode: Py_hash_t,
    pub hastzinfo: c_char,
    pub data: [c_uchar; 10usize],
    pub fold: c_uchar,
    pub tzinfo: *mut PyObject,
}
