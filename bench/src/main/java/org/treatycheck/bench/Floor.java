package org.treatycheck.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The floor a check is measured against: a JVM that only writes a workbook with POI, with as many
 * rows as the check's report, in the same way (streamed, SXSSF), and nothing else: no YAML, no
 * rules, no engine.
 *
 * <pre>
 * Floor OUT.xlsx FINDINGS CLAUSES RULES
 * </pre>
 *
 * writes a Findings sheet of FINDINGS rows and a Clauses sheet of CLAUSES rows (7 text columns each,
 * a bold header), a Rules sheet of RULES rows, and a one-row Summary, the sheets the report has.
 */
public final class Floor {

    private Floor() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 4) {
            System.err.println("usage: Floor OUT.xlsx FINDINGS CLAUSES RULES");
            System.exit(2);
        }
        Path out = Path.of(args[0]);
        int findings = Integer.parseInt(args[1]);
        int clauses = Integer.parseInt(args[2]);
        int rules = Integer.parseInt(args[3]);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 100, true, false)) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            sheet(wb, "Summary", 1, header, wrap);
            sheet(wb, "Findings", findings, header, wrap);
            sheet(wb, "Clauses", clauses, header, wrap);
            sheet(wb, "Rules", rules, header, wrap);
            Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), "floor", ".tmp");
            try (OutputStream os = Files.newOutputStream(temp)) {
                wb.write(os);
            }
            Files.move(temp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void sheet(SXSSFWorkbook wb, String name, int rows, CellStyle header, CellStyle wrap) {
        SXSSFSheet sheet = wb.createSheet(name);
        Row head = sheet.createRow(0);
        for (int c = 0; c < 7; c++) {
            head.createCell(c).setCellValue("Column " + c);
            head.getCell(c).setCellStyle(header);
        }
        for (int r = 1; r <= rows; r++) {
            Row row = sheet.createRow(r);
            for (int c = 0; c < 7; c++) {
                row.createCell(c).setCellValue(c == 6 ? "Row " + r + ": a message of ordinary length, naming clauses, actors"
                        + " and territories for a policy reader." : name + " " + r + "." + c);
                if (c == 6) {
                    row.getCell(c).setCellStyle(wrap);
                }
            }
        }
        sheet.createFreezePane(0, 1);
    }
}
