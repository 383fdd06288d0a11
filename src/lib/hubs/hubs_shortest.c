/*
 * hubs_shortest.c - the metrics made of shortest paths, from one breadth-first search per
 * source (Brandes 2001): betweenness, harmonic centrality, and cytoHubba's Stress, BottleNeck,
 * EcCentricity, Closeness and Radiality (definitions and their readings: docs/hubs.md). With
 * `samples`, only that many sources (drawn with the seed) are searched and sums are scaled by
 * n / samples, as networkx's betweenness_centrality(k=...) does.
 * The cytoHubba metrics are undirected, so a node's distances from the sources are its distances
 * to them: per-node sums are gathered at the targets, which makes sampling work for them too.
 * The sources are cut into pieces by their number alone (never by the thread count), each piece
 * searched by one thread into its own sums, and the pieces' sums added in piece order: any
 * number of threads gives the same bits (mg__parallel_for).
 */
#include "hubs_internal.h"

#include <math.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

/* A node's state in one source's search, packed so that the search and the backward pass touch
 * one cache line per neighbour they look at (three arrays cost three). */
typedef struct {
    double sigma; /* shortest paths from the source to the node */
    double share; /* backward pass: (1 + delta) / sigma, what each of its predecessors pulls */
    int dist;     /* steps from the source; -1 unreached */
} node_state;

typedef struct {
    const mg_hub_graph *hg;
    size_t n;
    node_state *st;
    double *delta, *paths; /* backward pass, by node: written once, when the node is finished */
    size_t *order;
} bfs_state;

/* Breadth-first search from s; order[] receives the nodes reached, nearest first. Returns how
 * many. sigma[v] counts the shortest paths from s to v. */
static size_t bfs(bfs_state *b, size_t s)
{
    const mg_hub_graph *hg = b->hg;
    node_state *st = b->st;
    for (size_t v = 0; v < b->n; v++) st[v].dist = -1, st[v].sigma = 0;
    size_t head = 0, tail = 0;
    st[s].dist = 0;
    st[s].sigma = 1;
    b->order[tail++] = s;
    while (head < tail) {
        size_t v = b->order[head++];
        int next = st[v].dist + 1;
        double sigma = st[v].sigma;
        for (size_t i = hg->out_start[v]; i < hg->out_start[v + 1]; i++) {
            node_state *w = &st[hg->out_adj[i]];
            if (w->dist < 0) {
                w->dist = next;
                b->order[tail++] = hg->out_adj[i];
            }
            if (w->dist == next) w->sigma += sigma;
        }
    }
    return tail;
}

/* Connected components (the graph is undirected here): comp[v] and each one's size. */
static void components(bfs_state *b, size_t *comp, size_t *comp_size)
{
    for (size_t v = 0; v < b->n; v++) comp[v] = (size_t)-1;
    for (size_t v = 0; v < b->n; v++) {
        if (comp[v] != (size_t)-1) continue;
        size_t reached = bfs(b, v);
        for (size_t i = 0; i < reached; i++) comp[b->order[i]] = v;
        comp_size[v] = reached;
    }
}

/* Sources: all nodes, or `samples` of them drawn without replacement (a seeded partial shuffle). */
static size_t *choose_sources(size_t n, const mg_hub_options *o, size_t *count, bool *approximate)
{
    size_t *src = malloc((n + 1) * sizeof *src);
    if (!src) return NULL;
    for (size_t i = 0; i < n; i++) src[i] = i;
    *count = n;
    if (o->samples && o->samples < n) {
        uint64_t state = o->seed;
        for (size_t i = 0; i < o->samples; i++) {
            size_t j = i + (size_t)(mg__rand_unit(&state) * (double)(n - i));
            size_t t = src[i];
            src[i] = src[j];
            src[j] = t;
        }
        *count = o->samples;
        *approximate = true;
    }
    return src;
}

/* What one piece of the sources adds up; merged in piece order. */
typedef struct {
    double *score;
    double *sum;        /* radiality: sum of distances from reaching sources */
    size_t *reach;      /* radiality: sources that reach the node */
    int *comp_diameter; /* radiality: per component, the longest distance seen */
} piece_sums;

typedef struct {
    const mg_hub_graph *hg;
    mg_hub_metric metric;
    const size_t *src;
    size_t nsrc, pieces;
    const size_t *comp;
    piece_sums *sums; /* [pieces] */
    atomic_bool failed;
} shortest_job;

static void free_sums(piece_sums *p)
{
    free(p->score);
    free(p->sum);
    free(p->reach);
    free(p->comp_diameter);
    memset(p, 0, sizeof *p);
}

