package org.treatycheck.cli;

import picocli.CommandLine;

/** The tool's version, from a resource Maven fills in at build time. */
public final class Version implements CommandLine.IVersionProvider {

    private static final String VERSION = org.treatycheck.engine.ToolVersion.get();

    /** The version string, e.g. 0.1.0. */
    public static String get() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"treatycheck " + VERSION, "Java " + System.getProperty("java.version")};
    }
}
