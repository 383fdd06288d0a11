/*
 * io_file.c - bytes in: reading a whole file (gunzipping it when it is gzip) and choosing the
 * reader by name (writing is io_write.c's).
 */
#include "io/io.h"

#include <errno.h>
#include <fcntl.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

/* Tab-separated files stream through a buffer of this size (it grows only for a longer line),
 * filled from blocks of the same size (read_ahead). MECHGRAPH_READ_BLOCK (bytes, at least 16)
 * makes both smaller, so that tests cross blocks with small files; the results do not depend on
 * it, only where the chunks fall. */
#define STREAM_CHUNK ((size_t)1 << 20)

static size_t stream_chunk(void)
{
    const char *s = getenv("MECHGRAPH_READ_BLOCK");
    char *end;
    unsigned long long v = s && *s ? strtoull(s, &end, 10) : 0;
    return v >= 16 && v <= STREAM_CHUNK && !*end ? (size_t)v : STREAM_CHUNK;
}

/* The size of a message saying how gzip data is damaged ("" when it is not). */
#define DAMAGE_SIZE 160

/* Why gzip data stopped before its end, for a message located where its text stops. */
static void describe_damage(char *damage, int zerr, const char *msg)
{
    if (zerr == Z_BUF_ERROR) {
        snprintf(damage, DAMAGE_SIZE, "truncated gzip data: the compressed file ends early, and its text stops here");
        return;
    }
    /* zlib's messages name the file first ("f.gz: incorrect data check"): keep what follows */
    const char *colon = msg ? strrchr(msg, ':') : NULL;
    if (colon && colon[1] == ' ') msg = colon + 2;
    snprintf(damage, DAMAGE_SIZE, "corrupt gzip data (%s): the text cannot be read past here", msg && *msg ? msg : "invalid");
}

/* Bytes in, from a descriptor or from memory, gunzipped when they start with gzip's magic number
 * (zlib's gzread would do, but it drops what follows the last gzip member without a word).
 * Members one after another are one text, as gzip reads them; zero bytes after the last member
 * (tape padding) are ignored, as gzip ignores them; anything else there is damage. */
typedef struct {
    int fd; /* -1: the bytes are in memory */
    const unsigned char *mem;
    size_t mem_size, mem_pos;
    bool gzip, inflating, raw_eof, member_end, padding;
    unsigned long long raw_total; /* bytes taken from the source */
    z_stream zs;
    unsigned char raw[1 << 17];
} input;

static long long raw_read(input *in, unsigned char *dst, size_t cap)
{
    if (in->fd < 0) {
        size_t n = in->mem_size - in->mem_pos < cap ? in->mem_size - in->mem_pos : cap;
        memcpy(dst, in->mem + in->mem_pos, n);
        in->mem_pos += n;
        return (long long)n;
    }
    for (;;) {
        ssize_t n = read(in->fd, dst, cap);
        if (n >= 0 || errno != EINTR) return n;
    }
}

/* Takes more raw bytes into in->raw when it is used up; false on a read error (errno). */
static bool refill(input *in)
{
    if (in->zs.avail_in || in->raw_eof) return true;
    long long n = raw_read(in, in->raw, sizeof in->raw);
    if (n < 0) return false;
    if (n == 0) in->raw_eof = true;
    in->raw_total += (unsigned long long)n;
    in->zs.next_in = in->raw;
    in->zs.avail_in = (uInt)n;
    return true;
}

/* Starts reading: the first bytes tell gzip from plain text. `fd` -1 reads mem[0..size). */
static mg_error_t input_start(input *in, int fd, const void *mem, size_t size, const char *path)
{
    in->fd = fd;
    in->mem = mem;
    in->mem_size = size;
    while (in->zs.avail_in < 2 && !in->raw_eof) {
        long long n = raw_read(in, in->raw + in->zs.avail_in, sizeof in->raw - in->zs.avail_in);
        if (n < 0) return mg__fail(MG_EIO, "unable to read '%s': %s", path, strerror(errno));
        if (n == 0) in->raw_eof = true;
        in->raw_total += (unsigned long long)n;
        in->zs.avail_in += (uInt)n;
    }
    in->zs.next_in = in->raw;
    in->gzip = in->zs.avail_in >= 2 && in->raw[0] == 0x1f && in->raw[1] == 0x8b;
    if (in->gzip) {
        if (inflateInit2(&in->zs, 16 + MAX_WBITS) != Z_OK) return mg__fail(MG_ENOMEM, "out of memory");
        in->inflating = true;
    }
    return MG_OK;
}

