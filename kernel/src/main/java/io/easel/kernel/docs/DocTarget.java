package io.easel.kernel.docs;

/** What a name in a cell stands for, as far as documentation goes. */
sealed interface DocTarget {

    /** A class, interface, enum or record, by its canonical name. */
    record Type(String name) implements DocTarget { }

    /** A method (all its overloads), constructor, field or constant of a type. */
    record Member(String owner, String name) implements DocTarget { }

    /** A variable of the session: documented by its type. */
    record Variable(String name, String type) implements DocTarget { }
}
