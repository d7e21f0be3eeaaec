"""%maven, %mavenRepo and %%loadFromPOM in a real kernel, against a file-based Maven repository that these tests
build themselves (javac + zipfile), with a private local repository. Only test_central touches the network, and it
is skipped when Maven Central cannot be reached."""
import glob
import hashlib
import os
import shutil
import subprocess
import tempfile
import urllib.request
import zipfile

import pytest

from conftest import start_kernel, stop_kernel

CENTRAL = "https://repo.maven.apache.org/maven2/"
GROUP = "io.easel.test"


def _write(path, data):
    """Writes the file and its .sha1, as a real repository serves them."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(path, "wb") as f:
        f.write(data)
    with open(path + ".sha1", "w") as f:
        f.write(hashlib.sha1(data).hexdigest())


def _pom(group, artifact, version, dependencies=()):
    deps = "".join("<dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>"
                   % tuple(d.split(":")) for d in dependencies)
    return ("<project><modelVersion>4.0.0</modelVersion><groupId>%s</groupId><artifactId>%s</artifactId>"
            "<version>%s</version><dependencies>%s</dependencies></project>" % (group, artifact, version, deps))


def _jar(sources, classpath="", resources=None, group=None, artifact=None, version=None):
    """Compiles the {class name: source} map with javac and returns the jar's bytes."""
    work = tempfile.mkdtemp(prefix="easel-maven-src-")
    try:
        files = []
        for name, source in sources.items():
            path = os.path.join(work, "src", *name.split(".")) + ".java"
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w") as f:
                f.write(source)
            files.append(path)
        out = os.path.join(work, "out")
        os.makedirs(out)
        if files:
            cmd = ["javac", "--release", "17", "-d", out] + (["-cp", classpath] if classpath else []) + files
            subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        jar_path = os.path.join(work, "out.jar")
        with zipfile.ZipFile(jar_path, "w") as jar:
            for root, _, names in os.walk(out):
                for n in names:
                    full = os.path.join(root, n)
                    jar.write(full, os.path.relpath(full, out))
            for name, text in (resources or {}).items():
                jar.writestr(name, text)
            if group:
                jar.writestr("META-INF/maven/%s/%s/pom.properties" % (group, artifact),
                             "groupId=%s\nartifactId=%s\nversion=%s\n" % (group, artifact, version))
        with open(jar_path, "rb") as f:
            return f.read()
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _publish(repo, group, artifact, version, jar, dependencies=()):
    folder = os.path.join(repo, *group.split("."), artifact, version)
    _write(os.path.join(folder, "%s-%s.pom" % (artifact, version)), _pom(group, artifact, version, dependencies))
    _write(os.path.join(folder, "%s-%s.jar" % (artifact, version)), jar)


