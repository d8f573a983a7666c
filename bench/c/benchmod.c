/* The benchmark module in C: the reference the Rust versions (bench/rust/module.rs)
 * are measured against. Every function has a twin there with the same logic.
 * Built with -DPy_LIMITED_API=0x03XX0000 for the abi3 modes (bench/run.sh). */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* Py_NewRef and Py_Is are in the headers from 3.10; pyffi and pyo3-ffi offer them
 * for older versions too, as these lines do. */
#if PY_VERSION_HEX < 0x030A0000
static inline PyObject *bench_NewRef(PyObject *o) { Py_INCREF(o); return o; }
#  define Py_NewRef(o) bench_NewRef(o)
#  define Py_Is(x, y) ((x) == (y))
#  define Py_IsNone(x) Py_Is((x), Py_None)
#  define Py_IsTrue(x) Py_Is((x), Py_True)
#  define Py_IsFalse(x) Py_Is((x), Py_False)
#endif
/* The limited API names METH_FASTCALL from 3.10; the interpreter (3.13) takes it. */
#ifndef METH_FASTCALL
#  define METH_FASTCALL 0x0080
#endif
#if defined(Py_LIMITED_API)
#  define LIMITED 1
#else
#  define LIMITED 0
#endif
#define HAS_VECTORCALL (!LIMITED || Py_LIMITED_API + 0 >= 0x030C0000)
#define HAS_UTF8_AND_SIZE (!LIMITED || Py_LIMITED_API + 0 >= 0x030A0000)
#define HAS_CRITICAL_SECTION (!LIMITED && PY_VERSION_HEX >= 0x030D0000)

/* Exported and never inlined, so that callgrind finds each one by name. */
#define BENCH(name) __attribute__((noinline, visibility("default"))) PyObject *name( \
    PyObject *self, PyObject *const *args, Py_ssize_t nargs)

#if LIMITED
#  define LIST_SIZE(o) PyList_Size(o)
#  define LIST_GET(o, i) PyList_GetItem(o, i)
#  define TUPLE_SIZE(o) PyTuple_Size(o)
#  define TUPLE_GET(o, i) PyTuple_GetItem(o, i)
#  define FLOAT_VALUE(o) PyFloat_AsDouble(o)
#else
#  define LIST_SIZE(o) PyList_GET_SIZE(o)
#  define LIST_GET(o, i) PyList_GET_ITEM(o, i)
#  define TUPLE_SIZE(o) PyTuple_GET_SIZE(o)
#  define TUPLE_GET(o, i) PyTuple_GET_ITEM(o, i)
#  define FLOAT_VALUE(o) PyFloat_AS_DOUBLE(o)
#endif

/* noop(): the call overhead, and Py_NewRef. */
BENCH(bench_noop) { (void)args; (void)nargs; return Py_NewRef(self); }

/* incdec(list): Py_INCREF on every item, then Py_DECREF on every item (two passes, so
 * that no compiler folds the pair away), on mortal or immortal items. */
BENCH(bench_incdec) {
    PyObject *list = args[0];
    Py_ssize_t n = LIST_SIZE(list);
    for (Py_ssize_t i = 0; i < n; i++) Py_INCREF(LIST_GET(list, i));
    for (Py_ssize_t i = 0; i < n; i++) Py_DECREF(LIST_GET(list, i));
    return Py_NewRef(Py_None);
}

/* list_sum(list of int): PyList_GET_ITEM + PyLong_AsLong. */
BENCH(bench_list_sum) {
    PyObject *list = args[0];
    long total = 0;
    Py_ssize_t n = LIST_SIZE(list);
    for (Py_ssize_t i = 0; i < n; i++) total += PyLong_AsLong(LIST_GET(list, i));
    return PyLong_FromLong(total);
}

