package org.treatycheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.treatycheck.model.FindingKind.CONFLICT;
import static org.treatycheck.model.FindingKind.GAP;
import static org.treatycheck.model.Severity.CRITICAL;
import static org.treatycheck.model.Severity.MEDIUM;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextRendererTest {

    private static TreatyReport sample() {
        return ReportFixture.report().clauses(3)
                .finding(CRITICAL, CONFLICT, "neutrality-vs-guarantee", "Clause 1 contradicts clause 3.", "1", "3")
                .finding(MEDIUM, GAP, "no-monitoring", "Nobody monitors the ceasefire.")
                .build();
    }

    @Test
    void tableHasOneAlignedLinePerFindingInOrder() {
        String table = new TextRenderer(false).table(sample().findings());
        assertEquals("""
                SEVERITY  RULE                     CLAUSES  MESSAGE
                CRITICAL  neutrality-vs-guarantee  1, 3     Clause 1 contradicts clause 3.
                MEDIUM    no-monitoring            -        Nobody monitors the ceasefire.
                """, table);
    }

    @Test
    void colourWrapsTheSeverityInAnsiEscapesAndKeepsAlignment() {
        String table = new TextRenderer(true).table(sample().findings());
        assertTrue(table.contains("\u001b[1;31mCRITICAL\u001b[0m  neutrality-vs-guarantee"), table);
        assertTrue(table.contains("\u001b[33mMEDIUM  \u001b[0m  no-monitoring"), table);
    }

    @Test
    void withoutColourThereAreNoEscapes() {
        assertFalse(new TextRenderer(false).table(sample().findings()).contains("\u001b"));
    }

    @Test
    void controlCharactersInUserTextCannotReachTheTerminal() {
        TreatyReport report = ReportFixture.report().clauses(1)
                .finding(CRITICAL, CONFLICT, "r", "line one\nline two \u001b[2J bell\u0007", "1").build();
        String table = new TextRenderer(false).table(report.findings());
        assertFalse(table.contains("\u001b"));
        assertTrue(table.contains("line one line two ?[2J bell?\n"), table);
    }

    @Test
    void noFindingsSaysSo() {
        assertEquals("No findings.\n", new TextRenderer(false).table(List.of()));
    }

    @Test
    void writeHeadsTheTableWithTheTreaty() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new TextRenderer(false).write(sample(), out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Treaty minsk-3: Draft Agreement on the Cessation of Hostilities (draft v2)\n\nSEVERITY"),
                text);
        assertEquals("txt", new TextRenderer(false).extension());
    }
}
