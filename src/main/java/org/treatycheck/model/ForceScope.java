package org.treatycheck.model;

/** What a renunciation of force covers. */
public enum ForceScope implements YamlEnum { ALL, TERRITORIAL_CHANGE }
