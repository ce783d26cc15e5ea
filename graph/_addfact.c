/* graph._addfact: `Ingestor.add_fact`'s common case in C.
 *
 * Why: add_fact runs once per report on the thread the article loop waits
 * on. In C that thread spends 15-20 % less CPU on 1M facts; not more, because
 * what is left in either language is hash lookups over hundreds of thousands
 * of names and facts, bound by memory, not by the interpreter.
 * This is the same function, step for step, for the reports nearly all rows
 * are: a known predicate other than RENAMED_TO, plain subject and object,
 * well-typed provenance fields. Anything else it declines (returns
 * NotImplemented) before changing any state, and the Python method, which
 * stays the reference, does the row. A plain name new to the batch is
 * resolved here too (`resolve_new`: 240k names on 1M facts, 1.2 s less on the
 * article loop's thread). The rare branches it meets on the way (aliases, a
 * name the curated table knows, an entity merged away, a buyer's type) call
 * the same Python methods, in the same order, so the store ends the same
 * byte for byte (tests/test_addfact.py compares whole stores).
 *
 * Fact ids are SHA-1 of the same UTF-8 text as `graph.model.fact_id_from_json`;
 * JSON comes from the same `json` C encoders the Python path uses. A report
 * goes to the writer as a tuple appended to a row buffer (graph/_rowbuffer.c)
 * or, without one, encoded as JSON, as the Python path does; before any fact
 * set changes, so a report the buffer refuses leaves them as they were.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <stdint.h>
#include <math.h>
#include <string.h>

/* ---- SHA-1 (FIPS 180-4) -------------------------------------------------- */

typedef struct {
    uint32_t h[5];
    uint64_t length;
    unsigned char block[64];
    size_t used;
} sha1_ctx;

#define ROL(x, n) (((x) << (n)) | ((x) >> (32 - (n))))

static void sha1_compress(uint32_t h[5], const unsigned char *p)
{
    uint32_t w[80], a, b, c, d, e, t;
    int i;
    for (i = 0; i < 16; i++)
        w[i] = (uint32_t)p[4 * i] << 24 | (uint32_t)p[4 * i + 1] << 16 | (uint32_t)p[4 * i + 2] << 8 | p[4 * i + 3];
    for (; i < 80; i++)
        w[i] = ROL(w[i - 3] ^ w[i - 8] ^ w[i - 14] ^ w[i - 16], 1);
    a = h[0]; b = h[1]; c = h[2]; d = h[3]; e = h[4];
    for (i = 0; i < 80; i++) {
        uint32_t f, k;
        if (i < 20) { f = (b & c) | (~b & d); k = 0x5A827999; }
        else if (i < 40) { f = b ^ c ^ d; k = 0x6ED9EBA1; }
        else if (i < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8F1BBCDC; }
        else { f = b ^ c ^ d; k = 0xCA62C1D6; }
        t = ROL(a, 5) + f + e + k + w[i];
        e = d; d = c; c = ROL(b, 30); b = a; a = t;
    }
    h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e;
}

static void sha1_init(sha1_ctx *s)
{
    s->h[0] = 0x67452301; s->h[1] = 0xEFCDAB89; s->h[2] = 0x98BADCFE; s->h[3] = 0x10325476; s->h[4] = 0xC3D2E1F0;
    s->length = 0;
    s->used = 0;
}

static void sha1_update(sha1_ctx *s, const char *data, size_t n)
{
    const unsigned char *p = (const unsigned char *)data;
    s->length += n;
    while (n > 0) {
        size_t take = 64 - s->used < n ? 64 - s->used : n;
        memcpy(s->block + s->used, p, take);
        s->used += take; p += take; n -= take;
        if (s->used == 64) {
            sha1_compress(s->h, s->block);
            s->used = 0;
        }
    }
}

static void sha1_final(sha1_ctx *s, unsigned char out[20])
{
    uint64_t bits = s->length * 8;
    unsigned char pad = 0x80, zero = 0, len[8];
    int i;
    sha1_update(s, (const char *)&pad, 1);
    while (s->used != 56)
        sha1_update(s, (const char *)&zero, 1);
    for (i = 0; i < 8; i++)
        len[i] = (unsigned char)(bits >> (56 - 8 * i));
    sha1_update(s, (const char *)len, 8);
    for (i = 0; i < 20; i++)
        out[i] = (unsigned char)(s->h[i / 4] >> (24 - 8 * (i % 4)));
}

/* ---- strings used on every row ------------------------------------------- */

static PyObject *s_predicate, *s_subject, *s_object, *s_name, *s_type, *s_aliases, *s_qualifiers, *s_confidence,
    *s_offsets, *s_article_id, *s_evidence, *s_extractor, *s_rule, *s_role, *s_other, *s_title, *s_empty,
    *s_facts_read, *s_append, *s_entities_created, *s_person, *s_company, *zero, *one, *half;

