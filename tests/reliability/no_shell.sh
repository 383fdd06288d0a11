#!/usr/bin/env bash
# No shell is ever run, nor any other program: the sources call none of system, popen, the exec
# family, fork, vfork, posix_spawn or wordexp. Allowing nothing: a new call fails this test.
# usage: no_shell.sh SOURCE_DIR
set -u
src=$1
[ -d "$src/lib" ] && [ -d "$src/cli" ] || { echo "no sources in '$src'" >&2; exit 1; }
calls='\b(system|popen|execl|execle|execlp|execv|execve|execvp|execvpe|fexecve|fork|vfork|posix_spawnp?|wordexp)[[:space:]]*\('
found=$(grep -rnE "$calls" "$src" --include='*.c' --include='*.h')
if [ -n "$found" ]; then
  echo "a call that runs a program:" >&2
  echo "$found" >&2
  exit 1
fi
echo "checked $(find "$src" -name '*.[ch]' | wc -l) files: no call runs a program"
