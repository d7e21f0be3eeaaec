package io.easel.kernel.maven;

import java.nio.file.Path;
import java.util.List;

/** Where resolved jars go: the kernel's session class path, which also installs the extensions the jars carry. */
@FunctionalInterface
public interface ClasspathTarget {

    void add(List<Path> jars);
}