static int intern_all(void)
{
#define I(var, text) if (!(var = PyUnicode_InternFromString(text))) return -1
    I(s_predicate, "predicate"); I(s_subject, "subject"); I(s_object, "object"); I(s_name, "name"); I(s_type, "type");
    I(s_aliases, "aliases"); I(s_qualifiers, "qualifiers"); I(s_confidence, "confidence"); I(s_offsets, "offsets");
    I(s_article_id, "article_id"); I(s_evidence, "evidence"); I(s_extractor, "extractor"); I(s_rule, "rule");
    I(s_role, "role"); I(s_other, "other"); I(s_title, "title"); I(s_empty, ""); I(s_facts_read, "facts_read");
    I(s_append, "append"); I(s_entities_created, "entities_created"); I(s_person, "Person"); I(s_company, "Company");
#undef I
    if (!(zero = PyLong_FromLong(0)) || !(one = PyLong_FromLong(1)) || !(half = PyFloat_FromDouble(0.5)))
        return -1;
    return 0;
}

/* ---- the adder ------------------------------------------------------------ */

typedef struct {
    PyObject_HEAD
    PyObject *shapes;           /* predicate name -> (predicate, subject types, object types, ((k, k_id), ...)) */
    PyObject *entity_quals;     /* ((q, q_id), ...): qualifiers naming an entity */
    PyObject *entities, *memo_plain, *touched_entities, *known_facts, *recompute, *reports, *refs, *touched_facts,
        *touched_pending, *report;
    PyObject *resolve, *store_resolve, *party_type, *validity, *round, *fact_id, *encode_key, *encode_report;
    PyObject *company_type, *exchange_type, *position, *renamed, *kind_name, *ref_company;
    PyObject *article_date;
    /* a name new to the batch (`resolve_new`): the ingestor's name index and what it buffers for the store */
    PyObject *name_key, *is_generic, *index, *keys_of, *curated, *new_entities, *new_names, *surfaces;
    int fresh;
} Adder;

static PyObject *call(PyObject *f, PyObject *a, PyObject *b, PyObject *c)
{
    PyObject *args[3] = {a, b, c};
    return PyObject_Vectorcall(f, args, c ? 3 : (b ? 2 : 1), NULL);
}

/* `"".join(encoder(value, 0))`, as `graph.model.json_encoder` does. */
static PyObject *encode(PyObject *encoder, PyObject *value)
{
    PyObject *chunks = call(encoder, value, zero, NULL), *text;
    if (!chunks)
        return NULL;
    text = PyUnicode_Join(s_empty, chunks);
    Py_DECREF(chunks);
    return text;
}

/* dict.get(key) as a borrowed reference; NULL with no error set when absent. */
static PyObject *get(PyObject *d, PyObject *key)
{
    return PyDict_GetItemWithError(d, key);
}

static int is_empty_sequence(PyObject *o)
{
    return (PyList_CheckExact(o) && PyList_GET_SIZE(o) == 0) || (PyTuple_CheckExact(o) && PyTuple_GET_SIZE(o) == 0);
}

/* `prefix` and the first `n` bytes of `digest` in lower-case hex: the form
 * of entity and fact ids. */
static PyObject *hex_id(const char *prefix, const unsigned char *digest, int n)
{
    static const char hex[] = "0123456789abcdef";
    char out[48];
    size_t len = strlen(prefix);
    int i;
    memcpy(out, prefix, len);
    for (i = 0; i < n; i++) {
        out[len + 2 * i] = hex[digest[i] >> 4];
        out[len + 2 * i + 1] = hex[digest[i] & 15];
    }
    return PyUnicode_FromStringAndSize(out, (Py_ssize_t)(len + 2 * (size_t)n));
}

/* `Ingestor.entity_id` for a Person or a Company: "per-"/"org-" and the
 * first 12 hex digits of SHA-1("Person:" + key). NULL with no error set when
 * the key is text UTF-8 cannot hold (the Python path says so in its words). */
static PyObject *entity_id(int person, PyObject *key)
{
    const char *type_text = person ? "Person:" : "Company:";
    unsigned char digest[20];
    sha1_ctx ctx;
    Py_ssize_t n;
    const char *utf8 = PyUnicode_AsUTF8AndSize(key, &n);
    if (!utf8) {
        PyErr_Clear();
        return NULL;
    }
    sha1_init(&ctx);
    sha1_update(&ctx, type_text, strlen(type_text));
    sha1_update(&ctx, utf8, (size_t)n);
    sha1_final(&ctx, digest);
    return hex_id(person ? "per-" : "org-", digest, 6);
}

/* `(*counter) += 1` on an attribute. */
static int increment(PyObject *obj, PyObject *attr)
{
    PyObject *value = PyObject_GetAttr(obj, attr), *more;
    int ok;
    if (!value)
        return -1;
    more = PyNumber_Add(value, one);
    Py_DECREF(value);
    if (!more)
        return -1;
    ok = PyObject_SetAttr(obj, attr, more);
    Py_DECREF(more);
    return ok;
}

/* `Ingestor.resolve` for a plain mention (no aliases, kind "name") the memo
 * does not hold: `_resolve` step for step, then the memo learns it. On 1M
 * facts that is 240k names, 2 s of Python on the thread the article loop
 * waits on. It goes back to the Python method, before changing anything,
 * for what is rare: a generic company phrase or a name with no key (both
 * refused there), a name the curated alias table knows (its aliases join),
 * a type other than Person and Company, a key UTF-8 cannot hold. */
