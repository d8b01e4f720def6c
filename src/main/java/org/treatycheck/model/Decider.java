package org.treatycheck.model;

/** Who decides that a security guarantee is activated; {@code ACTOR} when one actor is named. */
public enum Decider implements YamlEnum { EACH_GUARANTOR, ALL_GUARANTORS, UNSC, ACTOR }
