#!/usr/bin/env bash
# AsterBot's main job on the embedded default: no credentials, nothing to configure.
# Installs what it needs (libsecp256k1), builds, and starts `asterbot` with the arguments given
# (default: `asterbot run` — the trading bot on its demo: the simulator in-process, a paper account, demo pairs,
# a live terminal view). Ctrl-C stops it cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh run
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build src/AsterBot/AsterBot.csproj -c Release --nologo -v quiet -clp:ErrorsOnly
if [ $# -eq 0 ]; then set -- run; fi
exec dotnet src/AsterBot/bin/Release/net10.0/asterbot.dll "$@"
