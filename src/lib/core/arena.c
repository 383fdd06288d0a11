/*
 * arena.c - a bump allocator for a graph's strings and small arrays: a graph of a million edges
 * holds millions of strings, and freeing them one by one would dominate mg_graph_free.
 */
#include "core/core.h"

#include <stdlib.h>
#include <string.h>

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
        size_t cap = size > ARENA_BLOCK / 4 ? size : ARENA_BLOCK;
        b = malloc(sizeof *b + cap);
        if (!b) return NULL;
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
    void *p = realloc(*array, cap * elem);
    if (!p) return mg__fail(MG_ENOMEM, "out of memory");
    *array = p;
    *capacity = cap;
    return MG_OK;
}
