/* graph.store._rowbuffer: rows packed in C memory, read by SQLite as a table.
 *
 * Why: a bulk ingest's writer thread stores chunks of rows while the main
 * thread resolves the next. Handed over as Python tuples, every row would be
 * bound by `executemany` under the GIL, and the two threads would take turns;
 * handed over as one JSON text, SQLite parsed it again, column by column, for
 * about half of the writer's CPU time (bench/README.md). Here the reader packs
 * each row's values as they are (text as UTF-8, numbers as 8 bytes), and the
 * writer's INSERT … SELECT reads them straight from memory through a virtual
 * table, `fkg_rows(token)`, with no text to parse and without the GIL
 * (graph/store/bulk.py holds the statements).
 *
 * How SQLite finds the table: importing this module registers an automatic
 * extension (sqlite3_auto_extension, a public SQLite API) that declares the
 * table on every connection opened afterwards, by the same SQLite library.
 * Python's sqlite3 module opens its connections with the system's
 * libsqlite3, as this module is linked with it; where Python carries its own
 * copy, the table simply is not there, and bulk writes use executemany
 * (`graph.store.Store.reads_packed_rows` checks).
 *
 * A buffer taken for writing (`take`) is registered under an integer token
 * until it is freed; the table's argument is that token, never an address,
 * so no SQL text can make SQLite read memory it was not given.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <pythread.h>
#include <stdint.h>
#include <string.h>
#include <sqlite3ext.h>
SQLITE_EXTENSION_INIT1

#define MAX_COLUMNS 20
#define SPARE_BLOCKS 4  /* ingest has at most 3 chunks in flight: two being written, one being packed */
enum { T_NULL = 0, T_INT = 1, T_REAL = 2, T_TEXT = 3 };

typedef struct {
    PyObject_HEAD
    char *data;          /* rows, one after another: a field count byte, then fields (tag, value) */
    size_t len, cap;
    size_t *rows;        /* each row's offset in data */
    size_t n_rows, rows_cap;
    size_t *order;       /* a taken buffer: row numbers sorted by their first field (made by the writer) */
    int ncols;
    int sort_first;      /* a taken buffer: give rows in the order of their first field (stable) */
    long long token;     /* a taken buffer: its registry token; 0 otherwise */
    PyObject *source;    /* a taken buffer: the buffer it was taken from, which gets its memory back when it is freed */
    /* Memory of freed taken buffers, kept for the next `take`: fresh memory for every chunk cost the packing thread
     * the kernel's zeroing of every new page (bench/README.md). */
    struct { char *data; size_t cap; size_t *rows; size_t rows_cap; } spare[SPARE_BLOCKS];
    int n_spare;
} RowBuffer;

/* ---- the registry of taken buffers ----------------------------------------- */

static PyThread_type_lock registry_lock;
static RowBuffer **registry;
static size_t registry_len, registry_cap;
static long long next_token = 1;

static int registry_add(RowBuffer *b)
{
    int ok = 0;
    PyThread_acquire_lock(registry_lock, WAIT_LOCK);
    if (registry_len == registry_cap) {
        size_t cap = registry_cap ? registry_cap * 2 : 16;
        RowBuffer **grown = PyMem_RawRealloc(registry, cap * sizeof *registry);
        if (grown) {
            registry = grown;
            registry_cap = cap;
        }
    }
    if (registry_len < registry_cap) {
        b->token = next_token++;
        registry[registry_len++] = b;
        ok = 1;
    }
    PyThread_release_lock(registry_lock);
    return ok;
}

static void registry_remove(RowBuffer *b)
{
    PyThread_acquire_lock(registry_lock, WAIT_LOCK);
    for (size_t i = 0; i < registry_len; i++)
        if (registry[i] == b) {
            registry[i] = registry[--registry_len];
            break;
        }
    PyThread_release_lock(registry_lock);
}

/* The buffer a token names, or NULL. Its owner keeps it alive while a
 * statement reads it (the writer holds a reference until the statement ends). */
static RowBuffer *registry_find(long long token)
{
    RowBuffer *found = NULL;
    PyThread_acquire_lock(registry_lock, WAIT_LOCK);
    for (size_t i = 0; i < registry_len; i++)
        if (registry[i]->token == token) {
            found = registry[i];
            break;
        }
    PyThread_release_lock(registry_lock);
    return found;
}

