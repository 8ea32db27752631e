package org.gioreport.engine.batch;

import java.util.ArrayList;
import java.util.List;

/** RFC 4180 fields: quoted when they hold a comma, a quote, a line break or edge spaces; rows end in CRLF. */
public final class Csv {

    static final String LINE_END = "\r\n";

    private Csv() {
    }

    public static String row(List<String> fields) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                s.append(',');
            }
            s.append(field(fields.get(i)));
        }
        return s.append(LINE_END).toString();
    }

    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0 || value.indexOf('\n') >= 0
                || value.indexOf('\r') >= 0 || value.charAt(0) == ' ' || value.charAt(value.length() - 1) == ' ';
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }

    /**
     * The fields of one row (its line end already removed), or null when the row is not well formed
     * (an unclosed quote, text after a closing quote).
     */
    public static List<String> parse(String row) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int i = 0;
        while (true) {
            if (i < row.length() && row.charAt(i) == '"') {
                i++;
                while (true) {
                    if (i >= row.length()) {
                        return null;
                    }
                    char c = row.charAt(i++);
                    if (c == '"') {
                        if (i < row.length() && row.charAt(i) == '"') {
                            f.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        f.append(c);
                    }
                }
                if (i < row.length() && row.charAt(i) != ',') {
                    return null;
                }
            } else {
                while (i < row.length() && row.charAt(i) != ',') {
                    f.append(row.charAt(i++));
                }
            }
            fields.add(f.toString());
            f.setLength(0);
            if (i >= row.length()) {
                return fields;
            }
            i++; // the comma
        }
    }
}
