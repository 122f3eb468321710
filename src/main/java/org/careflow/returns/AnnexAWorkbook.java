package org.careflow.returns;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The Annex A lists as the Excel workbook Ofsted asks for: a sheet per list ("List 3", ...), Ofsted's
 * headers in the first row, every answer as text (dates as dd/mm/yyyy, as the template has them).
 */
final class AnnexAWorkbook {

    private AnnexAWorkbook() {
    }

    static byte[] of(List<AnnexAList> lists) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            bold.setWrapText(true);
            for (AnnexAList list : lists) {
                Sheet sheet = workbook.createSheet(list.sheetName());
                Row header = sheet.createRow(0);
                for (int column = 0; column < list.headers().size(); column++) {
                    header.createCell(column).setCellValue(list.headers().get(column));
                    header.getCell(column).setCellStyle(bold);
                }
                int number = 1;
                for (List<String> values : list.rows()) {
                    Row row = sheet.createRow(number++);
                    for (int column = 0; column < values.size(); column++) {
                        row.createCell(column).setCellValue(values.get(column));
                    }
                }
                sheet.createFreezePane(0, 1);
                for (int column = 0; column < list.headers().size(); column++) {
                    sheet.setColumnWidth(column, 24 * 256);
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the Annex A workbook", e);
        }
    }
}