static PyObject *resolve_new(Adder *self, PyObject *name, PyObject *type_)
{
    PyObject *key = NULL, *kt = NULL, *eid = NULL, *slot, *memo_key = NULL, *memo, *hit = NULL, *result = NULL;
    int person, company = 0, r;
    if (!self->name_key)  /* built without the name index: the Python method does it all */
        return call(self->resolve, name, type_, NULL);
    if ((person = PyObject_RichCompareBool(type_, s_person, Py_EQ)) < 0
        || (!person && (company = PyObject_RichCompareBool(type_, s_company, Py_EQ)) < 0))
        return NULL;
    if (!person && !company)
        goto python;
    if (company) {
        PyObject *generic = call(self->is_generic, name, NULL, NULL);
        if (!generic)
            return NULL;
        r = PyObject_IsTrue(generic);
        Py_DECREF(generic);
        if (r < 0)
            return NULL;
        if (r)
            goto python;
    }
    if (!(key = call(self->name_key, name, NULL, NULL)))
        return NULL;
    if (!PyUnicode_CheckExact(key) || PyUnicode_GET_LENGTH(key) == 0)
        goto python;
    if (!(kt = PyTuple_Pack(2, key, type_)))
        goto done;
    if (PyDict_GET_SIZE(self->curated)) {  /* keyed (type, key) */
        PyObject *tk = PyTuple_Pack(2, type_, key), *aliases;
        if (!tk)
            goto done;
        aliases = get(self->curated, tk);
        Py_DECREF(tk);
        if (aliases)
            goto python;
        if (PyErr_Occurred())
            goto done;
    }
    if ((eid = get(self->index, kt))) {  /* a known key: its entity, alive (merges re-point the index) */
        Py_INCREF(eid);
    } else {
        PyObject *row, *keys;
        if (PyErr_Occurred())
            goto done;
        if (!(eid = entity_id(person, key)))
            goto python;
        if ((r = PySet_Contains(self->entities, eid)) < 0)
            goto done;
        if (!r) {
            if (!(row = PyTuple_Pack(3, eid, type_, name)))
                goto done;
            r = PyList_Append(self->new_entities, row);
            Py_DECREF(row);
            if (r < 0 || PySet_Add(self->entities, eid) < 0 || increment(self->report, s_entities_created) < 0)
                goto done;
        }
        if (!(row = PyTuple_Pack(3, key, type_, eid)))
            goto done;
        r = PyList_Append(self->new_names, row);
        Py_DECREF(row);
        if (r < 0 || PyDict_SetItem(self->index, kt, eid) < 0)
            goto done;
        if (!(keys = get(self->keys_of, eid))) {
            if (PyErr_Occurred() || !(keys = PySet_New(NULL)))
                goto done;
            r = PyDict_SetItem(self->keys_of, eid, keys);
            Py_DECREF(keys);  /* the dict holds it */
            if (r < 0)
                goto done;
        }
        if (PySet_Add(keys, kt) < 0)
            goto done;
    }
    {  /* the surface count: `_surfaces.setdefault((eid, name), [kind, 0])[1] += 1` */
        PyObject *surface = PyTuple_Pack(2, eid, name), *fresh_slot = PyList_New(2), *count;
        if (!surface || !fresh_slot) {
            Py_XDECREF(surface);
            Py_XDECREF(fresh_slot);
            goto done;
        }
        PyList_SET_ITEM(fresh_slot, 0, Py_NewRef(self->kind_name));
        PyList_SET_ITEM(fresh_slot, 1, Py_NewRef(zero));
        slot = PyDict_SetDefault(self->surfaces, surface, fresh_slot);  /* borrowed */
        Py_DECREF(surface);
        Py_DECREF(fresh_slot);
        if (!slot)
            goto done;
        if (!PyList_CheckExact(slot) || PyList_GET_SIZE(slot) != 2) {
            PyErr_SetString(PyExc_TypeError, "a surface-count slot: [kind, count]");
            goto done;
        }
        if (!(count = PyNumber_Add(PyList_GET_ITEM(slot, 1), one)))
            goto done;
        PyList_SetItem(slot, 1, count);
    }
    if (!self->fresh && PySet_Add(self->touched_entities, eid) < 0)
        goto done;
    /* `resolve`: the per-(type, kind) memo remembers (eid, slot) */
    if (!(memo_key = PyTuple_Pack(2, type_, self->kind_name)) || !(memo = PyDict_New()))
        goto done;
    hit = memo;
    memo = PyDict_SetDefault(self->memo_plain, memo_key, memo);  /* borrowed: the new dict or the one there */
    Py_CLEAR(hit);
    if (!memo || !(hit = PyTuple_Pack(2, eid, slot)) || PyDict_SetItem(memo, name, hit) < 0)
        goto done;
    result = Py_NewRef(eid);
    goto done;
python:
    result = call(self->resolve, name, type_, NULL);
done:
    Py_XDECREF(key); Py_XDECREF(kt); Py_XDECREF(eid); Py_XDECREF(memo_key); Py_XDECREF(hit);
    return result;
}

/* `Ingestor.resolve(name, type_, aliases)`: a name resolved before (the
 * per-type memo holds it, and its entity is alive) counts one more mention;
 * anything else goes to the Python method. `aliases` NULL: none. */