static void input_end(input *in)
{
    if (in->inflating) inflateEnd(&in->zs);
    if (in->fd >= 0) close(in->fd);
}

/* After a gzip member: another member, zero padding, or damage (then false, `damage` set). */
static bool after_member(input *in, char *damage)
{
    while (in->zs.avail_in && (in->padding || *in->zs.next_in == 0)) {
        if (*in->zs.next_in) break;
        in->padding = true;
        in->zs.next_in++;
        in->zs.avail_in--;
    }
    if (!in->zs.avail_in) return true; /* more to look at, or the end */
    if (!in->padding && *in->zs.next_in == 0x1f) {
        inflateReset(&in->zs);
        in->member_end = false;
        return true;
    }
    snprintf(damage, DAMAGE_SIZE, "data that is not gzip after the gzip data (from byte %llu of the file): the text stops here",
             in->raw_total - in->zs.avail_in + 1);
    return false;
}

/* Reads until buf holds cap bytes or the input ends (*eof). Compressed data that ends early, is
 * corrupt or is followed by other data also ends it, and `damage` says how (else it stays ""). */
static mg_error_t fill_bytes(input *in, const char *path, char *buf, size_t *len, size_t cap, bool *eof, char *damage)
{
    size_t start = *len;
    while (*len < cap && !*eof) {
        if (!in->gzip && in->zs.avail_in) { /* the plain text's first bytes, read to sniff gzip */
            size_t n = cap - *len < in->zs.avail_in ? cap - *len : in->zs.avail_in;
            memcpy(buf + *len, in->zs.next_in, n);
            in->zs.next_in += n;
            in->zs.avail_in -= (uInt)n;
            *len += n;
            continue;
        }
        if (!in->gzip) {
            long long n = in->raw_eof ? 0 : raw_read(in, (unsigned char *)buf + *len, cap - *len);
            if (n < 0) return mg__fail(MG_EIO, "unable to read '%s': %s", path, strerror(errno));
            if (n == 0) *eof = in->raw_eof = true;
            *len += (size_t)n;
            continue;
        }
        if (!refill(in)) return mg__fail(MG_EIO, "unable to read '%s': %s", path, strerror(errno));
        if (in->member_end) {
            if (!after_member(in, damage)) *eof = true;
            else if (!in->zs.avail_in && in->raw_eof) *eof = true;
            continue;
        }
        in->zs.next_out = (Bytef *)buf + *len;
        in->zs.avail_out = (uInt)(cap - *len > (1u << 30) ? (1u << 30) : cap - *len);
        int z = inflate(&in->zs, Z_NO_FLUSH);
        *len = (size_t)((char *)in->zs.next_out - buf);
        if (z == Z_STREAM_END) in->member_end = true;
        else if (z == Z_MEM_ERROR) return mg__fail(MG_ENOMEM, "out of memory reading '%s'", path);
        else if (z == Z_BUF_ERROR && in->zs.avail_in == 0 && in->raw_eof) {
            describe_damage(damage, Z_BUF_ERROR, NULL);
            *eof = true;
        } else if (z != Z_OK && z != Z_BUF_ERROR) {
            /* corrupt data (a failed check, most often, found at the member's end): the text
             * inflated in this call is not to be trusted, and is dropped, as gzread drops it */
            *len = start;
            describe_damage(damage, Z_DATA_ERROR, in->zs.msg);
            *eof = true;
        }
    }
    return MG_OK;
}

static mg_error_t fill(input *in, const char *path, char *buf, size_t *len, size_t cap, bool *eof, char *damage)
{
    uint64_t t = mg__clock_ns();
    mg_error_t err = fill_bytes(in, path, buf, len, cap, eof, damage);
    mg__profile_add(MG__STEP_READ, t);
    return err;
}

