/*
 * io_file.c - bytes in and out: reading a whole file (gunzipping it when it is gzip), choosing
 * the reader by name, and writing through a temporary file renamed into place so that a failed
 * write never leaves a half-written output.
 */
#include "internal.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

mg_error_t mg__read_file(const char *path, char **data, size_t *size)
{
    *data = NULL;
    *size = 0;
    /* gzopen reads plain files as they are, so one path serves both */
    gzFile gz = gzopen(path, "rb");
    if (!gz) return mg__fail(MG_EIO, "unable to open '%s': %s", path, errno ? strerror(errno) : "out of memory");
    gzbuffer(gz, 1 << 17);
    size_t cap = 1 << 16, len = 0;
    char *buf = malloc(cap + 1);
    mg_error_t err = MG_OK;
    if (!buf) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (;;) {
        if (len == cap) {
            if (cap > ((size_t)1 << 40)) {
                err = mg__fail(MG_EIO, "'%s' is too large", path);
                goto done;
            }
            char *bigger = realloc(buf, cap * 2 + 1);
            if (!bigger) {
                err = mg__fail(MG_ENOMEM, "out of memory reading '%s'", path);
                goto done;
            }
            buf = bigger;
            cap *= 2;
        }
        unsigned want = cap - len > (1u << 30) ? (1u << 30) : (unsigned)(cap - len);
        int got = gzread(gz, buf + len, want);
        if (got < 0) {
            int zerr;
            const char *msg = gzerror(gz, &zerr);
            err = mg__fail(MG_EIO, "unable to read '%s': %s", path, zerr == Z_ERRNO ? strerror(errno) : msg);
            goto done;
        }
        if (got == 0) break;
        len += (size_t)got;
    }
done:
    {
        int zerr = gzclose_r(gz);
        if (!err && zerr == Z_BUF_ERROR) err = mg__fail(MG_EIO, "unable to read '%s': truncated gzip data", path);
        else if (!err && zerr != Z_OK) err = mg__fail(MG_EIO, "unable to read '%s'", path);
    }
    if (err) {
        free(buf);
        return err;
    }
    buf[len] = '\0';
    *data = buf;
    *size = len;
    return MG_OK;
}

/* Inflates a gzip buffer held in memory. */
static mg_error_t gunzip(const char *data, size_t size, const char *name, char **out, size_t *out_size)
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
        if (z != Z_OK && !(z == Z_BUF_ERROR && zs.avail_out == 0)) {
            err = mg__fail(MG_EINVAL, "%s: invalid or truncated gzip data", name);
            goto done;
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
    if (ends_with(name, len, ".graphml") || ends_with(name, len, ".xml")) return MG_INPUT_GRAPHML;
    if (ends_with(name, len, ".cyjs")) return MG_INPUT_CYJS;
    /* no telling extension: a JSON document starts with '{', an XML one with '<' */
    size_t i = 0;
    if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) i = 3;
    while (i < size && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' || data[i] == '\n')) i++;
    if (i < size && data[i] == '<') return MG_INPUT_GRAPHML;
    return i < size && data[i] == '{' ? MG_INPUT_JSON : MG_INPUT_TSV;
}

mg_error_t mg_graph_load_buffer(mg_graph **out, const char *data, size_t size, const char *name,
                                mg_input_format format, mg_diagnostics *diags)
{
    mg_init();
    *out = NULL;
    char *plain = NULL;
    if (size >= 2 && (unsigned char)data[0] == 0x1f && (unsigned char)data[1] == 0x8b) {
        mg_error_t err = gunzip(data, size, name, &plain, &size);
        if (err) {
            mg__diag_at(diags, name, 0, 0, "%s", "invalid or truncated gzip data");
            return err;
        }
        data = plain;
    }
    if (format == MG_INPUT_AUTO) {
        format = format_from_name(name, data, size);
        /* Cytoscape.js JSON is often named .json: its top-level object has "elements" */
        if (format == MG_INPUT_JSON && mg__cyjs_sniff(data, size)) format = MG_INPUT_CYJS;
    }
    mg_error_t err;
    switch (format) {
    case MG_INPUT_JSON: err = mg__read_json(out, data, size, name, diags); break;
    case MG_INPUT_SIF: err = mg__read_tsv(out, data, size, name, true, diags); break;
    case MG_INPUT_GRAPHML: err = mg__read_graphml(out, data, size, name, diags); break;
    case MG_INPUT_CYJS: err = mg__read_cyjs(out, data, size, name, diags); break;
    default: err = mg__read_tsv(out, data, size, name, false, diags); break;
    }
    free(plain);
    return err;
}

mg_error_t mg_graph_load(mg_graph **out, const char *path, mg_input_format format, mg_diagnostics *diags)
{
    mg_init();
    *out = NULL;
    char *data;
    size_t size;
    mg_error_t err = mg__read_file(path, &data, &size);
    if (err) return err;
    /* gzopen gunzipped the data already; the format still follows the name, ".gz" ignored */
    err = mg_graph_load_buffer(out, data, size, path, format, diags);
    free(data);
    return err;
}

mg_error_t mg__write_file_atomic(const char *path, const char *data, size_t size)
{
    if (strcmp(path, "-") == 0) {
        if (fwrite(data, 1, size, stdout) != size || fflush(stdout) != 0)
            return mg__fail(MG_EIO, "unable to write to standard output: %s", strerror(errno));
        return MG_OK;
    }
    size_t len = strlen(path);
    char *tmp = malloc(len + 16);
    if (!tmp) return mg__fail(MG_ENOMEM, "out of memory");
    /* the temporary file sits beside the target so that rename() never crosses file systems */
    snprintf(tmp, len + 16, "%s.tmp.XXXXXX", path);
    int fd = mkstemp(tmp);
    if (fd < 0) {
        mg_error_t err = mg__fail(MG_EIO, "unable to create a temporary file for '%s': %s", path, strerror(errno));
        free(tmp);
        return err;
    }
    /* mkstemp makes the file 0600; an output file gets the usual 0666 less the umask */
    mode_t mask = umask(0);
    umask(mask);
    mg_error_t err = MG_OK;
    if (fchmod(fd, 0666 & ~mask) != 0) err = mg__fail(MG_EIO, "unable to write '%s': %s", path, strerror(errno));
    size_t done = 0;
    while (!err && done < size) {
        ssize_t n = write(fd, data + done, size - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            err = mg__fail(MG_EIO, "unable to write '%s': %s", path, strerror(errno));
            break;
        }
        done += (size_t)n;
    }
    if (!err && fsync(fd) != 0) err = mg__fail(MG_EIO, "unable to write '%s': %s", path, strerror(errno));
    if (close(fd) != 0 && !err) err = mg__fail(MG_EIO, "unable to write '%s': %s", path, strerror(errno));
    if (!err && rename(tmp, path) != 0) err = mg__fail(MG_EIO, "unable to write '%s': %s", path, strerror(errno));
    if (err) unlink(tmp);
    free(tmp);
    return err;
}
