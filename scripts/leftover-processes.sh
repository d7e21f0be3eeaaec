#!/usr/bin/env bash
# Fails when an Easel kernel or renderer started under the given run tag (the EASEL_RUN_TAG environment variable
# that .ci/run exports) is still running. Processes without the tag belong to someone else and are ignored.
set -euo pipefail
tag="${1:?usage: leftover-processes.sh RUN_TAG}"
# give processes that are shutting down (a renderer whose parent just exited) a moment to finish
for _ in 1 2 3 4 5; do
  leftover=()
  for pid in $(pgrep -f 'io.easel.(kernel.EaselKernelMain|kernel.boot.KernelLauncher|renderer.RendererMain)' || true); do
    if tr '\0' '\n' < "/proc/$pid/environ" 2>/dev/null | grep -qxF "EASEL_RUN_TAG=$tag"; then
      leftover+=("$pid")
    fi
  done
  [ ${#leftover[@]} -eq 0 ] && exit 0
  sleep 1
done
echo "Processes left behind by this run's tests:" >&2
ps -o pid,ppid,etime,cmd -p "${leftover[@]}" >&2 || true
exit 1
