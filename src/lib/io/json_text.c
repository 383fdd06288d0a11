/*
 * json_text.c - parsing a JSON text with a located, explained syntax error, and JSON paths, for
 * the two JSON readers (json_text.h).
 */
#include "json_text.h"

#include <ctype.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

static bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

/* The first encoding or nesting problem, which cJSON would not name; *unclosed when the text ends
 * inside a string, object or array. Returns false (with offset and message) on a problem. */
static bool check_text(const char *data, size_t size, bool *unclosed, size_t *offset, char *msg, size_t msg_size)
{
    const unsigned char *s = (const unsigned char *)data;
    int depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < size;) {
        size_t len = mg__utf8_sequence(data + i, size - i);
        *offset = i;
        if (!len) {
            if (s[i] == 0) snprintf(msg, msg_size, "NUL byte in a JSON file");
            else snprintf(msg, msg_size, "invalid UTF-8 (byte 0x%02x); the file must be UTF-8", s[i]);
            return false;
        }
        if (in_string) {
            /* cJSON would end the string there, cutting it short without a word */
            if (s[i] == '\\' && size - i >= 6 && memcmp(data + i + 1, "u0000", 5) == 0) {
                snprintf(msg, msg_size, "\\u0000 in a string: a string cannot hold a NUL character");
                return false;
            }
            if (s[i] == '\\' && i + 1 < size) i++;
            else if (s[i] == '"') in_string = false;
        } else if (s[i] == '"') {
            in_string = true;
        } else if ((s[i] == '{' || s[i] == '[') && ++depth > MG_JSON_DEPTH_MAX) {
            snprintf(msg, msg_size, "JSON nested deeper than %d levels", MG_JSON_DEPTH_MAX);
            return false;
        } else if (s[i] == '}' || s[i] == ']') {
            depth--;
        }
        i += len;
    }
    *unclosed = in_string || depth > 0;
    return true;
}

/* Whether byte `at` of a JSON text (checked: nested at most MG_JSON_DEPTH_MAX deep) is directly
 * inside an object rather than an array. */
static bool in_object(const char *data, size_t at)
{
    char open[MG_JSON_DEPTH_MAX + 1];
    int depth = 0;
    bool in_string = false;
    for (size_t i = 0; i < at; i++) {
        char c = data[i];
        if (in_string) {
            if (c == '\\') i++;
            else if (c == '"') in_string = false;
        } else if (c == '"') {
            in_string = true;
        } else if ((c == '{' || c == '[') && depth <= MG_JSON_DEPTH_MAX) {
            open[depth++] = c;
        } else if ((c == '}' || c == ']') && depth > 0) {
            depth--;
        }
    }
    return depth > 0 && open[depth - 1] == '{';
}

/* Whether the last character before byte `at`, spaces skipped, is ',' or '{'. */
static bool after_comma_or_brace(const char *data, size_t at)
{
    while (at > 0 && is_space(data[at - 1])) at--;
    return at > 0 && (data[at - 1] == ',' || data[at - 1] == '{');
}

/* Says what is wrong where cJSON stopped (`at`), and moves *offset to the place to point at. */
static void explain(const char *data, size_t size, const char *at, bool unclosed, size_t *offset, char *msg,
                    size_t msg_size)
{
    size_t off = at && at >= data && at <= data + size ? (size_t)(at - data) : 0;
    /* where a member name should be ({] or ,x), cJSON stops just after the character that is not
     * its opening quote */
    if (off > 0 && off <= size && !is_space(data[off - 1]) && data[off - 1] != '"' && data[off - 1] != '\'' &&
        after_comma_or_brace(data, off - 1) && in_object(data, off - 1))
        off--;
    while (off < size && is_space(data[off])) off++;
    /* cJSON stops at the start of the value it could not finish; when the text simply ends too
     * early, the end is the place to point at */
    if (off >= size || (unclosed && (data[off] == '[' || data[off] == '{' || data[off] == '"' ||
                                     (off > 0 && data[off - 1] == '"'))))
        off = size;
    /* a number or a literal (true, false, null) cut by the end of the text */
    size_t tail = off;
    while (tail < size && (isalnum((unsigned char)data[tail]) || data[tail] == '.' || data[tail] == '+' || data[tail] == '-'))
        tail++;
    if (unclosed && tail == size) off = size;
    /* a single-quoted string: cJSON stops just after the quote */
    if (off > 0 && off < size && data[off - 1] == '\'') off--;
    *offset = off;
    if (off >= size) {
        snprintf(msg, msg_size, "unexpected end of file: an object, array or string is not closed");
        return;
    }
    size_t before = off;
    while (before > 0 && is_space(data[before - 1])) before--;
    char prev = before ? data[before - 1] : '\0', c = data[off];
    char shown[16];
    if ((unsigned char)c >= 0x20 && (unsigned char)c < 0x7f) snprintf(shown, sizeof shown, "'%c'", c);
    else snprintf(shown, sizeof shown, "byte 0x%02x", (unsigned char)c);
    const char *hint = "";
    if ((c == ',' || c == '}' || c == ']') && (prev == ',' || prev == '[' || prev == ':'))
        hint = ": expected a value (a trailing comma?)";
    else if (c == '\'')
        hint = ": strings must use double quotes";
    else if ((prev == '{' || prev == ',') && in_object(data, off))
        hint = ": expected a member name (a string in double quotes)";
    else if (prev == '"' || prev == '}' || prev == ']' || (prev >= '0' && prev <= '9') || prev == 'e' || prev == 'l')
        hint = ": expected ',' or a closing bracket";
    snprintf(msg, msg_size, "invalid JSON: unexpected %s%s", shown, hint);
}

