#!/usr/bin/env python3
"""Install the Easel kernel (kernelspec "easel", "Java (Easel)") into Jupyter.

Runs with any Python 3.8+: it uses jupyter_client when it can import it and otherwise the standard Jupyter data
directories, so the pyenv python3 that cannot see Debian's Jupyter works as well as /usr/bin/python3.

    python3 install.py                      # for this user (default, same as --user)
    python3 install.py --prefix /opt/env    # into /opt/env/share/jupyter/kernels/easel
    python3 install.py --sys-prefix         # into this Python's prefix
    python3 install.py --uninstall          # remove it again (same location options)

The built jars are copied into the kernelspec folder, so the repository can move or go away afterwards. When they
are missing, Maven builds them first (mvn package -DskipTests).

The install ends with a training run (a few seconds): the kernel's JVM starts once, shows one figure and exits,
recording a class-data-sharing archive of the kernel's classes (kernelspec folder, cds/kernel.jsa) and of the
renderer's (~/.cache/easel/cds), so that the first kernel a user starts is already fast. --no-class-data skips it;
a missing or stale archive only makes the JVM start without it.
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys

ROOT = os.path.dirname(os.path.abspath(__file__))
KERNEL_NAME = "easel"
DISPLAY_NAME = "Java (Easel)"
MAIN_CLASS = "io.easel.kernel.EaselKernelMain"
TRAINING_OPTION = "--train-class-data"
TRAINING_TIMEOUT_S = 180
# The kernel is a short-lived interactive JVM beside a renderer on a small machine (bench/RESULTS.md, "Startup and
# memory" and "Kernel start", has the measurements): one GC thread; a heap that starts at 80 MB, so JShell's start
# does not collect twenty times, and may shrink to 32 MB; 40-70 % of it free while cells run (with 10-30 % a cell
# holding 80 MB of arrays took 4 s instead of 1.6 s), tightened to 10-30 % and given back whole after each cell
# (IdleCollection; -ShrinkHeapInSteps, or the collector gives nothing back at its first full collection); and JIT
# thresholds three times the default, so the start does not spend a core compiling javac code it runs once (the
# kernel's CPU to its first figure fell by about a tenth; a cell's steady speed is unchanged).
# The user's --kernel-jvm-opts come after these, so they win.
KERNEL_JVM_DEFAULTS = ["-XX:+UseSerialGC", "-Xms32m", "-XX:InitialHeapSize=80m", "-XX:MinHeapFreeRatio=40",
                       "-XX:MaxHeapFreeRatio=70", "-XX:-ShrinkHeapInSteps", "-XX:CompileThresholdScaling=3",
                       "-XX:-UsePerfData"]
# Returns freed native memory (javac's, JShell's) to the system every 5 s; only JDKs since 17.0.9 know the flag, so
# install.py asks the java it installs for before it adds it.
NATIVE_TRIM = "-XX:TrimNativeHeapInterval=5000"
# glibc gives every thread that mallocs an arena of its own (64 MB of address space each, part of it resident);
# two are plenty for the kernel and the renderer, which allocate in the Java heap.
KERNEL_ENV_DEFAULTS = {"MALLOC_ARENA_MAX": "2"}


def parse_args(argv):
    p = argparse.ArgumentParser(description="Install the Easel Java kernel into Jupyter.")
    where = p.add_mutually_exclusive_group()
    where.add_argument("--user", action="store_true", help="install for the current user (the default)")
    where.add_argument("--prefix", metavar="P", help="install under P/share/jupyter/kernels/NAME")
    where.add_argument("--sys-prefix", action="store_true", help="install under this Python's sys.prefix")
    p.add_argument("--name", default=KERNEL_NAME, help="kernelspec name (default: %(default)s)")
    p.add_argument("--display-name", default=None, help="name shown in Jupyter (default: 'Java (Easel)')")
    p.add_argument("--uninstall", action="store_true", help="remove the kernelspec instead of installing it")
    p.add_argument("--java", default=None, help="java binary for the kernel (default: $JAVA_HOME/bin/java, else java on PATH)")
    p.add_argument("--kernel-jvm-opts", default="", metavar="OPTS",
                   help="JVM options for the kernel, e.g. '-Xmx4g' (quoted, space separated)")
    p.add_argument("--renderer-jvm-opts", default="", metavar="OPTS",
                   help="JVM options for the figure renderer process, e.g. '-Xmx1g'")
    p.add_argument("--figure-formats", default=None, metavar="LIST", type=figure_formats,
                   help="the formats of every inline figure, e.g. 'png' or 'png,svg' (default: png,svg,pdf;"
                        " %%figures formats= changes it in one notebook)")
    p.add_argument("--build", action="store_true", help="rebuild the jars with Maven even when they exist")
    p.add_argument("--no-class-data", dest="class_data", action="store_false",
                   help="skip the training run that records the class-data-sharing archives (kernels then start"
                        " slower, and the renderer records its archive at its first exit)")
    return p.parse_args(_attach_option_values(argv, ("--kernel-jvm-opts", "--renderer-jvm-opts")))


INLINE_FORMATS = ("png", "svg", "pdf", "jpeg", "jpg", "webp")


def figure_formats(value):
    """Checked here so a typo fails the install instead of being logged by every kernel that starts."""
    names = [n.strip().lower() for n in value.split(",") if n.strip()]
    bad = [n for n in names if n not in INLINE_FORMATS]
    if not names or bad:
        raise argparse.ArgumentTypeError("'%s' is not a list of inline formats; use a comma-separated list of %s"
                                         " (eps is for %%export only)" % (value, ", ".join(INLINE_FORMATS)))
    return ",".join(names)


def _attach_option_values(argv, options):
    """JVM options start with '-', which argparse would take for another option: bind them to their flag."""
    out, i = [], 0
    while i < len(argv):
        if argv[i] in options and i + 1 < len(argv):
            out.append(argv[i] + "=" + argv[i + 1])
            i += 2
        else:
            out.append(argv[i])
            i += 1
    return out


def jupyter_data_dir():
    """The per-user Jupyter data directory, as jupyter_core computes it."""
    try:
        from jupyter_core.paths import jupyter_data_dir as jdd
        return jdd()
    except ImportError:
        pass
    if os.environ.get("JUPYTER_DATA_DIR"):
        return os.environ["JUPYTER_DATA_DIR"]
    home = os.path.expanduser("~")
    if sys.platform == "darwin":
        return os.path.join(home, "Library", "Jupyter")
    if os.name == "nt":
        return os.path.join(os.environ.get("APPDATA", home), "jupyter")
    xdg = os.environ.get("XDG_DATA_HOME") or os.path.join(home, ".local", "share")
    return os.path.join(xdg, "jupyter")


def kernels_dir(args):
    if args.prefix:
        return os.path.join(os.path.abspath(args.prefix), "share", "jupyter", "kernels")
    if args.sys_prefix:
        return os.path.join(sys.prefix, "share", "jupyter", "kernels")
    return os.path.join(jupyter_data_dir(), "kernels")


def find_java(explicit):
    if explicit:
        return explicit
    home = os.environ.get("JAVA_HOME")
    if home and os.path.isfile(os.path.join(home, "bin", "java")):
        return os.path.join(home, "bin", "java")
    java = shutil.which("java")
    if not java:
        sys.exit("install.py: no java found. Install a JDK 17+ or pass --java /path/to/java.")
    return java


def built_jars():
    """(kernel jars, Maven resolver jars, renderer jars) from the Maven build, or None when the build is missing.
    The resolver's jars stay off the kernel's class path: the kernel loads them apart, for %maven only."""
    kernel_jar = glob.glob(os.path.join(ROOT, "kernel", "target", "easel-kernel-*.jar"))
    kernel_lib = glob.glob(os.path.join(ROOT, "kernel", "target", "lib", "*.jar"))
    maven_lib = glob.glob(os.path.join(ROOT, "kernel", "target", "maven-lib", "*.jar"))
    renderer = glob.glob(os.path.join(ROOT, "renderer", "target", "dist", "*.jar"))
    kernel_jar = [j for j in kernel_jar if not j.endswith(("-sources.jar", "-tests.jar"))]
    if not kernel_jar or not kernel_lib or not maven_lib or not renderer:
        return None
    return kernel_jar + kernel_lib, maven_lib, renderer


def build():
    mvn = shutil.which("mvn")
    if not mvn:
        sys.exit("install.py: the jars are not built and Maven (mvn) is not on PATH. Install Maven, or build with "
                 "'mvn package -DskipTests' elsewhere and copy the tree here.")
    print("Building Easel with Maven (mvn -q -B package -DskipTests)...", flush=True)
    result = subprocess.run([mvn, "-q", "-B", "package", "-DskipTests"], cwd=ROOT)
    if result.returncode != 0:
        sys.exit("install.py: the Maven build failed (exit code %d); see its output above." % result.returncode)


def copy_jars(jars, dest):
    os.makedirs(dest, exist_ok=True)
    for jar in jars:
        shutil.copy2(jar, os.path.join(dest, os.path.basename(jar)))


def install(args):
    jars = None if args.build else built_jars()
    if jars is None:
        build()
        jars = built_jars()
        if jars is None:
            sys.exit("install.py: the build finished but kernel/target or renderer/target/dist has no jars.")
    kernel_jars, maven_jars, renderer_jars = jars

    dest = os.path.join(kernels_dir(args), args.name)
    if os.path.exists(dest):
        shutil.rmtree(dest)
    kernel_lib = os.path.join(dest, "lib", "kernel")
    maven_lib = os.path.join(dest, "lib", "maven")
    renderer_lib = os.path.join(dest, "lib", "renderer")
    copy_jars(kernel_jars, kernel_lib)
    copy_jars(maven_jars, maven_lib)
    copy_jars(renderer_jars, renderer_lib)

    java = find_java(args.java)
    archive = os.path.join(dest, "cds", "kernel.jsa")
    # allow: the kernel refuses System.exit in cells through a SecurityManager, which JDK 18+ only permits so
    user_opts = args.kernel_jvm_opts.split()
    defaults = kernel_jvm_defaults(user_opts) + ([NATIVE_TRIM] if java_accepts(java, NATIVE_TRIM) else [])
    jvm = ["-Djava.security.manager=allow"] + defaults + user_opts
    launch = ["-Deasel.maven.lib=" + maven_lib, "-cp", os.path.join(kernel_lib, "*"), MAIN_CLASS]
    env = dict(KERNEL_ENV_DEFAULTS)
    env.update({
        "EASEL_RENDERER_CLASSPATH": os.path.join(renderer_lib, "*"),
        "EASEL_RENDERER_JVM_OPTIONS": args.renderer_jvm_opts,
    })
    if args.figure_formats:
        env["EASEL_FIGURE_FORMATS"] = args.figure_formats
    spec = {
        # -Xshare:auto: a missing or stale archive (a JDK update, say) just means a start without it; the cds log
        # tags are off so that case prints nothing into the kernel's output
        "argv": [java] + jvm + ["-Xshare:auto", "-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off",
                                "-Xlog:cds+dynamic=off"] + launch + ["{connection_file}"],
        "display_name": args.display_name or DISPLAY_NAME,
        "language": "java",
        "interrupt_mode": "message",
        "env": env,
        "metadata": {"easel": {"installed_from": ROOT}},
    }
    with open(os.path.join(dest, "kernel.json"), "w") as f:
        json.dump(spec, f, indent=2)
    print("Installed kernelspec '%s' (%s) in %s" % (args.name, spec["display_name"], dest))
    if args.class_data:
        train_class_data(java, jvm, launch, env, archive)


def kernel_jvm_defaults(user_opts):
    """The defaults, less the serial collector when the user picks a collector: the JVM refuses two."""
    picks_gc = any(re.match(r"-XX:\+Use\w+GC$", o) for o in user_opts)
    return [o for o in KERNEL_JVM_DEFAULTS if not (picks_gc and o == "-XX:+UseSerialGC")]


def java_accepts(java, option):
    """True when this java starts with the option (an unknown -XX option stops the JVM)."""
    try:
        return subprocess.run([java, option, "-version"], stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, timeout=60).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


def train_class_data(java, jvm, launch, env, archive):
    """One kernel JVM shows one figure and exits; at its exit the JVM writes the archive of the classes it loaded,
    and the renderer it started writes its own. Written under a temporary name and kept only after a clean exit, so
    a failed run leaves no half archive behind; the install stands either way."""
    os.makedirs(os.path.dirname(archive), exist_ok=True)
    recording = archive + ".%d.tmp" % os.getpid()
    argv = [java] + jvm + ["-XX:ArchiveClassesAtExit=" + recording, "-Xlog:cds=off", "-Xlog:cds+dynamic=off"] \
        + launch + [TRAINING_OPTION]
    print("Recording the class-data-sharing archives (one training figure)...", flush=True)
    try:
        run = subprocess.run(argv, env=dict(os.environ, **env), stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                             stderr=subprocess.STDOUT, text=True, timeout=TRAINING_TIMEOUT_S)
        ok, detail = run.returncode == 0 and os.path.isfile(recording), run.stdout.strip()[-2000:]
    except subprocess.TimeoutExpired:
        ok, detail = False, "it took longer than %d s and was stopped" % TRAINING_TIMEOUT_S
    except OSError as e:
        ok, detail = False, str(e)
    if ok:
        os.replace(recording, archive)
        return
    if os.path.exists(recording):
        os.remove(recording)
    print("install.py: the training run failed, so kernels start without a class-data archive (slower, but they"
          " work). Its output:\n%s\nRun install.py again once the cause is fixed, or pass --no-class-data." % detail,
          file=sys.stderr)


def uninstall(args):
    dest = os.path.join(kernels_dir(args), args.name)
    if not os.path.isdir(dest):
        print("Nothing to uninstall: no kernelspec '%s' in %s" % (args.name, kernels_dir(args)))
        return
    shutil.rmtree(dest)
    print("Removed kernelspec '%s' from %s" % (args.name, dest))


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    if args.uninstall:
        uninstall(args)
    else:
        install(args)


if __name__ == "__main__":
    main()
