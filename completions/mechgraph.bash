# bash completion for mechgraph: commands, options, option values and node names, all asked of
# mechgraph itself (`mechgraph __complete WORD...`, from the tables --help is written from); a
# file argument falls back to file names. Installed as share/bash-completion/completions/mechgraph.
_mechgraph() {
  local cur=${COMP_WORDS[COMP_CWORD]} IFS=$'\n'
  local words=("${COMP_WORDS[@]:1:COMP_CWORD}")
  COMPREPLY=($(mechgraph __complete "${words[@]}" 2>/dev/null))
  if [ ${#COMPREPLY[@]} -eq 0 ]; then
    COMPREPLY=($(compgen -f -- "$cur"))
  else
    # node names hold spaces and slashes: quote each for the line
    local i
    for i in "${!COMPREPLY[@]}"; do COMPREPLY[i]=$(printf '%q' "${COMPREPLY[i]}"); done
  fi
}
complete -o filenames -F _mechgraph mechgraph
