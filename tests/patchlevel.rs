//! `patchlevel.h`'s constants: the version the crate was built for, against the running
//! interpreter (the targeted minor; under the limited API the abi3 floor, at most it).

mod common;

use common::{eval, with_gil};
use pyffi::*;

#[test]
fn version_constants_name_the_targeted_minor() {
    with_gil(|| unsafe {
        let o = eval(c"__import__('sys').version_info[1]");
        let running = PyLong_AsLong(o) as core::ffi::c_int;
        Py_DECREF(o);
        assert_eq!(PY_MAJOR_VERSION, 3);
        if cfg!(Py_LIMITED_API) {
            assert!(
                PY_MINOR_VERSION <= running,
                "floor 3.{PY_MINOR_VERSION} above the running 3.{running}"
            );
        } else {
            assert_eq!(
                PY_MINOR_VERSION, running,
                "PY_MINOR_VERSION vs sys.version_info[1]"
            );
        }
        assert_eq!(
            PY_VERSION_HEX,
            0x0300_0000 | (PY_MINOR_VERSION << 16),
            "PY_VERSION_HEX {PY_VERSION_HEX:#x}"
        );
        // The Py_3_x cfgs and the constant agree: 0x030C0000 <= hex exactly where Py_3_12.
        assert_eq!(PY_VERSION_HEX >= 0x030C_0000, cfg!(Py_3_12));
        assert_eq!(PY_VERSION_HEX >= 0x0308_0000, cfg!(Py_3_8));
        assert_eq!(
            [
                PY_RELEASE_LEVEL_ALPHA,
                PY_RELEASE_LEVEL_BETA,
                PY_RELEASE_LEVEL_GAMMA,
                PY_RELEASE_LEVEL_FINAL
            ],
            [0xA, 0xB, 0xC, 0xF]
        );
    });
}
