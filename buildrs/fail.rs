//! The build script's only way to fail: one `error: …` line on stderr, exit 1.
//! Cargo shows the whole stderr of a failed build script, so nothing else
//! (backtraces, panic text from pyo3-build-config) may reach it.

use std::panic::{self, AssertUnwindSafe};

pub struct Fail(String);

impl Fail {
    /// `message` says what is wrong and how to fix it.
    pub fn new(message: impl Into<String>) -> Self {
        Fail(message.into())
    }

    pub fn message(&self) -> &str {
        &self.0
    }

    pub fn exit(self) -> ! {
        eprintln!("error: {}", one_line(&self.0));
        std::process::exit(1)
    }
}

/// Joins lines and squeezes whitespace: pyo3-build-config's messages can
/// span several lines, and the user must see exactly one.
pub fn one_line(text: &str) -> String {
    let mut out = String::new();
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// `items` with `sep` between them. Loops rather than iterator chains in this script:
/// each chain is generic code compiled anew, which every clean build pays for.
pub fn join(items: &[String], sep: &str) -> String {
    let mut out = String::new();
    for item in items {
        if !out.is_empty() {
            out.push_str(sep);
        }
        out.push_str(item);
    }
    out
}

/// An error and its causes as `outer: inner: innermost`.
pub fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        text.push_str(": ");
        text.push_str(&cause.to_string());
        source = cause.source();
    }
    one_line(&text)
}

/// A bug in this script still ends in one line, not a backtrace.
pub fn install_panic_hook() {
    panic::set_hook(Box::new(|info| {
        eprintln!(
            "error: internal error in pyffi's build script ({}): please report it to pyffi",
            one_line(&panic_text(info.payload()))
        );
        std::process::exit(1);
    }));
}

/// Runs a pyo3-build-config call, turning its panics (it `expect`s on odd
/// environments and interpreter output) into `Err(panic message)`, silently.
pub fn catch<T>(call: impl FnOnce() -> T) -> Result<T, String> {
    let mut call = Some(call);
    let mut out = None;
    catch_dyn(&mut || out = call.take().map(|call| call()))?;
    out.ok_or_else(|| "no result".to_owned())
}

/// `catch`'s work, compiled once rather than per call site.
fn catch_dyn(call: &mut dyn FnMut()) -> Result<(), String> {
    let hook = panic::take_hook();
    panic::set_hook(Box::new(|_| {}));
    let result = panic::catch_unwind(AssertUnwindSafe(call));
    panic::set_hook(hook);
    result.map_err(|payload| one_line(&panic_text(&*payload)))
}

fn panic_text(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(text) = payload.downcast_ref::<&str>() {
        (*text).to_owned()
    } else if let Some(text) = payload.downcast_ref::<String>() {
        text.clone()
    } else {
        "unknown panic".to_owned()
    }
}
