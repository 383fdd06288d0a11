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

/* The first 8 bytes of a key, zero-padded. */
static uint64_t key_head(const char *key, size_t len)
{
    uint64_t head = 0;
    memcpy(&head, key, len < 8 ? len : 8);
    return head;
}

/* The slot holding key, or the free slot where it would go. Keys of 8 bytes or less are compared
 * in the slot: on a million-node edge list, reading each key's text was a second cache miss per
 * lookup. */
static size_t find_slot(const mg_hashmap *map, const char *key, size_t len, uint64_t hash)
{
    size_t mask = map->capacity - 1;
    uint32_t tag = (uint32_t)(hash >> 32);
    uint64_t head = key_head(key, len);
    size_t i = (size_t)hash & mask;
    for (const mg_hashmap_slot *s; (s = &map->slots[i])->key; i = (i + 1) & mask)
        if (s->tag == tag && s->len == len && s->head == head && (len <= 8 || memcmp(s->key + 8, key + 8, len - 8) == 0))
            return i;
    return i;
}

mg_id mg_hashmap_get(const mg_hashmap *map, const char *key, size_t len)
{
    if (!map->capacity || len > UINT32_MAX) return -1;
    const mg_hashmap_slot *s = &map->slots[find_slot(map, key, len, hash_bytes(key, len))];
    return s->key ? s->value : -1;
}

static mg_error_t grow(mg_hashmap *map)
{
    mg_hashmap bigger;
    mg_error_t err = mg_hashmap_init(&bigger, map->capacity);
    if (err) return err;
    for (size_t i = 0; i < map->capacity; i++) {
        const mg_hashmap_slot *s = &map->slots[i];
        if (!s->key) continue;
        /* the tag keeps the hash's high half; the slot needs the low half, so hash again */
        bigger.slots[find_slot(&bigger, s->key, s->len, hash_bytes(s->key, s->len))] = *s;
    }
    bigger.count = map->count;
    mg_hashmap_destroy(map);
    *map = bigger;
    return MG_OK;
}

mg_error_t mg_hashmap_put(mg_hashmap *map, const char *key, mg_id value)
{
    if (!map->capacity || (map->count + 1) * 2 > map->capacity) {
        mg_error_t err = map->capacity ? grow(map) : mg_hashmap_init(map, 16);
        if (err) return err;
    }
    size_t len = strlen(key);
    if (len > UINT32_MAX) return mg__fail(MG_EINVAL, "key of %zu bytes is too long", len);
    uint64_t hash = hash_bytes(key, len);
    mg_hashmap_slot *s = &map->slots[find_slot(map, key, len, hash)];
    if (!s->key) {
        *s = (mg_hashmap_slot){key, (uint32_t)len, (uint32_t)(hash >> 32), key_head(key, len), value};
        map->count++;
    }
    s->value = value;
    return MG_OK;
}
