#!/usr/bin/env bash
# The start-up budget (issue 23): a query on the built-in graph is a whole process, so what it
# costs is mostly starting up (loading shared objects, building the graph). For --version, show,
# path, effects and info: the median of 20 whole-process runs (posix_spawn, wait; after 3 warm-up
# runs), beside the floor measured the same way in the same run (/bin/true, an empty C program, and
# one that needs the shared libraries the executable still needs), the budget (3 ms for
# --version, 10 ms for the others) and whether it is met.
# usage: scripts/bench-start.sh [BUILD_DIR]   (exit status 0 even when over budget: figures, not a test)
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
MG_BENCH_NO_HETIONET=1
. "$root/scripts/bench-common.sh"
runs=${MG_BENCH_START_RUNS:-20}
cc=${CC:-cc}
# the timer: posix_spawn (vfork and exec) and wait per run, monotonic clock, output to /dev/null; prints the median in ms
cat >"$tmp.timer.c" <<'C'
#define _POSIX_C_SOURCE 200809L
#include <fcntl.h>
#include <spawn.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
extern char **environ;
static int cmp(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
int main(int argc, char **argv)
{
    int n = atoi(argv[1]), fails = 0;
    double *t = malloc(sizeof *t * (size_t)n);
    posix_spawn_file_actions_t io;
    posix_spawn_file_actions_init(&io);
    posix_spawn_file_actions_addopen(&io, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_adddup2(&io, 1, 2);
    for (int i = -3; i < n; i++) {
        struct timespec a, b;
        clock_gettime(CLOCK_MONOTONIC, &a);
        pid_t pid;
        int status = 1;
        if (posix_spawn(&pid, argv[2], &io, NULL, argv + 2, environ) == 0) waitpid(pid, &status, 0);
        clock_gettime(CLOCK_MONOTONIC, &b);
        if (!WIFEXITED(status) || WEXITSTATUS(status)) fails++;
        if (i >= 0) t[i] = (double)(b.tv_sec - a.tv_sec) * 1e3 + (double)(b.tv_nsec - a.tv_nsec) / 1e6;
    }
    qsort(t, (size_t)n, sizeof *t, cmp);
    printf("%.2f %d\n", n % 2 ? t[n / 2] : (t[n / 2 - 1] + t[n / 2]) / 2, fails);
    return 0;
}
C
echo 'int main(void) { return 0; }' >"$tmp.empty.c"
"$cc" -O2 -o "$tmp.timer" "$tmp.timer.c"
"$cc" -O2 -o "$tmp.empty" "$tmp.empty.c"
# the same, needing what the executable still links (libm, cJSON, zlib): the floor of its loader
"$cc" -O2 -o "$tmp.deps" "$tmp.empty.c" -Wl,--no-as-needed -lm -lcjson -lz 2>/dev/null || rm -f "$tmp.deps"
mg=$build/mechgraph
row() { # LABEL BUDGET_MS COMMAND...
  local label=$1 budget=$2; shift 2
  local r median fails verdict
  r=$("$tmp.timer" "$runs" "$@")
  median=${r% *} fails=${r#* }
  if [ "$budget" = - ]; then verdict=floor
  elif [ "$fails" != 0 ]; then verdict="FAIL (exit status not 0)"
  elif awk -v m="$median" -v b="$budget" 'BEGIN{exit !(m<b)}'; then verdict=pass
  else verdict=FAIL; fi
  printf '  %-30s %8s ms   %6s   %s\n' "$label" "$median" "${budget/#-/}" "$verdict"
}
echo "  load: $(cut -d' ' -f1-3 /proc/loadavg); median of $runs whole-process runs"
printf '  %-30s %11s   %6s   %s\n' command median budget verdict
row /bin/true - /bin/true
row "empty C program" - "$tmp.empty"
[ ! -x "$tmp.deps" ] || row "the same, + libm cJSON zlib" - "$tmp.deps"
row "mechgraph --version" 3 "$mg" --version
row "mechgraph show Sirt6" 10 "$mg" show Sirt6
row "mechgraph path iMSC-EV Sirt6" 10 "$mg" path iMSC-EV Sirt6
row "mechgraph effects iMSC-EV" 10 "$mg" effects iMSC-EV
row "mechgraph info" 10 "$mg" info
