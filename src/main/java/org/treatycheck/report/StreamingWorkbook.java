package org.treatycheck.report;

import java.io.File;
import java.io.IOException;
import java.io.Writer;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;

/**
 * POI's streaming workbook, with inline strings, whose sheets write their temporary files through
 * a {@link SheetFileWriter} instead of a locking buffered writer; compressed or not as asked.
 *
 * <p>POI 5.5 marks {@code SheetDataWriter.createWriter(File)} for removal in 6.0: when upgrading,
 * this class is where to look (the tests write and read back a workbook either way).
 */
final class StreamingWorkbook extends SXSSFWorkbook {

    StreamingWorkbook(int rowWindow, boolean compressTemporaryFiles) {
        super(null, rowWindow, compressTemporaryFiles, false);
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
    }

    private static final class Compressed extends GZIPSheetDataWriter {
        Compressed() throws IOException {
            super();
        }

        @Override
        public Writer createWriter(File fd) throws IOException {
            return new SheetFileWriter(super.createWriter(fd));
        }
    }
}
