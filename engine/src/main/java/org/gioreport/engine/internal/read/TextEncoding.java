package org.gioreport.engine.internal.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.txt.BOMDetector;

/**
 * The charset of a text file, which declares none. In this order: a byte-order mark, as Tika's
 * {@link BOMDetector} reads it (UTF-8, UTF-16 or UTF-32); UTF-16 without a mark, told by the zero bytes of its
 * ASCII characters (digits, spaces, line ends: a report has many), which Tika's detectors miss or misname
 * (ISO-2022-CN); valid UTF-8; else Tika's statistical detection, where Chinese reports are GB18030 (see
 * {@link TextCharset}). GB18030 and UTF-8 text has no zero byte, so the UTF-16 test cannot take them.
 */
final class TextEncoding {

    private static final int SNIFF_BYTES = ObviousTypes.SNIFF_BYTES;
    /** At least this share of the code units sniffed are ASCII (a zero byte on one side) in UTF-16 report text. */
    private static final double MIN_ASCII_SHARE = 0.05;

    private TextEncoding() {
    }

    /** The text of the bytes, without a byte-order mark; characters the charset cannot map are replaced. */
    static String decode(byte[] bytes) {
        Charset wide = markedOrUtf16(bytes);
        // valid UTF-8 is decoded once, by the test that it is valid
        String text = wide != null ? new String(bytes, wide) : strictly(bytes, StandardCharsets.UTF_8);
        if (text == null) {
            text = new String(bytes, Charset.forName(TextCharset.detectChinese(bytes)));
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /** The charset the bytes are in. */
    static Charset of(byte[] bytes) {
        Charset wide = markedOrUtf16(bytes);
        if (wide != null) {
            return wide;
        }
        return decodes(bytes, StandardCharsets.UTF_8) ? StandardCharsets.UTF_8
                : Charset.forName(TextCharset.detectChinese(bytes));
    }

    /** The charset a byte-order mark names, else UTF-16 told by its zero bytes; null for anything else. */
    private static Charset markedOrUtf16(byte[] bytes) {
        Charset marked = byteOrderMark(bytes);
        return marked != null ? marked : unmarkedUtf16(bytes);
    }

    /** UTF-16 with or without a byte-order mark; null for any other charset. */
    static Charset utf16(byte[] bytes) {
        Charset marked = byteOrderMark(bytes);
        if (marked != null) {
            return marked.name().startsWith("UTF-16") ? marked : null;
        }
        return unmarkedUtf16(bytes);
    }

    /**
     * The text of the bytes when they decode without error in their charset into text with no control character
     * (a byte-order mark kept); null otherwise.
     */
    static String textOrNull(byte[] bytes) {
        String text = bytes.length == 0 ? null : strictly(bytes, of(bytes));
        if (text == null) {
            return null;
        }
        for (int i = 0; i < Math.min(text.length(), SNIFF_BYTES); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0x7f) {
                return null;
            }
        }
        return text;
    }

    private static Charset byteOrderMark(byte[] bytes) {
        try {
            return new BOMDetector().detect(new ByteArrayInputStream(bytes), new Metadata());
        } catch (IOException e) {
            return null; // a byte array cannot fail to be read
        }
    }

    /**
     * UTF-16 whose byte order shows in its zero bytes: the ASCII characters put one at the high byte of each code
     * unit, all on one side; the other side has few (一 is U+4E00). Null unless the whole text decodes.
     */
    private static Charset unmarkedUtf16(byte[] bytes) {
        int end = Math.min(bytes.length, SNIFF_BYTES) & ~1;
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < end; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int units = end / 2;
        Charset charset = null;
        if (evenZeros >= MIN_ASCII_SHARE * units && oddZeros * 4 <= evenZeros) {
            charset = StandardCharsets.UTF_16BE;
        } else if (oddZeros >= MIN_ASCII_SHARE * units && evenZeros * 4 <= oddZeros) {
            charset = StandardCharsets.UTF_16LE;
        }
        return units > 0 && charset != null && decodes(bytes, charset) ? charset : null;
    }

    /** True when the bytes are text in {@code charset}: no malformed or unmappable sequence. */
    static boolean decodes(byte[] bytes, Charset charset) {
        return strictly(bytes, charset) != null;
    }

    /** The bytes decoded in {@code charset}, or null when they hold a malformed or unmappable sequence. */
    private static String strictly(byte[] bytes, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
