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

#define HEAD_BYTES 16

/* The first HEAD_BYTES bytes of a key, zero-padded. */
static void key_head(uint64_t head[2], const char *key, size_t len)
{
    head[0] = head[1] = 0;
    memcpy(head, key, len < HEAD_BYTES ? len : HEAD_BYTES);
}

/* The slot holding key, or the free slot where it would go. Keys of up to 16 bytes are compared
 * in the slot: reading each key's text was a second cache miss per lookup (a fifth of loading
 * Hetionet, whose ids are mostly "Gene::1234"). */
static size_t find_slot(const mg_hashmap *map, const char *key, size_t len, uint64_t hash)
{
    size_t mask = map->capacity - 1;
    uint32_t tag = (uint32_t)(hash >> 32);
    uint64_t head[2];
    key_head(head, key, len);
    size_t i = (size_t)hash & mask;
    for (const mg_hashmap_slot *s; (s = &map->slots[i])->key; i = (i + 1) & mask)
        if (s->tag == tag && s->len == len && s->head[0] == head[0] && s->head[1] == head[1] &&
            (len <= HEAD_BYTES || memcmp(s->key + HEAD_BYTES, key + HEAD_BYTES, len - HEAD_BYTES) == 0))
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
        *s = (mg_hashmap_slot){key, (uint32_t)len, (uint32_t)(hash >> 32), {0, 0}, value};
        key_head(s->head, key, len);
        map->count++;
    }
    s->value = value;
    return MG_OK;
}
