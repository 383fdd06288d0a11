/*
 * hyp_internal.h - what the hypothesis methods share: the view of the graph they reason on
 * (parallel edges merged into hops, hidden edges left out, node roles), the candidate record
 * each method fills, and the helpers that turn candidates into sentences. Private to hyp_*.c.
 */
#ifndef MG_HYP_INTERNAL_H
#define MG_HYP_INTERNAL_H

#include "core/core.h"

/* Node roles, as a bit set: what part a node can play in a hypothesis. */
enum {
    HYP_AGENT = 1,    /* a therapeutic source: a vesicle, an intervention, an MSC-like cell */
    HYP_CARGO = 2,    /* a molecule a vesicle or a cell delivers, secretes or produces */
    HYP_DISEASE = 4,
    HYP_MEDIATOR = 8, /* anything else that can carry an effect: genes, pathways, processes, cells */
    HYP_CONTEXT = 16  /* an anatomy: where things happen, neither proposed nor a step of a mechanism */
};

/* All the edges from one node to another that are not hidden. */
typedef struct {
    mg_id source, target;
    int sign;        /* of its non-structural edges: +1, -1, 0 (unsigned or none), 2 (they disagree) */
    bool mech;       /* it has a non-structural edge: a step a mechanism can take */
    bool structural; /* it has an is_a, part_of or derived_from edge */
    bool symmetric;  /* its non-structural edges are all associated_with: walkable both ways */
    int studies;     /* distinct primary studies behind its non-structural edges */
    size_t edge_start, edge_count; /* view->edges[edge_start ..): its edges, by id */
} hyp_hop;

typedef struct {
    const mg_graph *g;
    size_t n;
    hyp_hop *hops; /* sorted by source, then target */
    size_t hop_count;
    mg_id *edges;
    size_t *out_start; /* out hops of v: hops[out_start[v] .. out_start[v + 1]) */
    size_t *in_start;  /* in hops of v: hops[in_hops[in_start[v] .. in_start[v + 1])] */
    size_t *in_hops;
    mg_node_type *type; /* the node's type; for an untyped node, the one its "Kind::" id prefix names */
    unsigned *role;
    bool *kin;          /* it has a structural hop either way, or delivers, secretes or produces */
    int *deg;           /* distinct neighbours through non-structural hops, either way */
    size_t *nb_start;   /* those neighbours, sorted: nb[nb_start[v] .. nb_start[v + 1]) */
    mg_id *nb;
} hyp_view;

mg_error_t hyp_view_build(hyp_view *v, const mg_graph *g, const bool *hidden);
void hyp_view_destroy(hyp_view *v);
/** The hop from a to b, or NULL. O(log out-degree). */
const hyp_hop *hyp_hop_find(const hyp_view *v, mg_id a, mg_id b);
/** Whether any hop links a and b, either way. */
bool hyp_linked(const hyp_view *v, mg_id a, mg_id b);
/** The sign of a hop for a chain: +1, -1, 0 (unsigned or disputed). */
int hyp_hop_sign(const hyp_hop *h);
/** Whether one primary study stands behind both hops (then a path through them restates that
 * study rather than bridging two literatures). */
bool hyp_hops_share_study(const hyp_view *v, const hyp_hop *a, const hyp_hop *b);

/* The steps a mechanism can take from a: its non-structural out hops, its associated_with in
 * hops walked backwards (an association has no direction), and a disease's signed hop into a
 * walked backwards with its sign (Hetionet's "Disease upregulates Gene": what raises a gene a
 * disease raises mimics the disease, what lowers it counters the disease, the signature
 * reversal of connectivity maps). */
typedef struct {
    const hyp_view *v;
    mg_id a;
    size_t i, k;
} hyp_walk;

static inline void hyp_walk_init(hyp_walk *w, const hyp_view *v, mg_id a)
{
    w->v = v;
    w->a = a;
    w->i = v->out_start[a];
    w->k = v->in_start[a];
}

