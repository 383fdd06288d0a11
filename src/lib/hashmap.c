/*
 * hashmap.c - string -> id map with open addressing (a word-at-a-time multiplicative hash, linear
 * probing). Readers use it to find a node by its exact id in O(1) while loading millions of edges.
 */
#include "internal.h"

#include <stdlib.h>
#include <string.h>

/* Eight bytes per step (byte-wise FNV-1a was a fifth of loading an edge list), then a final
 * mix so that the low bits, which pick the slot, depend on every byte. */
static uint64_t hash_bytes(const char *s, size_t len)
{
    uint64_t h = 0x9E3779B97F4A7C15ULL ^ len;
    size_t i = 0;
    for (; i + 8 <= len; i += 8) {
        uint64_t w;
        memcpy(&w, s + i, 8);
        h = (h ^ w) * 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 31;
    }
    uint64_t tail = 0;
    for (size_t k = 0; i < len; i++, k += 8) tail |= (uint64_t)(unsigned char)s[i] << k;
    h = (h ^ tail) * 0x94D049BB133111EBULL;
    h ^= h >> 29;
    h *= 0xBF58476D1CE4E5B9ULL;
    return h ^ (h >> 32);
}

mg_error_t mg_hashmap_init(mg_hashmap *map, size_t expected)
{
    size_t cap = 64;
    while (cap < expected * 2) cap *= 2;
    map->slots = calloc(cap, sizeof *map->slots);
    map->capacity = cap;
    map->entries = NULL;
    map->count = map->entry_capacity = 0;
    if (!map->slots) {
        mg_hashmap_destroy(map);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    return MG_OK;
}

void mg_hashmap_destroy(mg_hashmap *map)
{
    free(map->slots);
    free(map->entries);
    map->slots = NULL;
    map->entries = NULL;
    map->capacity = map->count = map->entry_capacity = 0;
}

/* The slot holding key, or the free slot where it would go. A slot whose tag differs is passed
 * without a look at its entry: most mismatches cost no more than the table's own cache line. */
static size_t find_slot(const mg_hashmap *map, const char *key, size_t len, uint64_t hash)
{
    size_t mask = map->capacity - 1;
    uint64_t tag = hash >> 32;
    size_t i = (size_t)hash & mask;
    for (uint64_t s; (s = map->slots[i]) != 0; i = (i + 1) & mask) {
        if (s >> 32 != tag) continue;
        const mg_hashmap_entry *e = &map->entries[(uint32_t)s - 1];
        if (e->len == len && memcmp(e->key, key, len) == 0) return i;
    }
    return i;
}

mg_id mg_hashmap_get(const mg_hashmap *map, const char *key, size_t len)
{
    if (!map->capacity) return -1;
    uint64_t s = map->slots[find_slot(map, key, len, hash_bytes(key, len))];
    return s ? map->entries[(uint32_t)s - 1].value : -1;
}

static mg_error_t grow(mg_hashmap *map)
{
    size_t cap = map->capacity * 2;
    uint64_t *slots = calloc(cap, sizeof *slots);
    if (!slots) return mg__fail(MG_ENOMEM, "out of memory");
    free(map->slots);
    map->slots = slots;
    map->capacity = cap;
    /* the slots keep only the hash's high half; the position needs the low half: hash again */
    for (size_t k = 0; k < map->count; k++) {
        const mg_hashmap_entry *e = &map->entries[k];
        uint64_t hash = hash_bytes(e->key, e->len);
        map->slots[find_slot(map, e->key, e->len, hash)] = (hash >> 32) << 32 | (uint64_t)(k + 1);
    }
    return MG_OK;
}

mg_error_t mg_hashmap_put(mg_hashmap *map, const char *key, mg_id value)
{
    if (!map->capacity || (map->count + 1) * 2 > map->capacity) {
        mg_error_t err = map->capacity ? grow(map) : mg_hashmap_init(map, 16);
        if (err) return err;
    }
    size_t len = strlen(key);
    uint64_t hash = hash_bytes(key, len);
    size_t i = find_slot(map, key, len, hash);
    if (map->slots[i]) {
        map->entries[(uint32_t)map->slots[i] - 1].value = value;
        return MG_OK;
    }
    if (map->count >= UINT32_MAX - 1) return mg__fail(MG_EINVAL, "more than %u keys", UINT32_MAX - 1);
    if (mg__reserve((void **)&map->entries, &map->entry_capacity, map->count + 1, sizeof *map->entries))
        return mg__fail(MG_ENOMEM, "out of memory");
    map->entries[map->count] = (mg_hashmap_entry){key, len, value};
    map->slots[i] = (hash >> 32) << 32 | (uint64_t)(map->count + 1);
    map->count++;
    return MG_OK;
}
