package org.treatycheck.report;

import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.treatycheck.model.Finding;
import org.treatycheck.model.FindingKind;
import org.treatycheck.model.Severity;
import org.treatycheck.model.Treaty;

/**
 * Treaty metadata, findings by severity and kind, the worst finding, run facts, and a bar chart of
 * findings by severity.
 */
final class SummarySheet {

    static final String NAME = "Summary";
    /** Row of the counts table's header, from 0; severities follow in order, then the total. */
    static final int COUNTS_ROW = 10;
    private static final int TOTAL_COL = FindingKind.values().length + 1;

    private SummarySheet() {
    }

    static void write(XlsxContext cx) {
        TreatyReport report = cx.report();
        XlsxStyles st = cx.styles();
        Sheet sheet = cx.workbook().createSheet(NAME);
        sheet.setColumnWidth(0, 22 * 256);
        for (int c = 1; c <= TOTAL_COL; c++) {
            sheet.setColumnWidth(c, 13 * 256);
        }
        XlsxCells.text(sheet.createRow(0), 0, "treatycheck report", st.title);

        Treaty t = report.treaty();
        int r = 2;
        pair(sheet, r++, "Treaty id", t.id(), st);
        pair(sheet, r++, "Title", t.title(), st);
        pair(sheet, r++, "Draft", t.draft(), st);
        pair(sheet, r++, "Date", t.date() == null ? null : t.date().toString(), st);
        pair(sheet, r++, "Status", t.status() == null ? null : t.status().yamlName(), st);
        pair(sheet, r++, "Source", t.source(), st);
        pair(sheet, r, "File", t.file(), st);

        FindingCounts counts = report.counts();
        r = countsTable(sheet, counts, st) + 2;
        Row total = sheet.createRow(r++);
        XlsxCells.text(total, 0, "Total findings", st.label);
        XlsxCells.number(total, 1, counts.total(), st.text);
        Finding worst = report.worstFinding().orElse(null);
        pair(sheet, r++, "Worst finding", worst == null ? "none" : worst.severity().name() + " " + worst.rule(), st);
        pair(sheet, r++, "Worst finding message", worst == null ? null : worst.message(), st);
        r++;
        pair(sheet, r++, "Tool version", report.run().toolVersion(), st);
        pair(sheet, r++, "Rule-set hash", report.run().ruleSetHash(), st);
        pair(sheet, r++, "Generated at", report.run().generatedAt().toString(), st);
        r++;
        if (cx.findingsShown() < report.findings().size()) {
            pair(sheet, ++r, "Note", "The Findings sheet lists the first " + cx.findingsShown() + " of "
                    + report.findings().size() + " findings (Excel's row limit).", st);
        }
        if (cx.linksCut()) {
            pair(sheet, ++r, "Note", "Hyperlinks between Findings and Clauses stop after "
                    + cx.limits().linksPerSheet() + " rows per sheet: more would make a run this large slow to write.",
                    st);
        }

        XlsxCells.printable(sheet);
        chart(cx.xssf().getSheet(NAME), counts, r + 1);
    }

    /**
     * Characters of ordinary text that fit on one line of a value (columns B to the totals column):
     * column widths count the widest digit, and text averages about 1.4 characters per digit width.
     */
    private static final int VALUE_WIDTH = 13 * TOTAL_COL * 7 / 5;

    /**
     * A label and its value; the value spans the table's columns and wraps, with the row made tall
     * enough by hand, since spreadsheet programs do not grow merged rows to fit.
     */
    private static void pair(Sheet sheet, int r, String label, String value, XlsxStyles st) {
        Row row = sheet.createRow(r);
        XlsxCells.text(row, 0, label, st.label);
        XlsxCells.text(row, 1, value, st.wrap);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 1, TOTAL_COL));
        int length = value == null ? 0 : Math.min(value.length(), 8_000);
        int lines = Math.max(1, (length + VALUE_WIDTH - 1) / VALUE_WIDTH);
        row.setHeightInPoints(Math.min(409f, lines * sheet.getDefaultRowHeightInPoints()));
    }

    /** @return the row of the table's last line (the totals) */
    private static int countsTable(Sheet sheet, FindingCounts counts, XlsxStyles st) {
        Row header = sheet.createRow(COUNTS_ROW);
        XlsxCells.text(header, 0, "Severity", st.header);
        for (FindingKind k : FindingKind.values()) {
            XlsxCells.text(header, k.ordinal() + 1, capitalized(k.name()), st.header);
        }
        XlsxCells.text(header, TOTAL_COL, "Total", st.header);
        int r = COUNTS_ROW;
        for (Severity s : Severity.values()) {
            Row row = sheet.createRow(++r);
            XlsxCells.text(row, 0, s.name(), st.severity(s));
            for (FindingKind k : FindingKind.values()) {
                XlsxCells.number(row, k.ordinal() + 1, counts.count(s, k), st.text);
            }
            XlsxCells.number(row, TOTAL_COL, counts.count(s), st.label);
        }
        Row totals = sheet.createRow(++r);
        XlsxCells.text(totals, 0, "Total", st.label);
        for (FindingKind k : FindingKind.values()) {
            XlsxCells.number(totals, k.ordinal() + 1, counts.count(k), st.label);
        }
        XlsxCells.number(totals, TOTAL_COL, counts.total(), st.label);
        return r;
    }

    /**
     * Drawn on the XSSF sheet under the streamed one (SXSSF has no chart API); its data are given
     * as arrays, since the streamed cells are not readable back, and refer to the table's cells so
     * Excel keeps the chart in step with them.
     */
    private static void chart(XSSFSheet sheet, FindingCounts counts, int top) {
        Severity[] severities = Severity.values();
        String[] names = new String[severities.length];
        Integer[] values = new Integer[severities.length];
        for (Severity s : severities) {
            names[s.ordinal()] = s.name();
            values[s.ordinal()] = counts.count(s);
        }
        int first = COUNTS_ROW + 1;
        int last = COUNTS_ROW + severities.length;
        String namesRef = new CellRangeAddress(first, last, 0, 0).formatAsString(NAME, true);
        String valuesRef = new CellRangeAddress(first, last, TOTAL_COL, TOTAL_COL).formatAsString(NAME, true);

        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, 0, top, TOTAL_COL + 1, top + 16));
        chart.setTitleText("Findings by severity");
        chart.setTitleOverlay(false);
        XDDFCategoryAxis x = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis y = chart.createValueAxis(AxisPosition.LEFT);
        y.setCrosses(AxisCrosses.AUTO_ZERO);
        XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, x, y);
        data.setBarDirection(BarDirection.COL);
        data.setVaryColors(false);
        XDDFChartData.Series series = data.addSeries(
                XDDFDataSourcesFactory.fromArray(names, namesRef),
                XDDFDataSourcesFactory.fromArray(values, valuesRef));
        series.setTitle("Findings", null);
        chart.plot(data);
        for (Severity s : severities) {
            series.getDataPoint(s.ordinal())
                    .setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(SeverityColours.rgb(s))));
        }
    }

    private static String capitalized(String name) {
        return name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    }
}
