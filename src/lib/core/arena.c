/*
 * arena.c - a bump allocator for a graph's strings and small arrays: a graph of a million edges
 * holds millions of strings, and freeing them one by one would dominate mg_graph_free.
 */
#define _DEFAULT_SOURCE /* madvise, MADV_HUGEPAGE */
#include "core/core.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

#define ARENA_BLOCK 65536

struct mg_arena_block {
    mg_arena_block *next;
    size_t used, size;
    _Alignas(8) unsigned char data[];
};

void *mg_arena_alloc(mg_arena *arena, size_t size)
{
    size = (size + 7) & ~(size_t)7;
    mg_arena_block *b = arena->head;
    if (!b || b->size - b->used < size) {
        /* blocks double up to MG_HUGE_MIN, on 2 MiB pages then: a million names in 64 KiB
         * blocks cost a TLB miss on top of the cache miss at each hash map lookup */
        size_t regular = b ? b->size * 2 : ARENA_BLOCK;
        if (regular > MG_HUGE_MIN) regular = MG_HUGE_MIN;
        if (regular < ARENA_BLOCK) regular = ARENA_BLOCK;
        size_t cap = size > ARENA_BLOCK / 4 ? size : regular;
        b = malloc(sizeof *b + cap);
        if (!b) return NULL;
        mg__huge_pages(b, sizeof *b + cap);
        b->used = 0;
        b->size = cap;
        if (cap == size && arena->head) {
            /* A big allocation gets a block of its own, behind the current one, so the space
             * left in the current block is not wasted. */
            b->next = arena->head->next;
            arena->head->next = b;
        } else {
            b->next = arena->head;
            arena->head = b;
        }
    }
    void *p = b->data + b->used;
    b->used += size;
    return p;
}

char *mg_arena_strndup(mg_arena *arena, const char *s, size_t len)
{
    char *p = mg_arena_alloc(arena, len + 1);
    if (!p) return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *mg_arena_strdup(mg_arena *arena, const char *s)
{
    return s ? mg_arena_strndup(arena, s, strlen(s)) : NULL;
}

void mg_arena_free(mg_arena *arena)
{
    mg_arena_block *b = arena->head;
    while (b) {
        mg_arena_block *next = b->next;
        free(b);
        b = next;
    }
    arena->head = NULL;
}

mg_error_t mg__reserve(void **array, size_t *capacity, size_t need, size_t elem)
{
    if (need <= *capacity) return MG_OK;
    size_t cap = *capacity ? *capacity : 16;
    while (cap < need) {
        if (cap > SIZE_MAX / 2 / elem) return mg__fail(MG_ENOMEM, "out of memory");
        cap *= 2;
    }
    void *p;
    if (cap * elem >= MG_HUGE_MIN) {
        /* a new block asked for 2 MiB pages before its first touch, the old one copied in:
         * realloc's mremap keeps a large block's small pages, and they fault in one by one */
        if (!(p = malloc(cap * elem))) return mg__fail(MG_ENOMEM, "out of memory");
        mg__huge_pages(p, cap * elem);
        if (*array) memcpy(p, *array, *capacity * elem);
        free(*array);
    } else if (!(p = realloc(*array, cap * elem))) {
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    *array = p;
    *capacity = cap;
    return MG_OK;
}

void mg__huge_pages(void *p, size_t size)
{
#ifdef MADV_HUGEPAGE
    /* a page fault costs microseconds on a virtual machine: a quarter of loading Hetionet went to
     * first touches of the edge array and the incidence lists, 4 KiB at a time. Large arrays ask
     * for 2 MiB pages (where the kernel's transparent huge pages are on "madvise"); a failure
     * only leaves them small. Only the whole 2 MiB pages inside the block are asked for. */
    if (size < MG_HUGE_MIN) return;
    uintptr_t page = (uintptr_t)1 << 21, from = ((uintptr_t)p + page - 1) & ~(page - 1), to = ((uintptr_t)p + size) & ~(page - 1);
    if (to > from) (void)madvise((void *)from, to - from, MADV_HUGEPAGE);
#else
    (void)p;
    (void)size;
#endif
}
