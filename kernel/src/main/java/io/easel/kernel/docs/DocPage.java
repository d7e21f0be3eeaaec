package io.easel.kernel.docs;

import java.util.List;
import java.util.Optional;

/**
 * What inspect and {@code name?} show for a name: signatures and Javadoc as plain text, and with more detail
 * ({@code name??}, Shift-Tab's second level) the declarations' source too.
 */
final class DocPage {

    private static final String NO_JAVADOC = "(no Javadoc)";

    private final DocLibrary library;

    DocPage(DocLibrary library) {
        this.library = library;
    }

    /**
     * The page of the first target that has documentation here, or empty when none has (a JDK class without the
     * JDK's src.zip, a class of the session).
     */
    Optional<String> describe(List<DocTarget> targets, boolean detail) {
        for (DocTarget target : targets) {
            Optional<String> page = describe(target, detail);
            if (page.isPresent()) {
                return page;
            }
        }
        return Optional.empty();
    }

    Optional<String> describe(DocTarget target, boolean detail) {
        if (target instanceof DocTarget.Type type) {
            return library.type(type.name()).map(doc -> typePage(doc, detail));
        }
        if (target instanceof DocTarget.Variable variable) {
            return library.type(variable.type())
                    .map(doc -> variable.name() + " : " + variable.type() + "\n\n" + typePage(doc, detail));
        }
        DocTarget.Member member = (DocTarget.Member) target;
        List<MemberDoc> members = library.members(member.owner(), member.name());
        if (members.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder page = new StringBuilder();
        for (MemberDoc doc : members) {
            if (page.length() > 0) {
                page.append("\n\n");
            }
            page.append(doc.signature()).append('\n').append(indent(doc.doc().isEmpty() ? NO_JAVADOC : doc.doc()));
            if (detail && !doc.source().isBlank()) {
                page.append("\n\n").append(indent(doc.source().strip()));
            }
        }
        return Optional.of(page.toString());
    }

    private static String typePage(TypeDoc doc, boolean detail) {
        String page = doc.signature() + "\n" + indent(doc.doc().isEmpty() ? NO_JAVADOC : doc.doc());
        return detail && !doc.source().isBlank() ? page + "\n\n" + doc.source().strip() : page;
    }

    private static String indent(String text) {
        return text.lines().map(line -> line.isEmpty() ? "" : "    " + line).reduce((a, b) -> a + "\n" + b).orElse("");
    }
}
