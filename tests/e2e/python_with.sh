# Sourced by the e2e scripts that need Python modules from Debian's packages: prints the first of
# `python3` on PATH and Debian's /usr/bin/python3 that imports every module given (the python3
# on PATH may be another installation without them), or nothing.
# Usage: python=$(python_with MODULE...)
python_with() {
  local candidate imports
  imports=$(printf 'import %s;' "$@")
  for candidate in python3 /usr/bin/python3; do
    if command -v "$candidate" >/dev/null && "$candidate" -c "$imports" 2>/dev/null; then
      echo "$candidate"
      return
    fi
  done
}
