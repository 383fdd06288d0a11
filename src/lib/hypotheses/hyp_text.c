/*
 * hyp_text.c - hypotheses in words: the relation a sign predicts, short citations ("Yuan
 * 2017", from the reference's own citation text), one sentence per candidate and its caveats.
 * Every word comes from the graph: labels, relations, the cited studies' authors and years.
 */
#include "hyp_internal.h"

#include <ctype.h>
#include <stdio.h>
#include <string.h>

mg_relation hyp_predicted_relation(mg_node_type object_type, int sign, bool agent_subject)
{
    if (sign == 0) return MG_REL_REGULATES;
    bool up = sign > 0;
    switch (object_type) {
    case MG_NODE_DISEASE: return up ? MG_REL_DRIVES : agent_subject ? MG_REL_ALLEVIATES : MG_REL_INHIBITS;
    case MG_NODE_GENE:
    case MG_NODE_MIRNA:
    case MG_NODE_RNA:
    case MG_NODE_COMPLEX: return up ? MG_REL_UPREGULATES : MG_REL_DOWNREGULATES;
    case MG_NODE_CHEMICAL:
    case MG_NODE_CELL: return up ? MG_REL_INCREASES : MG_REL_DECREASES;
    case MG_NODE_PATHWAY: return up ? MG_REL_ACTIVATES : MG_REL_INHIBITS;
    default: return up ? MG_REL_PROMOTES : MG_REL_INHIBITS;
    }
}

/* "Zhou X, Liu J ... (2024)." -> "Zhou 2024"; "Cui Y, ... Bioact Mater 2022;10" -> "Cui 2022";
 * "Abu-El-Rub, E., ... (2019)" -> "Abu-El-Rub 2019". Without a citation text, the reference id. */
void hyp_short_citation(const mg_reference *r, char *buf, size_t size)
{
    const char *c = r->citation;
    if (!c || !*c) {
        snprintf(buf, size, "%s", r->id);
        return;
    }
    size_t n = strcspn(c, ", (");
    const char *year = NULL;
    size_t ylen = 0;
    for (const char *p = c; *p && !year; p++) {
        if (*p == '(' && isdigit((unsigned char)p[1]) && isdigit((unsigned char)p[4]) && strlen(p) >= 6) {
            size_t k = 1;
            while (k <= 5 && (isdigit((unsigned char)p[k]) || (k == 5 && islower((unsigned char)p[k])))) k++;
            if (k >= 5 && p[k] == ')') year = p + 1, ylen = k - 1;
        }
    }
    for (const char *p = c; *p && !year; p++) {
        bool start = p == c || !isalnum((unsigned char)p[-1]);
        if (start && (strncmp(p, "19", 2) == 0 || strncmp(p, "20", 2) == 0) && isdigit((unsigned char)p[2]) &&
            isdigit((unsigned char)p[3]) && !isalnum((unsigned char)p[4]))
            year = p, ylen = 4;
    }
    if (year) snprintf(buf, size, "%.*s %.*s", (int)n, c, (int)ylen, year);
    else snprintf(buf, size, "%.*s", (int)n, c);
}

static const char *label(const hyp_view *v, mg_id x) { return mg_graph_node(v->g, x)->label; }

/* The hop a path step stands for: forward, or an association walked backwards. */
static const hyp_hop *step_hop(const hyp_view *v, mg_id a, mg_id b)
{
    const hyp_hop *h = hyp_hop_find(v, a, b);
    return h ? h : hyp_hop_find(v, b, a);
}

/* A verb phrase for a predicted relation: "protect against", "drive", "upregulate" ... */
static void verb(mg_buffer *b, mg_relation rel, bool disease)
{
    if (disease && (rel == MG_REL_INHIBITS || rel == MG_REL_ALLEVIATES)) {
        mg__buffer_puts(b, "protect against");
        return;
    }
    if (rel == MG_REL_REGULATES) {
        mg__buffer_puts(b, "act on");
        return;
    }
    const char *name = mg_relation_name(rel);
    mg__buffer_append(b, name, strlen(name) - 1); /* "drives" -> "drive" */
}

/* A relation as a sentence says it: "is associated with", "is a kind of", "is part of",
 * "is derived from"; the others read as they are named ("alleviates"). */
