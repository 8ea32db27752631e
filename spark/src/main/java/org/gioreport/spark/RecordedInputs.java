package org.gioreport.spark;

import java.io.Serializable;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * The inputs an earlier run already recorded with the current plugin set, as compact keys: the first 128 bits of
 * SHA-256 over {@code path \0 sha256}, sorted. Broadcast to every task so that it skips them before normalizing;
 * a million recorded inputs take 16 MB, and two different inputs share a key with a probability of about 2^-88.
 */
final class RecordedInputs implements Serializable {

    private final long[] keys; // pairs (high, low), sorted by high then low

    private RecordedInputs(long[] keys) {
        this.keys = keys;
    }

    static RecordedInputs none() {
        return new RecordedInputs(new long[0]);
    }

    /** From the hex keys Spark computed ({@code sha2(concat_ws('\0', path, sha256), 256)}). */
    static RecordedInputs ofHexKeys(List<String> hexKeys) {
        long[][] pairs = new long[hexKeys.size()][];
        for (int i = 0; i < pairs.length; i++) {
            byte[] b = HexFormat.of().parseHex(hexKeys.get(i).substring(0, 32));
            ByteBuffer buf = ByteBuffer.wrap(b);
            pairs[i] = new long[]{buf.getLong(), buf.getLong()};
        }
        Arrays.sort(pairs, RecordedInputs::compare);
        long[] flat = new long[pairs.length * 2];
        for (int i = 0; i < pairs.length; i++) {
            flat[2 * i] = pairs[i][0];
            flat[2 * i + 1] = pairs[i][1];
        }
        return new RecordedInputs(flat);
    }

    int size() {
        return keys.length / 2;
    }

    boolean contains(String path, String sha256) {
        long[] key = key(path, sha256);
        int lo = 0;
        int hi = size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int c = compare(new long[]{keys[2 * mid], keys[2 * mid + 1]}, key);
            if (c == 0) {
                return true;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return false;
    }

    private static long[] key(String path, String sha256) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256")
                    .digest((path + "\0" + sha256).getBytes(StandardCharsets.UTF_8));
            ByteBuffer buf = ByteBuffer.wrap(h);
            return new long[]{buf.getLong(), buf.getLong()};
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int compare(long[] a, long[] b) {
        int c = Long.compare(a[0], b[0]);
        return c != 0 ? c : Long.compare(a[1], b[1]);
    }
}
