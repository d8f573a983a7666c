//! A dependency's build script cannot add link arguments to this program, so
//! the rpath to the libpython pyffi linked is set here. Without it the loader
//! may pick another Python's library of the same soname (a system
//! libpython3.11.so.1.0 for a pyenv 3.11), or none at all.

fn main() {
    pyo3_build_config::add_libpython_rpath_link_args();
}