static const char *relation_words(mg_relation rel)
{
    switch (rel) {
    case MG_REL_ASSOCIATED_WITH: return "is associated with";
    case MG_REL_IS_A: return "is a kind of";
    case MG_REL_PART_OF: return "is part of";
    case MG_REL_DERIVED_FROM: return "is derived from";
    default: return mg_relation_name(rel);
    }
}

static void predicted_verb(const hyp_view *v, mg_buffer *b, mg_id subject, mg_id object, int sign)
{
    mg_relation rel = hyp_predicted_relation(v->type[object], sign, v->role[subject] & HYP_AGENT);
    verb(b, rel, v->type[object] == MG_NODE_DISEASE);
}

/* "A → B ⊣ C ↑ in D": labels joined by each step's sign (↑ in, ↓ in: D raises or lowers C). */
static void chain(const hyp_view *v, mg_buffer *b, const mg_id *nodes, int count)
{
    for (int i = 0; i < count; i++) {
        if (i) {
            const hyp_hop *h = step_hop(v, nodes[i - 1], nodes[i]);
            int s = h ? hyp_hop_sign(h) : 0;
            /* a disease's signed hop walked backwards: what the disease raises or lowers */
            bool reversal = h && s && h->source == nodes[i] && !h->symmetric;
            if (reversal) mg__buffer_puts(b, s > 0 ? " ↑ in " : " ↓ in ");
            else mg__buffer_puts(b, s > 0 ? " → " : s < 0 ? " ⊣ " : " – ");
        }
        mg__buffer_puts(b, label(v, nodes[i]));
    }
}

typedef struct {
    const mg_reference *refs[16];
    int count, more;
} cites;

/* The studies behind a hop (of one sign when sign_only is +1 or -1), only those observed in
 * disease `in` when it is not -1 (an analogy cites the studies of the disease it comes from). */
static void add_cites_in(const hyp_view *v, cites *c, const hyp_hop *h, int sign_only, mg_id in)
{
    if (!h) return;
    for (size_t k = 0; k < h->edge_count; k++) {
        const mg_edge *e = mg_graph_edge(v->g, v->edges[h->edge_start + k]);
        mg_sign s = mg_relation_sign(e->relation);
        if (s == MG_SIGN_STRUCTURAL || (sign_only && (int)s != sign_only)) continue;
        for (size_t j = 0; j < e->evidence_count; j++) {
            if (in >= 0 && hyp_evidence_disease(v->g, &e->evidence[j]) != in) continue;
            const mg_reference *r = e->evidence[j].ref;
            bool dup = false;
            for (int i = 0; i < c->count && !dup; i++) dup = c->refs[i] == r;
            if (dup) continue;
            if (c->count < 16) c->refs[c->count++] = r;
            else c->more++;
        }
    }
}

static void add_cites_of_hop(const hyp_view *v, cites *c, const hyp_hop *h, int sign_only)
{
    add_cites_in(v, c, h, sign_only, -1);
}

static void add_cites_of_path_in(const hyp_view *v, cites *c, const mg_id *nodes, int count, mg_id in)
{
    for (int i = 1; i < count; i++) add_cites_in(v, c, step_hop(v, nodes[i - 1], nodes[i]), 0, in);
}

static void add_cites_of_path(const hyp_view *v, cites *c, const mg_id *nodes, int count)
{
    add_cites_of_path_in(v, c, nodes, count, -1);
}

/* "(Yuan 2017; Du 2017 and 2 more)": at most three, in the order found. */
static void print_cites(mg_buffer *b, const cites *c)
{
    if (!c->count) {
        mg__buffer_puts(b, "(no study cited)");
        return;
    }
    mg__buffer_putc(b, '(');
    int shown = c->count < 3 ? c->count : 3;
    char buf[256];
    for (int i = 0; i < shown; i++) {
        hyp_short_citation(c->refs[i], buf, sizeof buf);
        mg__buffer_printf(b, "%s%s", i ? "; " : "", buf);
    }
    if (c->count + c->more > shown) mg__buffer_printf(b, " and %d more", c->count + c->more - shown);
    mg__buffer_putc(b, ')');
}

static void list_labels(const hyp_view *v, mg_buffer *b, const mg_id *nodes, int count, int more)
{
    for (int i = 0; i < count; i++)
        mg__buffer_printf(b, "%s%s", i == 0 ? "" : i == count - 1 && !more ? " and " : ", ", label(v, nodes[i]));
    if (more) mg__buffer_printf(b, " and %d more", more);
}

