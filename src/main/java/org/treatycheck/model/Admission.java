package org.treatycheck.model;

/** How an alliance or organization admits new members. */
public enum Admission implements YamlEnum { UNANIMITY, MAJORITY }
