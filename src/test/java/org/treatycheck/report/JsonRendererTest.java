package org.treatycheck.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatycheck.model.FindingKind.CONFLICT;
import static org.treatycheck.model.FindingKind.GAP;
import static org.treatycheck.model.Severity.HIGH;
import static org.treatycheck.model.Severity.LOW;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private static TreatyReport sample() {
        return ReportFixture.report().clauses(3)
                .rule(ReportFixture.ruleInfo("silent-rule", LOW, GAP))
                .finding(HIGH, CONFLICT, "neutrality-vs-guarantee", "Clause 1 contradicts clause 3.", "1", "3")
                .build();
    }

    private static byte[] bytes(TreatyReport report) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonRenderer().write(report, out);
        return out.toByteArray();
    }

    private static JsonNode parse(TreatyReport report) throws IOException {
        return new ObjectMapper().readTree(bytes(report));
    }

    private static List<String> keys(JsonNode node) {
        List<String> keys = new ArrayList<>();
        node.fieldNames().forEachRemaining(keys::add);
        return keys;
    }

    @Test
    void topLevelKeysComeInTheDocumentedOrder() throws IOException {
        JsonNode json = parse(sample());
        assertEquals(List.of("schema", "tool", "treaty", "rules", "findings", "counts"), keys(json));
        assertEquals("treatycheck-report/1", json.get("schema").asText());
    }

    @Test
    void toolCarriesVersionRuleSetHashAndTheRunTimestamp() throws IOException {
        JsonNode tool = parse(sample()).get("tool");
        assertEquals("treatycheck", tool.get("name").asText());
        assertEquals("0.1.0", tool.get("version").asText());
        assertEquals("sha256:abc123", tool.get("ruleSetHash").asText());
        assertEquals("2026-11-22T10:15:30Z", tool.get("generatedAt").asText());
    }

    @Test
    void treatyHasItsMetadataWithNullForMissingValues() throws IOException {
        JsonNode treaty = parse(ReportFixture.report().undated().build()).get("treaty");
        assertEquals(List.of("id", "title", "draft", "date", "status", "source", "file"), keys(treaty));
        assertEquals("minsk-3", treaty.get("id").asText());
        assertTrue(treaty.get("draft").isNull());
        assertTrue(treaty.get("date").isNull());
        assertEquals("draft", treaty.get("status").asText());

        assertEquals("2026-03-01", parse(sample()).get("treaty").get("date").asText());
    }

    @Test
    void findingsHaveLowercaseSeverityAndKindAndTheirLists() throws IOException {
        JsonNode finding = parse(sample()).get("findings").get(0);
        assertEquals(List.of("rule", "severity", "kind", "clauses", "actors", "territories", "message"), keys(finding));
        assertEquals("neutrality-vs-guarantee", finding.get("rule").asText());
        assertEquals("high", finding.get("severity").asText());
        assertEquals("conflict", finding.get("kind").asText());
        assertEquals("[\"1\",\"3\"]", finding.get("clauses").toString());
        assertEquals("[\"UA\",\"RU\"]", finding.get("actors").toString());
        assertEquals("[\"Crimea\"]", finding.get("territories").toString());
        assertEquals("Clause 1 contradicts clause 3.", finding.get("message").asText());
    }

    @Test
    void rulesListTheCatalogWithHowOftenEachFired() throws IOException {
        JsonNode rules = parse(sample()).get("rules");
        assertEquals(2, rules.size());
        JsonNode silent = rules.get(0);
        assertEquals(List.of("id", "severity", "kind", "title", "detects", "grounds", "message", "source", "fired"),
                keys(silent));
        assertEquals("silent-rule", silent.get("id").asText());
        assertEquals("low", silent.get("severity").asText());
        assertEquals("gap", silent.get("kind").asText());
        assertEquals("rules/silent-rule.drl", silent.get("source").asText());
        assertEquals(0, silent.get("fired").asInt());
        assertEquals(1, rules.get(1).get("fired").asInt());
    }

    @Test
    void countsListEverySeverityAndKindZerosIncluded() throws IOException {
        JsonNode counts = parse(sample()).get("counts");
        assertEquals(1, counts.get("total").asInt());
        assertEquals(List.of("critical", "high", "medium", "low", "info"), keys(counts.get("bySeverity")));
        assertEquals(1, counts.get("bySeverity").get("high").asInt());
        assertEquals(0, counts.get("bySeverity").get("critical").asInt());
        assertEquals(List.of("conflict", "consequence", "gap"), keys(counts.get("byKind")));
        assertEquals(1, counts.get("bySeverityAndKind").get("high").get("conflict").asInt());
    }

    @Test
    void sameInputGivesIdenticalBytes() throws IOException {
        assertArrayEquals(bytes(sample()), bytes(sample()));
    }

    @Test
    void isPrettyPrintedWithUnixLineEndsAndAFinalNewline() throws IOException {
        String text = new String(bytes(sample()), StandardCharsets.UTF_8);
        assertFalse(text.contains("\r"));
        assertTrue(text.startsWith("{\n  \"schema\": \"treatycheck-report/1\",\n  \"tool\": {\n    \"name\": \"treatycheck\","),
                text);
        assertTrue(text.endsWith("}\n"));
    }

    @Test
    void leavesTheStreamOpen() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("closed");
            }
        };
        new JsonRenderer().write(sample(), out);
        assertTrue(out.size() > 0);
    }
}