@pytest.fixture(scope="module")
def maven_setup(easel_prefix):
    """(file repository, local repository) built for this module, removed afterwards."""
    top = tempfile.mkdtemp(prefix="easel-maven-test-")
    repo = os.path.join(top, "repo")
    local = os.path.join(top, "local")
    jjava = glob.glob(os.path.join(easel_prefix, "share", "jupyter", "kernels", "easel", "lib", "kernel",
                                   "jjava-jupyter-*.jar"))[0]

    words = _jar({"words.Words": 'package words; public class Words { public static final String HELLO = "Hello"; }'},
                 group=GROUP, artifact="words", version="1.0")
    _publish(repo, GROUP, "words", "1.0", words)
    words_jar = os.path.join(top, "words.jar")
    with open(words_jar, "wb") as f:
        f.write(words)
    _publish(repo, GROUP, "greeter", "1.0",
             _jar({"greeter.Greeter": "package greeter; public class Greeter {"
                                      " public String greet(String who) { return words.Words.HELLO + \", \" + who; } }"},
                  classpath=words_jar, group=GROUP, artifact="greeter", version="1.0"),
             dependencies=[GROUP + ":words:1.0", "org.slf4j:slf4j-api:1.7.36"])
    # an old slf4j-api, which the kernel (on 2.0.17) must refuse to load next to its own
    _publish(repo, "org.slf4j", "slf4j-api", "1.7.36",
             _jar({}, group="org.slf4j", artifact="slf4j-api", version="1.7.36"))
    _publish(repo, GROUP, "shout", "1.0",
             _jar({"shout.Shout": "package shout; import org.dflib.jjava.jupyter.kernel.BaseKernel;"
                                  " import org.dflib.jjava.jupyter.kernel.magic.LineMagic;"
                                  " public class Shout implements org.dflib.jjava.jupyter.Extension {"
                                  " public void install(BaseKernel k) { k.getMagicsRegistry().registerLineMagic(\"shout\","
                                  " (LineMagic<String, BaseKernel>) (kk, args) -> String.join(\" \", args).toUpperCase()); } }"},
                  classpath=jjava, resources={"META-INF/services/org.dflib.jjava.jupyter.Extension": "shout.Shout\n"}))
    _publish(repo, GROUP, "tally", "2.0",
             _jar({"tally.Tally": "package tally; public class Tally { public static int of(int... xs) {"
                                  " int s = 0; for (int x : xs) s += x; return s; } }"}))
    # other versions of a library the Maven resolver runs on (commons-lang3 3.12.0) and of one the kernel runs on
    _publish(repo, "org.apache.commons", "commons-lang3", "3.14.0",
             _jar({"org.apache.commons.lang3.StringUtils": "package org.apache.commons.lang3; public class StringUtils {"
                                                           " public static String reverse(String s) {"
                                                           " return new StringBuilder(s).reverse().toString(); } }"},
                  group="org.apache.commons", artifact="commons-lang3", version="3.14.0"))
    _publish(repo, "com.google.code.gson", "gson", "2.10.1",
             _jar({"com.google.gson.OldGson": "package com.google.gson; public class OldGson {}"},
                  group="com.google.code.gson", artifact="gson", version="2.10.1"))
    # another version of one of Easel's own API jars, which cells share with the kernel: refused
    _publish(repo, "io.easel", "easel-plot", "0.0.1",
             _jar({"io.easel.plot.Stale": "package io.easel.plot; public class Stale {}"},
                  group="io.easel", artifact="easel-plot", version="0.0.1"))
    # installed locally only (as `mvn install` leaves it): reachable without any remote repository
    _publish(local, GROUP, "local-only", "1.0",
             _jar({"localonly.Where": 'package localonly; public class Where { public static String am() {'
                                      ' return "from the local repository"; } }'}))
    yield repo, local
    shutil.rmtree(top, ignore_errors=True)


def _start_with_local_repository(local):
    """A kernel whose %maven uses the given local repository (EASEL_MAVEN_LOCAL_REPO)."""
    previous = os.environ.get("EASEL_MAVEN_LOCAL_REPO")
    os.environ["EASEL_MAVEN_LOCAL_REPO"] = local
    try:
        return start_kernel()
    finally:
        # only this kernel gets it: kernels other modules start keep the user's local repository
        if previous is None:
            del os.environ["EASEL_MAVEN_LOCAL_REPO"]
        else:
            os.environ["EASEL_MAVEN_LOCAL_REPO"] = previous


@pytest.fixture(scope="module")
def mk(maven_setup):
    """A kernel whose %maven uses this module's private local repository."""
    repo, local = maven_setup
    k = _start_with_local_repository(local)
    try:
        k.run("%mavenRepo test " + repo)
        yield k
    finally:
        stop_kernel(k)


def repo_url(maven_setup):
    return "file://" + maven_setup[0]


def test_maven_adds_an_artifact_with_its_dependencies(mk):
    r = mk.run("%maven io.easel.test:greeter:1.0", timeout=120)

    assert "Downloaded greeter-1.0.jar" in r.stdout
    assert "Downloaded words-1.0.jar" in r.stdout
    # slf4j-api 1.7.36 is not the kernel's 2.0.17: the kernel's own libraries are invisible to cells
    assert "Added 3 jars to the class path: " in r.stdout, r
    for jar in ("greeter-1.0.jar", "words-1.0.jar", "slf4j-api-1.7.36.jar"):
        assert jar in r.stdout, r
    assert r.stderr == "", r
    # progress comes as stream output of the cell itself, before its reply
    assert any(t == "stream" and "Downloaded" in c["text"] for t, c in r.outputs)

    used = mk.run('new greeter.Greeter().greet("Jupyter")')
    assert "Hello, Jupyter" in used.value

    again = mk.run("%maven io.easel.test:greeter:1.0")
    assert again.stdout == "io.easel.test:greeter:1.0 is already on the class path; nothing to add.\n"
    assert "Downloaded" not in again.stdout