/* list_reverse(list): reverses in place with PyList_GET_ITEM / PyList_SET_ITEM. */
BENCH(bench_list_reverse) {
    PyObject *list = args[0];
    Py_ssize_t n = LIST_SIZE(list);
    for (Py_ssize_t i = 0, j = n - 1; i < j; i++, j--) {
        PyObject *a = LIST_GET(list, i), *b = LIST_GET(list, j);
#if LIMITED
        /* PyList_SetItem steals a reference and drops the old item's. */
        Py_INCREF(a); Py_INCREF(b);
        PyList_SetItem(list, i, b); PyList_SetItem(list, j, a);
#else
        PyList_SET_ITEM(list, i, b); PyList_SET_ITEM(list, j, a);
#endif
    }
    return Py_NewRef(Py_None);
}

/* tuple_fsum(tuple of float): PyTuple_GET_ITEM + PyFloat_AS_DOUBLE. */
BENCH(bench_tuple_fsum) {
    PyObject *tuple = args[0];
    double total = 0.0;
    Py_ssize_t n = TUPLE_SIZE(tuple);
    for (Py_ssize_t i = 0; i < n; i++) total += FLOAT_VALUE(TUPLE_GET(tuple, i));
    return PyFloat_FromDouble(total);
}

/* count_types(list): the Py*_Check macros. */
BENCH(bench_count_types) {
    PyObject *list = args[0];
    long c[6] = {0, 0, 0, 0, 0, 0};
    Py_ssize_t n = LIST_SIZE(list);
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *o = LIST_GET(list, i);
        if (PyLong_Check(o)) c[0]++;
        if (PyUnicode_Check(o)) c[1]++;
        if (PyFloat_Check(o)) c[2]++;
        if (PyTuple_Check(o)) c[3]++;
        if (PyList_Check(o)) c[4]++;
        if (PyDict_Check(o)) c[5]++;
    }
    return PyLong_FromLong(c[0] + 10 * c[1] + 100 * c[2] + 1000 * c[3] + 10000 * c[4] + 100000 * c[5]);
}

/* is_counts(list): Py_Is, Py_IsNone, Py_IsTrue, Py_IsFalse. */
BENCH(bench_is_counts) {
    PyObject *list = args[0];
    long c[4] = {0, 0, 0, 0};
    Py_ssize_t n = LIST_SIZE(list);
    PyObject *first = n ? LIST_GET(list, 0) : NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *o = LIST_GET(list, i);
        if (Py_Is(o, first)) c[0]++;
        if (Py_IsNone(o)) c[1]++;
        if (Py_IsTrue(o)) c[2]++;
        if (Py_IsFalse(o)) c[3]++;
    }
    return PyLong_FromLong(c[0] + 1000 * c[1] + 1000000 * c[2] + 1000000000L * c[3]);
}

/* dict_sum(dict of int values): PyDict_Next. */
BENCH(bench_dict_sum) {
    PyObject *dict = args[0], *key, *value;
    Py_ssize_t pos = 0;
    long total = 0;
    while (PyDict_Next(dict, &pos, &key, &value)) total += PyLong_AsLong(value);
    return PyLong_FromLong(total);
}

/* utf8_len(list of str): PyUnicode_AsUTF8AndSize. */
BENCH(bench_utf8_len) {
    PyObject *list = args[0];
    Py_ssize_t total = 0;
    Py_ssize_t n = LIST_SIZE(list);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t size = 0;
#if HAS_UTF8_AND_SIZE
        if (PyUnicode_AsUTF8AndSize(LIST_GET(list, i), &size) == NULL) return NULL;
#else
        PyObject *b = PyUnicode_AsUTF8String(LIST_GET(list, i));
        if (b == NULL) return NULL;
        size = PyBytes_Size(b);
        Py_DECREF(b);
#endif
        total += size;
    }
    return PyLong_FromSsize_t(total);
}

/* ucs_sum(str): PyUnicode_KIND / DATA / READ (the limited API: PyUnicode_ReadChar). */
BENCH(bench_ucs_sum) {
    PyObject *s = args[0];
    long total = 0;
#if LIMITED
    Py_ssize_t n = PyUnicode_GetLength(s);
    for (Py_ssize_t i = 0; i < n; i++) total += (long)PyUnicode_ReadChar(s, i);
#else
    int kind = PyUnicode_KIND(s);
    const void *data = PyUnicode_DATA(s);
    Py_ssize_t n = PyUnicode_GET_LENGTH(s);
    for (Py_ssize_t i = 0; i < n; i++) total += (long)PyUnicode_READ(kind, data, i);
#endif
    return PyLong_FromLong(total);
}