/* Doubles a buffer of *cap bytes (plus one for a terminating NUL). */
static mg_error_t grow(char **buf, size_t *cap, const char *path)
{
    if (*cap > ((size_t)1 << 40)) return mg__fail(MG_EIO, "'%s' is too large", path);
    char *bigger = realloc(*buf, *cap * 2 + 1);
    if (!bigger) return mg__fail(MG_ENOMEM, "out of memory reading '%s'", path);
    *buf = bigger;
    *cap *= 2;
    return MG_OK;
}

/* Inflates a gzip buffer held in memory, as a file is read (fill), under the input budget. Data
 * that ends early, is corrupt or is followed by other data yields the text inflated so far, and
 * `damage` says how. */
static mg_error_t gunzip(const char *data, size_t size, const char *name, char **out, size_t *out_size, char *damage,
                         mg_diagnostics *diags)
{
    input *in = calloc(1, sizeof *in);
    size_t cap = size * 4 + 1024, len = 0;
    char *buf = malloc(cap + 1);
    bool eof = false;
    mg__budget budget;
    mg__budget_start(&budget);
    mg_error_t err = in && buf ? input_start(in, -1, data, size, "<buffer>") : mg__fail(MG_ENOMEM, "out of memory");
    if (!err) err = fill(in, "<buffer>", buf, &len, cap, &eof, damage);
    /* a NUL byte stops the inflating: the reader reports the first problem of what came */
    if (!err && mg__budget_nul(&budget, buf, 0, len)) eof = true;
    if (!err) err = mg__budget_check(&budget, name, buf, len, len, 0, diags);
    while (!err && !eof && !(err = grow(&buf, &cap, "<buffer>"))) {
        size_t from = len;
        if (!(err = fill(in, "<buffer>", buf, &len, cap, &eof, damage))) {
            if (mg__budget_nul(&budget, buf, from, len)) eof = true;
            err = mg__budget_check(&budget, name, buf, len, len, 0, diags);
        }
    }
    if (in) {
        in->fd = -1;
        input_end(in);
        free(in);
    }
    if (err) {
        free(buf);
        return err;
    }
    buf[len] = '\0';
    *out = buf;
    *out_size = len;
    return MG_OK;
}

static bool ends_with(const char *s, size_t len, const char *suffix)
{
    size_t n = strlen(suffix);
    return len >= n && strncasecmp(s + len - n, suffix, n) == 0;
}

static mg_input_format format_from_name(const char *name, const char *data, size_t size)
{
    size_t len = strlen(name);
    if (ends_with(name, len, ".gz")) len -= 3;
    if (ends_with(name, len, ".json") || ends_with(name, len, ".mg")) return MG_INPUT_JSON;
    if (ends_with(name, len, ".sif")) return MG_INPUT_SIF;
    if (ends_with(name, len, ".tsv") || ends_with(name, len, ".txt") || ends_with(name, len, ".tab"))
        return MG_INPUT_TSV;
    if (ends_with(name, len, ".sbml")) return MG_INPUT_SBML;
    if (ends_with(name, len, ".graphml")) return MG_INPUT_GRAPHML;
    if (ends_with(name, len, ".xml")) return mg__sbml_sniff(data, size) ? MG_INPUT_SBML : MG_INPUT_GRAPHML;
    if (ends_with(name, len, ".cyjs")) return MG_INPUT_CYJS;
    if (ends_with(name, len, ".csv")) return MG_INPUT_CSV;
    /* no telling extension: a JSON document starts with '{', an XML one with '<' */
    size_t i = 0;
    if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < size && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) i++;
    if (i < size && data[i] == '<') return mg__sbml_sniff(data, size) ? MG_INPUT_SBML : MG_INPUT_GRAPHML;
    if (i < size && data[i] == '[' && mg__indra_sniff(data, size)) return MG_INPUT_INDRA;
    return i < size && data[i] == '{' ? MG_INPUT_JSON : MG_INPUT_TSV;
}

/* The format of a file named `name` starting with `data`: by extension, then by content;
 * Cytoscape.js JSON is often named .json, and its top-level object has "elements"; INDRA's
 * statements JSON too, and it is an array of objects with "type". */
static mg_input_format sniffed_format(const char *name, const char *data, size_t size)
{
    mg_input_format format = format_from_name(name, data, size);
    if (format == MG_INPUT_JSON && mg__indra_sniff(data, size)) return MG_INPUT_INDRA;
    return format == MG_INPUT_JSON && mg__cyjs_sniff(data, size) ? MG_INPUT_CYJS : format;
}

