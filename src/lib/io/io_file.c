/*
 * io_file.c - bytes in: reading a whole file (gunzipping it when it is gzip) and choosing the
 * reader by name (writing is io_write.c's).
 */
#include "io/io.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include <zlib.h>

/* Tab-separated files stream through a buffer of this size (it grows only for a longer line). */
#define STREAM_CHUNK ((size_t)1 << 20)

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

/* Reads from gz until buf holds cap bytes or the file ends (*eof). Compressed data that ends early
 * or is corrupt also ends the file, and `damage` says how (it stays "" otherwise). */
static mg_error_t fill(gzFile gz, const char *path, char *buf, size_t *len, size_t cap, bool *eof, char *damage)
{
    while (*len < cap && !*eof) {
        unsigned want = cap - *len > (1u << 30) ? (1u << 30) : (unsigned)(cap - *len);
        int got = gzread(gz, buf + *len, want);
        if (got <= 0) {
            /* gzread returns 0, not -1, for data that ends early; gzerror tells them apart */
            int zerr;
            const char *msg = gzerror(gz, &zerr);
            if (zerr == Z_ERRNO) return mg__fail(MG_EIO, "unable to read '%s': %s", path, strerror(errno));
            if (zerr == Z_MEM_ERROR) return mg__fail(MG_ENOMEM, "out of memory reading '%s'", path);
            if (zerr != Z_OK) describe_damage(damage, zerr, msg);
            else if (got < 0) return mg__fail(MG_EIO, "unable to read '%s': %s", path, msg);
            *eof = true;
            break;
        }
        *len += (size_t)got;
    }
    return MG_OK;
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

/* gzclose_r's verdict: a gzip stream that ends early is an error, not a shorter file (fill has
 * reported damaged data already, located). */
static mg_error_t close_input(gzFile gz, const char *path, mg_error_t err, const char *damage)
{
    int zerr = gzclose_r(gz);
    if (!err && !*damage && zerr == Z_BUF_ERROR) return mg__fail(MG_EIO, "unable to read '%s': truncated gzip data", path);
    if (!err && !*damage && zerr != Z_OK) return mg__fail(MG_EIO, "unable to read '%s'", path);
    return err;
}

/* Inflates a gzip buffer held in memory. Data that ends early or is corrupt yields the text
 * inflated so far, and `damage` says how (it stays "" otherwise). */
static mg_error_t gunzip(const char *data, size_t size, char **out, size_t *out_size, char *damage)
{
    z_stream zs = {0};
    if (inflateInit2(&zs, 16 + MAX_WBITS) != Z_OK) return mg__fail(MG_ENOMEM, "out of memory");
    size_t cap = size * 4 + 1024, len = 0;
    char *buf = malloc(cap + 1);
    mg_error_t err = MG_OK;
    if (!buf) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    zs.next_in = (Bytef *)data;
    zs.avail_in = (uInt)(size > UINT32_MAX ? UINT32_MAX : size);
    for (;;) {
        if (len == cap) {
            char *bigger = realloc(buf, cap * 2 + 1);
            if (!bigger) {
                err = mg__fail(MG_ENOMEM, "out of memory");
                goto done;
            }
            buf = bigger;
            cap *= 2;
        }
        zs.next_out = (Bytef *)buf + len;
        zs.avail_out = (uInt)(cap - len > UINT32_MAX ? UINT32_MAX : cap - len);
        int z = inflate(&zs, Z_NO_FLUSH);
        len = (size_t)((char *)zs.next_out - buf);
        if (z == Z_STREAM_END) break;
        if (z == Z_MEM_ERROR) {
            err = mg__fail(MG_ENOMEM, "out of memory");
            goto done;
        }
        if (z != Z_OK && !(z == Z_BUF_ERROR && zs.avail_out == 0)) {
            /* Z_BUF_ERROR with room to write: the input ran out before the stream's end */
            describe_damage(damage, z == Z_BUF_ERROR ? Z_BUF_ERROR : Z_DATA_ERROR, zs.msg);
            break;
        }
    }
done:
    inflateEnd(&zs);
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
        mg_error_t err = gunzip(data, size, &plain, &size, damage);
        if (err) return err;
        data = plain;
    }
    if (format == MG_INPUT_AUTO) format = sniffed_format(name, data, size);
    mg_error_t err = *damage ? read_damaged(data, size, name, format, NULL, damage, diags)
                             : read_document(out, data, size, name, format, NULL, diags);
    free(plain);
    return err;
}