def test_an_extension_in_the_jar_is_installed(mk):
    before = mk.run("%shout quiet", allow_error=True)
    assert before.status == "error"

    mk.run("%maven io.easel.test:shout:1.0", timeout=120)

    assert mk.run("%shout now loud").value.strip("'\"") == "NOW LOUD"


def test_load_from_pom_cell(mk):
    mk.run("%%loadFromPOM\n"
           "<properties><tally.version>2.0</tally.version></properties>\n"
           "<dependency>\n"
           "  <groupId>io.easel.test</groupId><artifactId>tally</artifactId><version>${tally.version}</version>\n"
           "</dependency>\n", timeout=120)

    assert mk.run("tally.Tally.of(1, 2, 39)").value == "42"


def test_missing_artifact_names_it_and_the_repositories_tried(mk, maven_setup):
    r = mk.run("%maven io.easel.test:absent:9.9", timeout=120, allow_error=True)

    assert r.status == "error"
    assert r.error["ename"] == "ArtifactNotFound"
    assert "io.easel.test:absent:9.9" in r.error["evalue"]
    assert "test (%s" % repo_url(maven_setup).rstrip("/") in r.error["evalue"]
    assert maven_setup[1] in r.error["evalue"]  # the local repository is named too
    assert mk.run("1 + 1").value == "2"  # the kernel carries on


def test_offline_uses_the_local_repository(mk):
    r = mk.run("%maven --offline io.easel.test:local-only:1.0", timeout=60)
    assert "Added 1 jar to the class path: local-only-1.0.jar" in r.stdout
    assert "from the local repository" in mk.run("localonly.Where.am()").value

    missing = mk.run("%maven --offline io.easel.test:tally:9.0", allow_error=True)
    assert missing.error["ename"] == "ArtifactNotFound"
    assert "is not in the local repository" in missing.error["evalue"]
    assert "without --offline" in missing.error["evalue"]


def test_bad_input_is_explained(mk):
    coords = mk.run("%maven commons-lang3", allow_error=True)
    assert coords.error["ename"] == "InvalidCoordinates"
    assert "group:artifact:version" in coords.error["evalue"]

    repo = mk.run("%mavenRepo only-an-id", allow_error=True)
    assert "Usage: %mavenRepo" in repo.error["evalue"]

    pom = mk.run("%%loadFromPOM\n<dependency><groupId>x</groupId>", allow_error=True)
    assert "not well-formed XML" in pom.error["evalue"]


def test_the_resolvers_libraries_are_not_the_sessions(maven_setup, easel_prefix):
    """The Maven resolver runs in a class loader of its own, from the kernelspec's lib/maven: its libraries are neither
    visible to cells nor counted as the kernel's, so %maven adds other versions of them."""
    repo, local = maven_setup
    spec = os.path.join(easel_prefix, "share", "jupyter", "kernels", "easel")
    assert glob.glob(os.path.join(spec, "lib", "maven", "commons-lang3-3.12.0.jar"))
    assert not glob.glob(os.path.join(spec, "lib", "kernel", "commons-lang3-*.jar"))
    k = _start_with_local_repository(local)
    try:
        before = k.run('Class.forName("org.apache.commons.lang3.StringUtils")', allow_error=True)
        assert before.status == "error" and "ClassNotFoundException" in before.error["ename"], before

        k.run("%mavenRepo test " + repo)
        r = k.run("%maven org.apache.commons:commons-lang3:3.14.0 com.google.code.gson:gson:2.10.1", timeout=120)

        # neither the resolver's commons-lang3 nor the kernel's own Gson 2.11.0 stands in the way
        assert "Added 2 jars to the class path: commons-lang3-3.14.0.jar, gson-2.10.1.jar" in r.stdout, r
        assert r.stderr == "", r
        assert k.run('org.apache.commons.lang3.StringUtils.reverse("abc")').value == "cba"
        assert k.run("new com.google.gson.OldGson().getClass().getSimpleName()").value == "OldGson"
        resolver = k.run('Class.forName("org.eclipse.aether.RepositorySystem")', allow_error=True)
        assert resolver.status == "error" and "ClassNotFoundException" in resolver.error["ename"], resolver
    finally:
        stop_kernel(k)