static PyObject *resolve(Adder *self, PyObject *name, PyObject *type_, PyObject *aliases)
{
    int same;
    if (aliases == NULL) {
        if ((same = PyObject_RichCompareBool(type_, self->exchange_type, Py_EQ)) < 0)
            return NULL;
        if (!same) {
            PyObject *memo_key = PyTuple_Pack(2, type_, self->kind_name), *memo, *hit;
            if (!memo_key)
                return NULL;
            memo = get(self->memo_plain, memo_key);
            Py_DECREF(memo_key);
            if (!memo && PyErr_Occurred())
                return NULL;
            hit = memo ? get(memo, name) : NULL;
            if (!hit && PyErr_Occurred())
                return NULL;
            if (hit && PyTuple_CheckExact(hit) && PyTuple_GET_SIZE(hit) == 2) {
                PyObject *eid = PyTuple_GET_ITEM(hit, 0), *slot = PyTuple_GET_ITEM(hit, 1);
                int alive = PySet_Contains(self->entities, eid);
                if (alive < 0)
                    return NULL;
                if (alive && PyList_CheckExact(slot) && PyList_GET_SIZE(slot) == 2) {
                    PyObject *count = PyNumber_Add(PyList_GET_ITEM(slot, 1), one);
                    if (!count)
                        return NULL;
                    Py_INCREF(eid);
                    PyList_SetItem(slot, 1, count);
                    if (!self->fresh && PySet_Add(self->touched_entities, eid) < 0) {
                        Py_DECREF(eid);
                        return NULL;
                    }
                    return eid;
                }
            }
            return resolve_new(self, name, type_);
        }
        return call(self->resolve, name, type_, NULL);
    }
    return call(self->resolve, name, type_, aliases);
}

/* `Ingestor.store_resolve`: an alive id is itself. */
static PyObject *store_resolve(Adder *self, PyObject *eid)
{
    int alive = PySet_Contains(self->entities, eid);
    if (alive < 0)
        return NULL;
    if (alive) {
        Py_INCREF(eid);
        return eid;
    }
    return call(self->store_resolve, eid, NULL, NULL);
}

static PyObject *fact_id(Adder *self, PyObject *pred, PyObject *s, PyObject *o, PyObject *key_json)
{
    PyObject *parts[4] = {pred, s, o, key_json};
    sha1_ctx ctx;
    unsigned char digest[20];
    int i;
    sha1_init(&ctx);
    for (i = 0; i < 4; i++) {
        Py_ssize_t n;
        const char *utf8 = PyUnicode_AsUTF8AndSize(parts[i], &n);
        if (!utf8) {  /* text UTF-8 cannot hold (a lone surrogate): the Python function says so in its words */
            PyObject *args[4] = {pred, s, o, key_json};
            PyErr_Clear();
            return PyObject_Vectorcall(self->fact_id, args, 4, NULL);
        }
        if (i)
            sha1_update(&ctx, "\x1f", 1);
        sha1_update(&ctx, utf8, (size_t)n);
    }
    sha1_final(&ctx, digest);
    return hex_id("f-", digest, 8);
}

/* The provenance fields a row must have, well typed, for the fast path. */
typedef struct {
    PyObject *aid, *evidence, *extractor, *rule, *conf, *start, *end;
} Fields;

static int read_fields(PyObject *row, Fields *f)
{
    PyObject *offsets;
    f->aid = get(row, s_article_id);
    f->evidence = get(row, s_evidence);
    f->extractor = get(row, s_extractor);
    f->rule = get(row, s_rule);
    f->conf = get(row, s_confidence);
    offsets = get(row, s_offsets);
    if (PyErr_Occurred())
        return -1;
    if (!f->aid || !PyUnicode_Check(f->aid))
        return 0;
    if (f->evidence ? !PyUnicode_Check(f->evidence) : !(f->evidence = s_empty))
        return 0;
    if (f->extractor ? !PyUnicode_Check(f->extractor) : !(f->extractor = s_empty))
        return 0;
    if (f->rule ? !PyUnicode_Check(f->rule) : !(f->rule = s_empty))
        return 0;
    if (!f->conf)
        f->conf = half;
    else if (!PyFloat_CheckExact(f->conf) && !PyLong_CheckExact(f->conf))
        return 0;
    if (!offsets || offsets == Py_None || is_empty_sequence(offsets)) {
        f->start = f->end = zero;
    } else {
        if (!PyList_CheckExact(offsets) || PyList_GET_SIZE(offsets) < 2)
            return 0;
        f->start = PyList_GET_ITEM(offsets, 0);
        f->end = PyList_GET_ITEM(offsets, 1);
        if (!PyLong_CheckExact(f->start) || !PyLong_CheckExact(f->end))
            return 0;
        {  /* offsets a column cannot hold: `add_fact` refuses the row */
            int over_start, over_end;
            PyLong_AsLongLongAndOverflow(f->start, &over_start);
            PyLong_AsLongLongAndOverflow(f->end, &over_end);
            if (over_start || over_end)
                return 0;
        }
    }
    if (PyFloat_CheckExact(f->conf) && !isfinite(PyFloat_AS_DOUBLE(f->conf)))
        return 0;
    if (PyLong_CheckExact(f->conf)) {  /* float() of it must give a finite number too */
        double x = PyLong_AsDouble(f->conf);
        if (x == -1.0 && PyErr_Occurred()) {
            PyErr_Clear();
            return 0;
        }
    }
    return 1;
}

