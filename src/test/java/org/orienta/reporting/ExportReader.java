package org.orienta.reporting;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;

/** Reads exported files back with libraries other than the ones that wrote them. */
public final class ExportReader {

    private ExportReader() {}

    /** The rows of a CSV file, read by Orienta's own CSV reader (the one people imports use). */
    public static List<List<String>> csv(byte[] bytes) {
        return org.orienta.base.Csv.read(new String(bytes, StandardCharsets.UTF_8)).stream()
                .map(org.orienta.base.Csv.Row::cells)
                .toList();
    }

    /** The cells of an XLSX sheet as text (numbers as Excel shows them without formatting), row by row. */
    public static List<List<String>> xlsx(byte[] bytes, int sheet) {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            var rows = new ArrayList<List<String>>();
            for (var row : workbook.getSheets().toList().get(sheet).read()) {
                var cells = new ArrayList<String>();
                for (int c = 0; c < row.getCellCount(); c++) {
                    var cell = row.getCell(c);
                    cells.add(cell == null ? "" : cell.getRawValue() == null ? "" : cell.getRawValue());
                }
                rows.add(cells);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of a PDF. */
    public static String pdf(byte[] bytes) {
        try (var document = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of each page of a PDF. */
    public static List<String> pdfPages(byte[] bytes) {
        try (var document = Loader.loadPDF(bytes)) {
            var pages = new java.util.ArrayList<String>();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                var stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(document));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
