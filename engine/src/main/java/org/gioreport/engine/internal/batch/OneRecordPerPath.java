package org.gioreport.engine.internal.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import org.gioreport.engine.batch.RecordFormat;

/**
 * The rule of {@code --resume} for an input whose content changed since it was recorded: it is read again,
 * its new record is appended (so a kill -9 loses nothing), and at the end of the run the output is rewritten
 * without the older record, so the output holds one record per input path: the latest. The rewrite goes to
 * a temporary file in the same folder that then replaces the output in one atomic move, so an interruption
 * leaves either the old file or the new one, never half of it. Lines that are not records (and the header)
 * stay where they are.
 */
public final class OneRecordPerPath {

    private OneRecordPerPath() {
    }

    /**
     * Rewrites {@code file} keeping only the last record of each input path.
     *
     * @return the number of older records dropped (0: the file was left untouched)
     */
    public static int rewrite(Path file, RecordFormat format) throws IOException {
        Map<String, Integer> last = new HashMap<>();
        int[] index = {0};
        int[] recorded = {0};
        long end = RecordFile.scan(file, format, (text, raw) -> {
            RecordFormat.Recorded r = format.recorded(text);
            if (r != null) {
                last.put(ResumeLedger.key(r.path()), index[0]);
                recorded[0]++;
            }
            index[0]++;
        });
        if (last.size() == recorded[0]) {
            return 0; // every path once already
        }
        int records = index[0];
        int[] dropped = {0};
        Path dir = file.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                index[0] = 0;
                RecordFile.scan(file, format, (text, raw) -> {
                    RecordFormat.Recorded r = format.recorded(text);
                    if (r == null || last.get(ResumeLedger.key(r.path())) == index[0]) {
                        out.write(raw);
                        out.write('\n');
                    } else {
                        dropped[0]++;
                    }
                    index[0]++;
                });
                copyTail(file, end, out); // text after the last line break is kept as it is
            }
            if (dropped[0] == 0 || index[0] != records) {
                Files.delete(tmp); // nothing to drop, or the file changed under us: leave it alone
                return 0;
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            return dropped[0];
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void copyTail(Path file, long from, OutputStream out) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            in.skipNBytes(from);
            in.transferTo(out);
        }
    }
}
