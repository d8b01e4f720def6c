package org.treatycheck.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.treatycheck.model.Finding;
import org.treatycheck.model.Severity;
import org.treatycheck.model.Treaty;

/**
 * A plain table of findings for a console or a {@code .txt} file: severity, rule, clauses,
 * message, one finding per line, in the report's order.
 *
 * <pre>
 * SEVERITY  RULE                      CLAUSES  MESSAGE
 * CRITICAL  accession-vs-guarantee    3, 7     Clause 3 bars UA from NATO while clause 7 …
 * </pre>
 *
 * <p>With colour on, the severity word is wrapped in ANSI escapes; padding is computed on the
 * plain text so columns stay aligned. Control characters in user text are replaced, so a clause
 * cannot send escape sequences to the terminal.
 */
public final class TextRenderer implements ReportRenderer {

    private static final String RESET = "\u001b[0m";
    private static final int MAX_RULE_WIDTH = 40;
    private static final int MAX_CLAUSES_WIDTH = 24;
    private static final String GAP = "  ";

    private final boolean colour;

    /** @param colour colour the severity column with ANSI escapes (for a terminal that supports them) */
    public TextRenderer(boolean colour) {
        this.colour = colour;
    }

    @Override
    public String extension() {
        return "txt";
    }

    /** A heading naming the treaty, a blank line, then the table. UTF-8. */
    @Override
    public void write(TreatyReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.append(heading(report.treaty())).append('\n').append('\n');
        writeTable(report.findings(), w);
        w.flush();
    }

    /** The table alone, as a string ending in a newline. */
    public String table(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        try {
            writeTable(findings, sb);
        } catch (IOException e) {
            throw new AssertionError("StringBuilder does not throw", e);
        }
        return sb.toString();
    }

    /** Appends the table; "No findings." when there are none. Every line ends in "\n". */
    public void writeTable(List<Finding> findings, Appendable out) throws IOException {
        if (findings.isEmpty()) {
            out.append("No findings.\n");
            return;
        }
        int sevWidth = "SEVERITY".length();
        int ruleWidth = "RULE".length();
        int clausesWidth = "CLAUSES".length();
        for (Finding f : findings) {
            ruleWidth = Math.max(ruleWidth, Math.min(MAX_RULE_WIDTH, clean(f.rule()).length()));
            clausesWidth = Math.max(clausesWidth, Math.min(MAX_CLAUSES_WIDTH, clauses(f).length()));
        }
        out.append(pad("SEVERITY", sevWidth)).append(GAP).append(pad("RULE", ruleWidth)).append(GAP)
                .append(pad("CLAUSES", clausesWidth)).append(GAP).append("MESSAGE\n");
        for (Finding f : findings) {
            String sev = pad(f.severity().name(), sevWidth);
            out.append(colour ? ansi(f.severity()) + sev + RESET : sev).append(GAP)
                    .append(pad(fitTo(clean(f.rule()), ruleWidth), ruleWidth)).append(GAP)
                    .append(pad(fitTo(clauses(f), clausesWidth), clausesWidth)).append(GAP)
                    .append(clean(f.message())).append('\n');
        }
    }

    private static String heading(Treaty t) {
        StringBuilder sb = new StringBuilder("Treaty ").append(clean(t.id()));
        if (t.title() != null && !t.title().isBlank()) {
            sb.append(": ").append(clean(t.title()));
        }
        if (t.draft() != null && !t.draft().isBlank()) {
            sb.append(" (draft ").append(clean(t.draft())).append(')');
        }
        return sb.toString();
    }

    private static String clauses(Finding f) {
        return f.clauses().isEmpty() ? "-" : clean(String.join(", ", f.clauses()));
    }

    /** ANSI SGR codes: bold red, red, yellow, cyan, dim. */
    static String ansi(Severity s) {
        return switch (s) {
            case CRITICAL -> "\u001b[1;31m";
            case HIGH -> "\u001b[31m";
            case MEDIUM -> "\u001b[33m";
            case LOW -> "\u001b[36m";
            case INFO -> "\u001b[2m";
        };
    }

    /** One line, no control characters: line breaks and tabs become spaces, others '?'. */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r' || c == '\t') {
                sb.append(' ');
            } else if (Character.isISOControl(c)) {
                sb.append('?');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static String fitTo(String s, int width) {
        if (s.length() <= width) {
            return s;
        }
        int keep = width - 1;
        if (keep > 0 && Character.isHighSurrogate(s.charAt(keep - 1))) {
            keep--;
        }
        return s.substring(0, keep) + "…";
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s : s + " ".repeat(width - s.length());
    }
}
