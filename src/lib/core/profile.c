/*
 * profile.c - where loading's time goes: each step (reading and inflating the bytes, parsing the
 * lines, waiting for bytes, indexing) adds its seconds here, from any thread; mg_load_profile_get
 * reads the sums (the CLI prints them under MECHGRAPH_PROFILE, scripts/bench-load.sh reads them).
 */
#include "core/core.h"

#include <stdatomic.h>
#include <time.h>

static atomic_ullong spent[MG__STEP_COUNT]; /* nanoseconds per step, since the process started */

uint64_t mg__clock_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

void mg__profile_add(mg__step step, uint64_t since)
{
    uint64_t now = mg__clock_ns();
    atomic_fetch_add_explicit(&spent[step], now > since ? now - since : 0, memory_order_relaxed);
}

void mg_load_profile_get(mg_load_profile *out)
{
    double s[MG__STEP_COUNT];
    for (int i = 0; i < MG__STEP_COUNT; i++) s[i] = (double)atomic_load_explicit(&spent[i], memory_order_relaxed) / 1e9;
    out->read = s[MG__STEP_READ];
    out->parse = s[MG__STEP_PARSE];
    out->wait = s[MG__STEP_WAIT];
    out->index = s[MG__STEP_INDEX];
    out->load = s[MG__STEP_LOAD];
}
