package org.treatycheck.model;

import java.util.Locale;

/** An enum whose constants are written in treaty files in lower snake case ({@code collective_defence}). */
public interface YamlEnum {
    /** The constant's name as Java declares it. */
    String name();

    /** The spelling used in treaty files. */
    default String yamlName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