/* A mention's name and type, and its aliases: NULL when it has none. */
static int read_mention(PyObject *m, PyObject *types, PyObject **name, PyObject **type_, PyObject **aliases)
{
    int ok;
    if (!m || !PyDict_CheckExact(m))
        return 0;
    *name = get(m, s_name);
    *type_ = get(m, s_type);
    *aliases = get(m, s_aliases);
    if (PyErr_Occurred())
        return -1;
    if (!*name || !PyUnicode_CheckExact(*name) || !*type_ || !PyUnicode_CheckExact(*type_))
        return 0;
    if ((ok = PySet_Contains(types, *type_)) <= 0)
        return ok;
    if (*aliases && is_empty_sequence(*aliases))
        *aliases = NULL;
    return 1;
}

#define DECLINE do { Py_RETURN_NOTIMPLEMENTED; } while (0)

static PyObject *Adder_call(Adder *self, PyObject *args, PyObject *kwargs)
{
    PyObject *row, *pred_name, *shape, *subj, *obj, *s_name, *s_type, *s_aliases, *o_name, *o_type, *o_aliases,
        *quals_in;
    PyObject *quals = NULL, *s_id = NULL, *o_id = NULL, *key = NULL, *key_json = NULL, *fid = NULL, *quals_json = NULL,
        *conf = NULL, *report = NULL, *encoded = NULL, *tmp = NULL, *result = NULL;
    PyObject *ref_ids[8] = {NULL};
    Py_ssize_t n_quals = PyTuple_GET_SIZE(self->entity_quals), i;
    int has_ref[8] = {0}, ok, known;
    Fields f;

    if (!PyArg_UnpackTuple(args, "add_fact", 1, 1, &row))
        return NULL;
    if (kwargs && PyDict_GET_SIZE(kwargs)) {
        PyErr_SetString(PyExc_TypeError, "add_fact takes no keyword arguments");
        return NULL;
    }
    /* -- what the row must be for the fast path; nothing is changed before this ends -- */
    if (!PyDict_CheckExact(row))
        DECLINE;
    if (!(pred_name = get(row, s_predicate)))
        goto decline_or_error;
    if (!PyUnicode_CheckExact(pred_name) || !(shape = get(self->shapes, pred_name)))
        goto decline_or_error;
    if ((ok = PyObject_RichCompareBool(pred_name, self->renamed, Py_EQ)) != 0)
        return ok < 0 ? NULL : Py_NewRef(Py_NotImplemented);
    subj = get(row, s_subject);
    obj = get(row, s_object);
    if (PyErr_Occurred())
        return NULL;
    if ((ok = read_mention(subj, PyTuple_GET_ITEM(shape, 1), &s_name, &s_type, &s_aliases)) <= 0)
        return ok < 0 ? NULL : Py_NewRef(Py_NotImplemented);
    if ((ok = read_mention(obj, PyTuple_GET_ITEM(shape, 2), &o_name, &o_type, &o_aliases)) <= 0)
        return ok < 0 ? NULL : Py_NewRef(Py_NotImplemented);
    quals_in = get(row, s_qualifiers);
    if (!quals_in && PyErr_Occurred())
        return NULL;
    if (quals_in && quals_in != Py_None && !PyDict_CheckExact(quals_in))
        DECLINE;
    if ((ok = read_fields(row, &f)) <= 0)
        return ok < 0 ? NULL : Py_NewRef(Py_NotImplemented);

    /* -- add_fact, step for step -- */
    if (!(quals = quals_in && quals_in != Py_None ? PyDict_Copy(quals_in) : PyDict_New()))
        goto done;
    if (!(s_id = resolve(self, s_name, s_type, s_aliases)) || !(o_id = resolve(self, o_name, o_type, o_aliases)))
        goto done;
    for (i = 0; i < n_quals; i++) {
        PyObject *q = PyTuple_GET_ITEM(PyTuple_GET_ITEM(self->entity_quals, i), 0), *v = get(quals, q);
        if (!v && PyErr_Occurred())
            goto done;
        has_ref[i] = v && PyUnicode_Check(v) && PyUnicode_GET_LENGTH(v) > 0;
    }
    for (i = 0; i < n_quals; i++) {
        PyObject *pair = PyTuple_GET_ITEM(self->entity_quals, i), *q = PyTuple_GET_ITEM(pair, 0), *v, *t;
        if (!has_ref[i])
            continue;
        v = get(quals, q);  /* still there: resolving changes no qualifiers */
        if ((ok = PyObject_RichCompareBool(q, self->ref_company, Py_EQ)) < 0)
            goto done;
        if (!(t = ok ? Py_NewRef(self->company_type) : call(self->party_type, v, NULL, NULL)))
            goto done;
        Py_INCREF(v);
        ref_ids[i] = resolve(self, v, t, NULL);
        Py_DECREF(v);
        Py_DECREF(t);
        if (!ref_ids[i] || PyDict_SetItem(quals, PyTuple_GET_ITEM(pair, 1), ref_ids[i]) < 0)
            goto done;
    }
    tmp = s_id; s_id = store_resolve(self, tmp); Py_CLEAR(tmp);
    if (!s_id)
        goto done;
    tmp = o_id; o_id = store_resolve(self, tmp); Py_CLEAR(tmp);
    if (!o_id)
        goto done;
    if (!(key = PyDict_New()))
        goto done;
    {
        PyObject *kq = PyTuple_GET_ITEM(shape, 3);
        for (i = 0; i < PyTuple_GET_SIZE(kq); i++) {
            PyObject *pair = PyTuple_GET_ITEM(kq, i), *v = get(quals, PyTuple_GET_ITEM(pair, 1));
            if (!v && !PyErr_Occurred())
                v = get(quals, PyTuple_GET_ITEM(pair, 0));
            if (PyErr_Occurred() || PyDict_SetItem(key, PyTuple_GET_ITEM(pair, 0), v ? v : Py_None) < 0)
                goto done;
        }
    }
    if ((ok = PyObject_RichCompareBool(pred_name, self->position, Py_EQ)) < 0)
        goto done;
    if (ok) {
        PyObject *role = get(quals, s_role), *title;
        if (!role && PyErr_Occurred())
            goto done;
        if (role && (ok = PyObject_RichCompareBool(role, s_other, Py_EQ)) != 0) {
            if (ok < 0)
                goto done;
            title = get(quals, s_title);
            if ((!title && PyErr_Occurred()) || PyDict_SetItem(key, s_title, title ? title : Py_None) < 0)
                goto done;
        }
    }
    for (i = 0; i < n_quals; i++) {
        PyObject *pair = PyTuple_GET_ITEM(self->entity_quals, i), *q = PyTuple_GET_ITEM(pair, 0), *q_id = PyTuple_GET_ITEM(pair, 1);
        PyObject *cur;
        if (!has_ref[i])
            continue;
        if (!(cur = get(quals, q_id))) {
            if (!PyErr_Occurred())
                PyErr_SetObject(PyExc_KeyError, q_id);
            goto done;
        }
        Py_INCREF(cur);
        Py_SETREF(ref_ids[i], store_resolve(self, cur));
        Py_DECREF(cur);
        if (!ref_ids[i] || PyDict_SetItem(quals, q_id, ref_ids[i]) < 0)
            goto done;
        if ((ok = PyDict_Contains(key, q)) < 0 || (ok && PyDict_SetItem(key, q, ref_ids[i]) < 0))
            goto done;
    }
    if (!(key_json = encode(self->encode_key, key)))
        goto done;
    if (!(fid = fact_id(self, pred_name, s_id, o_id, key_json)))
        goto done;
    if (!(quals_json = encode(self->encode_key, quals)))
        goto done;
    if (!(conf = PyNumber_Float(f.conf)))
        goto done;
    if ((known = PySet_Contains(self->known_facts, fid)) < 0)
        goto done;
    if (known) {
        report = PyTuple_Pack(9, fid, f.aid, f.start, f.end, f.evidence, conf, f.extractor, f.rule, quals_json);
    } else {
        PyObject *rounded, *valid, *four;
        if (!(four = PyLong_FromLong(4)))
            goto done;
        rounded = call(self->round, conf, four, NULL);
        Py_DECREF(four);
        if (!rounded)
            goto done;
        valid = call(self->validity, PyTuple_GET_ITEM(shape, 0), quals, NULL);
        if (!valid) {
            Py_DECREF(rounded);
            goto done;
        }
        if (!PyTuple_CheckExact(valid) || PyTuple_GET_SIZE(valid) != 2) {
            PyErr_SetString(PyExc_TypeError, "validity() must return a pair");
            Py_DECREF(rounded);
            Py_DECREF(valid);
            goto done;
        }
        report = PyTuple_Pack(17, fid, f.aid, f.start, f.end, f.evidence, conf, f.extractor, f.rule, quals_json, pred_name,
                              s_id, o_id, key_json, rounded, PyTuple_GET_ITEM(valid, 0), PyTuple_GET_ITEM(valid, 1),
                              self->article_date);
        Py_DECREF(rounded);
        Py_DECREF(valid);
    }
    if (!report)
        goto done;
    /* stored first: a report the buffer refuses (text UTF-8 cannot hold) leaves the fact sets as they were */
    if (self->encode_report == Py_None) {  /* a row buffer packs the values themselves */
        PyObject *appended = PyObject_CallMethodOneArg(self->reports, s_append, report);
        if (!appended)
            goto done;
        Py_DECREF(appended);
    } else if (!(encoded = encode(self->encode_report, report)) || PyList_Append(self->reports, encoded) < 0) {
        goto done;
    }
    if (PySet_Add(known ? self->recompute : self->known_facts, fid) < 0)
        goto done;
    for (i = 0; i < n_quals; i++) {
        PyObject *pair;
        if (!has_ref[i])
            continue;
        if (!(pair = PyTuple_Pack(2, get(quals, PyTuple_GET_ITEM(PyTuple_GET_ITEM(self->entity_quals, i), 1)), fid)))
            goto done;
        ok = PySet_Add(self->refs, pair);
        Py_DECREF(pair);
        if (ok < 0)
            goto done;
    }
    if (!self->fresh && (PySet_Add(self->touched_facts, fid) < 0 || PySet_Add(self->touched_pending, fid) < 0))
        goto done;
    {
        PyObject *read = PyObject_GetAttr(self->report, s_facts_read), *more;
        if (!read)
            goto done;
        more = PyNumber_Add(read, one);
        Py_DECREF(read);
        if (!more)
            goto done;
        ok = PyObject_SetAttr(self->report, s_facts_read, more);
        Py_DECREF(more);
        if (ok < 0)
            goto done;
    }
    result = Py_NewRef(Py_None);
done:
    for (i = 0; i < 8; i++)
        Py_XDECREF(ref_ids[i]);
    Py_XDECREF(quals); Py_XDECREF(s_id); Py_XDECREF(o_id); Py_XDECREF(key); Py_XDECREF(key_json); Py_XDECREF(fid);
    Py_XDECREF(quals_json); Py_XDECREF(conf); Py_XDECREF(report); Py_XDECREF(encoded);
    return result;
decline_or_error:
    if (PyErr_Occurred())
        return NULL;
    DECLINE;
}

