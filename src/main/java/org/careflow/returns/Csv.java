package org.careflow.returns;

import java.util.List;
import java.util.stream.Collectors;

/** Rows as CSV (RFC 4180): a field with a comma, a quote or a line break is quoted, its quotes doubled. */
final class Csv {

    private Csv() {
    }

    static String of(List<String> headers, List<List<String>> rows) {
        StringBuilder csv = new StringBuilder(line(headers));
        rows.forEach(row -> csv.append(line(row)));
        return csv.toString();
    }

    private static String line(List<String> fields) {
        return fields.stream().map(Csv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String field(String value) {
        String text = value == null ? "" : value;
        // a field a spreadsheet would run as a formula is written as text
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 && !text.matches("-?\\d+")) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
