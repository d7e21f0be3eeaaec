"""Fresh Easel kernels of two (or more) installs, interleaved, timed from start to ready and to the first figure.

The race (race.sh) compares Easel with matplotlib inside one run; comparing two Easel builds across runs on a shared
machine mixes their difference with the load's. This starts kernels of each install in turn, alternating which goes
first, so the load falls on all of them alike:

    /usr/bin/python3 install.py --prefix /tmp/before      # from the old checkout
    /usr/bin/python3 install.py --prefix /tmp/after       # from this one
    /usr/bin/python3 bench/start_ab.py --reps 4 before=/tmp/before after=/tmp/after

Each install is a prefix as install.py --prefix takes it; the first cell is the race's (race.py EASEL_FIRST).
Beside the times it gives the CPU seconds the kernel's JVM and the renderer's had used when the first figure
arrived: on a shared 2-CPU machine they vary less than the times, and the start is CPU-bound (both JVMs want
both cores). --threads adds, per install, the CPU of each JVM's threads (JIT compilers, collector, main) summed
over its kernels:

    /usr/bin/python3 bench/start_ab.py --reps 5 --threads before=/tmp/before after=/tmp/after
"""
import collections
import os
import statistics
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(os.path.dirname(HERE), "tests", "jupyter"))
sys.path.insert(0, HERE)
from conftest import start_kernel, stop_kernel  # noqa: E402
from race import EASEL_FIRST, cmdline, tree  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
JVMS = (("kernel", "io.easel.kernel.EaselKernelMain"), ("renderer", "io.easel.renderer.RendererMain"))


def thread_cpu(pid):
    """CPU seconds of each thread of a process, by thread name without its number ('C2 CompilerThread0' -> 'C2
    CompilerThread'; Linux keeps 15 characters of a name)."""
    out = collections.Counter()
    try:
        tids = os.listdir("/proc/%d/task" % pid)
    except OSError:
        return out
    for tid in tids:
        try:
            with open("/proc/%d/task/%s/comm" % (pid, tid)) as f:
                name = f.read().strip().rstrip("0123456789")
            with open("/proc/%d/task/%s/stat" % (pid, tid)) as f:
                fields = f.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        out[name] += (int(fields[11]) + int(fields[12])) / TICK
    return out


def jvm_threads(kernel):
    """{'kernel': Counter, 'renderer': Counter} of a kernel's process tree, read now."""
    found = {label: collections.Counter() for label, _ in JVMS}
    for pid in tree(kernel.pid):
        command = cmdline(pid)
        for label, main_class in JVMS:
            if main_class in command:
                found[label].update(thread_cpu(pid))
    return found


def one(prefix):
    os.environ["JUPYTER_PATH"] = os.path.join(prefix, "share", "jupyter")
    t0 = time.perf_counter()
    k = start_kernel(startup_timeout=180)
    t1 = time.perf_counter()
    k.run(EASEL_FIRST, timeout=300)
    t2 = time.perf_counter()
    threads = jvm_threads(k)
    stop_kernel(k)
    return (t1 - t0, t2 - t1, t2 - t0, sum(threads["kernel"].values()), sum(threads["renderer"].values())), threads


def main(argv):
    reps, show_threads = 4, False
    while argv[:1] in (["--reps"], ["--threads"]):
        if argv[0] == "--threads":
            show_threads, argv = True, argv[1:]
        else:
            reps, argv = int(argv[1]), argv[2:]
    installs = [a.split("=", 1) for a in argv]
    if len(installs) < 2 or any(len(i) != 2 for i in installs):
        sys.exit("usage: start_ab.py [--reps N] LABEL=PREFIX LABEL=PREFIX ...")
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")
    os.environ.setdefault("EASEL_LOG_LEVEL", "warn")
    for _, prefix in installs:  # untimed: OS caches, the renderer's class-data archive
        one(prefix)
    times = {label: [] for label, _ in installs}
    threads = {label: {jvm: collections.Counter() for jvm, _ in JVMS} for label, _ in installs}
    line = "%-10s ready %.2f s, ready to first figure %.2f s, start to first figure %.2f s; CPU kernel %.2f s, renderer %.2f s"
    for rep in range(reps):
        for label, prefix in (installs if rep % 2 == 0 else installs[::-1]):
            measured, by_thread = one(prefix)
            times[label].append(measured)
            for jvm, counts in by_thread.items():
                threads[label][jvm].update(counts)
            with open("/proc/loadavg") as f:
                load = f.read().split()[0]
            print((line + " (load %s)") % ((label,) + measured + (load,)), flush=True)
    print("\nmedians of %d fresh kernels each:" % reps)
    for label, _ in installs:
        print(line % ((label,) + tuple(statistics.median(t[i] for t in times[label]) for i in range(5))))
    if show_threads:
        print("\nCPU seconds by thread at the first figure, mean of %d kernels:" % reps)
        for label, _ in installs:
            for jvm, counts in threads[label].items():
                print("%-10s %-8s %s" % (label, jvm, ", ".join("%s %.2f" % (name, cpu / reps)
                                                             for name, cpu in counts.most_common(7))))


if __name__ == "__main__":
    main(sys.argv[1:])
