package org.treatycheck.model;

/** How far the text has gone. */
public enum TreatyStatus implements YamlEnum { DRAFT, INITIALLED, SIGNED, IN_FORCE }
