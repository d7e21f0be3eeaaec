"""Soak: many figures through one kernel, watching for leaks. After a warm-up, it displays figures in cells of 100
and samples the renderer's resident memory, and the thread and file-descriptor counts of the kernel and the
renderer, from /proc. A leak shows as growth after the warm-up; flat numbers mean none.

Run with /usr/bin/python3 after `python3 install.py`:  /usr/bin/python3 bench/soak.py [FIGURES]   (default 5000)
"""
import os
import re
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "jupyter"))
from conftest import start_kernel, stop_kernel  # noqa: E402

PER_CELL = 100
WARM_UP = 500


def proc_numbers(pid):
    status = open("/proc/%d/status" % pid).read()
    rss_kb = int(re.search(r"VmRSS:\s+(\d+)", status).group(1))
    threads = int(re.search(r"Threads:\s+(\d+)", status).group(1))
    fds = len(os.listdir("/proc/%d/fd" % pid))
    return rss_kb // 1024, threads, fds


def renderer_pid(k):
    return int(re.search(r"pid=(\d+)", k.run("%renderer status").stdout).group(1))


def main():
    total = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    k = start_kernel()
    try:
        k.run("double[] xs = java.util.stream.IntStream.range(0, 1000).mapToDouble(i -> i / 100.0).toArray();"
              "double[] ys = Arrays.stream(xs).map(Math::sin).toArray();")
        cell = ("for (int i = 0; i < %d; i++) display(Plot.line(xs, ys).title(\"soak \" + i));" % PER_CELL)
        shown, samples, started = 0, [], time.time()
        while shown < total:
            k.run(cell, timeout=600)
            shown += PER_CELL
            if shown >= WARM_UP and (shown - WARM_UP) % 500 == 0:
                rpid = renderer_pid(k)
                samples.append((shown, rpid, proc_numbers(rpid), proc_numbers(k.pid)))
        elapsed = time.time() - started
        print("%d figures in %.0f s (%.1f ms per figure, %d per cell)\n" % (shown, elapsed, 1000 * elapsed / shown,
                                                                          PER_CELL))
        print("| figures | renderer pid | renderer RSS (MB) | renderer threads | renderer fds "
              "| kernel RSS (MB) | kernel threads | kernel fds |\n|---:|---:|---:|---:|---:|---:|---:|---:|")
        for n, rpid, (rrss, rthr, rfd), (krss, kthr, kfd) in samples:
            print("| %d | %d | %d | %d | %d | %d | %d | %d |" % (n, rpid, rrss, rthr, rfd, krss, kthr, kfd))
        first, last = samples[0], samples[-1]
        if first[1] == last[1]:
            growth = 100.0 * (last[2][0] - first[2][0]) / first[2][0]
            print("\nrenderer RSS after warm-up: %d MB -> %d MB (%+.1f%%); threads %d -> %d, fds %d -> %d; kernel "
                  "threads %d -> %d, fds %d -> %d" % (first[2][0], last[2][0], growth, first[2][1], last[2][1],
                                                       first[2][2], last[2][2], first[3][1], last[3][1],
                                                       first[3][2], last[3][2]))
        else:
            print("\nthe renderer was replaced during the run (pid %d -> %d): see its log" % (first[1], last[1]))
    finally:
        stop_kernel(k)


if __name__ == "__main__":
    main()
