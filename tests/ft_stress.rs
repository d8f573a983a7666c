//! Free-threaded builds under contention: N threads (`PYFFI_STRESS_THREADS`, 8 to 64,
//! default 8) run the inline refcount paths at once on objects owned by the calling
//! thread, owned by another thread, immortal, and whose shared count is merged, then
//! check the exact final counts and that each object is deallocated exactly once (a type
//! whose `tp_dealloc` counts). The critical-section API (`PyCriticalSection_Begin`/`End`,
//! what `Py_BEGIN_CRITICAL_SECTION` expands to; pyffi has no macro of its own for it)
//! must make a read-modify-write of a plain field exact. `PYFFI_STRESS_ROUNDS` (default
//! 2000) sets the rounds. `tests/ft_stress.sh` runs this file many times in a row.
#![cfg(all(Py_GIL_DISABLED, not(Py_LIMITED_API)))]

mod common;

use common::attached;
use pyffi::*;
use std::ffi::{c_int, c_uint, c_void, CStr};
use std::ptr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Barrier;
use std::time::{Duration, Instant};

/// Each test must end well within this: the rounds are bounded, and so is the time.
const TIME_LIMIT: Duration = Duration::from_secs(60);

fn env_count(name: &str, default: usize, range: std::ops::RangeInclusive<usize>) -> usize {
    let n = std::env::var(name)
        .ok()
        .map(|v| {
            v.parse()
                .unwrap_or_else(|_| panic!("{name}={v}: expected a number"))
        })
        .unwrap_or(default);
    assert!(range.contains(&n), "{name}={n}: expected {range:?}");
    n
}

fn threads() -> usize {
    env_count("PYFFI_STRESS_THREADS", 8, 8..=64)
}

fn rounds() -> usize {
    env_count("PYFFI_STRESS_ROUNDS", 2000, 1..=1_000_000)
}

/// An object pointer that threads pass to each other.
#[derive(Clone, Copy, PartialEq, Debug)]
struct Obj(*mut PyObject);
unsafe impl Send for Obj {}
unsafe impl Sync for Obj {}

/// Failures seen on spawned threads, reported by the test's own thread at the end: a
/// panicking thread would leave the others waiting at a barrier for ever.
#[derive(Default)]
struct Fails(std::sync::Mutex<Vec<String>>);

impl Fails {
    fn check(&self, ok: bool, what: impl FnOnce() -> String) {
        if !ok {
            self.0.lock().unwrap().push(what());
        }
    }

    fn assert_none(&self) {
        let fails = self.0.lock().unwrap();
        assert!(
            fails.is_empty(),
            "{} failed checks:\n{}",
            fails.len(),
            fails.join("\n")
        );
    }
}

/// Waits at the barrier detached: an attached thread that blocks would hold up a
/// stop-the-world pause (a collection) that another thread asks for, and so deadlock.
unsafe fn wait(b: &Barrier) {
    let ts = PyEval_SaveThread();
    b.wait();
    PyEval_RestoreThread(ts);
}

// A heap type per test, whose instances count their deallocations.

#[repr(C)]
struct Counted {
    ob_base: PyObject,
    value: u64,
}

static DEALLOCS: [AtomicUsize; 4] = [const { AtomicUsize::new(0) }; 4];

unsafe extern "C" fn dealloc<const N: usize>(o: *mut PyObject) {
    let tp = Py_TYPE(o);
    PyObject_Free(o.cast());
    // Instances of heap types own a reference to their type.
    Py_DECREF(tp.cast());
    DEALLOCS[N].fetch_add(1, Ordering::SeqCst);
}

unsafe fn counted_type<const N: usize>(name: &'static CStr) -> Obj {
    let mut slots = [
        PyType_Slot {
            slot: Py_tp_dealloc,
            pfunc: dealloc::<N> as *mut c_void,
        },
        PyType_Slot {
            slot: 0,
            pfunc: ptr::null_mut(),
        },
    ];
    let mut spec = PyType_Spec {
        name: name.as_ptr(),
        basicsize: size_of::<Counted>() as c_int,
        itemsize: 0,
        flags: Py_TPFLAGS_DEFAULT as c_uint,
        slots: slots.as_mut_ptr(),
    };
    let tp = PyType_FromSpec(&mut spec);
    assert!(!tp.is_null(), "PyType_FromSpec failed");
    Obj(tp)
}

