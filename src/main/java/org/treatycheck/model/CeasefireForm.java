package org.treatycheck.model;

/** The form a cessation of hostilities takes. */
public enum CeasefireForm implements YamlEnum { CEASEFIRE, ARMISTICE, TRUCE }