static void describe_abc(const hyp_view *v, const hyp_cand *c, mg_buffer *b)
{
    cites ci = {{0}, 0, 0};
    mg_id mid[HYP_SUPPORT_MAX];
    for (int i = 0; i < c->path_count; i++) {
        mid[i] = c->path[i][1];
        add_cites_of_path(v, &ci, c->path[i], c->path_len[i]);
    }
    mg__buffer_printf(b, "%s may ", label(v, c->subject));
    predicted_verb(v, b, c->subject, c->object, c->sign);
    mg__buffer_printf(b, " %s through ", label(v, c->object));
    list_labels(v, b, mid, c->path_count, c->more);
    mg__buffer_putc(b, ' ');
    print_cites(b, &ci);
}

static void describe_transfer(const hyp_view *v, const hyp_cand *c, const hyp_cand *const *also, int also_count,
                              int also_more, mg_buffer *b)
{
    const mg_id *p = c->path[0];
    int len = c->path_len[0];
    bool agent = len > 0 && p[0] != c->subject;
    cites ci = {{0}, 0, 0};
    /* the source disease's own studies: a study of the object itself on a shared step is no
     * evidence that the mechanism works in the source */
    add_cites_of_path_in(v, &ci, p, len, c->aux);
    int sign = c->sign;
    if (agent) {
        const hyp_hop *h = step_hop(v, p[0], p[1]);
        sign *= h ? hyp_hop_sign(h) : 0;
    }
    mg__buffer_printf(b, "%s may ", label(v, p[0]));
    predicted_verb(v, b, p[0], c->object, sign);
    mg__buffer_printf(b, " %s through ", label(v, c->object));
    /* the mechanism without the agent and without the source disease */
    chain(v, b, p + agent, len - agent - 1);
    if (also_count) {
        mg_id others[16];
        for (int i = 0; i < also_count && i < 16; i++) {
            others[i] = also[i]->subject;
            add_cites_of_path_in(v, &ci, also[i]->path[0], also[i]->path_len[0], also[i]->aux);
        }
        mg__buffer_puts(b, " (and ");
        list_labels(v, b, others, also_count < 16 ? also_count : 16, also_more);
        mg__buffer_putc(b, ')');
    }
    mg__buffer_printf(b, ", as shown in %s ", label(v, c->aux));
    print_cites(b, &ci);
    if (c->aux_text[0]) mg__buffer_printf(b, "; both are %s", c->aux_text);
    if (c->extra_count) {
        mg__buffer_puts(b, c->aux_text[0] ? " and involve " : "; both involve ");
        list_labels(v, b, c->extra, c->extra_count, 0);
    }
}

static void describe_link(const hyp_view *v, const hyp_cand *c, mg_buffer *b)
{
    mg_id mid[HYP_SUPPORT_MAX];
    for (int i = 0; i < c->path_count; i++) mid[i] = c->path[i][1];
    mg__buffer_printf(b, "%s may ", label(v, c->subject));
    predicted_verb(v, b, c->subject, c->object, c->sign);
    mg__buffer_printf(b, " %s: they share the neighbours ", label(v, c->object));
    list_labels(v, b, mid, c->path_count, c->more);
}

static void describe_dwpc(const hyp_view *v, const hyp_cand *c, mg_buffer *b)
{
    cites ci = {{0}, 0, 0};
    add_cites_of_path(v, &ci, c->path[0], c->path_len[0]);
    mg__buffer_printf(b, "%s may ", label(v, c->subject));
    predicted_verb(v, b, c->subject, c->object, c->sign);
    mg__buffer_printf(b, " %s through %d path%s of two or three steps, the strongest ", label(v, c->object),
                      c->path_count + c->more, c->path_count + c->more == 1 ? "" : "s");
    chain(v, b, c->path[0], c->path_len[0]);
    mg__buffer_putc(b, ' ');
    print_cites(b, &ci);
}

static bool same_cites(const cites *a, const cites *b)
{
    if (a->count != b->count) return false;
    for (int i = 0; i < a->count; i++) {
        bool found = false;
        for (int k = 0; k < b->count && !found; k++) found = a->refs[i] == b->refs[k];
        if (!found) return false;
    }
    return true;
}

