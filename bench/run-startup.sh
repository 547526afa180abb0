#!/bin/sh
# run-startup.sh BUILDDIR [RUNS]: the start-up and large-project benchmarks
# (docs/benchmarks.md, "Start-up and large projects").  Starts one Xvfb and
# one D-Bus session for every run of both comparisons.
set -eu
build=$(cd "${1:?usage: run-startup.sh BUILDDIR [RUNS]}" && pwd)
runs=${2:-20}
src=$(cd "$(dirname "$0")/.." && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

"$build/bench/gen-large-project" "$tmp/large.samenspel"
cp "$src/data/examples/culture-foundation.samenspel" "$tmp/example.samenspel"
"$build/src/samenspel" --validate "$tmp/large.samenspel" "$tmp/example.samenspel"

# The same environment for every program: no accessibility bus, settings
# in memory, English.
export NO_AT_BRIDGE=1 GSETTINGS_BACKEND=memory LANGUAGE=en LC_ALL=C.UTF-8

xvfb-run -a -s "-screen 0 1366x768x24" dbus-run-session -- sh -c "
  echo '== (a) start-up: exec to first frame, example open, vs an empty GTK window'
  SAMENSPEL_EXIT_AFTER_FIRST_FRAME=1 '$build/bench/bench-startup' $runs \
    minimal-window '$build/bench/minimal-window' \
    samenspel '$build/src/samenspel'
  echo
  echo '== (a, cairo) the same with GSK_RENDERER=cairo for both (no GL shader compiling by llvmpipe)'
  GSK_RENDERER=cairo SAMENSPEL_EXIT_AFTER_FIRST_FRAME=1 '$build/bench/bench-startup' $runs \
    minimal-window '$build/bench/minimal-window' \
    samenspel '$build/src/samenspel'
  echo
  echo '== (b) opening a file to its first frame (stakeholder page): 10,000 stakeholders + 10,000 notes vs the example'
  SAMENSPEL_EXIT_AFTER_FIRST_FRAME=file SAMENSPEL_EDITOR_PAGE=stakeholders '$build/bench/bench-startup' $runs \
    example '$build/src/samenspel $tmp/example.samenspel' \
    10k+10k '$build/src/samenspel $tmp/large.samenspel'
" 2>&1 | grep -v -E '^dbus-daemon|SpiRegistry|portal|PipeWire|pw.conf|RealtimeKit|^$'