/* Adds what source s's search says to the piece's sums. */
static void add_source(bfs_state *b, piece_sums *p, const mg_hub_graph *hg, mg_hub_metric metric, size_t s,
                       const size_t *comp)
{
    size_t reached = bfs(b, s);
    node_state *st = b->st;
    double *score = p->score;
    switch (metric) {
    case MG_HUB_BETWEENNESS:
    case MG_HUB_STRESS:
    case MG_HUB_BOTTLENECK:
        /* back from the farthest: delta (Brandes) and paths (the number of shortest paths
         * from the node down to every node below it in s's shortest-path DAG). Each node pulls
         * from its successors one step further, finished before it in this order: delta[w] =
         * sigma[w] * the sum of their shares (1 + delta[x]) / sigma[x], one division per node
         * and one write; the path counts only Stress needs */
        for (size_t i = reached; i-- > 0;) {
            size_t w = b->order[i];
            node_state *sw = &st[w];
            int next = sw->dist + 1;
            bool count_paths = metric == MG_HUB_STRESS;
            double pulled = 0, paths = 0;
            for (size_t j = hg->out_start[w]; j < hg->out_start[w + 1]; j++) {
                size_t x = hg->out_adj[j];
                if (st[x].dist != next) continue;
                pulled += st[x].share;
                if (count_paths) paths += 1 + b->paths[x];
            }
            b->delta[w] = sw->sigma * pulled;
            sw->share = (1 + b->delta[w]) / sw->sigma;
            if (count_paths) b->paths[w] = paths;
            if (w == s) continue;
            if (metric == MG_HUB_BETWEENNESS) score[w] += b->delta[w];
            else if (metric == MG_HUB_STRESS) score[w] += sw->sigma * b->paths[w];
            /* BottleNeck: p_s(v) = 1 when the paths from s that meet at v (the one ending at
             * v, and each longer one by the share of its shortest paths through v: 1 +
             * delta, the size of v's subtree when shortest paths are unique, whatever tree a
             * search would pick) are more than a quarter of the nodes s reaches, s included */
            else if (1 + b->delta[w] > (double)reached / 4.0) score[w] += 1;
        }
        break;
    default: /* eccentricity, closeness, harmonic, radiality */
        /* harmonic (networkx, igraph mode "in"): the sum of 1 / d(u, v) over the nodes u that
         * reach v, gathered at v from each source's search */
        for (size_t i = 1; i < reached; i++) {
            size_t v = b->order[i];
            int d = st[v].dist;
            if (metric == MG_HUB_ECCENTRICITY && d > score[v]) score[v] = d;
            if (metric == MG_HUB_CH_CLOSENESS || metric == MG_HUB_HARMONIC) score[v] += 1.0 / d;
            if (metric == MG_HUB_RADIALITY) {
                p->sum[v] += d, p->reach[v]++;
                if (d > p->comp_diameter[comp[v]]) p->comp_diameter[comp[v]] = d;
            }
        }
        break;
    }
}

static void run_piece(void *context, size_t piece)
{
    shortest_job *job = context;
    if (atomic_load(&job->failed)) return;
    const mg_hub_graph *hg = job->hg;
    size_t n = hg->n;
    bool radial = job->metric == MG_HUB_RADIALITY;
    piece_sums *p = &job->sums[piece];
    bfs_state b = {.hg = hg, .n = n};
    b.st = malloc((n + 1) * sizeof *b.st);
    b.delta = malloc((n + 1) * sizeof *b.delta);
    b.paths = malloc((n + 1) * sizeof *b.paths);
    b.order = malloc((n + 1) * sizeof *b.order);
    p->score = calloc(n + 1, sizeof *p->score);
    if (radial) {
        p->sum = calloc(n + 1, sizeof *p->sum);
        p->reach = calloc(n + 1, sizeof *p->reach);
        p->comp_diameter = calloc(n + 1, sizeof *p->comp_diameter);
    }
    if (!b.st || !b.delta || !b.paths || !b.order || !p->score ||
        (radial && (!p->sum || !p->reach || !p->comp_diameter))) {
        atomic_store(&job->failed, true);
    } else {
        /* piece k takes the sources [k nsrc / pieces, (k + 1) nsrc / pieces) */
        size_t from = piece * job->nsrc / job->pieces, to = (piece + 1) * job->nsrc / job->pieces;
        for (size_t k = from; k < to; k++) add_source(&b, p, hg, job->metric, job->src[k], job->comp);
    }
    free(b.st);
    free(b.delta);
    free(b.paths);
    free(b.order);
}

/* Pieces of the sources: enough for the cores of a large machine, few enough that their sums
 * (one to four arrays of n each) stay within 256 MB; fixed by the graph, not by the threads. */