/* ---- packing ---------------------------------------------------------------- */

static int reserve(RowBuffer *b, size_t more)
{
    if (b->len + more > b->cap) {
        size_t cap = b->cap ? b->cap : 1 << 16;
        char *grown;
        while (cap < b->len + more)
            cap *= 2;
        if (!(grown = PyMem_RawRealloc(b->data, cap))) {
            PyErr_NoMemory();
            return -1;
        }
        b->data = grown;
        b->cap = cap;
    }
    return 0;
}

/* A str as UTF-8, written straight into the buffer (no bytes object, no
 * UTF-8 copy cached on the string). Lone surrogates cannot be stored: the
 * same error `str.encode` gives. */
static int put_text(RowBuffer *b, PyObject *s)
{
    Py_ssize_t n = PyUnicode_GET_LENGTH(s), i;
    int kind = PyUnicode_KIND(s);
    const void *src = PyUnicode_DATA(s);
    size_t at, most = PyUnicode_IS_ASCII(s) ? (size_t)n : (size_t)n * (kind == PyUnicode_1BYTE_KIND ? 2 : kind == PyUnicode_2BYTE_KIND ? 3 : 4);
    unsigned char *out;
    uint32_t written;
    if (most > UINT32_MAX) {
        PyErr_SetString(PyExc_OverflowError, "a text column of 4 GB or more");
        return -1;
    }
    if (reserve(b, 5 + most) < 0)
        return -1;
    b->data[b->len] = T_TEXT;
    at = b->len + 5;
    out = (unsigned char *)b->data + at;
    if (PyUnicode_IS_ASCII(s)) {
        memcpy(out, src, (size_t)n);
        out += n;
    } else {
        for (i = 0; i < n; i++) {
            Py_UCS4 c = PyUnicode_READ(kind, src, i);
            if (c < 0x80) {
                *out++ = (unsigned char)c;
            } else if (c < 0x800) {
                *out++ = (unsigned char)(0xC0 | (c >> 6));
                *out++ = (unsigned char)(0x80 | (c & 0x3F));
            } else if (c < 0x10000) {
                if (c >= 0xD800 && c <= 0xDFFF) {
                    PyObject *exc = PyObject_CallFunction(PyExc_UnicodeEncodeError, "sOnns", "utf-8", s, i, i + 1,
                                                          "surrogates not allowed");
                    if (exc) {
                        PyErr_SetObject(PyExc_UnicodeEncodeError, exc);
                        Py_DECREF(exc);
                    }
                    return -1;
                }
                *out++ = (unsigned char)(0xE0 | (c >> 12));
                *out++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
                *out++ = (unsigned char)(0x80 | (c & 0x3F));
            } else {
                *out++ = (unsigned char)(0xF0 | (c >> 18));
                *out++ = (unsigned char)(0x80 | ((c >> 12) & 0x3F));
                *out++ = (unsigned char)(0x80 | ((c >> 6) & 0x3F));
                *out++ = (unsigned char)(0x80 | (c & 0x3F));
            }
        }
    }
    written = (uint32_t)(out - ((unsigned char *)b->data + at));
    memcpy(b->data + b->len + 1, &written, 4);
    b->len = at + written;
    return 0;
}

static int put_value(RowBuffer *b, PyObject *v)
{
    if (v == Py_None) {
        if (reserve(b, 1) < 0)
            return -1;
        b->data[b->len++] = T_NULL;
    } else if (PyUnicode_Check(v)) {
        return put_text(b, v);
    } else if (PyLong_Check(v)) {  /* bool too, as 0 or 1: what SQLite makes of JSON's true and false */
        long long x = PyLong_AsLongLong(v);
        if (x == -1 && PyErr_Occurred())
            return -1;
        if (reserve(b, 9) < 0)
            return -1;
        b->data[b->len] = T_INT;
        memcpy(b->data + b->len + 1, &x, 8);
        b->len += 9;
    } else if (PyFloat_Check(v)) {
        double x = PyFloat_AS_DOUBLE(v);
        if (reserve(b, 9) < 0)
            return -1;
        b->data[b->len] = T_REAL;
        memcpy(b->data + b->len + 1, &x, 8);
        b->len += 9;
    } else {
        PyErr_Format(PyExc_TypeError, "cannot store %s %R: columns take str, int, float or None", Py_TYPE(v)->tp_name, v);
        return -1;
    }
    return 0;
}

