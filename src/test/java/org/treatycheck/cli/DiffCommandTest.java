package org.treatycheck.cli;

import org.treatycheck.testing.Cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code treatycheck diff}: given two rounds of a draft, what is new, resolved, persisting and changed. */
class DiffCommandTest {

    private static final String ACTORS = """
            format: treatycheck/1
            treaty: { id: round, title: Round }
            actors:
              UA: { name: Ukraine, kind: state, signatory: true, belligerent: true }
              RU: { name: Russia, kind: state, signatory: true, belligerent: true }
              NATO: { name: NATO, kind: alliance, signatory: false, collective_defence: true }
            """;

    @TempDir
    Path dir;

    @Test
    void aRenumberedArticleKeepsItsFindingAndChangesAreListedFieldByField() throws Exception {
        Path before = dir.resolve("round-1.yaml");
        Files.writeString(before, ACTORS + """
                clauses:
                  - { id: "7", type: non_accession, party: UA, alliance: NATO }
                  - { id: "8", type: conditional_accession, party: UA, alliance: NATO, automatic: true,
                      trigger: { event: violation, by: RU, determined_by: UA } }
                  - { id: "9", type: force_limit, party: UA, personnel: 600000 }
                """);
        Path after = dir.resolve("round-2.yaml");
        Files.writeString(after, ACTORS.replace("id: round,", "id: round-two,") + """
                clauses:
                  - { id: "7", type: non_accession, party: UA, alliance: NATO, entrenchment: constitution }
                  - { id: "12", type: conditional_accession, party: UA, alliance: NATO, automatic: true,
                      trigger: { event: violation, by: RU, determined_by: UA } }
                  - { id: "13", type: entry_into_force }
                """);
        Cli r = Cli.run("diff", before.toString(), after.toString(), "-o", dir.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("resolved  high  force-cap-without-guarantee [9]"), r.out());
        assertTrue(r.out().contains("resolved  low  no-entry-into-force []"), r.out());
        assertTrue(r.out().contains("clauses: 1 added, 1 removed, 1 renumbered, 1 changed"), r.out());

        try (InputStream in = Files.newInputStream(dir.resolve("diff-round-round-two.xlsx")); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> findings = rows(wb.getSheet("Findings"), 0, 3, 4);
            assertTrue(findings.contains("persisting|accession-contradicts-neutrality|7, 12"), findings.toString());
            List<String> clauses = rows(wb.getSheet("Clauses"), 0, 1, 2, 3, 4, 5);
            assertTrue(clauses.contains("renumbered|8|12|id|8|12"), clauses.toString());
            assertTrue(clauses.contains("changed|7|7|entrenchment||constitution"), clauses.toString());
            assertTrue(clauses.contains("added||13|||entry_into_force"), clauses.toString());
            assertTrue(clauses.contains("removed|9|||force_limit|"), clauses.toString());
        }
    }

    private static List<String> rows(Sheet sheet, int... columns) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i <= sheet.getLastRowNum(); i++) {
            Row row = sheet.getRow(i);
            List<String> cells = new ArrayList<>();
            for (int c : columns) {
                cells.add(row.getCell(c) == null ? "" : row.getCell(c).getStringCellValue());
            }
            out.add(String.join("|", cells));
        }
        return out;
    }
}
