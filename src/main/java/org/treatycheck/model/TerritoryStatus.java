package org.treatycheck.model;

/** What a treaty says about a territory. */
public enum TerritoryStatus implements YamlEnum { DE_FACTO_RECOGNITION, DE_JURE_RECOGNITION, FROZEN, RETURNED }
