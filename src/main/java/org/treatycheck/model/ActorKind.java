package org.treatycheck.model;

/** What sort of actor a treaty names. */
public enum ActorKind implements YamlEnum {
    STATE, ALLIANCE, ORGANIZATION,
    /** A commission, council or mission created or named by the treaty. */
    BODY
}