static size_t piece_count(size_t n, size_t nsrc, mg_hub_metric metric)
{
    size_t bytes = (n + 1) * (metric == MG_HUB_RADIALITY ? 28 : 8);
    size_t pieces = 16, budget = (size_t)256 << 20;
    while (pieces > 1 && pieces * bytes > budget) pieces /= 2;
    return pieces < nsrc ? pieces : nsrc > 0 ? nsrc : 1;
}

mg_error_t mg__hub_shortest_metric(double *score, bool *approximate, const mg_hub_graph *hg, mg_hub_metric metric,
                                   const mg_hub_options *o)
{
    switch (metric) {
    case MG_HUB_BETWEENNESS:
    case MG_HUB_STRESS:
    case MG_HUB_BOTTLENECK:
    case MG_HUB_ECCENTRICITY:
    case MG_HUB_CH_CLOSENESS:
    case MG_HUB_HARMONIC:
    case MG_HUB_RADIALITY:
        break;
    default:
        return mg__fail(MG_EINTERNAL, "metric %d is not a shortest-path metric", (int)metric);
    }
    size_t n = hg->n, nsrc = 0;
    bfs_state b = {.hg = hg, .n = n};
    size_t *comp = NULL, *comp_size = NULL;
    size_t *reach = NULL;
    double *sum = NULL;
    int *comp_diameter = NULL;
    shortest_job job = {.hg = hg, .metric = metric};
    atomic_init(&job.failed, false);
    size_t *src = choose_sources(n, o, &nsrc, approximate);
    mg_error_t err = MG_OK;
    if (!src) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    if (metric == MG_HUB_RADIALITY) {
        b.st = malloc((n + 1) * sizeof *b.st);
        b.order = malloc((n + 1) * sizeof *b.order);
        comp = malloc((n + 1) * sizeof *comp);
        comp_size = calloc(n + 1, sizeof *comp_size);
        sum = calloc(n + 1, sizeof *sum);
        reach = calloc(n + 1, sizeof *reach);
        comp_diameter = calloc(n + 1, sizeof *comp_diameter);
        if (!b.st || !b.order || !comp || !comp_size || !sum || !reach || !comp_diameter) {
            err = mg__fail(MG_ENOMEM, "out of memory");
            goto done;
        }
        components(&b, comp, comp_size);
    }
    job.src = src;
    job.nsrc = nsrc;
    job.comp = comp;
    job.pieces = piece_count(n, nsrc, metric);
    if (!(job.sums = calloc(job.pieces, sizeof *job.sums))) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    mg__parallel_for(job.pieces, run_piece, &job);
    if (atomic_load(&job.failed)) {
        err = mg__fail(MG_ENOMEM, "out of memory");
        goto done;
    }
    for (size_t v = 0; v < n; v++) score[v] = 0;
    for (size_t k = 0; k < job.pieces; k++) {
        const piece_sums *p = &job.sums[k];
        for (size_t v = 0; v < n; v++) {
            if (metric == MG_HUB_ECCENTRICITY) {
                if (p->score[v] > score[v]) score[v] = p->score[v];
            } else {
                score[v] += p->score[v];
            }
            if (metric == MG_HUB_RADIALITY) {
                sum[v] += p->sum[v];
                reach[v] += p->reach[v];
                if (p->comp_diameter[v] > comp_diameter[v]) comp_diameter[v] = p->comp_diameter[v];
            }
        }
    }
    double scale = nsrc < n ? (double)n / (double)nsrc : 1.0;
    for (size_t v = 0; v < n; v++) {
        switch (metric) {
        case MG_HUB_BETWEENNESS:
        case MG_HUB_STRESS:
            /* undirected: each pair was counted from both ends */
            score[v] *= scale / (hg->directed ? 1.0 : 2.0);
            break;
        case MG_HUB_BOTTLENECK:
        case MG_HUB_CH_CLOSENESS:
        case MG_HUB_HARMONIC:
            score[v] *= scale;
            break;
        case MG_HUB_ECCENTRICITY:
            score[v] = score[v] > 0 ? 1.0 / score[v] : 0;
            break;
        case MG_HUB_RADIALITY: {
            /* per component C: the sum over the others in C of (diam(C) + 1 - d(v, w)), over |C| - 1 */
            size_t c = comp[v];
            score[v] = comp_size[c] > 1 ? scale * ((double)reach[v] * (comp_diameter[c] + 1) - sum[v]) /
                                              (double)(comp_size[c] - 1)
                                        : 0;
            break;
        }
        default:
            break;
        }
    }
done:
    for (size_t k = 0; job.sums && k < job.pieces; k++) free_sums(&job.sums[k]);
    free(job.sums);
    free(b.st);
    free(b.order);
    free(sum);
    free(reach);
    free(comp);
    free(comp_size);
    free(comp_diameter);
    free(src);
    return err;
}
