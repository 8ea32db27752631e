package org.gioreport.engine.internal.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Recognises the two obvious cases without Tika's detector, which tries some 1,500 magic patterns on every
 * input (a fifth of the time gioreport spent on a text report, a tenth on a PDF): a file that starts with
 * "%PDF-" is a PDF; a file named {@code *.txt} with no byte of binary data in its first 8 KB, not opening like
 * markup, JSON or a PDF, is plain text. Tika's answer for these is the same; anything less obvious goes to Tika.
 */
final class ObviousTypes {

    static final int SNIFF_BYTES = 8192;
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};

    private ObviousTypes() {
    }

    /** "application/pdf", "text/plain", or null when Tika must decide. */
    static String of(String fileName, byte[] bytes) {
        if (bytes.length >= PDF.length && Arrays.equals(bytes, 0, PDF.length, PDF, 0, PDF.length)) {
            return "application/pdf";
        }
        return isPlainText(fileName, bytes) ? "text/plain" : null;
    }

    static boolean isPlainText(String fileName, byte[] bytes) {
        if (bytes.length == 0 || !fileName.toLowerCase(Locale.ROOT).endsWith(".txt")) {
            return false;
        }
        int end = Math.min(bytes.length, SNIFF_BYTES);
        boolean bom = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf;
        int first = -1;
        for (int i = bom ? 3 : 0; i < end; i++) {
            int b = bytes[i] & 0xff;
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
                return false; // NUL and other control bytes: binary, UTF-16 or some other encoding for Tika to find
            }
            if (first < 0 && b != ' ' && b != '\t' && b != '\n' && b != '\r' && b != '\f') {
                first = i;
            }
        }
        if (first < 0) {
            return true;
        }
        boolean utf16 = bytes.length >= 2 && ((bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xfe
                || (bytes[0] & 0xff) == 0xfe && (bytes[1] & 0xff) == 0xff);
        return !utf16 && opensAsText(bytes[first] & 0xff);
    }

    /**
     * Text in any charset ({@link TextEncoding}), whatever the file's name, not opening like markup, JSON or a PDF:
     * for the files Tika's detector cannot name (a GB18030 report without an extension) or misnames (UTF-16).
     */
    static boolean isTextOfAnyName(byte[] bytes) {
        String text = TextEncoding.textOrNull(bytes);
        if (text == null) {
            return false;
        }
        int first = text.startsWith("\uFEFF") ? 1 : 0; // a byte-order mark is no character of the text
        while (first < text.length() && Character.isWhitespace(text.charAt(first))) {
            first++;
        }
        return first == text.length() || opensAsText(text.charAt(first));
    }

    /** An HTML element a page's body starts with, e.g. {@code <table}, {@code <p style=…>}, {@code <div>}. */
    private static final Pattern HTML_OPENING = Pattern.compile(
            "(?i)^(?:<!--.*?-->\\s*)*<(?:table|tbody|tr|td|p|div|span|h[1-6]|br|section|article|font|center|strong|b"
                    + "|meta|style|link|title|ul|ol|li)[\\s>/]", Pattern.DOTALL);

    /** Whether the text opens with an HTML element: a fragment of a page (a CMS export), not plain text. */
    static boolean opensWithHtmlTag(byte[] bytes) {
        // tags are ASCII in UTF-8 and GB18030 alike: the opening bytes read as Latin-1 show them
        String opening = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1);
        return HTML_OPENING.matcher(opening.replaceFirst("^\\xEF\\xBB\\xBF", "").strip()).find();
    }

    private static boolean opensAsText(int c) {
        return c != '<' && c != '{' && c != '[' && c != '%' && c != '#';
    }
}