static int Adder_init(Adder *self, PyObject *args, PyObject *kwargs)
{
    static char *names[] = {"shapes", "entity_quals", "entities", "memo_plain", "touched_entities", "known_facts",
                            "recompute", "reports", "refs", "touched_facts", "touched_pending", "report", "resolve",
                            "store_resolve", "party_type", "validity", "round", "fact_id", "encode_key", "encode_report",
                            "company_type", "exchange_type", "position", "renamed", "fresh",
                            "name_key", "is_generic", "index", "keys_of", "curated", "new_entities", "new_names", "surfaces",
                            NULL};
    PyObject *o[24], *n[8] = {NULL};
    int fresh, i, given = 0;
    if (!PyArg_ParseTupleAndKeywords(args, kwargs, "O!O!O!O!O!O!O!OO!O!O!OOOOOOOOOOOOOp|$OOO!O!O!O!O!O!:Adder", names,
                                     &PyDict_Type, &o[0], &PyTuple_Type, &o[1], &PySet_Type, &o[2], &PyDict_Type, &o[3],
                                     &PySet_Type, &o[4], &PySet_Type, &o[5], &PySet_Type, &o[6], &o[7],
                                     &PySet_Type, &o[8], &PySet_Type, &o[9], &PySet_Type, &o[10], &o[11], &o[12], &o[13],
                                     &o[14], &o[15], &o[16], &o[17], &o[18], &o[19], &o[20], &o[21], &o[22], &o[23], &fresh,
                                     &n[0], &n[1], &PyDict_Type, &n[2], &PyDict_Type, &n[3], &PyDict_Type, &n[4],
                                     &PyList_Type, &n[5], &PyList_Type, &n[6], &PyDict_Type, &n[7]))
        return -1;
    for (i = 0; i < 8; i++)
        given += n[i] != NULL;
    if (given && (given < 8 || !PyCallable_Check(n[0]) || !PyCallable_Check(n[1]))) {
        PyErr_SetString(PyExc_TypeError, "name_key, is_generic (callables), index, keys_of, curated, new_entities, new_names "
                                         "and surfaces: all or none");
        return -1;
    }
    if (o[19] != Py_None ? !PyList_CheckExact(o[7]) : !PyObject_HasAttr(o[7], s_append)) {
        PyErr_SetString(PyExc_TypeError, "reports: a list of encoded reports, or (encode_report None) a row buffer");
        return -1;
    }
    if (PyTuple_GET_SIZE(o[1]) > 8) {
        PyErr_SetString(PyExc_ValueError, "at most 8 entity qualifiers");
        return -1;
    }
    for (i = 0; i < PyTuple_GET_SIZE(o[1]); i++) {
        PyObject *pair = PyTuple_GET_ITEM(o[1], i);
        if (!PyTuple_CheckExact(pair) || PyTuple_GET_SIZE(pair) != 2) {
            PyErr_SetString(PyExc_TypeError, "entity_quals: (qualifier, its id qualifier) pairs");
            return -1;
        }
    }
    {
        PyObject *k, *v;
        Py_ssize_t pos = 0;
        while (PyDict_Next(o[0], &pos, &k, &v)) {
            if (!PyTuple_CheckExact(v) || PyTuple_GET_SIZE(v) != 4 || !PyAnySet_Check(PyTuple_GET_ITEM(v, 1))
                || !PyAnySet_Check(PyTuple_GET_ITEM(v, 2)) || !PyTuple_CheckExact(PyTuple_GET_ITEM(v, 3))) {
                PyErr_SetString(PyExc_TypeError, "shapes: name -> (predicate, subject types, object types, key qualifiers)");
                return -1;
            }
        }
    }
#define SET(field, value) Py_XSETREF(self->field, Py_NewRef(value))
    SET(shapes, o[0]); SET(entity_quals, o[1]); SET(entities, o[2]); SET(memo_plain, o[3]); SET(touched_entities, o[4]);
    SET(known_facts, o[5]); SET(recompute, o[6]); SET(reports, o[7]); SET(refs, o[8]); SET(touched_facts, o[9]);
    SET(touched_pending, o[10]); SET(report, o[11]); SET(resolve, o[12]); SET(store_resolve, o[13]);
    SET(party_type, o[14]); SET(validity, o[15]); SET(round, o[16]); SET(fact_id, o[17]); SET(encode_key, o[18]);
    SET(encode_report, o[19]); SET(company_type, o[20]); SET(exchange_type, o[21]); SET(position, o[22]);
    SET(renamed, o[23]); SET(kind_name, s_name); SET(article_date, Py_None);
#undef SET
#define SET_OPTIONAL(field, value) Py_XSETREF(self->field, Py_XNewRef(value))
    SET_OPTIONAL(name_key, n[0]); SET_OPTIONAL(is_generic, n[1]); SET_OPTIONAL(index, n[2]); SET_OPTIONAL(keys_of, n[3]);
    SET_OPTIONAL(curated, n[4]); SET_OPTIONAL(new_entities, n[5]); SET_OPTIONAL(new_names, n[6]); SET_OPTIONAL(surfaces, n[7]);
#undef SET_OPTIONAL
    {  /* the qualifier that names a company, whatever its position */
        PyObject *company = PyUnicode_InternFromString("company");
        if (!company)
            return -1;
        Py_XSETREF(self->ref_company, company);
    }
    self->fresh = fresh;
    return 0;
}