/* bytes_sum(bytes): PyBytes_AS_STRING / PyBytes_GET_SIZE. */
BENCH(bench_bytes_sum) {
    PyObject *b = args[0];
    long total = 0;
#if LIMITED
    const char *p = PyBytes_AsString(b);
    Py_ssize_t n = PyBytes_Size(b);
#else
    const char *p = PyBytes_AS_STRING(b);
    Py_ssize_t n = PyBytes_GET_SIZE(b);
#endif
    for (Py_ssize_t i = 0; i < n; i++) total += (unsigned char)p[i];
    return PyLong_FromLong(total);
}

/* make_tuple(n): PyTuple_New + PyTuple_SET_ITEM. */
BENCH(bench_make_tuple) {
    Py_ssize_t n = PyLong_AsSsize_t(args[0]);
    PyObject *t = PyTuple_New(n);
    if (t == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
#if LIMITED
        PyTuple_SetItem(t, i, PyLong_FromSsize_t(i));
#else
        PyTuple_SET_ITEM(t, i, PyLong_FromSsize_t(i));
#endif
    }
    return t;
}

/* make_list(obj, n): PyList_New + PyList_SET_ITEM of Py_NewRef(obj). */
BENCH(bench_make_list) {
    PyObject *obj = args[0];
    Py_ssize_t n = PyLong_AsSsize_t(args[1]);
    PyObject *l = PyList_New(n);
    if (l == NULL) return NULL;
    for (Py_ssize_t i = 0; i < n; i++) {
#if LIMITED
        PyList_SetItem(l, i, Py_NewRef(obj));
#else
        PyList_SET_ITEM(l, i, Py_NewRef(obj));
#endif
    }
    return l;
}

#if HAS_VECTORCALL
/* vcall(callable, arg, n): n x PyObject_Vectorcall(callable, [arg]). */
BENCH(bench_vcall) {
    PyObject *callable = args[0];
    Py_ssize_t n = PyLong_AsSsize_t(args[2]);
    PyObject *argv[2] = {NULL, args[1]};
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *r = PyObject_Vectorcall(callable, argv + 1, 1 | PY_VECTORCALL_ARGUMENTS_OFFSET, NULL);
        if (r == NULL) return NULL;
        Py_DECREF(r);
    }
    return Py_NewRef(Py_None);
}
#endif

#if HAS_CRITICAL_SECTION
/* crit_sum(list): list_sum inside Py_BEGIN_CRITICAL_SECTION (a no-op with the GIL), of
 * the items minus one, so that no compiler merges it with bench_list_sum. */
BENCH(bench_crit_sum) {
    PyObject *list = args[0];
    long total = 0;
    Py_BEGIN_CRITICAL_SECTION(list);
    Py_ssize_t n = PyList_GET_SIZE(list);
    for (Py_ssize_t i = 0; i < n; i++) total += PyLong_AsLong(PyList_GET_ITEM(list, i)) - 1;
    Py_END_CRITICAL_SECTION();
    return PyLong_FromLong(total);
}
#endif

#define M(name) {#name, (PyCFunction)(void (*)(void))bench_##name, METH_FASTCALL, NULL}
static PyMethodDef methods[] = {
    M(noop), M(incdec), M(list_sum), M(list_reverse), M(tuple_fsum), M(count_types),
    M(is_counts), M(dict_sum), M(utf8_len), M(ucs_sum), M(bytes_sum), M(make_tuple),
    M(make_list),
#if HAS_VECTORCALL
    M(vcall),
#endif
#if HAS_CRITICAL_SECTION
    M(crit_sum),
#endif
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "benchmod", NULL, 0, methods, NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit_benchmod(void) {
    PyObject *m = PyModule_Create(&module);
#ifdef Py_GIL_DISABLED
    if (m != NULL) PyUnstable_Module_SetGIL(m, Py_MOD_GIL_NOT_USED);
#endif
    return m;
}
