package org.micmac4j.report.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The only class of the reports that touches Apache POI: writes {@link SheetTable}s as an
 * {@code .xlsx} workbook with a bold frozen header row and an autofilter on every sheet. Loaded
 * only through {@link Workbook}, after POI was found. Streams the rows (SXSSF), so that large
 * analyses do not hold every cell in memory.
 */
final class PoiWorkbook {
    /** Rows kept in memory while streaming. */
    private static final int WINDOW = 200;

    private PoiWorkbook() {
    }

    static void write(List<SheetTable> sheets, OutputStream out) throws IOException {
        SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
        try {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle headerStyle = wb.createCellStyle();
            headerStyle.setFont(bold);
            for (SheetTable t : sheets) {
                sheet(wb, t, headerStyle);
            }
            wb.write(out);
        } finally {
            wb.close();
            wb.dispose();
        }
    }

    private static void sheet(SXSSFWorkbook wb, SheetTable t, CellStyle headerStyle) {
        SXSSFSheet sheet = wb.createSheet(t.name());
        int width = t.header().size();
        int[] chars = new int[width];
        Row head = sheet.createRow(0);
        for (int c = 0; c < width; c++) {
            Cell cell = head.createCell(c);
            cell.setCellValue(t.header().get(c));
            cell.setCellStyle(headerStyle);
            chars[c] = t.header().get(c).length();
        }
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = sheet.createRow(r + 1);
            List<Object> values = t.rows().get(r);
            for (int c = 0; c < values.size(); c++) {
                Object v = values.get(c);
                if (v == null || (v instanceof Double d && !Double.isFinite(d))) {
                    continue;
                }
                Cell cell = row.createCell(c);
                if (v instanceof Number n) {
                    cell.setCellValue(n.doubleValue());
                } else if (v instanceof Boolean b) {
                    cell.setCellValue(b);
                } else {
                    cell.setCellValue(v.toString());
                }
                if (c < width) {
                    chars[c] = Math.max(chars[c], Math.min(60, String.valueOf(v).length()));
                }
            }
        }
        sheet.createFreezePane(t.frozenColumns(), 1);
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(1, t.rows().size()), 0, width - 1));
        for (int c = 0; c < width; c++) {
            sheet.setColumnWidth(c, 256 * (Math.min(60, chars[c]) + 3));
        }
    }
}
