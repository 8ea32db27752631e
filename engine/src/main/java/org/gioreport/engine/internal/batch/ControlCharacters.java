package org.gioreport.engine.internal.batch;

/**
 * Control characters made visible as {@code \}{@code u001b}-style text: a NUL, an ESC (which moves a terminal's
 * cursor or changes its colours) or a carriage return in a file name or a cell must not reach a terminal or a
 * spreadsheet raw. The C0 controls, DEL and the C1 controls are escaped; line breaks and tabs only on request.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** {@code text} with every control character escaped, line breaks and tabs included (for one terminal line). */
    public static String escape(String text) {
        return escape(text, false);
    }

    /**
     * {@code text} with its control characters escaped; with {@code keepLayout}, line feeds, carriage returns
     * and tabs stay as they are (they belong in a multi-line CSV cell). Null stays null.
     */
    public static String escape(String text, boolean keepLayout) {
        return escape(text, keepLayout ? "\n\r\t" : "");
    }

    /**
     * {@code text} with every control character but the tab escaped: a warning that came from plugin code (a
     * worker's standard error, an exception's message) stays one line that cannot drive the terminal.
     */
    public static String escapeButTabs(String text) {
        return escape(text, "\t");
    }

    private static String escape(String text, String kept) {
        if (text == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = isControl(c) && kept.indexOf(c) < 0;
            if (control && out == null) {
                out = new StringBuilder(text.length() + 8).append(text, 0, i);
            }
            if (out != null) {
                if (control) {
                    out.append(String.format("\\u%04x", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    /** Undoes {@link #escape(String, boolean)}: each {@code \}{@code uXXXX} naming a control character. */
    public static String unescape(String text) {
        if (text == null || !text.contains("\\u")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 6 <= text.length() && text.charAt(i + 1) == 'u') {
                int code = hex(text.substring(i + 2, i + 6));
                if (code >= 0 && isControl((char) code)) {
                    out.append((char) code);
                    i += 5;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    static boolean isControl(char c) {
        return c < 0x20 || c >= 0x7f && c <= 0x9f;
    }

    private static int hex(String four) {
        int v = 0;
        for (int i = 0; i < four.length(); i++) {
            int d = Character.digit(four.charAt(i), 16);
            if (d < 0) {
                return -1;
            }
            v = v * 16 + d;
        }
        return v;
    }
}
