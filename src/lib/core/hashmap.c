/*
 * hashmap.c - string -> id map with open addressing (a word-at-a-time multiplicative hash, linear
 * probing). Readers use it to find a node by its exact id in O(1) while loading millions of edges.
 */
#include "core/core.h"

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
    while (cap * 3 < expected * 4) cap *= 2;
    map->slots = calloc(cap, sizeof *map->slots);
    if (map->slots) mg__huge_pages(map->slots, cap * sizeof *map->slots); /* a lookup's TLB miss */
    map->capacity = cap;
    map->count = 0;
    if (!map->slots) {
        mg_hashmap_destroy(map);
        return mg__fail(MG_ENOMEM, "out of memory");
    }
    return MG_OK;
}

void mg_hashmap_destroy(mg_hashmap *map)
{
    free(map->slots);
    map->slots = NULL;
    map->capacity = map->count = 0;
}

/* Whether the NUL-terminated `stored` is the `len` bytes of `key` (which may hold a NUL): byte by
 * byte, stopping at stored's end, so that a shorter stored key is never read past. Names are
 * short; a call to memcmp cost more than the comparison. */
static bool same_key(const char *stored, const char *key, size_t len)
{
    for (size_t i = 0; i < len; i++)
        if (stored[i] != key[i] || stored[i] == '\0') return false;
    return stored[len] == '\0';
}

/* The slot holding key, or the free slot where it would go. A slot whose tag differs is passed
 * without a look at its key. */
static size_t find_slot(const mg_hashmap *map, const char *key, size_t len, uint64_t hash)
{
    size_t mask = map->capacity - 1;
    uint32_t tag = (uint32_t)(hash >> 32);
    size_t i = (size_t)hash & mask;
    for (const mg_hashmap_slot *s; (s = &map->slots[i])->key; i = (i + 1) & mask)
        if (s->tag == tag && same_key(s->key, key, len)) return i;
    return i;
}

void mg_hashmap_prefetch(const mg_hashmap *map, const char *key, size_t len)
{
#if defined(__GNUC__)
    if (map->capacity) __builtin_prefetch(&map->slots[(size_t)hash_bytes(key, len) & (map->capacity - 1)]);
#else
    (void)map, (void)key, (void)len;
#endif
}

void mg_hashmap_prefetch_key(const mg_hashmap *map, const char *key, size_t len)
{
#if defined(__GNUC__)
    if (!map->capacity) return;
    uint64_t hash = hash_bytes(key, len);
    uint32_t tag = (uint32_t)(hash >> 32);
    size_t mask = map->capacity - 1, i = (size_t)hash & mask;
    /* the first slots of the probe only: a long probe is rare at three quarters full */
    for (int k = 0; k < 4 && map->slots[i].key; k++, i = (i + 1) & mask)
        if (map->slots[i].tag == tag) {
            __builtin_prefetch(map->slots[i].key);
            return;
        }
#else
    (void)map, (void)key, (void)len;
#endif
}

mg_id mg_hashmap_get(const mg_hashmap *map, const char *key, size_t len)
{
    if (!map->capacity) return -1;
    const mg_hashmap_slot *s = &map->slots[find_slot(map, key, len, hash_bytes(key, len))];
    return s->key ? s->value : -1;
}

static mg_error_t grow(mg_hashmap *map)
{
    size_t old_cap = map->capacity, cap = old_cap * 2;
    mg_hashmap_slot *old = map->slots, *slots = calloc(cap, sizeof *slots);
    if (!slots) return mg__fail(MG_ENOMEM, "out of memory");
    mg__huge_pages(slots, cap * sizeof *slots);
    map->slots = slots;
    map->capacity = cap;
    /* the slots keep only the hash's high half; the position needs the low half: hash again */
    for (size_t k = 0; k < old_cap; k++) {
        if (!old[k].key) continue;
        size_t len = strlen(old[k].key);
        map->slots[find_slot(map, old[k].key, len, hash_bytes(old[k].key, len))] = old[k];
    }
    free(old);
    return MG_OK;
}

mg_error_t mg_hashmap_put(mg_hashmap *map, const char *key, mg_id value)
{
    if (value < 0 || value > INT32_MAX) return mg__fail(MG_EINVAL, "more than %d keys", INT32_MAX);
    /* filled to three quarters: Hetionet's 21,000 names then take 512 KiB of slots, which stay
     * in a core's cache beside the keys; at half full they did not, and lookups were slower for
     * the extra misses than for the longer probes */
    if (!map->capacity || (map->count + 1) * 4 > map->capacity * 3) {
        mg_error_t err = map->capacity ? grow(map) : mg_hashmap_init(map, 16);
        if (err) return err;
    }
    size_t len = strlen(key);
    uint64_t hash = hash_bytes(key, len);
    mg_hashmap_slot *s = &map->slots[find_slot(map, key, len, hash)];
    if (!s->key) map->count++;
    *s = (mg_hashmap_slot){key, (uint32_t)(hash >> 32), (int32_t)value};
    return MG_OK;
}
