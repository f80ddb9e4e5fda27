#!/usr/bin/env bash
# Installs the system libraries mqt builds against, when missing: libedit, SQLite, libxml2
# (headers and pkg-config files), and tmux for the real-terminal REPL test.
set -euo pipefail
missing=()
for module in libedit sqlite3 libxml-2.0; do
  pkg-config --exists "$module" 2>/dev/null || missing+=("$module")
done
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
command -v tmux >/dev/null 2>&1 || missing+=(tmux)
[ ${#missing[@]} -eq 0 ] && exit 0
packages="libedit-dev libsqlite3-dev libxml2-dev pkg-config tmux"
if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "setup: installing $packages (missing: ${missing[*]})"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq $packages >/dev/null
else
  echo "setup: missing ${missing[*]}. Install them with:" >&2
  echo "  sudo apt-get install $packages" >&2
  exit 1
fi
