//! datetime.h's C API table and macros against a live interpreter: the import, the type
//! checks, the field accessors and the constructors.
#![cfg(all(not(Py_LIMITED_API), not(PyPy)))]

mod common;

use common::{eval, table, to_string, with_gil, with_obj};
use pyffi::*;

unsafe fn imported() {
    PyDateTime_IMPORT();
    assert!(!PyDateTimeAPI().is_null(), "PyDateTime_IMPORT failed");
}

#[test]
fn import_and_utc() {
    with_gil(|| unsafe {
        imported();
        assert_eq!(to_string(PyDateTime_TimeZone_UTC()), "UTC");
        // A second import keeps the same table.
        let api = PyDateTimeAPI();
        PyDateTime_IMPORT();
        assert_eq!(PyDateTimeAPI(), api);
    });
}

#[test]
fn type_checks() {
    with_gil(|| unsafe {
        imported();
        assert_eq!(PyRun_SimpleString(c"import datetime as _dt, builtins\nbuiltins._pyffi_dt = _dt\nclass _D(_dt.date): pass\nbuiltins._pyffi_D = _D\n".as_ptr()), 0);
        let (d, dt, t, td, tz) = (
            c"_pyffi_dt.date(2024, 2, 29)",
            c"_pyffi_dt.datetime(2024, 2, 29, 1, 2, 3)",
            c"_pyffi_dt.time(1, 2)",
            c"_pyffi_dt.timedelta(1)",
            c"_pyffi_dt.timezone.utc",
        );
        // A datetime is a date; a date subclass is a date but not exactly.
        table(
            PyDate_Check,
            "PyDate_Check",
            &[(d, 1), (dt, 1), (c"_pyffi_D(2000, 1, 1)", 1), (t, 0)],
        );
        table(
            PyDate_CheckExact,
            "PyDate_CheckExact",
            &[(d, 1), (dt, 0), (c"_pyffi_D(2000, 1, 1)", 0)],
        );
        table(PyDateTime_Check, "PyDateTime_Check", &[(dt, 1), (d, 0)]);
        table(
            PyDateTime_CheckExact,
            "PyDateTime_CheckExact",
            &[(dt, 1), (d, 0)],
        );
        table(PyTime_Check, "PyTime_Check", &[(t, 1), (dt, 0)]);
        table(PyTime_CheckExact, "PyTime_CheckExact", &[(t, 1), (td, 0)]);
        table(PyDelta_Check, "PyDelta_Check", &[(td, 1), (t, 0)]);
        table(PyDelta_CheckExact, "PyDelta_CheckExact", &[(td, 1), (d, 0)]);
        table(PyTZInfo_Check, "PyTZInfo_Check", &[(tz, 1), (td, 0)]);
        table(
            PyTZInfo_CheckExact,
            "PyTZInfo_CheckExact",
            &[(c"_pyffi_dt.tzinfo()", 1), (tz, 0)],
        );
    });
}

#[test]
fn accessors() {
    with_gil(|| unsafe {
        imported();
        with_obj(
            c"__import__('datetime').datetime(2024, 12, 31, 23, 59, 58, 654321, fold=1)",
            |o| {
                assert_eq!(
                    [
                        PyDateTime_GET_YEAR(o),
                        PyDateTime_GET_MONTH(o),
                        PyDateTime_GET_DAY(o)
                    ],
                    [2024, 12, 31]
                );
                assert_eq!(
                    [
                        PyDateTime_DATE_GET_HOUR(o),
                        PyDateTime_DATE_GET_MINUTE(o),
                        PyDateTime_DATE_GET_SECOND(o)
                    ],
                    [23, 59, 58]
                );
                assert_eq!(PyDateTime_DATE_GET_MICROSECOND(o), 654321);
                assert_eq!(PyDateTime_DATE_GET_FOLD(o), 1);
                assert_eq!(PyDateTime_DATE_GET_TZINFO(o), Py_None());
            },
        );
        with_obj(
            c"__import__('datetime').time(7, 8, 9, 10, tzinfo=__import__('datetime').timezone.utc)",
            |o| {
                assert_eq!(
                    [
                        PyDateTime_TIME_GET_HOUR(o),
                        PyDateTime_TIME_GET_MINUTE(o),
                        PyDateTime_TIME_GET_SECOND(o)
                    ],
                    [7, 8, 9]
                );
                assert_eq!(PyDateTime_TIME_GET_MICROSECOND(o), 10);
                assert_eq!(PyDateTime_TIME_GET_FOLD(o), 0);
                assert_eq!(PyDateTime_TIME_GET_TZINFO(o), PyDateTime_TimeZone_UTC());
            },
        );
        // timedelta normalises: -1 second is -1 day + 86399 seconds.
        with_obj(
            c"__import__('datetime').timedelta(seconds=-1, microseconds=5)",
            |o| {
                assert_eq!(
                    [
                        PyDateTime_DELTA_GET_DAYS(o),
                        PyDateTime_DELTA_GET_SECONDS(o),
                        PyDateTime_DELTA_GET_MICROSECONDS(o)
                    ],
                    [-1, 86399, 5]
                );
            },
        );
    });
}

#[test]
fn constructors() {
    with_gil(|| unsafe {
        imported();
        let check = |o: *mut PyObject, repr: &str| {
            assert!(!o.is_null());
            let r = PyObject_Repr(o);
            assert_eq!(to_string(r), repr);
            Py_DECREF(r);
            Py_DECREF(o);
        };
        check(PyDate_FromDate(2000, 1, 2), "datetime.date(2000, 1, 2)");
        check(
            PyDateTime_FromDateAndTime(2000, 1, 2, 3, 4, 5, 6),
            "datetime.datetime(2000, 1, 2, 3, 4, 5, 6)",
        );
        check(
            PyDateTime_FromDateAndTimeAndFold(2000, 1, 2, 3, 4, 5, 6, 1),
            "datetime.datetime(2000, 1, 2, 3, 4, 5, 6, fold=1)",
        );
        check(PyTime_FromTime(1, 2, 3, 4), "datetime.time(1, 2, 3, 4)");
        check(
            PyTime_FromTimeAndFold(1, 2, 3, 4, 1),
            "datetime.time(1, 2, 3, 4, fold=1)",
        );
        check(
            PyDelta_FromDSU(0, -1, 0),
            "datetime.timedelta(days=-1, seconds=86399)",
        );
        let offset = PyDelta_FromDSU(0, 3600, 0);
        check(
            PyTimeZone_FromOffset(offset),
            "datetime.timezone(datetime.timedelta(seconds=3600))",
        );
        let name = PyUnicode_FromString(c"CET".as_ptr());
        check(
            PyTimeZone_FromOffsetAndName(offset, name),
            "datetime.timezone(datetime.timedelta(seconds=3600), 'CET')",
        );
        Py_DECREF(name);
        Py_DECREF(offset);
        let args = eval(c"(0, __import__('datetime').timezone.utc)");
        check(
            PyDateTime_FromTimestamp(args),
            "datetime.datetime(1970, 1, 1, 0, 0, tzinfo=datetime.timezone.utc)",
        );
        Py_DECREF(args);
        let args = eval(c"(86400 * 365,)");
        let d = PyDate_FromTimestamp(args);
        assert_eq!(PyDateTime_GET_YEAR(d), 1971);
        Py_DECREF(d);
        Py_DECREF(args);
        // Errors come back as NULL with the exception set.
        assert!(PyDate_FromDate(2000, 13, 1).is_null());
        common::take_error(PyExc_ValueError);
    });
}