/* Reads a whole document in memory (plain, gunzipped already) with the reader `format` names. */
static mg_error_t read_document(mg_graph **out, const char *data, size_t size, const char *name, mg_input_format format,
                                const char *columns, mg_diagnostics *diags)
{
    switch (format) {
    case MG_INPUT_JSON: return mg__read_json(out, data, size, name, diags);
    case MG_INPUT_GRAPHML: return mg__read_graphml(out, data, size, name, diags);
    case MG_INPUT_CYJS: return mg__read_cyjs(out, data, size, name, diags);
    case MG_INPUT_INDRA: return mg__read_indra(out, data, size, name, diags);
    case MG_INPUT_SBML: return mg__read_sbml(out, data, size, name, diags);
    case MG_INPUT_SIF:
    case MG_INPUT_CSV:
    case MG_INPUT_NODES: return mg__read_tsv(out, data, size, name, format, columns, diags);
    default: return mg__read_tsv(out, data, size, name, MG_INPUT_TSV, columns, diags);
    }
}

static bool tab_separated(mg_input_format format)
{
    return format == MG_INPUT_TSV || format == MG_INPUT_SIF || format == MG_INPUT_NODES || format == MG_INPUT_CSV;
}

/* A text whose gzip data is damaged after `size` bytes: the damage is reported where the text
 * stops, and a tab-separated file is read up to its last complete line before it, so that the
 * problems of its lines are reported too. Returns MG_EINVAL (or MG_ENOMEM). */
static mg_error_t read_damaged(const char *data, size_t size, const char *name, mg_input_format format,
                               const char *columns, const char *damage, mg_diagnostics *diags)
{
    if (tab_separated(format)) {
        mg__tsv *r;
        size_t used;
        mg_graph *g = NULL;
        mg_error_t err = mg__tsv_new(&r, name, format, columns, diags);
        if (err) return err;
        if ((err = mg__tsv_lines(r, data, size, false, &used))) {
            mg__tsv_free(r);
            return err;
        }
        mg__tsv_damaged(r, data + used, size - used, damage);
        err = mg__tsv_finish(r, &g);
        mg_graph_free(g); /* none: a damaged file is a problem */
        return err;
    }
    int line, column;
    mg__locate(data, size, &line, &column);
    mg__diag_at(diags, name, line, column, "%s", damage);
    return mg__fail(MG_EINVAL, "%s: %s", name, damage);
}

mg_error_t mg_graph_load_buffer(mg_graph **out, const char *data, size_t size, const char *name,
                                mg_input_format format, mg_diagnostics *diags)
{
    mg_init();
    *out = NULL;
    char *plain = NULL, damage[DAMAGE_SIZE] = "";
    if (size >= 2 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b) {
        mg_error_t err = gunzip(data, size, name, &plain, &size, damage, diags);
        if (err) return err;
        data = plain;
    }
    if (format == MG_INPUT_AUTO) format = sniffed_format(name, data, size);
    mg_error_t err = *damage ? read_damaged(data, size, name, format, NULL, damage, diags)
                             : read_document(out, data, size, name, format, NULL, diags);
    /* gunzip stopped at a NUL byte, which every reader refuses: this only guards that promise */
    mg__budget utf;
    mg__budget_start(&utf);
    if (!err && plain && mg__budget_nul(&utf, data, 0, size)) {
        mg_graph_free(*out);
        *out = NULL;
        err = mg__budget_nul_error(name, data, size, 0, diags);
    }
    free(plain);
    return err;
}

/* A line filling the whole buffer: its NUL byte (the line of a binary file or /dev/zero) is
 * reported, or its length when it reaches MG_LINE_MAX; else MG_OK, and the buffer may grow. */
static mg_error_t long_line(mg__budget *budget, mg__tsv *r, const char *path, const char *buf, size_t len,
                            mg_diagnostics *diags)
{
    if (mg__budget_nul(budget, buf, 0, len)) return mg__budget_nul_error(path, buf, len, mg__tsv_line(r), diags);
    if (len < MG_LINE_MAX) return MG_OK;
    mg__diag_at(diags, path, mg__tsv_line(r), 1, "a line of %zu bytes or more, without its end (a line holds at most 64 columns of %d bytes)",
                (size_t)MG_LINE_MAX, MG_TEXT_MAX);
    return mg__fail(MG_EINVAL, "%s:%d: a line of %zu bytes or more", path, mg__tsv_line(r), (size_t)MG_LINE_MAX);
}