static inline bool hyp_walk_next(hyp_walk *w, mg_id *to, const hyp_hop **hop)
{
    const hyp_view *v = w->v;
    while (w->i < v->out_start[w->a + 1]) {
        const hyp_hop *h = &v->hops[w->i++];
        if (h->mech && h->target != w->a) {
            *to = h->target;
            *hop = h;
            return true;
        }
    }
    while (w->k < v->in_start[w->a + 1]) {
        const hyp_hop *h = &v->hops[v->in_hops[w->k++]];
        bool reversal = h->mech && (v->role[h->source] & HYP_DISEASE) && hyp_hop_sign(h) != 0;
        if ((h->symmetric || reversal) && h->source != w->a && !hyp_hop_find(v, w->a, h->source)) {
            *to = h->source;
            *hop = h;
            return true;
        }
    }
    return false;
}

/* ---- candidates ---- */

#define HYP_SUPPORT_MAX 4 /* paths kept per candidate */
#define HYP_PATH_MAX 8    /* nodes per path */
#define HYP_COMP_MAX 5

enum {
    HYP_CAV_MIXED = 1,      /* its paths disagree in sign */
    HYP_CAV_UNSIGNED = 2,   /* a step is unsigned: the sign is unknown */
    HYP_CAV_INCONSISTENT = 4, /* the mechanism's sign does not explain the outcome */
    HYP_CAV_LOOP = 8,       /* a feedback loop (subject == object) */
    HYP_CAV_UNRELATED = 16  /* gaps: known only in diseases sharing no class with the object */
};

typedef struct {
    mg_hyp_method method;
    mg_id subject, object;
    int sign;
    double score;    /* the method's own score, > 0 */
    double norm;     /* score / the method's best (hypotheses.c) */
    const char *comp_name[HYP_COMP_MAX];
    double comp[HYP_COMP_MAX];
    int comp_count;
    mg_id path[HYP_SUPPORT_MAX][HYP_PATH_MAX]; /* support, as node sequences */
    int path_len[HYP_SUPPORT_MAX];             /* nodes in each */
    int path_count;
    int more;        /* further linking nodes or paths not kept */
    unsigned caveats;
    mg_id aux;       /* transfer: the disease it comes from; gaps: the treatment; else -1 */
    double aux_value; /* transfer: the diseases' similarity */
    mg_id extra[3];  /* transfer: shared mechanism nodes; gaps: the other diseases */
    char aux_text[48]; /* transfer: the narrowest class both diseases share ("" when none) */
    int comparison;  /* comparisons: the record that tells it (mg_graph_comparison) */
    int extra_count;
    bool novel;
} hyp_cand;

typedef struct {
    hyp_cand *items;
    size_t count, cap;
    const char *truncated; /* static text, or NULL */
    /* the method keeps its `keep` best in the end (0: all); hyp_cands_add cuts to them as the
     * list grows, so that memory stays bounded whatever the budget */
    size_t keep;
    size_t dropped; /* candidates the `keep` cut left out, so that the cut is reported, never silent */
    const mg_graph *graph;
} hyp_cands;

/** What a candidate brings to the combination before its method's weight: its normalised
 * score, times UNSIGNED_VALUE when its sign is unknown (a prediction without a direction is
 * harder to test). Shared by the ranking and its evaluation. */
#define HYP_UNSIGNED_VALUE 1.0
double hyp_cand_value(const hyp_cand *c);

/* The listing's factors (hyp_listing.c): what keeps a study's own result, told again, out of
 * the top of a listing. Each is 1 when it does not apply. */
#define HYP_LIST_RETOLD 0.5     /* one study behind the whole support, and it also reports the object */
#define HYP_LIST_RESTATED 0.25  /* the subject is what an agent acting on the object was loaded with */
typedef struct {
    double retold, restatement;
    double product;
} hyp_listing;

/** The listing factors of a hypothesis told by `primary` and proposed by `members` (indexed by
 * method, NULL where a method did not propose it). Contradictions get 1 throughout.
 * O(support edges + the subject's hops). */
void hyp_listing_factors(hyp_listing *out, const hyp_view *v, const hyp_cand *primary,
                         const hyp_cand *const members[MG_HYP_METHOD_COUNT]);
/** Whether a hop delivers, secretes or produces (its source carries its target). */
bool hyp_delivers_like(const hyp_view *v, const hyp_hop *h);

/* The listing's order (hyp_order.c): one hypothesis per subject and object, its members by
 * method, the one that tells it, its score after the listing's factors and diversity. */
