/*
 * xml_ns.c - XML namespaces for xml.c: which namespace URI an element's prefix is bound to, from
 * the xmlns and xmlns:p attributes of it and the elements around it. expat reads the document
 * without its namespace processing (names arrive as written, "y:NodeLabel", which the GraphML
 * reader's messages quote), so the bindings in scope are kept here, a stack popped as elements
 * close. The GraphML reader skips elements of other namespaces, as docs/format.md says
 * (`<x:node id="EVIL"/>` with xmlns:x bound elsewhere is not a node).
 */
#include "io/xml.h"

#include <stdlib.h>
#include <string.h>

bool mg__xml_ns_push(mg_xml_ns *ns, const mg_xml_attr *attrs, size_t n, size_t depth)
{
    for (size_t i = 0; i < n; i++) {
        const char *name = attrs[i].name;
        if (strncmp(name, "xmlns", 5) != 0 || (name[5] != '\0' && name[5] != ':')) continue;
        if (mg__reserve((void **)&ns->b, &ns->cap, ns->n + 1, sizeof *ns->b)) return false;
        char *prefix = strdup(name[5] ? name + 6 : ""), *uri = strdup(attrs[i].value);
        if (!prefix || !uri) {
            free(prefix);
            free(uri);
            return false;
        }
        ns->b[ns->n++] = (mg_xml_ns_binding){prefix, uri, depth};
    }
    return true;
}

const char *mg__xml_ns_of(const mg_xml_ns *ns, const char *name, size_t prefix_len)
{
    /* the innermost binding of the prefix wins; an undeclared prefix names no namespace we know */
    for (size_t i = ns->n; i-- > 0;)
        if (strlen(ns->b[i].prefix) == prefix_len && memcmp(ns->b[i].prefix, name, prefix_len) == 0) return ns->b[i].uri;
    return prefix_len ? NULL : "";
}

void mg__xml_ns_pop(mg_xml_ns *ns, size_t depth)
{
    while (ns->n && ns->b[ns->n - 1].depth >= depth) {
        ns->n--;
        free(ns->b[ns->n].prefix);
        free(ns->b[ns->n].uri);
    }
}

void mg__xml_ns_free(mg_xml_ns *ns)
{
    mg__xml_ns_pop(ns, 0);
    free(ns->b);
    memset(ns, 0, sizeof *ns);
}
