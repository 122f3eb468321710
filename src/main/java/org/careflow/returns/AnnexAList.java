package org.careflow.returns;

import java.util.List;

/**
 * One of Ofsted's Annex A lists: its number, its sheet's name in the workbook, Ofsted's column
 * headers in Ofsted's order, and a row per child per event as the list says.
 */
record AnnexAList(int number, String title, List<String> headers, List<List<String>> rows) {

    String sheetName() {
        return "List " + number;
    }
}