/* Every object the adder holds, for the GC's traverse and clear: one list, so neither can miss one. */
#define ADDER_OBJECTS(X)                                                                                              \
    X(shapes) X(entity_quals) X(entities) X(memo_plain) X(touched_entities) X(known_facts) X(recompute) X(reports)    \
    X(refs) X(touched_facts) X(touched_pending) X(report) X(resolve) X(store_resolve) X(party_type) X(validity)      \
    X(round) X(fact_id) X(encode_key) X(encode_report) X(company_type) X(exchange_type) X(position) X(renamed)        \
    X(kind_name) X(ref_company) X(article_date) X(name_key) X(is_generic) X(index) X(keys_of) X(curated)            \
    X(new_entities) X(new_names) X(surfaces)

static int Adder_traverse(Adder *self, visitproc visit, void *arg)
{
#define VISIT(field) Py_VISIT(self->field);
    ADDER_OBJECTS(VISIT)
#undef VISIT
    return 0;
}

static int Adder_clear(Adder *self)
{
#define CLEAR(field) Py_CLEAR(self->field);
    ADDER_OBJECTS(CLEAR)
#undef CLEAR
    return 0;
}

static void Adder_dealloc(Adder *self)
{
    PyObject_GC_UnTrack(self);
    Adder_clear(self);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static PyObject *Adder_get_article_date(Adder *self, void *closure)
{
    return Py_NewRef(self->article_date);
}

static int Adder_set_article_date(Adder *self, PyObject *value, void *closure)
{
    if (value == NULL || (value != Py_None && !PyUnicode_Check(value))) {
        PyErr_SetString(PyExc_TypeError, "article_date: a str or None");
        return -1;
    }
    Py_XSETREF(self->article_date, Py_NewRef(value));
    return 0;
}

static PyGetSetDef Adder_getset[] = {
    {"article_date", (getter)Adder_get_article_date, (setter)Adder_set_article_date,
     "the date stamped on new facts as reported_at", NULL},
    {NULL},
};

static PyTypeObject AdderType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "graph._addfact.Adder",
    .tp_doc = "Ingestor.add_fact for the common row; returns NotImplemented, having changed nothing, for any other.",
    .tp_basicsize = sizeof(Adder),
    .tp_flags = Py_TPFLAGS_DEFAULT | Py_TPFLAGS_HAVE_GC,
    .tp_new = PyType_GenericNew,
    .tp_init = (initproc)Adder_init,
    .tp_call = (ternaryfunc)Adder_call,
    .tp_traverse = (traverseproc)Adder_traverse,
    .tp_clear = (inquiry)Adder_clear,
    .tp_dealloc = (destructor)Adder_dealloc,
    .tp_getset = Adder_getset,
};