unsafe fn new_counted(tp: Obj) -> Obj {
    let o: *mut Counted = PyObject_New(tp.0.cast());
    assert!(!o.is_null());
    (*o).value = 0;
    Obj(o.cast())
}

/// One round of every inline path over `o`, leaving its count as it was.
unsafe fn round(o: *mut PyObject) {
    Py_INCREF(o);
    Py_DECREF(o);
    Py_XINCREF(o);
    Py_XDECREF(o);
    let r = Py_NewRef(o);
    Py_DECREF(r);
    let r = Py_XNewRef(o);
    Py_XDECREF(r);
    let mut slot = Py_NewRef(o);
    Py_CLEAR(&mut slot);
    assert!(slot.is_null());
}

fn immortals() -> Vec<(&'static str, Obj)> {
    attached(|| unsafe {
        vec![
            ("None", Obj(Py_None())),
            ("True", Obj(Py_True())),
            ("small int 7", Obj(PyLong_FromLong(7))),
            ("empty tuple", Obj(PyTuple_New(0))),
        ]
    })
}

#[test]
fn own_foreign_and_immortal_objects_keep_exact_counts() {
    let (n, rounds, t0) = (threads(), rounds(), Instant::now());
    let tp = attached(|| unsafe { counted_type::<0>(c"ft_stress.Own") });
    let immortal = immortals();
    let immortal_counts: Vec<_> = attached(|| unsafe {
        immortal
            .iter()
            .map(|(name, o)| {
                assert_eq!(_Py_IsImmortal(o.0), 1, "{name} is immortal");
                Py_REFCNT(o.0)
            })
            .collect()
    });
    let objects: Vec<std::sync::Mutex<Option<Obj>>> =
        (0..n).map(|_| std::sync::Mutex::new(None)).collect();
    let barrier = Barrier::new(n);
    let fails = Fails::default();
    // Each thread holds this many references to every other thread's object at the
    // midpoint, so that the count there is exact too.
    const HOLD: usize = 3;
    std::thread::scope(|s| {
        for i in 0..n {
            let (objects, barrier, immortal, fails) = (&objects, &barrier, &immortal, &fails);
            s.spawn(move || {
                attached(|| unsafe {
                    // Created by this thread, so owned by it: its count is local here.
                    let mine = new_counted(tp);
                    *objects[i].lock().unwrap() = Some(mine);
                    wait(barrier);
                    let all: Vec<Obj> =
                        objects.iter().map(|m| m.lock().unwrap().unwrap()).collect();
                    for _ in 0..rounds {
                        // Its own object (local count) and the others' (shared count),
                        // every thread at once, and the immortal ones.
                        for o in &all {
                            round(o.0);
                        }
                        for (_, o) in immortal {
                            round(o.0);
                        }
                    }
                    for (j, o) in all.iter().enumerate() {
                        if j != i {
                            for _ in 0..HOLD {
                                Py_INCREF(o.0);
                            }
                        }
                    }
                    wait(barrier);
                    // Every thread is quiet: each object has its owner's reference and
                    // HOLD from each other thread.
                    let want = 1 + (HOLD * (n - 1)) as Py_ssize_t;
                    let got = Py_REFCNT(mine.0);
                    fails.check(got == want, || {
                        format!("thread {i}'s object at the midpoint: {got}, expected {want}")
                    });
                    wait(barrier);
                    for (j, o) in all.iter().enumerate() {
                        if j != i {
                            for _ in 0..HOLD {
                                Py_DECREF(o.0);
                            }
                        }
                    }
                    wait(barrier);
                    let got = Py_REFCNT(mine.0);
                    fails.check(got == 1, || {
                        format!("thread {i}'s object at the end: {got}, expected 1")
                    });
                    Py_DECREF(mine.0);
                })
            });
        }
    });
    fails.assert_none();
    attached(|| unsafe {
        assert_eq!(DEALLOCS[0].load(Ordering::SeqCst), n, "deallocations");
        for ((name, o), before) in immortal.iter().zip(&immortal_counts) {
            let after = Py_REFCNT(o.0);
            assert_eq!(
                after, *before,
                "{name}: count {after} after, {before} before"
            );
        }
    });
    assert!(t0.elapsed() < TIME_LIMIT, "took {:?}", t0.elapsed());
}

