package org.treatycheck.report;

import java.util.EnumMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.treatycheck.model.Severity;

/**
 * The cell styles of one workbook, created once. Excel allows about 64,000 styles per workbook and
 * POI keeps each one in memory, so styles are never created per cell: the count is the same for
 * ten findings or a million.
 */
final class XlsxStyles {

    /** Column headers: bold on grey, bottom border. */
    final CellStyle header;
    /** Sheet title on the Summary. */
    final CellStyle title;
    /** Labels in the Summary's first column. */
    final CellStyle label;
    /** Short text and numbers, aligned to the top so wrapped neighbours read well. */
    final CellStyle text;
    /** Long text (messages, grounds, clause text), wrapped. */
    final CellStyle wrap;
    /** A cell carrying a hyperlink: blue, underlined, wrapped. */
    final CellStyle link;
    private final Map<Severity, CellStyle> severity = new EnumMap<>(Severity.class);

    XlsxStyles(Workbook wb) {
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font blue = wb.createFont();
        blue.setUnderline(Font.U_SINGLE);
        blue.setColor(IndexedColors.BLUE.getIndex());

        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setVerticalAlignment(VerticalAlignment.TOP);
        header.setWrapText(true);

        title = wb.createCellStyle();
        title.setFont(big);

        label = wb.createCellStyle();
        label.setFont(bold);
        label.setVerticalAlignment(VerticalAlignment.TOP);

        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);

        wrap = wb.createCellStyle();
        wrap.setVerticalAlignment(VerticalAlignment.TOP);
        wrap.setWrapText(true);

        link = wb.createCellStyle();
        link.setFont(blue);
        link.setVerticalAlignment(VerticalAlignment.TOP);
        link.setWrapText(true);

        Font white = wb.createFont();
        white.setBold(true);
        white.setColor(IndexedColors.WHITE.getIndex());
        for (Severity s : Severity.values()) {
            severity.put(s, severityStyle(wb, s, SeverityColours.whiteText(s) ? white : bold));
        }
    }

    /** The fill for this severity (Findings, Clauses, Matrix and Rules sheets share it). */
    CellStyle severity(Severity s) {
        return severity.get(s);
    }

    private static CellStyle severityStyle(Workbook wb, Severity s, Font font) {
        // RGB fills need the XSSF style; every workbook here is XSSF or SXSSF over XSSF.
        XSSFCellStyle style = (XSSFCellStyle) wb.createCellStyle();
        style.setFillForegroundColor(new XSSFColor(SeverityColours.rgb(s), null));
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setFont((XSSFFont) font);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        return style;
    }
}
