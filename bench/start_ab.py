"""Fresh Easel kernels of two (or more) installs, interleaved, timed from start to ready and to the first figure.

The race (race.sh) compares Easel with matplotlib inside one run; comparing two Easel builds across runs on a shared
machine mixes their difference with the load's. This starts kernels of each install in turn, alternating which goes
first, so the load falls on all of them alike:

    /usr/bin/python3 install.py --prefix /tmp/before      # from the old checkout
    /usr/bin/python3 install.py --prefix /tmp/after       # from this one
    /usr/bin/python3 bench/start_ab.py --reps 4 before=/tmp/before after=/tmp/after

Each install is a prefix as install.py --prefix takes it; the first cell is the race's (race.py EASEL_FIRST).
"""
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests", "jupyter"))
sys.path.insert(0, HERE)
from conftest import start_kernel, stop_kernel  # noqa: E402
from race import EASEL_FIRST  # noqa: E402


def one(prefix):
    os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter")
    t0 = time.perf_counter()
    k = start_kernel(startup_timeout=180)
    t1 = time.perf_counter()
    k.run(EASEL_FIRST, timeout=300)
    t2 = time.perf_counter()
    stop_kernel(k)
    return t1 - t0, t2 - t1, t2 - t0


def main(argv):
    reps = 4
    if argv[:1] == ["--reps"]:
        reps, argv = int(argv[1]), argv[2:]
    installs = [a.split("=", 1) for a in argv]
    if len(installs) < 2 or any(len(i) != 2 for i in installs):
        sys.exit("usage: start_ab.py [--reps N] LABEL=PREFIX LABEL=PREFIX ...")
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    os.environ.setdefault("EASEL_LOG_LEVEL", "warn")
    for _, prefix in installs:  # untimed: OS caches, the renderer's class-data archive
        one(prefix)
    times = {label: [] for label, _ in installs}
    for rep in range(reps):
        for label, prefix in (installs if rep % 2 == 0 else installs[::-1]):
            times[label].append(one(prefix))
            with open("/proc/loadavg") as f:
                load = f.read().split()[0]
            print("%-10s ready %.2f s, ready to first figure %.2f s, start to first figure %.2f s (load %s)"
                  % ((label,) + times[label][-1] + (load,)), flush=True)
    print("\nmedians of %d fresh kernels each:" % reps)
    for label, _ in installs:
        print("%-10s ready %.2f s, ready to first figure %.2f s, start to first figure %.2f s"
              % ((label,) + tuple(statistics.median(t[i] for t in times[label]) for i in range(3))))


if __name__ == "__main__":
    main(sys.argv[1:])
