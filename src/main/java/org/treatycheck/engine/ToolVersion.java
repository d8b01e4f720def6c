package org.treatycheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool's version, from a resource Maven fills in at build time; part of a cached rule base's identity. */
public final class ToolVersion {

    private static final String VERSION = read();

    private ToolVersion() {
    }

    /** The version string, e.g. 0.1.0; "unknown" when run from unfiltered classes. */
    public static String get() {
        return VERSION;
    }

    private static String read() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/treatycheck-version.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
