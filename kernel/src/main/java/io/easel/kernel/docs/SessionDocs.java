package io.easel.kernel.docs;

import jdk.jshell.SourceCodeAnalysis;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/** The documentation of the name at a cursor in a cell of one session: what inspect and {@code name?} show. */
public final class SessionDocs {

    private final NameResolver names;
    private final DocPage pages;

    /**
     * @param library       where documentation comes from
     * @param analysis      the session's source analysis, which knows its variables, imports and types
     * @param staticImports  the session's static imports in force, as {@code io.easel.notebook.Notebook.*}
     * @param sessionChanges counts the changes of the session's declarations, imports and class path
     */
    public SessionDocs(DocLibrary library, Supplier<SourceCodeAnalysis> analysis, Supplier<List<String>> staticImports,
                       LongSupplier sessionChanges) {
        this.names = new NameResolver(analysis, staticImports, sessionChanges);
        this.pages = new DocPage(library);
    }

    /**
     * @param snippet the code around the cursor (one snippet of a cell)
     * @param detail  true for {@code name??} and the second inspect level: the declarations' source too
     * @return the page, or empty when no documentation of that name is at hand (the caller shows what JShell knows:
     *     signatures)
     */
    public Optional<RenderedPage> describe(String snippet, int cursor, boolean detail) {
        return NameAtCursor.find(snippet, cursor).flatMap(name -> pages.describe(names.resolve(name), detail));
    }
}
