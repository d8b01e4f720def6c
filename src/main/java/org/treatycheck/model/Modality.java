package org.treatycheck.model;

/** The deontic force of an obligation clause. */
public enum Modality implements YamlEnum { MUST, MUST_NOT, MAY }
