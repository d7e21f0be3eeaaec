package io.easel.kernel.docs;

import java.util.List;

/**
 * One member of a type with its documentation.
 *
 * @param kind       constructor, method, field...
 * @param name       its simple name (a constructor's is its type's)
 * @param parameters the parameter types as written, for telling an override from an overload
 * @param signature  how it reads: {@code Figure Plot.line(double[] x, double[] y)}
 * @param doc        its Javadoc, empty when it has none
 * @param source     its declaration as written in the source file
 */
record MemberDoc(MemberKind kind, String name, List<String> parameters, String signature, Javadoc doc,
                 String source) {

    MemberDoc {
        parameters = List.copyOf(parameters);
    }
}
