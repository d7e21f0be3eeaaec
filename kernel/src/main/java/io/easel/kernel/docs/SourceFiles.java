package io.easel.kernel.docs;

import java.util.Optional;

/** Where Java source files come from: Easel's API jars, the JDK's src.zip. */
interface SourceFiles {

    /**
     * @param path a file's path below its source root, {@code io/easel/plot/Plot.java}
     * @return its text, or empty when this place has no such file
     */
    Optional<String> read(String path);
}
