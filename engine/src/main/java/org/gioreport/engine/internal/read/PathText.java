package org.gioreport.engine.internal.read;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Path;

/**
 * The text of an input path as results record it: file names are bytes, recorded faithfully whatever the
 * locale. On Linux a name is any bytes; Java turns them into a {@link Path#toString() String} with the locale's
 * charset, which turns bytes that are not valid UTF-8 into U+FFFD (so {@code r-\xff.txt} and {@code r-\xfe.txt}
 * would both read {@code r-�.txt}), and under a C locale turns every Chinese character into '?'. A {@link Path}
 * found in a folder keeps its bytes, though, and {@link Path#toUri()} percent-encodes exactly those bytes: this
 * class reads them from there and writes them as UTF-8 text, each byte that is not part of valid UTF-8 as
 * {@code \xHH} (lower-case hex) and a backslash as {@code \\} (on file systems whose separator is '/'), so the
 * text is lossless and two different names never record alike.
 */
public final class PathText {

    private static final boolean ESCAPES = FileSystems.getDefault().getSeparator().equals("/");
    private static final boolean UTF8_NAMES = StandardCharsets.UTF_8.equals(jnuCharset());

    private PathText() {
    }

    /** The recorded text of {@code path}. */
    public static String of(Path path) {
        String text = path.toString();
        if (!ESCAPES || path.getFileSystem() != FileSystems.getDefault()) {
            return text;
        }
        if (UTF8_NAMES && text.indexOf('\uFFFD') < 0) {
            return text.indexOf('\\') < 0 ? text : text.replace("\\", "\\\\");
        }
        byte[] bytes = bytes(path);
        return bytes == null ? text.replace("\\", "\\\\") : escape(bytes);
    }

    /** Bytes as UTF-8 text: a backslash as {@code \\}, each byte outside valid UTF-8 as {@code \xHH}. */
    static String escape(byte[] bytes) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer decoded = CharBuffer.allocate(bytes.length + 1);
        StringBuilder s = new StringBuilder(bytes.length + 8);
        while (true) {
            CoderResult r = utf8.decode(in, decoded, true);
            decoded.flip();
            while (decoded.hasRemaining()) {
                char c = decoded.get();
                s.append(c == '\\' ? "\\\\" : String.valueOf(c));
            }
            decoded.clear();
            if (r.isUnderflow()) {
                return s.toString();
            }
            for (int i = 0; i < r.length(); i++) {
                s.append(String.format("\\x%02x", in.get() & 0xff));
            }
        }
    }

    /** The bytes of the path's name as the file system holds them, from its URI; null when unavailable. */
    private static byte[] bytes(Path path) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            if (path.isAbsolute()) {
                out.write('/');
            }
            Path root = path.getFileSystem().getRootDirectories().iterator().next();
            for (int i = 0; i < path.getNameCount(); i++) {
                if (i > 0) {
                    out.write('/');
                }
                // one name under the root: its URI's path is "/" + the name's bytes, percent-encoded
                String raw = root.resolve(path.getName(i)).toUri().getRawPath();
                unpercent(raw.substring(1, raw.endsWith("/") && raw.length() > 1 ? raw.length() - 1 : raw.length()),
                        out);
            }
            return out.toByteArray();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static void unpercent(String raw, ByteArrayOutputStream out) {
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%' && i + 2 < raw.length()) {
                out.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
    }

    private static Charset jnuCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            return Charset.defaultCharset();
        }
    }
}
