//! Declarations of CPython's `Include/cpython/monitoring.h`.

// Imports: written by pyffi-gen from the names used here.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
use core::ffi::c_int;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
use crate::pyport::Py_ssize_t;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
use crate::object::PyObject;

// The exports the static inline functions call when the state is active (private names,
// which the generator does not declare).
extern "C" {
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FirePyStartEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FirePyResumeEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FirePyReturnEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
        retval: *mut PyObject,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FirePyYieldEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
        retval: *mut PyObject,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FireCallEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
        callable: *mut PyObject,
        arg0: *mut PyObject,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FireLineEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
        lineno: c_int,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FireJumpEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
        target_offset: *mut PyObject,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
    fn _PyMonitoring_FireBranchEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
        target_offset: *mut PyObject,
    ) -> c_int;
    #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FireBranchRightEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
        target_offset: *mut PyObject,
    ) -> c_int;
    #[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FireBranchLeftEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
        target_offset: *mut PyObject,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FireCReturnEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
        retval: *mut PyObject,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FirePyThrowEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FireRaiseEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FireReraiseEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FireExceptionHandledEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FireCRaiseEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FirePyUnwindEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    fn _PyMonitoring_FireStopIterationEvent(
        state: *mut PyMonitoringState,
        codelike: *mut PyObject,
        offset: i32,
        value: *mut PyObject,
    ) -> c_int;
}

/// `PyMonitoring_FirePyStartEvent(state, codelike, offset)`: `state->active ? _PyMonitoring_FirePyStartEvent(state, codelike, offset) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FirePyStartEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FirePyStartEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FirePyStartEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FirePyStartEvent(state, codelike, offset)
    } else {
        0
    }
}

/// `PyMonitoring_FirePyResumeEvent(state, codelike, offset)`: `state->active ? _PyMonitoring_FirePyResumeEvent(state, codelike, offset) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FirePyResumeEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FirePyResumeEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FirePyResumeEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FirePyResumeEvent(state, codelike, offset)
    } else {
        0
    }
}

/// `PyMonitoring_FirePyReturnEvent(state, codelike, offset, retval)`: `state->active ? _PyMonitoring_FirePyReturnEvent(state, codelike, offset, retval) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FirePyReturnEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FirePyReturnEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FirePyReturnEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
    retval: *mut PyObject,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FirePyReturnEvent(state, codelike, offset, retval)
    } else {
        0
    }
}

/// `PyMonitoring_FirePyYieldEvent(state, codelike, offset, retval)`: `state->active ? _PyMonitoring_FirePyYieldEvent(state, codelike, offset, retval) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FirePyYieldEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FirePyYieldEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FirePyYieldEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
    retval: *mut PyObject,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FirePyYieldEvent(state, codelike, offset, retval)
    } else {
        0
    }
}

/// `PyMonitoring_FireCallEvent(state, codelike, offset, callable, arg0)`: `state->active ? _PyMonitoring_FireCallEvent(state, codelike, offset, callable, arg0) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FireCallEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FireCallEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FireCallEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
    callable: *mut PyObject,
    arg0: *mut PyObject,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FireCallEvent(state, codelike, offset, callable, arg0)
    } else {
        0
    }
}

/// `PyMonitoring_FireLineEvent(state, codelike, offset, lineno)`: `state->active ? _PyMonitoring_FireLineEvent(state, codelike, offset, lineno) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FireLineEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FireLineEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FireLineEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
    lineno: c_int,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FireLineEvent(state, codelike, offset, lineno)
    } else {
        0
    }
}

/// `PyMonitoring_FireJumpEvent(state, codelike, offset, target_offset)`: `state->active ? _PyMonitoring_FireJumpEvent(state, codelike, offset, target_offset) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FireJumpEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FireJumpEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FireJumpEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
    target_offset: *mut PyObject,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FireJumpEvent(state, codelike, offset, target_offset)
    } else {
        0
    }
}

/// `PyMonitoring_FireBranchEvent(state, codelike, offset, target_offset)`: `state->active ? _PyMonitoring_FireBranchEvent(state, codelike, offset, target_offset) : 0`.
#[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FireBranchEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FireBranchEvent). In the 3.13 headers only. Not in the limited API.
pub unsafe fn PyMonitoring_FireBranchEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
    target_offset: *mut PyObject,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FireBranchEvent(state, codelike, offset, target_offset)
    } else {
        0
    }
}