/* Reading ahead: the bytes of a tab-separated file come in blocks of `block` bytes, each filled
 * by one call of fill() into a slot of a small ring. With 2 threads or more a helper thread fills
 * the slots (inflating gzip) while the caller parses the lines of the one before; with 1 the
 * caller fills each slot when it needs it. The blocks are cut by the data alone, and the parser
 * takes exactly the bytes it asks for (take), so its buffers, and every result and message, are
 * the same whichever thread filled them. */
#define AHEAD_SLOTS 4

typedef struct {
    char *data;
    size_t len;
    bool last;                 /* the input ends with this block */
    mg_error_t err;            /* fill failed (the block holds nothing) */
    char message[256];         /* then its message: the helper's mg_last_error is its own */
    char damage[DAMAGE_SIZE];  /* how gzip data ended early, with the last block */
} ahead_slot;

typedef struct {
    input *in;
    const char *path;
    size_t block;
    ahead_slot slot[AHEAD_SLOTS];
    size_t produced, consumed, pos; /* blocks filled, blocks used up, bytes used of the next */
    bool threaded, stop, done;
    pthread_mutex_t lock;
    pthread_cond_t cond;
    pthread_t helper;
} read_ahead;

static void ahead_fill(read_ahead *a, ahead_slot *s)
{
    bool eof = false;
    s->len = 0;
    s->damage[0] = '\0';
    s->err = fill(a->in, a->path, s->data, &s->len, a->block, &eof, s->damage);
    if (s->err) snprintf(s->message, sizeof s->message, "%s", mg_last_error());
    s->last = eof || s->err;
}

static void *ahead_run(void *arg)
{
    read_ahead *a = arg;
    pthread_mutex_lock(&a->lock);
    for (;;) {
        while (!a->stop && a->produced - a->consumed == AHEAD_SLOTS) pthread_cond_wait(&a->cond, &a->lock);
        if (a->stop) break;
        ahead_slot *s = &a->slot[a->produced % AHEAD_SLOTS];
        pthread_mutex_unlock(&a->lock);
        ahead_fill(a, s); /* the slot is the helper's until `produced` counts it */
        pthread_mutex_lock(&a->lock);
        a->produced++;
        pthread_cond_broadcast(&a->cond);
        if (s->last) break;
    }
    pthread_mutex_unlock(&a->lock);
    return NULL;
}

/* Starts reading ahead from `in` (whose first bytes have been read): a helper thread when
 * mg_threads() > 1 and one starts, else the caller's thread; nothing when the input has ended
 * already (`eof`: the file fitted in the first buffer, and take is never called). */
static mg_error_t ahead_start(read_ahead *a, input *in, const char *path, size_t block, bool eof)
{
    memset(a, 0, sizeof *a);
    a->in = in;
    a->path = path;
    a->block = block;
    if (eof) return MG_OK;
    for (int i = 0; i < AHEAD_SLOTS; i++)
        if (!(a->slot[i].data = malloc(block))) return mg__fail(MG_ENOMEM, "out of memory");
    if (mg_threads() < 2 || pthread_mutex_init(&a->lock, NULL)) return MG_OK;
    if (pthread_cond_init(&a->cond, NULL)) {
        pthread_mutex_destroy(&a->lock);
        return MG_OK;
    }
    a->threaded = pthread_create(&a->helper, NULL, ahead_run, a) == 0;
    if (!a->threaded) pthread_cond_destroy(&a->cond), pthread_mutex_destroy(&a->lock);
    return MG_OK;
}

static void ahead_end(read_ahead *a)
{
    if (a->threaded) {
        pthread_mutex_lock(&a->lock);
        a->stop = true;
        pthread_cond_broadcast(&a->cond);
        pthread_mutex_unlock(&a->lock);
        pthread_join(a->helper, NULL);
        pthread_cond_destroy(&a->cond);
        pthread_mutex_destroy(&a->lock);
    }
    for (int i = 0; i < AHEAD_SLOTS; i++) free(a->slot[i].data);
}

