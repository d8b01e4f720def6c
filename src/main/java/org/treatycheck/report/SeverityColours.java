package org.treatycheck.report;

import java.util.HexFormat;
import org.treatycheck.model.Severity;

/** The fill colour of each severity in the workbook: dark red, orange, yellow, green, blue. */
final class SeverityColours {

    private SeverityColours() {
    }

    /** RRGGBB, upper case. */
    static String hex(Severity s) {
        return switch (s) {
            case CRITICAL -> "C00000";
            case HIGH -> "FF9900";
            case MEDIUM -> "FFE699";
            case LOW -> "C6EFCE";
            case INFO -> "DDEBF7";
        };
    }

    static byte[] rgb(Severity s) {
        return HexFormat.of().parseHex(hex(s));
    }

    /** Dark fills need white text to stay readable. */
    static boolean whiteText(Severity s) {
        return s == Severity.CRITICAL;
    }
}
