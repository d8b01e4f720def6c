package org.treatycheck.model;

/** How deeply a renunciation of membership is written into law. */
public enum Entrenchment implements YamlEnum { DECLARATION, STATUTE, CONSTITUTION, TREATY }