cJSON *mg__json_parse(const char *data, size_t size, size_t *offset, char *msg, size_t msg_size)
{
    bool unclosed = false;
    msg[0] = '\0';
    *offset = 0;
    if (!check_text(data, size, &unclosed, offset, msg, msg_size)) return NULL;
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(data, size, &end, 0);
    if (!root) {
        explain(data, size, end ? end : cJSON_GetErrorPtr(), unclosed, offset, msg, msg_size);
        return NULL;
    }
    size_t off = end && end >= data && end <= data + size ? (size_t)(end - data) : size;
    while (off < size && is_space(data[off])) off++;
    if (off < size) {
        *offset = off;
        snprintf(msg, msg_size, "unexpected text after the end of the JSON document");
        cJSON_Delete(root);
        return NULL;
    }
    return root;
}

mg_error_t mg__json_parse_file(cJSON **out, const char *data, size_t size, const char *name, const char *expected,
                               mg_diagnostics *diags)
{
    *out = NULL;
    if (size >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0) { /* a UTF-8 byte order mark is allowed */
        data += 3;
        size -= 3;
    }
    size_t first = 0;
    while (first < size && is_space(data[first])) first++;
    if (first == size) {
        mg__diag_at(diags, name, 1, 1, "empty file: expected %s", expected);
        return mg__fail(MG_EINVAL, "%s: empty file", name);
    }
    size_t offset;
    char msg[256];
    if (!(*out = mg__json_parse(data, size, &offset, msg, sizeof msg))) {
        int line, col;
        mg__locate(data, offset, &line, &col);
        mg__diag_at(diags, name, line, col, "%s", msg);
        return mg__fail(MG_EINVAL, "%s: invalid JSON", name);
    }
    return MG_OK;
}

/* Objects of up to this many members are checked pairwise: cheaper than a hash set for the few
 * members of a node or an edge. */
#define FEW_MEMBERS 16

mg_error_t mg__json_members_start(mg_json_members *seen, const cJSON *obj)
{
    size_t n = 0;
    for (const cJSON *m = obj->child; m && n <= FEW_MEMBERS; m = m->next) n++;
    seen->obj = obj;
    seen->hashed = n > FEW_MEMBERS;
    return seen->hashed ? mg_hashmap_init(&seen->names, 64) : MG_OK;
}

bool mg__json_members_repeat(mg_json_members *seen, const cJSON *member)
{
    if (!member->string) return false;
    if (!seen->hashed) {
        for (const cJSON *k = seen->obj->child; k && k != member; k = k->next)
            if (k->string && strcmp(k->string, member->string) == 0) return true;
        return false;
    }
    if (mg_hashmap_get(&seen->names, member->string, strlen(member->string)) >= 0) return true;
    /* out of memory: the member goes unchecked, a lookup still finds the first */
    (void)mg_hashmap_put(&seen->names, member->string, 0);
    return false;
}

void mg__json_members_end(mg_json_members *seen)
{
    if (seen->hashed) mg_hashmap_destroy(&seen->names);
}

mg_error_t mg__json_write_tree(const char *path, const cJSON *root)
{
    char *text = cJSON_Print(root);
    if (!text) return mg__fail(MG_ENOMEM, "out of memory");
    size_t len = strlen(text);
    text[len] = '\n'; /* cJSON_Print leaves no final newline; its NUL becomes one */
    mg_error_t err = mg__write_file_atomic(path, text, len + 1);
    cJSON_free(text);
    return err;
}

const char *mg__json_kind(const cJSON *v)
{
    if (cJSON_IsString(v)) return "a string";
    if (cJSON_IsNumber(v)) return "a number";
    if (cJSON_IsBool(v)) return "a boolean";
    if (cJSON_IsNull(v)) return "null";
    if (cJSON_IsArray(v)) return "an array";
    if (cJSON_IsObject(v)) return "an object";
    return "an invalid value";
}

size_t mg__json_path_push(mg_json_path *p, const char *fmt, ...)
{
    size_t saved = p->len;
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(p->text + p->len, sizeof p->text - p->len, fmt, ap);
    va_end(ap);
    if (n > 0) p->len = p->len + (size_t)n < sizeof p->text ? p->len + (size_t)n : sizeof p->text - 1;
    return saved;
}

void mg__json_path_pop(mg_json_path *p, size_t saved)
{
    p->len = saved;
    p->text[saved] = '\0';
}

const char *mg__json_path_text(const mg_json_path *p) { return p->len ? p->text : "(top level)"; }