/// `PyMonitoring_FireBranchRightEvent(state, codelike, offset, target_offset)`: `state->active ? _PyMonitoring_FireBranchRightEvent(state, codelike, offset, target_offset) : 0`.
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FireBranchRightEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FireBranchRightEvent). In the headers from 3.14. Not in the limited API.
pub unsafe fn PyMonitoring_FireBranchRightEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
    target_offset: *mut PyObject,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FireBranchRightEvent(state, codelike, offset, target_offset)
    } else {
        0
    }
}

/// `PyMonitoring_FireBranchLeftEvent(state, codelike, offset, target_offset)`: `state->active ? _PyMonitoring_FireBranchLeftEvent(state, codelike, offset, target_offset) : 0`.
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FireBranchLeftEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FireBranchLeftEvent). In the headers from 3.14. Not in the limited API.
pub unsafe fn PyMonitoring_FireBranchLeftEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
    target_offset: *mut PyObject,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FireBranchLeftEvent(state, codelike, offset, target_offset)
    } else {
        0
    }
}

/// `PyMonitoring_FireCReturnEvent(state, codelike, offset, retval)`: `state->active ? _PyMonitoring_FireCReturnEvent(state, codelike, offset, retval) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FireCReturnEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FireCReturnEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FireCReturnEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
    retval: *mut PyObject,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FireCReturnEvent(state, codelike, offset, retval)
    } else {
        0
    }
}

/// `PyMonitoring_FirePyThrowEvent(state, codelike, offset)`: `state->active ? _PyMonitoring_FirePyThrowEvent(state, codelike, offset) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FirePyThrowEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FirePyThrowEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FirePyThrowEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FirePyThrowEvent(state, codelike, offset)
    } else {
        0
    }
}

/// `PyMonitoring_FireRaiseEvent(state, codelike, offset)`: `state->active ? _PyMonitoring_FireRaiseEvent(state, codelike, offset) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FireRaiseEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FireRaiseEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FireRaiseEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FireRaiseEvent(state, codelike, offset)
    } else {
        0
    }
}

/// `PyMonitoring_FireReraiseEvent(state, codelike, offset)`: `state->active ? _PyMonitoring_FireReraiseEvent(state, codelike, offset) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FireReraiseEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FireReraiseEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FireReraiseEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FireReraiseEvent(state, codelike, offset)
    } else {
        0
    }
}

/// `PyMonitoring_FireExceptionHandledEvent(state, codelike, offset)`: `state->active ? _PyMonitoring_FireExceptionHandledEvent(state, codelike, offset) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FireExceptionHandledEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FireExceptionHandledEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FireExceptionHandledEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FireExceptionHandledEvent(state, codelike, offset)
    } else {
        0
    }
}

/// `PyMonitoring_FireCRaiseEvent(state, codelike, offset)`: `state->active ? _PyMonitoring_FireCRaiseEvent(state, codelike, offset) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FireCRaiseEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FireCRaiseEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FireCRaiseEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FireCRaiseEvent(state, codelike, offset)
    } else {
        0
    }
}

/// `PyMonitoring_FirePyUnwindEvent(state, codelike, offset)`: `state->active ? _PyMonitoring_FirePyUnwindEvent(state, codelike, offset) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FirePyUnwindEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FirePyUnwindEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FirePyUnwindEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FirePyUnwindEvent(state, codelike, offset)
    } else {
        0
    }
}

/// `PyMonitoring_FireStopIterationEvent(state, codelike, offset, value)`: `state->active ? _PyMonitoring_FireStopIterationEvent(state, codelike, offset, value) : 0`.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[inline]
///
/// C API: [`PyMonitoring_FireStopIterationEvent`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_FireStopIterationEvent). In the headers from 3.13. Not in the limited API.
pub unsafe fn PyMonitoring_FireStopIterationEvent(
    state: *mut PyMonitoringState,
    codelike: *mut PyObject,
    offset: i32,
    value: *mut PyObject,
) -> c_int {
    if (*state).active != 0 {
        _PyMonitoring_FireStopIterationEvent(state, codelike, offset, value)
    } else {
        0
    }
}

