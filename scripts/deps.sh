#!/usr/bin/env bash
# Installs what AsterBot's tests and demo need, idempotently and quietly.
#   scripts/deps.sh run    – what `asterbot run` needs (libsecp256k1)
#   scripts/deps.sh test   – plus what the test suite needs (anvil as a local BNB Smart Chain, a PostgreSQL server
#                            that the storage tests start privately on loopback, and util-linux `script`, which
#                            gives the live view's tests a pseudo-terminal)
set -euo pipefail
cd "$(dirname "$0")/.."
what="${1:-test}"

apt_pkgs=(libsecp256k1-1)
if [ "$what" = "test" ]; then apt_pkgs+=(postgresql bsdutils); fi
missing=()
for p in "${apt_pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  echo "deps: installing ${missing[*]} (apt)"
  $sudo_cmd apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if [ "$what" = "test" ]; then
  anvil_version="1.7.1"
  anvil_bin=".tools/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil"
  if [ ! -x "$anvil_bin" ] || ! "$anvil_bin" --version 2>/dev/null | grep -q "$anvil_version"; then
    echo "deps: installing anvil $anvil_version (npm)"
    mkdir -p .tools
    npm install --silent --no-audit --no-fund --prefix .tools "@foundry-rs/anvil-linux-amd64@$anvil_version" >/dev/null 2>&1
  fi
fi
