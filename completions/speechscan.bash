# bash completion for speechscan                                    -*- shell-script -*-
_speechscan() {
  local cur prev words cword
  _init_completion || return
  local common="--format --date --lexicon --glob --files-from --jobs --color --quiet --help --version"
  local sub=""
  local w
  for w in "${words[@]:1:cword-1}"; do
    case $w in check|timeline) sub=$w; break ;; esac
  done
  case $prev in
    -f|--format)
      if [[ $sub == check ]]; then COMPREPLY=($(compgen -W "text json" -- "$cur"))
      else COMPREPLY=($(compgen -W "text json ndjson tsv markdown" -- "$cur")); fi
      return ;;
    --only) COMPREPLY=($(compgen -W "commitments actors events times sentences" -- "$cur")); return ;;
    --color) COMPREPLY=($(compgen -W "auto always never" -- "$cur")); return ;;
    --error-on|--ignore)
      COMPREPLY=($(compgen -W "invalid-utf8 binary-input empty-document missing-date unanchored-time mixed-line-endings control-characters commitment-without-actor duplicate-document baseline-drift io-error" -- "$cur"))
      return ;;
    --date|--jobs|-j|--glob|--max-warnings) return ;;
    --lexicon|--files-from|--baseline) _filedir; return ;;
  esac
  if [[ $cur == -* ]]; then
    case $sub in
      check) COMPREPLY=($(compgen -W "$common --error-on --ignore --max-warnings --baseline" -- "$cur")) ;;
      timeline) COMPREPLY=($(compgen -W "$common" -- "$cur")) ;;
      *) COMPREPLY=($(compgen -W "$common --only" -- "$cur")) ;;
    esac
    return
  fi
  if [[ -z $sub && $cword -eq 1 ]]; then
    COMPREPLY=($(compgen -W "check timeline" -- "$cur"))
  fi
  _filedir
}
complete -F _speechscan speechscan