/* A tab-separated file, a chunk of lines at a time: `buf` holds the first `len` bytes read.
 * Damaged gzip data ends it after the last complete line. */
static mg_error_t stream_tsv(mg_graph **out, gzFile gz, const char *path, char **buf, size_t len, size_t cap, bool eof,
                             char *damage, mg_input_format format, const char *columns, mg_diagnostics *diags)
{
    mg__tsv *r;
    mg_error_t err = mg__tsv_new(&r, path, format, columns, diags);
    if (err) return err;
    size_t used = 0;
    for (;;) {
        if ((err = mg__tsv_lines(r, *buf, len, eof && !*damage, &used)) || eof) break;
        memmove(*buf, *buf + used, len - used);
        len -= used;
        /* a line longer than the buffer: make room for it */
        if (len == cap && (err = grow(buf, &cap, path))) break;
        if ((err = fill(gz, path, *buf, &len, cap, &eof, damage))) break;
    }
    if (err) {
        mg__tsv_free(r);
        return err;
    }
    if (*damage) mg__tsv_damaged(r, *buf + used, len - used, damage);
    return mg__tsv_finish(r, out);
}

mg_error_t mg_graph_load_with(mg_graph **out, const char *path, const mg_load_options *options, mg_diagnostics *diags)
{
    mg_init();
    *out = NULL;
    mg_load_options defaults = MG_LOAD_OPTIONS_INIT;
    const mg_load_options *o = options ? options : &defaults;
    mg_error_t err = mg_load_columns_check(o->columns);
    if (err) return err;
    /* gzopen reads plain files as they are, so one path serves both; the format still follows
     * the name, ".gz" ignored. "-" is standard input (a duplicate, so that closing the stream
     * leaves descriptor 0 open), named "<stdin>" in messages and read by content. */
    gzFile gz;
    if (strcmp(path, "-") == 0) {
        path = MG_STDIN_NAME;
        int fd = dup(STDIN_FILENO);
        gz = fd < 0 ? NULL : gzdopen(fd, "rb");
        if (!gz && fd >= 0) close(fd);
    } else {
        gz = gzopen(path, "rb");
    }
    if (!gz) return mg__fail(MG_EIO, "unable to open '%s': %s", path, errno ? strerror(errno) : "out of memory");
    gzbuffer(gz, 1 << 17);
    size_t cap = STREAM_CHUNK, len = 0;
    bool eof = false;
    char damage[DAMAGE_SIZE] = "";
    char *buf = malloc(cap + 1);
    if (!buf) err = mg__fail(MG_ENOMEM, "out of memory");
    if (!err) err = fill(gz, path, buf, &len, cap, &eof, damage);
    mg_input_format format = o->format;
    if (!err && format == MG_INPUT_AUTO) format = sniffed_format(path, buf, len);
    if (!err && tab_separated(format)) {
        err = stream_tsv(out, gz, path, &buf, len, cap, eof, damage, format, o->columns, diags);
        err = close_input(gz, path, err, damage);
        if (err) mg_graph_free(*out), *out = NULL;
        free(buf);
        return err;
    }
    while (!err && !eof && !(err = grow(&buf, &cap, path))) err = fill(gz, path, buf, &len, cap, &eof, damage);
    err = close_input(gz, path, err, damage);
    if (!err) {
        buf[len] = '\0';
        err = *damage ? read_damaged(buf, len, path, format, o->columns, damage, diags)
                      : read_document(out, buf, len, path, format, o->columns, diags);
    }
    free(buf);
    return err;
}

mg_error_t mg_graph_load(mg_graph **out, const char *path, mg_input_format format, mg_diagnostics *diags)
{
    mg_load_options o = MG_LOAD_OPTIONS_INIT;
    o.format = format;
    return mg_graph_load_with(out, path, &o, diags);
}
