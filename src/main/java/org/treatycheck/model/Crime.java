package org.treatycheck.model;

/** International crimes an amnesty may exclude. */
public enum Crime implements YamlEnum { WAR_CRIMES, CRIMES_AGAINST_HUMANITY, GENOCIDE, AGGRESSION }