/* The relations of one sign on a hop, joined by '/'. */
static void relations_of_sign(const hyp_view *v, mg_buffer *b, const hyp_hop *h, mg_sign sign)
{
    bool seen[MG_RELATION_COUNT] = {false};
    bool first = true;
    for (size_t k = 0; k < h->edge_count; k++) {
        mg_relation r = mg_graph_edge(v->g, v->edges[h->edge_start + k])->relation;
        if (mg_relation_sign(r) != sign || seen[r]) continue;
        seen[r] = true;
        mg__buffer_printf(b, "%s%s", first ? "" : "/", mg_relation_name(r));
        first = false;
    }
}

static void describe_dispute(const hyp_view *v, const hyp_cand *c, mg_buffer *b)
{
    const hyp_hop *h = hyp_hop_find(v, c->subject, c->object);
    cites pos = {{0}, 0, 0}, neg = {{0}, 0, 0};
    add_cites_of_hop(v, &pos, h, 1);
    add_cites_of_hop(v, &neg, h, -1);
    const char *s = label(v, c->subject), *o = label(v, c->object);
    if (pos.count && same_cites(&pos, &neg)) {
        mg__buffer_printf(b, "The same studies ");
        print_cites(b, &pos);
        mg__buffer_printf(b, " report that %s both ", s);
        relations_of_sign(v, b, h, MG_SIGN_POSITIVE);
        mg__buffer_puts(b, " and ");
        relations_of_sign(v, b, h, MG_SIGN_NEGATIVE);
        mg__buffer_printf(b, " %s: which conditions decide the direction is open", o);
        return;
    }
    mg__buffer_printf(b, "Studies disagree on %s and %s: ", s, o);
    relations_of_sign(v, b, h, MG_SIGN_POSITIVE);
    mg__buffer_putc(b, ' ');
    print_cites(b, &pos);
    mg__buffer_puts(b, " against ");
    relations_of_sign(v, b, h, MG_SIGN_NEGATIVE);
    mg__buffer_putc(b, ' ');
    print_cites(b, &neg);
    mg__buffer_puts(b, "; which conditions decide the direction is open");
}

static void describe_loop(const hyp_view *v, const hyp_cand *c, mg_buffer *b)
{
    cites ci = {{0}, 0, 0};
    add_cites_of_path(v, &ci, c->path[0], c->path_len[0]);
    chain(v, b, c->path[0], c->path_len[0]);
    mg__buffer_printf(b, " closes a %s feedback loop ", c->sign > 0 ? "positive (self-reinforcing)" : "negative (self-limiting)");
    print_cites(b, &ci);
    mg__buffer_puts(b, ci.count == 1 ? ", seen in one study: whether it holds elsewhere is untested"
                                     : ", pieced together from several studies: whether it operates as a loop is untested");
}

static void describe_gap(const hyp_view *v, const hyp_cand *c, mg_buffer *b)
{
    mg_id t = c->aux;
    const hyp_hop *td = t >= 0 ? hyp_hop_find(v, t, c->object) : NULL;
    const hyp_hop *tm = t >= 0 ? hyp_hop_find(v, t, c->subject) : NULL;
    int mediators = hyp_disease_mediators(v, c->object);
    cites ct = {{0}, 0, 0}, ci = {{0}, 0, 0};
    add_cites_of_hop(v, &ct, td, 0);
    for (int i = 0; i < c->path_count; i++) add_cites_of_path(v, &ci, c->path[i], c->path_len[i]);
    mg__buffer_printf(b, "%s may ", label(v, c->subject));
    predicted_verb(v, b, c->subject, c->object, c->sign);
    mg__buffer_printf(b, " %s, ", label(v, c->object));
    if (td) {
        mg__buffer_printf(b, "which %s %s ", label(v, t), relation_words(mg_graph_edge(v->g, v->edges[td->edge_start])->relation));
        print_cites(b, &ct);
        if (mediators == 0) mg__buffer_puts(b, " with no mechanism in the graph");
        else mg__buffer_printf(b, " with %d mediator%s in the graph", mediators, mediators == 1 ? "" : "s");
    }
    if (tm) {
        mg__buffer_printf(b, ": %s %s %s, which ", label(v, t),
                          relation_words(mg_graph_edge(v->g, v->edges[tm->edge_start])->relation), label(v, c->subject));
        mg__buffer_puts(b, c->sign > 0 ? "drives " : c->sign < 0 ? "protects against " : "acts on ");
        list_labels(v, b, c->extra, c->extra_count, 0);
        mg__buffer_putc(b, ' ');
        print_cites(b, &ci);
    }
}

