package org.treatycheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The tool's version, from a resource Maven fills in at build time. */
public final class Version implements CommandLine.IVersionProvider {

    private static final String VERSION = read();

    /** The version string, e.g. 0.1.0. */
    public static String get() {
        return VERSION;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"treatycheck " + VERSION, "Java " + System.getProperty("java.version")};
    }

    private static String read() {
        try (InputStream in = Version.class.getResourceAsStream("/treatycheck-version.properties")) {
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