/* The next block, filled: waits for the helper, or fills it here. */
static ahead_slot *ahead_next(read_ahead *a)
{
    ahead_slot *s = &a->slot[a->consumed % AHEAD_SLOTS];
    if (!a->threaded) {
        if (a->produced == a->consumed) ahead_fill(a, s), a->produced++;
        return s;
    }
    uint64_t t = mg__clock_ns();
    pthread_mutex_lock(&a->lock);
    while (a->produced == a->consumed) pthread_cond_wait(&a->cond, &a->lock);
    pthread_mutex_unlock(&a->lock);
    mg__profile_add(MG__STEP_WAIT, t);
    return s;
}

/* fill()'s contract from the blocks: appends to buf until it holds cap bytes or the input ends
 * (*eof, and `damage` says how gzip data ended early, if it did). */
static mg_error_t take(read_ahead *a, char *buf, size_t *len, size_t cap, bool *eof, char *damage)
{
    while (*len < cap && !*eof) {
        if (a->done) { /* the last block is used up */
            *eof = true;
            break;
        }
        ahead_slot *s = ahead_next(a);
        if (s->err) return mg__fail(s->err, "%s", s->message);
        size_t n = s->len - a->pos < cap - *len ? s->len - a->pos : cap - *len;
        memcpy(buf + *len, s->data + a->pos, n);
        *len += n;
        a->pos += n;
        if (a->pos < s->len) break;
        if (s->last) {
            memcpy(damage, s->damage, DAMAGE_SIZE);
            a->done = *eof = true;
        }
        a->pos = 0;
        if (a->threaded) pthread_mutex_lock(&a->lock);
        a->consumed++;
        if (a->threaded) pthread_cond_broadcast(&a->cond), pthread_mutex_unlock(&a->lock);
    }
    return MG_OK;
}

/* About how many lines a file holds, from its size and its first `len` bytes of text (0 when
 * it cannot tell: a pipe, or all of it read already). */
static size_t expected_lines(const input *in, const char *buf, size_t len, bool eof)
{
    struct stat st;
    if (eof || in->fd < 0 || fstat(in->fd, &st) != 0 || !S_ISREG(st.st_mode) || !len) return 0;
    size_t lines = 0;
    for (const char *p = buf, *end = buf + len; (p = memchr(p, '\n', (size_t)(end - p))); p++) lines++;
    unsigned long long raw = in->gzip ? in->raw_total - in->zs.avail_in : len;
    if (!raw || !lines) return 0;
    double guess = (double)st.st_size / (double)raw * (double)lines * 1.05;
    return guess < (double)((size_t)1 << 26) ? (size_t)guess : (size_t)1 << 26;
}

/* A tab-separated file, a chunk of lines at a time: `buf` holds the first `len` bytes read.
 * Damaged gzip data ends it after the last complete line. */
static mg_error_t stream_tsv(mg_graph **out, input *in, const char *path, char **buf, size_t len, size_t cap, bool eof,
                             char *damage, mg_input_format format, const char *columns, mg_diagnostics *diags)
{
    mg__tsv *r;
    mg_error_t err = mg__tsv_new(&r, path, format, columns, diags);
    if (err) return err;
    /* before the helper thread takes `in` */
    mg__tsv_expect_edges(r, expected_lines(in, *buf, len, eof));
    read_ahead ahead;
    if ((err = ahead_start(&ahead, in, path, cap, eof))) {
        ahead_end(&ahead);
        mg__tsv_free(r);
        return err;
    }
    size_t used = 0;
    unsigned long long total = len;
    mg__budget budget;
    mg__budget_start(&budget);
    for (;;) {
        if ((err = mg__budget_check(&budget, path, *buf, len, total, mg__tsv_line(r), diags))) break;
        uint64_t t = mg__clock_ns();
        err = mg__tsv_lines(r, *buf, len, eof && !*damage, &used);
        mg__profile_add(MG__STEP_PARSE, t);
        if (err || eof) break;
        memmove(*buf, *buf + used, len - used);
        len -= used;
        /* a line longer than the buffer: make room for it, up to MG_LINE_MAX; a line that runs on
         * (/dev/zero, a binary file) is reported before the buffer grows past that */
        if (len == cap && (err = long_line(&budget, r, path, *buf, len, diags))) break;
        if (len == cap && (err = grow(buf, &cap, path))) break;
        size_t before = len;
        if ((err = take(&ahead, *buf, &len, cap, &eof, damage))) break;
        total += len - before;
    }
    ahead_end(&ahead);
    if (err) {
        mg__tsv_free(r);
        return err;
    }
    if (*damage) mg__tsv_damaged(r, *buf + used, len - used, damage);
    uint64_t t = mg__clock_ns();
    err = mg__tsv_finish(r, out);
    mg__profile_add(MG__STEP_INDEX, t);
    return err;
}

