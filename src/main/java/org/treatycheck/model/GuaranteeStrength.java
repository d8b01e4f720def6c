package org.treatycheck.model;

/** How much a security guarantee promises. */
public enum GuaranteeStrength implements YamlEnum { CONSULTATION, ASSISTANCE, COLLECTIVE_DEFENCE }