#define HYP_FOLD_MAX 8
typedef struct {
    hyp_cand *member[MG_HYP_METHOD_COUNT];
    hyp_cand *primary;
    double probability; /* the calibrated combination, 1 - prod (1 - p_m)^w_m; with one method
                           chosen, its normalised score */
    double score, diversity;
    hyp_listing listing;
    const hyp_cand *folded[HYP_FOLD_MAX]; /* transfer: the other mediators borrowed from one disease */
    int folded_count, folded_more;
} hyp_group;

/** Combines, folds (o->fold) and diversifies the candidates into the listing's order: *out
 * receives the first `o->top` (0: all) of *total groups, *count of them (free()); the groups
 * point into `cands`, which must outlive them. O(C log C + C top), C candidates. */
mg_error_t hyp_order(hyp_group **out, size_t *count, size_t *total, hyp_cands cands[MG_HYP_METHOD_COUNT],
                     const mg_hyp_options *o, const hyp_view *v);

/** The bounded demotion of a hypothesis after `repeats` others about its subject or object:
 * 1/2 + 1/(2 (1 + repeats)). */
double hyp_diversity_factor(int repeats);

/** Appends a zeroed candidate (aux = -1) and returns it, or NULL when out of memory. */
hyp_cand *hyp_cands_add(hyp_cands *c);
void hyp_cands_free(hyp_cands *c);
void hyp_cand_comp(hyp_cand *c, const char *name, double value);
/** The candidate's net sign from the weight of its positive and negative paths (0 when they
 * balance), with the caveats of mixed signs and of an unsigned step on the way. */
void hyp_cand_sign_from_paths(hyp_cand *c, double pos, double neg, bool unsigned_step);
/** Adds a support path (nodes, count) unless HYP_SUPPORT_MAX are kept: then counts it in `more`. */
void hyp_cand_path(hyp_cand *c, const mg_id *nodes, int count);
/** Sorts by score (best first), then subject and object id; keeps the first `keep` (0: all). */
void hyp_cands_rank(hyp_cands *c, const mg_graph *g, size_t keep);

/* The query a method answers: which subjects and objects it may propose, and its budget. */
typedef struct {
    const hyp_view *v;
    const mg_hyp_options *o;
    const bool *subject_ok; /* [n] */
    const bool *object_ok;  /* [n] */
    size_t budget;
} hyp_query;

/** Whether (s, o) may be a new link: allowed ends, no hop either way, not one thing under two
 * names (one's name a prefix of the other's), not known for a near relative of s (s is_a,
 * secretes, derived_from ... a node that has the link). */
bool hyp_new_link_ok(const hyp_query *q, mg_id s, mg_id o);

/** An agent related to agent s (what it secretes, its kind or a kind of it) that already acts
 * on o, or -1; *link is the hop between s and it. Such an s -> o is proposed, not known: does s
 * act as its relative does? */
mg_id hyp_agent_relative(const hyp_view *v, mg_id s, mg_id o, const hyp_hop **link);

mg_error_t hyp_abc(hyp_cands *out, const hyp_query *q);
mg_error_t hyp_transfer(hyp_cands *out, const hyp_query *q);
mg_error_t hyp_link(hyp_cands *out, const hyp_query *q);
mg_error_t hyp_dwpc(hyp_cands *out, const hyp_query *q);
mg_error_t hyp_contradictions(hyp_cands *out, const hyp_query *q);
mg_error_t hyp_gaps(hyp_cands *out, const hyp_query *q);
mg_error_t hyp_comparisons(hyp_cands *out, const hyp_query *q);
/** The mediators linked to disease d and to the diseases linked to it (hyp_gaps.c). */
int hyp_disease_mediators(const hyp_view *v, mg_id d);

/** The subjects and objects the defaults allow (roles) and the options select. */
mg_error_t hyp_query_init(hyp_query *q, const hyp_view *v, const mg_hyp_options *o);
void hyp_query_destroy(hyp_query *q);
/** Runs the chosen methods: out[m] receives method m's candidates, ranked and cut to per_method. */
mg_error_t hyp_run_methods(hyp_cands out[MG_HYP_METHOD_COUNT], const hyp_query *q);

/* ---- calibration (hyp_calibrate.c) ---- */

