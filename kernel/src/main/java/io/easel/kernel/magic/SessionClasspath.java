package io.easel.kernel.magic;

import java.nio.file.Path;
import java.util.List;

/** What %classpath and %maven need of the session: adding jars and folders, and listing what was added. */
public interface SessionClasspath {

    /**
     * Resolves each entry (path lists and globs allowed), adds every match that is new to the session and installs the
     * extensions they carry.
     *
     * @return the entries that were new
     * @throws IllegalArgumentException when an entry matches nothing, or is neither a jar nor a folder
     */
    List<Path> add(List<String> entries);

    /** Everything added so far, in order. */
    List<Path> added();
}