static PyObject *RowBuffer_append(RowBuffer *b, PyObject *row)
{
    Py_ssize_t n, i;
    size_t start = b->len;
    if (!PyTuple_Check(row)) {
        PyErr_Format(PyExc_TypeError, "a row is a tuple, not %s", Py_TYPE(row)->tp_name);
        return NULL;
    }
    if (b->token) {
        PyErr_SetString(PyExc_ValueError, "this buffer was taken for writing: append to the one it was taken from");
        return NULL;
    }
    if ((n = PyTuple_GET_SIZE(row)) > b->ncols) {
        PyErr_Format(PyExc_ValueError, "a row of %zd values; this buffer holds %d columns", n, b->ncols);
        return NULL;
    }
    if (b->n_rows == b->rows_cap) {
        size_t cap = b->rows_cap ? b->rows_cap * 2 : 1024;
        size_t *grown = PyMem_RawRealloc(b->rows, cap * sizeof *b->rows);
        if (!grown)
            return PyErr_NoMemory();
        b->rows = grown;
        b->rows_cap = cap;
    }
    if (reserve(b, 1) < 0)
        return NULL;
    b->data[b->len++] = (char)n;
    for (i = 0; i < n; i++)
        if (put_value(b, PyTuple_GET_ITEM(row, i)) < 0) {
            b->len = start;  /* no half row */
            return NULL;
        }
    b->rows[b->n_rows++] = start;
    Py_RETURN_NONE;
}

static PyObject *RowBuffer_extend(RowBuffer *b, PyObject *rows)
{
    PyObject *it = PyObject_GetIter(rows), *row;
    if (!it)
        return NULL;
    while ((row = PyIter_Next(it))) {
        PyObject *done = RowBuffer_append(b, row);
        Py_DECREF(row);
        if (!done) {
            Py_DECREF(it);
            return NULL;
        }
        Py_DECREF(done);
    }
    Py_DECREF(it);
    if (PyErr_Occurred())
        return NULL;
    Py_RETURN_NONE;
}

static PyObject *RowBuffer_take(RowBuffer *b, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"sort_first", NULL};
    int sort_first = 0;
    RowBuffer *t;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "|p:take", names, &sort_first))
        return NULL;
    if (b->token) {
        PyErr_SetString(PyExc_ValueError, "this buffer was taken already");
        return NULL;
    }
    if (!(t = PyObject_New(RowBuffer, Py_TYPE(b))))
        return NULL;
    t->data = b->data; t->len = b->len; t->cap = b->cap;
    t->rows = b->rows; t->n_rows = b->n_rows; t->rows_cap = b->rows_cap;
    t->order = NULL; t->ncols = b->ncols; t->sort_first = sort_first; t->token = 0;
    t->source = Py_NewRef((PyObject *)b); t->n_spare = 0;
    b->data = NULL; b->len = b->cap = 0;
    b->rows = NULL; b->n_rows = b->rows_cap = 0;
    if (b->n_spare > 0) {  /* the memory of a chunk written before, its pages already the process's */
        b->n_spare--;
        b->data = b->spare[b->n_spare].data; b->cap = b->spare[b->n_spare].cap;
        b->rows = b->spare[b->n_spare].rows; b->rows_cap = b->spare[b->n_spare].rows_cap;
    }
    if (!registry_add(t)) {
        Py_DECREF(t);
        return PyErr_NoMemory();
    }
    return (PyObject *)t;
}

static int RowBuffer_init(RowBuffer *b, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"columns", NULL};
    int ncols;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "i:RowBuffer", names, &ncols))
        return -1;
    if (ncols < 1 || ncols > MAX_COLUMNS) {
        PyErr_Format(PyExc_ValueError, "columns: 1 to %d, not %d", MAX_COLUMNS, ncols);
        return -1;
    }
    b->ncols = ncols;
    return 0;
}

static PyObject *RowBuffer_new(PyTypeObject *type, PyObject *args, PyObject *kwargs)
{
    RowBuffer *b = (RowBuffer *)type->tp_alloc(type, 0);  /* zeroed */
    return (PyObject *)b;
}