/* "IFN-γ-iMSC-EV may protect against renal I/R injury as iMSC-EV does (Yuan 2017), and more
 * strongly: it did better than iMSC-EV on kidney protection in acute kidney injury (Kim 2024)." */
static void describe_comparison(const hyp_view *v, const hyp_cand *c, mg_buffer *b)
{
    const mg_comparison *r = mg_graph_comparison(v->g, (size_t)c->comparison);
    mg_id l = c->aux;
    const hyp_hop *ld = l >= 0 ? hyp_hop_find(v, l, c->object) : NULL;
    cites cl = {{0}, 0, 0}, cr = {{0}, 0, 0};
    add_cites_of_hop(v, &cl, ld, -1);
    for (size_t i = 0; r && i < r->evidence_count; i++) {
        bool seen = false;
        for (int k = 0; k < cr.count && !seen; k++) seen = cr.refs[k] == r->evidence[i].ref;
        if (seen) continue;
        if (cr.count < 16) cr.refs[cr.count++] = r->evidence[i].ref;
        else cr.more++;
    }
    mg__buffer_printf(b, "%s may ", label(v, c->subject));
    predicted_verb(v, b, c->subject, c->object, c->sign);
    mg__buffer_printf(b, " %s as %s does ", label(v, c->object), l >= 0 ? label(v, l) : "?");
    print_cites(b, &cl);
    mg__buffer_printf(b, ", and more strongly: it did better than %s on %s in %s ", l >= 0 ? label(v, l) : "?",
                      r ? mg_comparison_aspect(v->g, r) : "?", c->extra_count ? label(v, c->extra[0]) : "?");
    print_cites(b, &cr);
}

/* Caveats drawn from the evidence of the support: organisms, systems, studies, disputes. */
static void evidence_caveats(const hyp_view *v, const hyp_cand *c, mg_buffer *out)
{
    const char *organisms[8];
    int no = 0, evidence = 0;
    bool vivo = false, vitro = false, organism_missing = false, disputed = false;
    cites ci = {{0}, 0, 0};
    for (int p = 0; p < c->path_count; p++) {
        for (int i = 1; i < c->path_len[p]; i++) {
            const hyp_hop *h = step_hop(v, c->path[p][i - 1], c->path[p][i]);
            if (!h) continue;
            if (h->sign == 2 && !(c->method == MG_HYP_CONTRADICTIONS && !(c->caveats & HYP_CAV_LOOP))) disputed = true;
            add_cites_of_hop(v, &ci, h, 0);
            for (size_t k = 0; k < h->edge_count; k++) {
                const mg_edge *e = mg_graph_edge(v->g, v->edges[h->edge_start + k]);
                if (mg_relation_sign(e->relation) == MG_SIGN_STRUCTURAL) continue;
                for (size_t j = 0; j < e->evidence_count; j++) {
                    const mg_evidence *x = &e->evidence[j];
                    evidence++;
                    if (x->system && strstr(x->system, "in vivo")) vivo = true;
                    if (x->system && strstr(x->system, "in vitro")) vitro = true;
                    if (!x->organism) {
                        organism_missing = true;
                        continue;
                    }
                    bool dup = false;
                    for (int k2 = 0; k2 < no && !dup; k2++) dup = strcmp(organisms[k2], x->organism) == 0;
                    if (!dup && no < 8) organisms[no++] = x->organism;
                }
            }
        }
    }
    if (!evidence) {
        mg__buffer_puts(out, "no cited evidence on the support (a background network)\n");
        return;
    }
    if (no) {
        mg__buffer_printf(out, "organism%s: ", no > 1 ? "s" : "");
        for (int i = 0; i < no; i++) mg__buffer_printf(out, "%s%s", i ? ", " : "", organisms[i]);
        if (organism_missing) mg__buffer_puts(out, " (not stated for some evidence)");
        mg__buffer_putc(out, '\n');
    } else {
        mg__buffer_puts(out, "organism not stated\n");
    }
    if (vitro && !vivo) mg__buffer_puts(out, "in vitro only\n");
    if (ci.count == 1) mg__buffer_puts(out, "one study behind the whole support\n");
    if (disputed) mg__buffer_puts(out, "contradicted: a step's edges disagree in sign\n");
}

/* "known for a relative: iMSC secretes iMSC-EV, which alleviates Sjögren's syndrome (Zhao
 * 2023); this asks whether iMSC acts as iMSC-EV does" */