static mg_error_t load_path(mg_graph **out, const char *path, const mg_load_options *options, mg_diagnostics *diags)
{
    mg_load_options defaults = MG_LOAD_OPTIONS_INIT;
    const mg_load_options *o = options ? options : &defaults;
    mg_error_t err = mg_load_columns_check(o->columns);
    if (err) return err;
    /* one path for plain and gzip files (input_start tells them apart); the format still follows
     * the name, ".gz" ignored. "-" is standard input (a duplicate, so that closing it leaves
     * descriptor 0 open), named "<stdin>" in messages and read by content. */
    int fd;
    if (strcmp(path, "-") == 0) {
        path = MG_STDIN_NAME;
        fd = dup(STDIN_FILENO);
    } else {
        fd = open(path, O_RDONLY | O_CLOEXEC);
    }
    if (fd < 0) return mg__fail(MG_EIO, "unable to open '%s': %s", path, strerror(errno));
    input *in = calloc(1, sizeof *in);
    if (!in) {
        close(fd);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    size_t cap = stream_chunk(), len = 0;
    bool eof = false;
    char damage[DAMAGE_SIZE] = "";
    char *buf = malloc(cap + 1);
    err = input_start(in, fd, NULL, 0, path);
    if (!err && !buf) err = mg__fail(MG_ENOMEM, "out of memory");
    if (!err) err = fill(in, path, buf, &len, cap, &eof, damage);
    mg_input_format format = o->format;
    if (!err && format == MG_INPUT_AUTO) format = sniffed_format(path, buf, len);
    if (!err && tab_separated(format)) {
        err = stream_tsv(out, in, path, &buf, len, cap, eof, damage, format, o->columns, diags);
        if (err) mg_graph_free(*out), *out = NULL;
    } else {
        /* each chunk checked before the buffer grows for the next: a gzip bomb of NULs ends at
         * its first megabyte, an endless input at the limit (input_budget.c) */
        mg__budget budget;
        mg__budget_start(&budget);
        bool nul = mg__budget_nul(&budget, buf, 0, len);
        err = mg__budget_check(&budget, path, buf, len, len, 0, diags);
        while (!err && !eof && !nul && !(err = grow(&buf, &cap, path))) {
            size_t from = len;
            if (!(err = fill(in, path, buf, &len, cap, &eof, damage))) {
                nul = mg__budget_nul(&budget, buf, from, len);
                err = mg__budget_check(&budget, path, buf, len, len, 0, diags);
            }
        }
        if (!err) {
            buf[len] = '\0';
            uint64_t t = mg__clock_ns();
            err = *damage ? read_damaged(buf, len, path, format, o->columns, damage, diags)
                          : read_document(out, buf, len, path, format, o->columns, diags);
            mg__profile_add(MG__STEP_PARSE, t);
        }
        /* every reader refuses a NUL byte: this only guards that promise */
        if (!err && nul) {
            mg_graph_free(*out);
            *out = NULL;
            err = mg__budget_nul_error(path, buf, len, 0, diags);
        }
    }
    input_end(in);
    free(in);
    free(buf);
    return err;
}

mg_error_t mg_graph_load_with(mg_graph **out, const char *path, const mg_load_options *options, mg_diagnostics *diags)
{
    mg_init();
    *out = NULL;
    uint64_t t = mg__clock_ns();
    mg_error_t err = load_path(out, path, options, diags);
    mg__profile_add(MG__STEP_LOAD, t);
    return err;
}

mg_error_t mg_graph_load(mg_graph **out, const char *path, mg_input_format format, mg_diagnostics *diags)
{
    mg_load_options o = MG_LOAD_OPTIONS_INIT;
    o.format = format;
    return mg_graph_load_with(out, path, &o, diags);
}
