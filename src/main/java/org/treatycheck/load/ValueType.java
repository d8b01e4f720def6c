package org.treatycheck.load;

/** The kinds of value a field of the treaty format takes. */
public enum ValueType {
    /** Any scalar, read as text. */
    TEXT,
    BOOL,
    INT,
    NUMBER,
    /** An ISO date, {@code 2025-02-20}. */
    DATE,
    /** One value of an enum. */
    ENUM,
    /** A list of enum values (a single value is accepted too). */
    ENUM_LIST,
    /** An actor id defined under {@code actors}. */
    ACTOR,
    /** A list of actor ids (a single id is accepted too), or the field's keyword where it has one. */
    ACTORS,
    /** One of the field's keywords, or an actor id. */
    ACTOR_OR_KEYWORD,
    /** A territory name defined under {@code territories}. */
    TERRITORY,
    /** A list of territory names (a single name is accepted too). */
    TERRITORIES,
    /** A list of clause ids (a single id is accepted too), or the field's keyword. */
    CLAUSES,
    /** A time expression. */
    TIME,
    /** An ISO-8601 duration, {@code P30D}. */
    DURATION,
    /** A nested mapping described by an {@link ObjectSpec}. */
    OBJECT,
    /** A mapping from ids to nested mappings described by an {@link ObjectSpec}. */
    MAP,
    /** A list of mappings, each of a variant chosen by a discriminator field ({@link UnionSpec}). */
    UNION_LIST
}