def _central_reachable():
    """A quick HEAD of the file the test needs first; any failure within 3 s counts as offline."""
    try:
        url = CENTRAL + "org/jsoup/jsoup/1.17.2/jsoup-1.17.2.pom"
        with urllib.request.urlopen(urllib.request.Request(url, method="HEAD"), timeout=3) as response:
            return response.status == 200
    except Exception:
        return False


@pytest.mark.skipif(not _central_reachable(), reason="Maven Central is not reachable from here")
def test_central(mk):
    r = mk.run("%maven org.jsoup:jsoup:1.17.2", timeout=180)

    assert "Downloaded jsoup-1.17.2.jar" in r.stdout
    assert "Hi there" in mk.run('org.jsoup.Jsoup.parse("<p>Hi <b>there</b></p>").text()').value


def test_another_version_of_easels_own_api_is_refused_with_the_reason(mk):
    r = mk.run("%maven io.easel:easel-plot:0.0.1", timeout=120)
    assert "io.easel:easel-plot:0.0.1 requested, but it is part of Easel's own API" in r.stderr, r
    assert "Added" not in r.stdout, r
    stale = mk.run("new io.easel.plot.Stale()", allow_error=True)
    assert stale.status == "error", stale
    assert mk.run('Plot.line(new double[]{1, 2}, new double[]{3, 4}).title("still works")').of("display_data")


KERNEL_LIBRARIES = {
    # a class of a library the kernel runs on: other coordinates of that library a notebook may want
    "com.fasterxml.jackson.databind.ObjectMapper": "com.fasterxml.jackson.core:jackson-databind:2.18.2",
    "com.google.gson.Gson": "com.google.code.gson:gson:2.10.1",
    "org.zeromq.ZMQ": "org.zeromq:jeromq:0.5.4",
    "org.apache.commons.exec.CommandLine": "org.apache.commons:commons-exec:1.3",
}


def test_a_cell_sees_none_of_the_kernels_own_libraries(kernel):
    for name in KERNEL_LIBRARIES:
        r = kernel.run('Class.forName("%s")' % name, allow_error=True)
        assert r.status == "error" and r.error["ename"] == "java.lang.ClassNotFoundException", (name, r)
        compiled = kernel.run("%s x = null;" % name, allow_error=True)
        assert compiled.status == "error" and compiled.error["ename"] == "CompileError", (name, compiled)
    jjava = kernel.run('Class.forName("org.dflib.jjava.jupyter.kernel.BaseKernel")', allow_error=True)
    assert jjava.status == "error", jjava


@pytest.mark.skipif(not _central_reachable(), reason="Maven Central is not reachable from here")
def test_maven_gives_a_cell_exactly_the_version_it_asks_for_of_the_kernels_own_libraries(tmp_path):
    # a kernel of its own, with Maven's usual repositories only: the module's test repository has stand-ins for gson
    k = start_kernel()
    try:
        _versions_of_kernel_libraries_from_central(k, tmp_path)
    finally:
        stop_kernel(k)


def _versions_of_kernel_libraries_from_central(mk, tmp_path):
    r = mk.run("%maven " + " ".join(KERNEL_LIBRARIES.values()), timeout=300)
    assert r.stderr == "", r
    for name, coordinates in KERNEL_LIBRARIES.items():
        artifact, version = coordinates.split(":")[1], coordinates.split(":")[2]
        where = mk.run("%s.class.getProtectionDomain().getCodeSource().getLocation().getPath()" % name).value
        assert where.endswith("/%s-%s.jar" % (artifact, version)), (name, where)
    assert mk.run("com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString()").value == "2.18.2"
    assert mk.run('new com.google.gson.Gson().toJson(java.util.Map.of("a", 1))').value == '{"a":1}'
    # the kernel's own Jackson, JeroMQ and Commons Exec (renderer requests, the renderer process) carry on
    fig = mk.run('Plot.line(new double[]{1, 2, 3}, new double[]{2, 1, 3}).title("after %maven")', timeout=120)
    data = fig.of("display_data")[0]["data"]
    assert "image/png" in data and "image/svg+xml" in data
    out = tmp_path / "after.pdf"
    mk.run("%%export %s" % out, timeout=120)
    assert out.read_bytes().startswith(b"%PDF")
    restarted = mk.run("%renderer restart", timeout=120)
    assert restarted.status == "ok"
    assert mk.run('Plot.bar(new String[]{"a", "b"}, new double[]{1, 2})', timeout=120).of("display_data")
