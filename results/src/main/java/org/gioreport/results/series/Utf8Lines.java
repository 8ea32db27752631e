package org.gioreport.results.series;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The lines of a results file, each decoded as UTF-8 on its own: one line that is not UTF-8 (a hand edit in
 * another encoding, a cut-off multi-byte character) costs only itself, not the file, as a reader decoding the
 * whole stream would. Lines end at {@code \n} (a {@code \r} before it is dropped); a byte order mark opening the
 * file is dropped too.
 */
public final class Utf8Lines {

    /** Hears of each line. */
    @FunctionalInterface
    public interface Each {
        /**
         * @param number the line's number, from 1
         * @param text the line without its line end, or null when it is not UTF-8
         */
        void line(int number, String text) throws IOException;
    }

    private Utf8Lines() {
    }

    public static void read(Path file, Each each) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] chunk = new byte[1 << 16];
            int number = 0;
            for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
                int start = 0;
                for (int i = 0; i < n; i++) {
                    if (chunk[i] == '\n') {
                        line.write(chunk, start, i - start);
                        each.line(++number, decode(line.toByteArray(), number == 1));
                        line.reset();
                        start = i + 1;
                    }
                }
                line.write(chunk, start, n - start);
            }
            if (line.size() > 0) {
                each.line(++number, decode(line.toByteArray(), number == 1));
            }
        }
    }

    private static String decode(byte[] bytes, boolean first) {
        int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
        int from = first && length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return strict.decode(ByteBuffer.wrap(bytes, from, length - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