// @generated by pyffi-gen from the CPython headers; edit the generator, not the lines below.
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_PY_START`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_PY_START). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_PY_START: c_int = 0;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_PY_RESUME`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_PY_RESUME). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_PY_RESUME: c_int = 1;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_PY_RETURN`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_PY_RETURN). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_PY_RETURN: c_int = 2;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_PY_YIELD`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_PY_YIELD). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_PY_YIELD: c_int = 3;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_CALL`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_CALL). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_CALL: c_int = 4;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_LINE`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_LINE). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_LINE: c_int = 5;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_INSTRUCTION`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_INSTRUCTION). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_INSTRUCTION: c_int = 6;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_JUMP`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_JUMP). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_JUMP: c_int = 7;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_BRANCH_LEFT`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_BRANCH_LEFT). In the headers from 3.14. Not in the limited API.
pub const PY_MONITORING_EVENT_BRANCH_LEFT: c_int = 8;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_BRANCH_RIGHT`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_BRANCH_RIGHT). In the headers from 3.14. Not in the limited API.
pub const PY_MONITORING_EVENT_BRANCH_RIGHT: c_int = 9;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_STOP_ITERATION`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_STOP_ITERATION). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_STOP_ITERATION: c_int = 10;
#[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_STOP_ITERATION`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_STOP_ITERATION). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_STOP_ITERATION: c_int = 9;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_RAISE`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_RAISE). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_RAISE: c_int = 11;
#[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_RAISE`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_RAISE). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_RAISE: c_int = 10;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_EXCEPTION_HANDLED`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_EXCEPTION_HANDLED). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_EXCEPTION_HANDLED: c_int = 12;
#[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_EXCEPTION_HANDLED`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_EXCEPTION_HANDLED). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_EXCEPTION_HANDLED: c_int = 11;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_PY_UNWIND`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_PY_UNWIND). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_PY_UNWIND: c_int = 13;
#[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_PY_UNWIND`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_PY_UNWIND). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_PY_UNWIND: c_int = 12;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_PY_THROW`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_PY_THROW). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_PY_THROW: c_int = 14;
#[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_PY_THROW`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_PY_THROW). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_PY_THROW: c_int = 13;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_RERAISE`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_RERAISE). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_RERAISE: c_int = 15;
#[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_RERAISE`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_RERAISE). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_RERAISE: c_int = 14;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_C_RETURN`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_C_RETURN). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_C_RETURN: c_int = 16;
#[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_C_RETURN`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_C_RETURN). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_C_RETURN: c_int = 15;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_C_RAISE`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_C_RAISE). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_C_RAISE: c_int = 17;
#[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_C_RAISE`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_C_RAISE). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_C_RAISE: c_int = 16;
#[cfg(all(Py_3_14, not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_BRANCH`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_BRANCH) (docs: deprecated 3.14). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_BRANCH: c_int = 18;
#[cfg(all(Py_3_13, not(Py_3_14), not(Py_LIMITED_API)))]
/// C API: [`PY_MONITORING_EVENT_BRANCH`](https://docs.python.org/3/c-api/monitoring.html#c.PY_MONITORING_EVENT_BRANCH) (docs: deprecated 3.14). In the headers from 3.13. Not in the limited API.
pub const PY_MONITORING_EVENT_BRANCH: c_int = 8;
#[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
#[repr(C)]
#[derive(Copy, Clone)]
/// C API: [`PyMonitoringState`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoringState). In the headers from 3.13. Not in the limited API.
pub struct PyMonitoringState {
    pub active: u8,
    pub opaque: u8,
}
extern "C" {
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    /// C API: [`PyMonitoring_EnterScope`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_EnterScope). In the headers from 3.13. Not in the limited API.
    pub fn PyMonitoring_EnterScope(
        state_array: *mut PyMonitoringState,
        version: *mut u64,
        event_types: *const u8,
        length: Py_ssize_t,
    ) -> c_int;
    #[cfg(all(Py_3_13, not(Py_LIMITED_API)))]
    /// C API: [`PyMonitoring_ExitScope`](https://docs.python.org/3/c-api/monitoring.html#c.PyMonitoring_ExitScope). In the headers from 3.13. Not in the limited API.
    pub fn PyMonitoring_ExitScope() -> c_int;
}