static void RowBuffer_dealloc(RowBuffer *b)
{
    RowBuffer *source = (RowBuffer *)b->source;
    if (b->token)
        registry_remove(b);
    if (source && source->n_spare < SPARE_BLOCKS && b->data) {  /* under the GIL, as every take: no race */
        source->spare[source->n_spare].data = b->data; source->spare[source->n_spare].cap = b->cap;
        source->spare[source->n_spare].rows = b->rows; source->spare[source->n_spare].rows_cap = b->rows_cap;
        source->n_spare++;
    } else {
        PyMem_RawFree(b->data);
        PyMem_RawFree(b->rows);
    }
    for (int i = 0; i < b->n_spare; i++) {
        PyMem_RawFree(b->spare[i].data);
        PyMem_RawFree(b->spare[i].rows);
    }
    PyMem_RawFree(b->order);
    Py_XDECREF(b->source);
    Py_TYPE(b)->tp_free((PyObject *)b);
}

static Py_ssize_t RowBuffer_len(RowBuffer *b)
{
    return (Py_ssize_t)b->n_rows;
}

static PyObject *RowBuffer_get_token(RowBuffer *b, void *closure)
{
    if (!b->token) {
        PyErr_SetString(PyExc_ValueError, "only a taken buffer has a token");
        return NULL;
    }
    return PyLong_FromLongLong(b->token);
}

static PyMethodDef RowBuffer_methods[] = {
    {"append", (PyCFunction)RowBuffer_append, METH_O, "Pack one row, a tuple of str, int, float or None."},
    {"extend", (PyCFunction)RowBuffer_extend, METH_O, "Pack each row of an iterable, in order; stops at the first refused."},
    {"take", (PyCFunction)(void (*)(void))RowBuffer_take, METH_VARARGS | METH_KEYWORDS,
     "take(sort_first=False): a new buffer with the rows, registered for SQL as fkg_rows(buffer.token); this one is "
     "left empty. sort_first: SQL reads the rows in the order of their first column (stable)."},
    {NULL},
};

static PyGetSetDef RowBuffer_getset[] = {
    {"token", (getter)RowBuffer_get_token, NULL, "the argument of fkg_rows(…) that reads this taken buffer", NULL},
    {NULL},
};

static PySequenceMethods RowBuffer_as_sequence = {.sq_length = (lenfunc)RowBuffer_len};

static PyTypeObject RowBufferType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "graph.store._rowbuffer.RowBuffer",
    .tp_doc = "RowBuffer(columns): rows packed for SQLite to read as the table fkg_rows(token).",
    .tp_basicsize = sizeof(RowBuffer),
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_new = RowBuffer_new,
    .tp_init = (initproc)RowBuffer_init,
    .tp_dealloc = (destructor)RowBuffer_dealloc,
    .tp_methods = RowBuffer_methods,
    .tp_getset = RowBuffer_getset,
    .tp_as_sequence = &RowBuffer_as_sequence,
};

/* ---- the virtual table fkg_rows(token): c0 … c19, and the hidden token ------ */

typedef struct {
    sqlite3_vtab base;
} RowsTable;

typedef struct {
    sqlite3_vtab_cursor base;
    RowBuffer *buffer;   /* NULL: no rows (token 0) */
    size_t i;            /* position in the buffer's order */
    int nfields;
    size_t at[MAX_COLUMNS];  /* the current row's fields' offsets */
} RowsCursor;

static int rows_connect(sqlite3 *db, void *aux, int argc, const char *const *argv, sqlite3_vtab **out, char **err)
{
    RowsTable *t;
    int rc = sqlite3_declare_vtab(db, "CREATE TABLE x(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, c10, c11, c12, c13, c14, "
                                      "c15, c16, c17, c18, c19, token HIDDEN)");
    if (rc != SQLITE_OK)
        return rc;
    if (!(t = sqlite3_malloc(sizeof *t)))
        return SQLITE_NOMEM;
    memset(t, 0, sizeof *t);
    *out = &t->base;
    return SQLITE_OK;
}

static int rows_disconnect(sqlite3_vtab *t)
{
    sqlite3_free(t);
    return SQLITE_OK;
}