static PyObject *module_fact_id(PyObject *module, PyObject *const *args, Py_ssize_t n)
{
    Adder none = {0};
    if (n != 4 || !PyUnicode_Check(args[0]) || !PyUnicode_Check(args[1]) || !PyUnicode_Check(args[2])
        || !PyUnicode_Check(args[3])) {
        PyErr_SetString(PyExc_TypeError, "fact_id(predicate, subject, object, key_json): four str");
        return NULL;
    }
    for (Py_ssize_t i = 0; i < 4; i++)
        if (!PyUnicode_AsUTF8AndSize(args[i], NULL))
            return NULL;
    return fact_id(&none, args[0], args[1], args[2], args[3]);
}

static PyMethodDef module_methods[] = {
    {"fact_id", (PyCFunction)(void (*)(void))module_fact_id, METH_FASTCALL,
     "graph.model.fact_id_from_json, in C (what the adder uses; tested against it)."},
    {NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "graph._addfact", "Ingestor.add_fact's common case in C.", -1, module_methods,
};

PyMODINIT_FUNC PyInit__addfact(void)
{
    PyObject *m;
    if (intern_all() < 0 || PyType_Ready(&AdderType) < 0)
        return NULL;
    if (!(m = PyModule_Create(&module)))
        return NULL;
    if (PyModule_AddObjectRef(m, "Adder", (PyObject *)&AdderType) < 0) {
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
