/*
 * json_out.c - a small streaming JSON writer for command output: keys in the order written,
 * two-space indentation, strings escaped (control characters, quotes, backslashes; UTF-8 kept).
 */
#include "cli.h"

#include <math.h>

void json_init(json_out *j, FILE *f)
{
    j->f = f;
    j->depth = 0;
    j->need_comma[0] = false;
    j->after_key = false;
    j->compact = false;
}

void json_init_compact(json_out *j, FILE *f)
{
    json_init(j, f);
    j->compact = true;
}

static void indent(json_out *j)
{
    if (j->compact) return;
    fputc('\n', j->f);
    for (int i = 0; i < j->depth; i++) fputs("  ", j->f);
}

/* Comma and newline before a value, unless it follows its key. */
static void before_value(json_out *j)
{
    if (j->after_key) {
        j->after_key = false;
        return;
    }
    if (j->depth > 0) {
        if (j->need_comma[j->depth]) fputc(',', j->f);
        indent(j);
    }
    j->need_comma[j->depth] = true;
}

static void open_container(json_out *j, char c)
{
    before_value(j);
    fputc(c, j->f);
    if (j->depth < 31) j->depth++;
    j->need_comma[j->depth] = false;
}

static void close_container(json_out *j, char c)
{
    bool empty = !j->need_comma[j->depth];
    if (j->depth > 0) j->depth--;
    if (!empty) indent(j);
    fputc(c, j->f);
}

void json_begin_object(json_out *j) { open_container(j, '{'); }
void json_end_object(json_out *j) { close_container(j, '}'); }
void json_begin_array(json_out *j) { open_container(j, '['); }
void json_end_array(json_out *j) { close_container(j, ']'); }

static void write_string(FILE *f, const char *s)
{
    fputc('"', f);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        switch (*p) {
        case '"': fputs("\\\"", f); break;
        case '\\': fputs("\\\\", f); break;
        case '\n': fputs("\\n", f); break;
        case '\r': fputs("\\r", f); break;
        case '\t': fputs("\\t", f); break;
        default:
            if (*p < 0x20) fprintf(f, "\\u%04x", *p);
            else fputc(*p, f);
        }
    }
    fputc('"', f);
}

void json_key(json_out *j, const char *key)
{
    before_value(j);
    write_string(j->f, key);
    fputs(": ", j->f);
    j->after_key = true;
}

void json_string(json_out *j, const char *s)
{
    before_value(j);
    if (s) write_string(j->f, s);
    else fputs("null", j->f);
}

void json_int(json_out *j, long long v)
{
    before_value(j);
    fprintf(j->f, "%lld", v);
}

void json_double(json_out *j, double v)
{
    before_value(j);
    if (isfinite(v)) fprintf(j->f, "%.10g", v);
    else fputs("null", j->f);
}

void json_bool(json_out *j, bool v)
{
    before_value(j);
    fputs(v ? "true" : "false", j->f);
}

void json_kv_string(json_out *j, const char *key, const char *s)
{
    if (!s) return;
    json_key(j, key);
    json_string(j, s);
}

void json_kv_int(json_out *j, const char *key, long long v)
{
    json_key(j, key);
    json_int(j, v);
}

void json_finish(json_out *j) { fputc('\n', j->f); }

void cli_json_begin(json_out *j, const char *schema)
{
    json_init(j, cli_out());
    json_begin_object(j);
    json_kv_string(j, "schema", schema);
    json_kv_string(j, "mechgraph_version", MG_VERSION);
}
