package org.treatycheck.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.treatycheck.model.Finding;
import org.treatycheck.model.FindingKind;
import org.treatycheck.model.RuleInfo;
import org.treatycheck.model.Severity;
import org.treatycheck.model.Treaty;
import org.treatycheck.model.YamlEnum;

/**
 * Writes a report as JSON, schema {@value #SCHEMA}.
 *
 * <pre>{@code
 * {
 *   "schema": "treatycheck-report/1",
 *   "tool": {"name": "treatycheck", "version": "0.1.0", "ruleSetHash": "…", "generatedAt": "2026-11-22T00:00:00Z"},
 *   "treaty": {"id", "title", "draft", "date": "2026-03-01", "status": "draft", "source", "file"},
 *   "rules": [{"id", "severity", "kind", "title", "detects", "grounds", "message", "source", "fired": 2}],
 *   "findings": [{"rule", "severity", "kind", "clauses": ["3"], "actors": ["UA"], "territories": [], "message"}],
 *   "counts": {"total": 5,
 *              "bySeverity": {"critical": 1, "high": 0, "medium": 4, "low": 0, "info": 0},
 *              "byKind": {"conflict": 3, "consequence": 2, "gap": 0},
 *              "bySeverityAndKind": {"critical": {"conflict": 1, "consequence": 0, "gap": 0}, …}}
 * }
 * }</pre>
 *
 * <ul>
 *   <li>Keys always appear, in this order; a missing value is {@code null} (treaty {@code draft},
 *       {@code date}, {@code source}, rule texts), a list is never null.</li>
 *   <li>Severity, kind and status are lower case as in treaty and rule files; dates are ISO-8601,
 *       {@code generatedAt} an ISO-8601 UTC instant.</li>
 *   <li>{@code findings} keep the report's order (most serious first); {@code rules} list the
 *       catalog, then any rule that fired without a catalog entry ({@code severity}, {@code kind}
 *       and texts null); {@code counts} list every severity and kind, zeros included.</li>
 *   <li>The same report gives the same bytes: UTF-8, two-space indent, {@code "\n"} line ends, a
 *       final newline, no clock read here.</li>
 *   <li>Versioning: new keys may be added within {@code treatycheck-report/1}; renaming, removing or
 *       changing the meaning of a key bumps the number.</li>
 * </ul>
 */
public final class JsonRenderer implements ReportRenderer {

    /** The schema id written in every report. */
    public static final String SCHEMA = "treatycheck-report/1";

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    @Override
    public String extension() {
        return "json";
    }

    @Override
    public void write(TreatyReport report, OutputStream out) throws IOException {
        // Streaming rather than a tree: key order is explicit and memory stays flat for large runs.
        try (JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            g.setPrettyPrinter(prettyPrinter());
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            writeTool(g, report.run());
            writeTreaty(g, report.treaty());
            writeRules(g, report);
            writeFindings(g, report.findings());
            writeCounts(g, report.counts());
            g.writeEndObject();
            g.writeRaw('\n');
        }
    }

    /** Fixed "\n" line ends: the default printer uses the platform's, which would differ on Windows. */
    private static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    private static void writeTool(JsonGenerator g, RunInfo run) throws IOException {
        g.writeObjectFieldStart("tool");
        g.writeStringField("name", "treatycheck");
        g.writeStringField("version", run.toolVersion());
        g.writeStringField("ruleSetHash", run.ruleSetHash());
        g.writeStringField("generatedAt", run.generatedAt().toString());
        g.writeEndObject();
    }

    private static void writeTreaty(JsonGenerator g, Treaty t) throws IOException {
        g.writeObjectFieldStart("treaty");
        g.writeStringField("id", t.id());
        g.writeStringField("title", t.title());
        g.writeStringField("draft", t.draft());
        g.writeStringField("date", t.date() == null ? null : t.date().toString());
        g.writeStringField("status", lower(t.status()));
        g.writeStringField("source", t.source());
        g.writeStringField("file", t.file());
        g.writeEndObject();
    }

    private static void writeRules(JsonGenerator g, TreatyReport report) throws IOException {
        Map<String, RuleInfo> catalog = report.rulesById();
        g.writeArrayFieldStart("rules");
        for (Map.Entry<String, Integer> fired : report.firedCounts().entrySet()) {
            RuleInfo r = catalog.get(fired.getKey());
            g.writeStartObject();
            g.writeStringField("id", fired.getKey());
            g.writeStringField("severity", r == null ? null : lower(r.severity()));
            g.writeStringField("kind", r == null ? null : lower(r.kind()));
            g.writeStringField("title", r == null ? null : r.title());
            g.writeStringField("detects", r == null ? null : r.detects());
            g.writeStringField("grounds", r == null ? null : r.grounds());
            g.writeStringField("message", r == null ? null : r.message());
            g.writeStringField("source", r == null ? null : r.source());
            g.writeNumberField("fired", fired.getValue());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeFindings(JsonGenerator g, List<Finding> findings) throws IOException {
        g.writeArrayFieldStart("findings");
        for (Finding f : findings) {
            g.writeStartObject();
            g.writeStringField("rule", f.rule());
            g.writeStringField("severity", lower(f.severity()));
            g.writeStringField("kind", lower(f.kind()));
            writeStrings(g, "clauses", f.clauses());
            writeStrings(g, "actors", f.actors());
            writeStrings(g, "territories", f.territories());
            g.writeStringField("message", f.message());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    private static void writeCounts(JsonGenerator g, FindingCounts c) throws IOException {
        g.writeObjectFieldStart("counts");
        g.writeNumberField("total", c.total());
        g.writeObjectFieldStart("bySeverity");
        for (Severity s : Severity.values()) {
            g.writeNumberField(lower(s), c.count(s));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("byKind");
        for (FindingKind k : FindingKind.values()) {
            g.writeNumberField(lower(k), c.count(k));
        }
        g.writeEndObject();
        g.writeObjectFieldStart("bySeverityAndKind");
        for (Severity s : Severity.values()) {
            g.writeObjectFieldStart(lower(s));
            for (FindingKind k : FindingKind.values()) {
                g.writeNumberField(lower(k), c.count(s, k));
            }
            g.writeEndObject();
        }
        g.writeEndObject();
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }

    private static String lower(YamlEnum e) {
        return e == null ? null : e.yamlName();
    }
}