/* One candidate of a leave-one-study-out fold: its method, ln(score / the method's best),
 * ln(deg s * deg o), and whether it is a pair the fold hid. */
typedef struct {
    double score, degree;
    unsigned char method, label;
} hyp_cal_row;

typedef struct {
    hyp_cal_row *rows;
    size_t count, cap;
    size_t *fold_end; /* fold f's rows end at fold_end[f] */
    const mg_reference **study; /* fold f's study */
    size_t folds, fold_cap;
} hyp_cal_data;

/** Runs one fold per study with an edge of its own (edges `base` hides stay hidden, and are
 * nobody's own), recording every candidate of every predictive method. */
mg_error_t hyp_cal_collect(hyp_cal_data *d, const mg_graph *g, const mg_hyp_options *o, const bool *base);
void hyp_cal_data_free(hyp_cal_data *d);
/** Platt scaling per method on every fold but `skip` (SIZE_MAX: none). */
void hyp_cal_fit(mg_hyp_calibration *out, const hyp_cal_data *d, size_t skip);
/** ln(deg s * deg o), degrees counted at least 1. */
double hyp_cal_degree(const hyp_view *v, mg_id s, mg_id o);
/** The probability the calibration gives candidate x (x->norm set); 0 for a contradiction. */
double hyp_cal_probability(const mg_hyp_calibration *c, const hyp_view *v, const hyp_cand *x);
/** Whether (s, t) can be a held-out pair: allowed ends, no hop either way, both ends in the view. */
bool hyp_cal_rankable(const hyp_view *v, const hyp_query *q, mg_id s, mg_id t);

/* ---- disease classes (hyp_classes.c) ---- */

#define HYP_CLASS_MAX 32      /* classes one table may name */
#define HYP_CLASS_NAME_MAX 48 /* bytes of a class name with its NUL (hyp_cand.aux_text) */
typedef uint32_t hyp_class_set; /* bit k: class k */
typedef struct {
    char name[HYP_CLASS_MAX][HYP_CLASS_NAME_MAX]; /* in the order the table first names them */
    int members[HYP_CLASS_MAX];                   /* rows naming each */
    int count;
    struct hyp_class_row *rows;
    size_t row_count;
    char *text; /* the table's text, owned: the rows point into it */
} hyp_classes;

/** Parses a disease-class table (graphs/disease_classes.tsv's format) of `len` bytes; `file`
 * names it in errors ("disease_classes.tsv:12: ..."). On error *out is left empty. O(len). */
mg_error_t hyp_classes_parse(hyp_classes *out, const char *text, size_t len, const char *file);
/** The table o->disease_classes gives, or the built-in one when it is NULL ("" gives none). */
mg_error_t hyp_classes_load(hyp_classes *out, const mg_hyp_options *o);
/** Frees what the table holds and empties it; an emptied table may be destroyed again. */
void hyp_classes_destroy(hyp_classes *c);
/** The classes of a node: rows whose disease is its id or label, or whose doid is its `doid`
 * xref, its Hetionet id (Disease::DOID:N) or its id. O(rows x xrefs). */
hyp_class_set hyp_classes_of(const hyp_classes *c, const mg_graph *g, mg_id node);
/** The class of `set` with the fewest members (ties: by name), or -1 for an empty set. */
int hyp_classes_narrowest(const hyp_classes *c, hyp_class_set set);
/** The disease an evidence record was observed in (its `disease`, by id or name), or -1. */
mg_id hyp_evidence_disease(const mg_graph *g, const mg_evidence *x);

/* ---- words (hyp_text.c) ---- */

/** The relation a sign predicts towards a node of this type (alleviates a disease ...). */
mg_relation hyp_predicted_relation(mg_node_type object_type, int sign, bool agent_subject);
/** "Yuan 2017": the first author and year of a reference's citation, into buf. */
void hyp_short_citation(const mg_reference *r, char *buf, size_t size);
/** The candidate's sentence and caveats, appended to `sentence` and `caveats` (one per line);
 * `also` are candidates folded into it (mediators borrowed from the same disease). */
void hyp_describe(const hyp_view *v, const hyp_cand *c, const hyp_cand *const *also, int also_count, int also_more,
                  mg_buffer *sentence, mg_buffer *caveats);

#endif
