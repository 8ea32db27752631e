package org.gioreport.bench;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.BodyContentHandler;

/**
 * The floor gioreport stands on: Tika's plain text extraction alone (AutoDetectParser + BodyContentHandler,
 * no limit) over every file of a folder, on N threads, with the same libraries and JVM options as gioreport.
 * Usage: TikaBaseline FOLDER THREADS. Prints files, seconds and files per second.
 */
public final class TikaBaseline {

    public static void main(String[] args) throws Exception {
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of(args[0]))) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        int threads = Integer.parseInt(args[1]);
        AutoDetectParser parser = new AutoDetectParser();
        AtomicLong chars = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> futures = files.stream().<Future<?>>map(f -> pool.submit(() -> {
            Metadata metadata = new Metadata();
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
            BodyContentHandler text = new BodyContentHandler(-1);
            try (InputStream in = TikaInputStream.get(f)) {
                parser.parse(in, text, metadata, new ParseContext());
                chars.addAndGet(text.toString().length());
            } catch (Exception e) {
                failures.incrementAndGet();
            }
        })).toList();
        for (Future<?> f : futures) {
            f.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "tika: %d files in %.2f s (%.1f files/s, %d threads), %d characters,"
                + " %d failures%n", files.size(), seconds, files.size() / seconds, threads, chars.get(), failures.get());
    }
}
