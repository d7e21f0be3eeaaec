package io.easel.kernel.docs;

import java.util.List;

/**
 * A class, interface, enum or record with its documentation and its visible members'.
 *
 * @param name      its canonical name ({@code io.easel.plot.Geom.Point} for a nested type)
 * @param signature how its declaration reads: {@code public final class io.easel.plot.Plot}
 * @param doc       its Javadoc, empty when it has none
 * @param members   its public and protected members in source order (constructors, methods, fields, constants)
 * @param source    its declaration as written in the source file
 */
record TypeDoc(String name, String signature, Javadoc doc, List<MemberDoc> members, String source) {

    TypeDoc {
        members = List.copyOf(members);
    }

    /** Every member of that name: all the overloads of a method, or the one field. */
    List<MemberDoc> members(String memberName) {
        return members.stream().filter(m -> m.name().equals(memberName)).toList();
    }
}
