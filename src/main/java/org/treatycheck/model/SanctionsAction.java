package org.treatycheck.model;

/** What a sanctions clause does. */
public enum SanctionsAction implements YamlEnum { LIFT, EASE, REIMPOSE }