static void relative_caveat(const hyp_view *v, const hyp_cand *c, mg_buffer *out)
{
    const hyp_hop *link = NULL;
    mg_id r = hyp_agent_relative(v, c->subject, c->object, &link);
    if (r < 0 || !link) return;
    const hyp_hop *x = hyp_hop_find(v, r, c->object);
    const mg_edge *le = mg_graph_edge(v->g, v->edges[link->edge_start]);
    const mg_edge *xe = NULL;
    for (size_t k = 0; x && k < x->edge_count && !xe; k++) {
        const mg_edge *e = mg_graph_edge(v->g, v->edges[x->edge_start + k]);
        if (mg_relation_sign(e->relation) != MG_SIGN_STRUCTURAL) xe = e;
    }
    if (!xe) return;
    const char *rl = mg_graph_node(v->g, r)->label, *sl = mg_graph_node(v->g, c->subject)->label;
    mg__buffer_printf(out, "known for a relative: %s %s %s, which %s %s", mg_graph_node(v->g, le->source)->label,
                      relation_words(le->relation), mg_graph_node(v->g, le->target)->label, relation_words(xe->relation),
                      mg_graph_node(v->g, c->object)->label);
    if (xe->evidence_count && xe->evidence[0].ref) {
        char buf[96];
        hyp_short_citation(xe->evidence[0].ref, buf, sizeof buf);
        mg__buffer_printf(out, " (%s)", buf);
    }
    mg__buffer_printf(out, "; this asks whether %s acts as %s does\n", sl, rl);
}

void hyp_describe(const hyp_view *v, const hyp_cand *c, const hyp_cand *const *also, int also_count, int also_more,
                  mg_buffer *sentence, mg_buffer *caveats)
{
    switch (c->method) {
    case MG_HYP_ABC: describe_abc(v, c, sentence); break;
    case MG_HYP_TRANSFER: describe_transfer(v, c, also, also_count, also_more, sentence); break;
    case MG_HYP_LINK: describe_link(v, c, sentence); break;
    case MG_HYP_DWPC: describe_dwpc(v, c, sentence); break;
    case MG_HYP_CONTRADICTIONS:
        if (c->caveats & HYP_CAV_LOOP) describe_loop(v, c, sentence);
        else describe_dispute(v, c, sentence);
        break;
    case MG_HYP_GAPS: describe_gap(v, c, sentence); break;
    case MG_HYP_COMPARISONS: describe_comparison(v, c, sentence); break;
    default: break;
    }
    mg__buffer_putc(sentence, '.');
    if (c->caveats & HYP_CAV_MIXED) mg__buffer_puts(caveats, "its paths disagree in sign\n");
    if ((c->caveats & HYP_CAV_UNSIGNED) && c->method != MG_HYP_CONTRADICTIONS)
        mg__buffer_puts(caveats, c->sign ? "a step is unsigned\n" : "the sign is unknown: a step is unsigned\n");
    if (c->caveats & HYP_CAV_INCONSISTENT)
        mg__buffer_puts(caveats, "the predicted sign does not explain the treatment's effect\n");
    if (c->method == MG_HYP_COMPARISONS) {
        const mg_comparison *r = mg_graph_comparison(v->g, (size_t)c->comparison);
        if (r)
            mg__buffer_printf(caveats, "derived from a comparison, not a mechanism: %s %s %s on %s, as the review reports it\n",
                              label(v, r->a), r->direction == MG_COMPARE_GREATER ? ">" : r->direction == MG_COMPARE_LESS ? "<" : "≈",
                              label(v, r->b), mg_comparison_aspect(v->g, r));
        /* the record's own doubts travel with it (Kim 2024's attribution, for one) */
        for (size_t i = 0; r && i < r->evidence_count; i++)
            for (size_t k = 0; k < r->evidence[i].caution_count; k++)
                mg__buffer_printf(caveats, "the comparison's evidence is cautioned (%s): %s\n", r->evidence[i].cautions[k].code,
                                  r->evidence[i].cautions[k].text);
    }
    if (c->caveats & HYP_CAV_UNRELATED)
        mg__buffer_printf(caveats, "known only in diseases that share no class with %s (docs/hypotheses.md, Disease classes)\n",
                          mg_graph_node(v->g, c->object)->label);
    if (c->method != MG_HYP_CONTRADICTIONS) relative_caveat(v, c, caveats);
    evidence_caveats(v, c, caveats);
}
