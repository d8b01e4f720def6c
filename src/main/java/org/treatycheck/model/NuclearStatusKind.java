package org.treatycheck.model;

/** A state's nuclear status. */
public enum NuclearStatusKind implements YamlEnum { NON_NUCLEAR, NUCLEAR }