static int rows_best_index(sqlite3_vtab *t, sqlite3_index_info *info)
{
    for (int i = 0; i < info->nConstraint; i++) {
        const struct sqlite3_index_constraint *c = &info->aConstraint[i];
        if (c->iColumn == MAX_COLUMNS && c->op == SQLITE_INDEX_CONSTRAINT_EQ) {
            if (!c->usable)
                return SQLITE_CONSTRAINT;
            info->aConstraintUsage[i].argvIndex = 1;
            info->aConstraintUsage[i].omit = 1;
            info->estimatedCost = 1.0;
            info->idxNum = 1;
            return SQLITE_OK;
        }
    }
    sqlite3_free(t->zErrMsg);
    t->zErrMsg = sqlite3_mprintf("fkg_rows needs its argument: fkg_rows(token)");
    return SQLITE_ERROR;
}

static int rows_open(sqlite3_vtab *t, sqlite3_vtab_cursor **out)
{
    RowsCursor *c = sqlite3_malloc(sizeof *c);
    if (!c)
        return SQLITE_NOMEM;
    memset(c, 0, sizeof *c);
    *out = &c->base;
    return SQLITE_OK;
}

static int rows_close(sqlite3_vtab_cursor *c)
{
    sqlite3_free(c);
    return SQLITE_OK;
}

/* The fields of the row at position c->i. */
static void rows_parse(RowsCursor *c)
{
    RowBuffer *b = c->buffer;
    size_t row = b->order ? b->order[c->i] : c->i, at = b->rows[row];
    c->nfields = (unsigned char)b->data[at++];
    for (int f = 0; f < c->nfields; f++) {
        uint32_t n;
        c->at[f] = at;
        switch (b->data[at]) {
        case T_NULL: at += 1; break;
        case T_TEXT: memcpy(&n, b->data + at + 1, 4); at += 5 + n; break;
        default: at += 9;
        }
    }
}

/* Row numbers in the order of their first field, ties in insertion order. */
static const RowBuffer *sorting;

static int first_field_order(const void *pa, const void *pb)
{
    size_t a = *(const size_t *)pa, b = *(const size_t *)pb;
    const char *da = sorting->data + sorting->rows[a], *db = sorting->data + sorting->rows[b];
    if (da[0] > 0 && db[0] > 0 && da[1] == T_TEXT && db[1] == T_TEXT) {
        uint32_t na, nb;
        int cmp;
        memcpy(&na, da + 2, 4);
        memcpy(&nb, db + 2, 4);
        if ((cmp = memcmp(da + 6, db + 6, na < nb ? na : nb)) != 0)
            return cmp;
        if (na != nb)
            return na < nb ? -1 : 1;
    }
    return a < b ? -1 : a > b;
}

static PyThread_type_lock sort_lock;  /* `sorting` is one for the process: one sort at a time */

static int sort_rows(RowBuffer *b)
{
    size_t *order = PyMem_RawMalloc((b->n_rows ? b->n_rows : 1) * sizeof *order);
    if (!order)
        return SQLITE_NOMEM;
    for (size_t i = 0; i < b->n_rows; i++)
        order[i] = i;
    PyThread_acquire_lock(sort_lock, WAIT_LOCK);
    sorting = b;
    qsort(order, b->n_rows, sizeof *order, first_field_order);
    sorting = NULL;
    PyThread_release_lock(sort_lock);
    b->order = order;
    return SQLITE_OK;
}

static int rows_filter(sqlite3_vtab_cursor *cur, int idx, const char *idx_str, int argc, sqlite3_value **argv)
{
    RowsCursor *c = (RowsCursor *)cur;
    sqlite3_int64 token = argc > 0 ? sqlite3_value_int64(argv[0]) : 0;
    c->buffer = NULL;
    c->i = 0;
    if (token != 0 && !(c->buffer = registry_find(token))) {
        sqlite3_free(cur->pVtab->zErrMsg);
        cur->pVtab->zErrMsg = sqlite3_mprintf("fkg_rows: no buffer has token %lld", (long long)token);
        return SQLITE_ERROR;
    }
    /* Sorted once, on the thread that writes, by the first statement that reads it: a taken buffer belongs to
     * that thread until it is freed. */
    if (c->buffer && c->buffer->sort_first && !c->buffer->order && c->buffer->n_rows > 1) {
        int rc = sort_rows(c->buffer);
        if (rc != SQLITE_OK)
            return rc;
    }
    if (c->buffer && c->buffer->n_rows)
        rows_parse(c);
    return SQLITE_OK;
}