/// How an object's owner (the thread that made it) and the other threads give up their
/// references in `merged_objects_are_deallocated_exactly_once`.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Case {
    /// The owner drops its reference first: its local count reaches zero and merges into
    /// the shared one, and the last other thread's decrement deallocates.
    OwnerFirst,
    /// The others drop theirs first: the shared count is back to zero and the owner's
    /// local decrement deallocates.
    OwnerLast,
    /// The owner hands its only reference to another thread, whose decrement takes the
    /// shared count below zero and queues the object to the owner; the owner merges and
    /// deallocates it at its next eval-breaker check (it runs a line of Python).
    HandedOff,
    /// The same, but the owner's thread state is deleted instead, which merges its queue.
    HandedOffOwnerExits,
}

#[test]
fn merged_objects_are_deallocated_exactly_once() {
    let (n, rounds, t0) = (threads(), rounds(), Instant::now());
    let tp = attached(|| unsafe { counted_type::<1>(c"ft_stress.Merged") });
    // Each object is shared by every thread; a few hundred per case is contention enough.
    let per_case = rounds.clamp(n, 512);
    const HOLD: usize = 2;
    let mut expected = 0;
    for case in [
        Case::OwnerFirst,
        Case::OwnerLast,
        Case::HandedOff,
        Case::HandedOffOwnerExits,
    ] {
        let made: std::sync::Mutex<Vec<Obj>> = std::sync::Mutex::new(Vec::new());
        // One barrier for every phase, all n threads at each.
        let b = Barrier::new(n);
        let fails = Fails::default();
        let handed = matches!(case, Case::HandedOff | Case::HandedOffOwnerExits);
        let base = expected;
        std::thread::scope(|s| {
            let (made, b, fails) = (&made, &b, &fails);
            // Thread 0 owns the objects.
            s.spawn(move || {
                attached(|| unsafe {
                    let objs: Vec<Obj> = (0..per_case).map(|_| new_counted(tp)).collect();
                    *made.lock().unwrap() = objs.clone();
                    wait(b); // 1: made
                    wait(b); // 2: the others hold theirs (or have been handed the owner's)
                    let early = DEALLOCS[1].load(Ordering::SeqCst) - base;
                    fails.check(early == 0, || {
                        format!("{case:?}: {early} deallocated while referenced")
                    });
                    let shared = (HOLD * (n - 1)) as Py_ssize_t;
                    if !handed {
                        for o in &objs {
                            let got = Py_REFCNT(o.0);
                            fails.check(got == 1 + shared, || {
                                format!(
                                    "{case:?}: count while shared {got}, expected {}",
                                    1 + shared
                                )
                            });
                        }
                    }
                    if case == Case::OwnerFirst {
                        for o in &objs {
                            Py_DECREF(o.0);
                            let got = Py_REFCNT(o.0);
                            fails.check(got == shared, || {
                                format!("{case:?}: count after merging {got}, expected {shared}")
                            });
                        }
                    }
                    wait(b); // 3
                    wait(b); // 4: the others have dropped theirs
                    match case {
                        Case::OwnerLast => {
                            for o in &objs {
                                let got = Py_REFCNT(o.0);
                                fails.check(got == 1, || {
                                    format!("{case:?}: the owner's count {got}, expected 1")
                                });
                                Py_DECREF(o.0);
                            }
                        }
                        Case::HandedOff => {
                            let r = PyRun_SimpleString(c"pass".as_ptr());
                            fails.check(r == 0, || {
                                format!("{case:?}: running a line of Python failed")
                            });
                        }
                        _ => {}
                    }
                    if case != Case::HandedOffOwnerExits {
                        // Deallocated by now, each once: by the others' last decrement,
                        // the owner's, or the owner's merge of its queue.
                        let got = DEALLOCS[1].load(Ordering::SeqCst) - base;
                        fails.check(got == per_case, || {
                            format!(
                                "{case:?}: {got} of {per_case} deallocated before the owner exits"
                            )
                        });
                        wait(b); // 5
                    }
                });
                // The thread state was deleted on leaving `attached` (this thread's only
                // GIL state), before the last phase.
                if case == Case::HandedOffOwnerExits {
                    b.wait(); // 5
                }
            });
            for i in 1..n {
                s.spawn(move || {
                    attached(|| unsafe {
                        wait(b); // 1
                        let all = made.lock().unwrap().clone();
                        let mine: Vec<Obj> = if handed {
                            // This thread's share of the owner's references.
                            all.iter().copied().skip(i - 1).step_by(n - 1).collect()
                        } else {
                            for o in &all {
                                for _ in 0..HOLD {
                                    Py_INCREF(o.0);
                                }
                            }
                            all
                        };
                        wait(b); // 2
                        wait(b); // 3: the owner has dropped its own (OwnerFirst)
                                 // All of them at once, with the full paths in between.
                        for o in &mine {
                            if handed {
                                round(o.0);
                                Py_DECREF(o.0);
                            } else {
                                for _ in 0..HOLD {
                                    round(o.0);
                                    Py_DECREF(o.0);
                                }
                            }
                        }
                        wait(b); // 4
                        wait(b); // 5
                    })
                });
            }
        });
        expected += per_case;
        let got0 = DEALLOCS[1].load(Ordering::SeqCst);
        if got0 != expected {
            attached(|| unsafe {
                PyGC_Collect();
            });
            eprintln!(
                "DIAG {case:?}: {got0} then after gc {}",
                DEALLOCS[1].load(Ordering::SeqCst)
            );
        }
        let got = DEALLOCS[1].load(Ordering::SeqCst);
        assert_eq!(
            got, expected,
            "{case:?}: deallocations, {got} of {expected}"
        );
    }
    assert!(t0.elapsed() < TIME_LIMIT, "took {:?}", t0.elapsed());
}

