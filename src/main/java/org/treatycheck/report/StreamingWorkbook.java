package org.treatycheck.report;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook as every workbook of treatycheck uses it: {@value #ROW_WINDOW} rows per
 * sheet in memory, inline strings, temporary files written through a {@link SheetFileWriter}
 * instead of a locking buffered writer and cell text escaped a run at a time
 * ({@link SheetXmlText}), and gzipped only for very large workbooks.
 *
 * <p>POI 5.5 marks {@code SheetDataWriter.createWriter(File)} for removal in 6.0: when upgrading,
 * this class is where to look (the tests write and read back a workbook either way, and compare
 * the escaping with POI's own).
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    /** Rows kept in memory per sheet while streaming. */
    static final int ROW_WINDOW = 100;

    /**
     * Rows (in all sheets) above which temporary files are compressed: about 75 MB of XML per
     * workbook being written (a folder run writes as many at once as it has jobs), often in a /tmp
     * kept in memory.
     */
    static final long COMPRESS_ABOVE_ROWS = 100_000;

    /** A workbook for about {@code rows} rows in all sheets. */
    StreamingWorkbook(long rows) {
        this(ROW_WINDOW, compresses(rows));
    }

    /** A workbook with another row window, compressed or not as asked, for tests. */
    StreamingWorkbook(int rowWindow, boolean compressTemporaryFiles) {
        super(null, rowWindow, compressTemporaryFiles, false);
    }

    /**
     * Whether the temporary files of a workbook of {@code rows} rows are gzipped. Compressing costs
     * a tenth of a workbook's time (0.45 s of a 50,000-clause check, whose 95,000 rows take 74 MB),
     * so it is kept for the workbooks whose temporary files would take more: a sheet row takes
     * about 750 bytes of XML.
     */
    static boolean compresses(long rows) {
        return rows > COMPRESS_ABOVE_ROWS;
    }

    /**
     * Sets who made a workbook, when, and its title (may be null): the run's time, not the clock,
     * so that the same run gives the same document properties.
     */
    static void properties(XSSFWorkbook wb, RunInfo run, String title) {
        POIXMLProperties.CoreProperties core = wb.getProperties().getCoreProperties();
        core.setCreator("treatycheck " + run.toolVersion());
        if (title != null) {
            core.setTitle(XlsxCells.fit(title));
        }
        core.setCreated(Optional.of(Date.from(run.generatedAt())));
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
        return isCompressTempFiles() ? new Compressed() : new Plain();
    }

    /** Called by POI's constructor, before any field of a subclass is set: so these have none. */
    private static final class Plain extends SheetDataWriter {
        Plain() throws IOException {
            super();
        }

        @Override
        public Writer createWriter(File fd) throws IOException {
            return new SheetFileWriter(super.createWriter(fd));
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
            SheetXmlText.write(_out, s);
        }
    }

    private static final class Compressed extends GZIPSheetDataWriter {
        Compressed() throws IOException {
            super();
        }

        @Override
        public Writer createWriter(File fd) throws IOException {
            return new SheetFileWriter(super.createWriter(fd));
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
            SheetXmlText.write(_out, s);
        }
    }
}