static int rows_next(sqlite3_vtab_cursor *cur)
{
    RowsCursor *c = (RowsCursor *)cur;
    if (++c->i < c->buffer->n_rows)
        rows_parse(c);
    return SQLITE_OK;
}

static int rows_eof(sqlite3_vtab_cursor *cur)
{
    RowsCursor *c = (RowsCursor *)cur;
    return !c->buffer || c->i >= c->buffer->n_rows;
}

static int rows_column(sqlite3_vtab_cursor *cur, sqlite3_context *ctx, int col)
{
    RowsCursor *c = (RowsCursor *)cur;
    const char *p;
    if (col >= c->nfields) {  /* a short row, or the hidden token */
        if (col == MAX_COLUMNS)
            sqlite3_result_int64(ctx, c->buffer ? c->buffer->token : 0);
        else
            sqlite3_result_null(ctx);
        return SQLITE_OK;
    }
    p = c->buffer->data + c->at[col];
    switch (p[0]) {
    case T_INT: {
        sqlite3_int64 x;
        memcpy(&x, p + 1, 8);
        sqlite3_result_int64(ctx, x);
        break;
    }
    case T_REAL: {
        double x;
        memcpy(&x, p + 1, 8);
        sqlite3_result_double(ctx, x);
        break;
    }
    case T_TEXT: {
        uint32_t n;
        memcpy(&n, p + 1, 4);
        sqlite3_result_text(ctx, p + 5, (int)n, SQLITE_STATIC);  /* the buffer outlives the statement */
        break;
    }
    default:
        sqlite3_result_null(ctx);
    }
    return SQLITE_OK;
}

static int rows_rowid(sqlite3_vtab_cursor *cur, sqlite3_int64 *rowid)
{
    *rowid = (sqlite3_int64)((RowsCursor *)cur)->i;
    return SQLITE_OK;
}

static sqlite3_module rows_module = {
    .iVersion = 0,
    .xCreate = NULL,  /* eponymous only: a table-valued function, never a CREATE VIRTUAL TABLE */
    .xConnect = rows_connect,
    .xBestIndex = rows_best_index,
    .xDisconnect = rows_disconnect,
    .xDestroy = rows_disconnect,
    .xOpen = rows_open,
    .xClose = rows_close,
    .xFilter = rows_filter,
    .xNext = rows_next,
    .xEof = rows_eof,
    .xColumn = rows_column,
    .xRowid = rows_rowid,
};

static int on_connect(sqlite3 *db, char **err, const sqlite3_api_routines *api)
{
    SQLITE_EXTENSION_INIT2(api);
    return sqlite3_create_module_v2(db, "fkg_rows", &rows_module, NULL, NULL);
}

/* ---- the module ---------------------------------------------------------------- */

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "graph.store._rowbuffer", "Rows packed in C memory, read by SQLite as the table fkg_rows(token).",
    -1, NULL,
};

#undef sqlite3_auto_extension  /* the library this module is linked with, not an extension's API table */

PyMODINIT_FUNC PyInit__rowbuffer(void)
{
    PyObject *m;
    if (!registry_lock && !(registry_lock = PyThread_allocate_lock()))
        return PyErr_NoMemory();
    if (!sort_lock && !(sort_lock = PyThread_allocate_lock()))
        return PyErr_NoMemory();
    if (PyType_Ready(&RowBufferType) < 0)
        return NULL;
    if (sqlite3_auto_extension((void (*)(void))on_connect) != SQLITE_OK) {
        PyErr_SetString(PyExc_ImportError, "graph.store._rowbuffer: SQLite refused the automatic extension");
        return NULL;
    }
    if (!(m = PyModule_Create(&module)))
        return NULL;
    if (PyModule_AddObjectRef(m, "RowBuffer", (PyObject *)&RowBufferType) < 0
        || PyModule_AddIntConstant(m, "MAX_COLUMNS", MAX_COLUMNS) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
