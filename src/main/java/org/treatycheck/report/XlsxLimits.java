package org.treatycheck.report;

import org.apache.poi.ss.SpreadsheetVersion;

/**
 * How much one sheet may hold: hyperlinks (see {@link XlsxLinks}) and rows. Tests lower them to
 * exercise the cut without writing a million rows.
 *
 * @param linksPerSheet hyperlinks per sheet
 * @param rowsPerSheet  rows per sheet, the header included
 */
record XlsxLimits(int linksPerSheet, int rowsPerSheet) {

    /** Excel's 1,048,576 rows, and the default link budget. */
    static final XlsxLimits DEFAULT =
            new XlsxLimits(XlsxLinks.DEFAULT_PER_SHEET, SpreadsheetVersion.EXCEL2007.getMaxRows());

    /** How many of {@code items} fit under a header row, keeping a row for a note when not all do. */
    int shown(int items) {
        return items <= rowsPerSheet - 1 ? items : rowsPerSheet - 2;
    }
}
