package org.treatycheck.model;

/** What sets a trigger off. */
public enum TriggerEvent implements YamlEnum { VIOLATION, ARMED_ATTACK, USE_OF_FORCE, STRIKE, OTHER }
