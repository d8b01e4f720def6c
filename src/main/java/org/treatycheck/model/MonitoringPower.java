package org.treatycheck.model;

/** What a monitoring body may do. */
public enum MonitoringPower implements YamlEnum { OBSERVE, REPORT, DETERMINE_VIOLATION }
