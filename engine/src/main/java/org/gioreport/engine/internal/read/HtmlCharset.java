package org.gioreport.engine.internal.read;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset of a web page, weighed by its bytes rather than its declaration: CMS templates often declare
 * {@code charset=gbk} around a body that was saved as UTF-8, or the reverse, and Tika's HTML parser believes
 * the {@code <meta>} tag, turning every Chinese character into mojibake (so no plugin fits). Non-ASCII text
 * that decodes as valid UTF-8 is UTF-8 (GBK text practically never is); a page declared UTF-8 whose bytes
 * are not is in the GB18030 family (or Big5) as detected. Otherwise the declaration stands.
 */
final class HtmlCharset {

    private static final Pattern DECLARED = Pattern.compile("charset\\s*=\\s*[\"']?([A-Za-z0-9_.:-]+)",
            Pattern.CASE_INSENSITIVE);
    private static final int HEAD = 4096;

    private HtmlCharset() {
    }

    /** The charset to read the page with, or null to let the declaration and Tika's detectors decide. */
    static Charset of(byte[] bytes) {
        if (!hasNonAscii(bytes)) {
            return null;
        }
        if (TextEncoding.decodes(bytes, StandardCharsets.UTF_8)) {
            return StandardCharsets.UTF_8;
        }
        String declared = declared(bytes);
        if (declared != null && declared.replace("-", "").equals("utf8")) {
            return Charset.forName(TextCharset.detectChinese(bytes));
        }
        return null;
    }

    /** The charset a {@code <meta>} tag near the start declares, lower-case; null when none. */
    static String declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, HEAD), StandardCharsets.ISO_8859_1);
        Matcher m = DECLARED.matcher(head);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }
}