#[test]
fn critical_sections_make_a_read_modify_write_exact() {
    let (n, rounds, t0) = (threads(), rounds(), Instant::now());
    let tp = attached(|| unsafe { counted_type::<2>(c"ft_stress.Guarded") });
    let (a, b) = attached(|| unsafe { (new_counted(tp), new_counted(tp)) });
    let barrier = Barrier::new(n);
    std::thread::scope(|s| {
        for i in 0..n {
            let barrier = &barrier;
            s.spawn(move || {
                attached(|| unsafe {
                    wait(barrier);
                    for k in 0..rounds {
                        let (pa, pb) = (a.0.cast::<Counted>(), b.0.cast::<Counted>());
                        if (i + k) % 2 == 0 {
                            // Py_BEGIN_CRITICAL_SECTION(a) ... Py_END_CRITICAL_SECTION()
                            let mut cs = std::mem::MaybeUninit::<PyCriticalSection>::uninit();
                            PyCriticalSection_Begin(cs.as_mut_ptr(), a.0);
                            let v = ptr::read_volatile(ptr::addr_of!((*pa).value));
                            std::hint::spin_loop();
                            ptr::write_volatile(ptr::addr_of_mut!((*pa).value), v + 1);
                            PyCriticalSection_End(cs.as_mut_ptr());
                        } else {
                            // Py_BEGIN_CRITICAL_SECTION2(a, b), the pair in either order.
                            let (x, y) = if i % 2 == 0 { (a, b) } else { (b, a) };
                            let mut cs = std::mem::MaybeUninit::<PyCriticalSection2>::uninit();
                            PyCriticalSection2_Begin(cs.as_mut_ptr(), x.0, y.0);
                            let v = ptr::read_volatile(ptr::addr_of!((*pa).value));
                            let w = ptr::read_volatile(ptr::addr_of!((*pb).value));
                            ptr::write_volatile(ptr::addr_of_mut!((*pa).value), v + 1);
                            ptr::write_volatile(ptr::addr_of_mut!((*pb).value), w + 1);
                            PyCriticalSection2_End(cs.as_mut_ptr());
                        }
                        round(a.0);
                    }
                })
            });
        }
    });
    attached(|| unsafe {
        let total = (n * rounds) as u64;
        // Thread i takes the single section in the rounds where i + k is even.
        let pairs: u64 = (0..n)
            .map(|i| (0..rounds).filter(|k| (i + k) % 2 == 1).count() as u64)
            .sum();
        let (va, vb) = (
            (*a.0.cast::<Counted>()).value,
            (*b.0.cast::<Counted>()).value,
        );
        assert_eq!(
            va, total,
            "a: every round's increment, under a critical section"
        );
        assert_eq!(vb, pairs, "b: the increments under the two-object section");
        assert_eq!(Py_REFCNT(a.0), 1);
        assert_eq!(Py_REFCNT(b.0), 1);
        Py_DECREF(a.0);
        Py_DECREF(b.0);
        assert_eq!(DEALLOCS[2].load(Ordering::SeqCst), 2);
    });
    assert!(t0.elapsed() < TIME_LIMIT, "took {:?}", t0.elapsed());
}
