package io.easel.kernel.docs;

/** What a documented member of a type is. */
enum MemberKind { CONSTRUCTOR, METHOD, FIELD, ENUM_CONSTANT, RECORD_COMPONENT }
