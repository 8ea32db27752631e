package org.gioreport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.gioreport.core.json.ReportJson;
import org.gioreport.core.model.NormalizationResult;
import org.gioreport.core.model.Source;
import org.gioreport.core.validation.ReportValidator;
import org.gioreport.engine.LoadedPlugin;
import org.gioreport.engine.internal.plugins.LayoutPlugins;
import org.gioreport.engine.internal.plugins.Normalizer;
import org.gioreport.engine.internal.plugins.SafeInvoker;
import org.gioreport.engine.internal.read.DocumentReader;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.SourceDocument;

/**
 * Where one thread's time goes, stage by stage, over a folder of inputs (run by hand, see run-benchmark.sh):
 * reading the bytes and hashing, Tika's type detection, reading the document (Tika or text decoding), each
 * plugin's fit, the chosen plugin's normalize, validation, the Normalizer as a whole, and JSON writing.
 * Each stage runs on the calling thread, so thread hand-offs are not counted. Passes: one warm-up, then measured.
 */
public final class StageProfile {

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int passes = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        DocumentReader reader = new DocumentReader(100L << 20);
        LayoutPlugins registry = LayoutPlugins.discover(StageProfile.class.getClassLoader(), List.of(), w -> { });
        ReportValidator validator = new ReportValidator();
        org.apache.tika.parser.AutoDetectParser tika = new org.apache.tika.parser.AutoDetectParser();
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (int pass = 0; pass <= passes; pass++) {
            nanos.clear();
            try (SafeInvoker invoker = new SafeInvoker(Duration.ZERO)) {
                Normalizer normalizer = new Normalizer(registry, invoker);
                for (Path f : files) {
                    long t0 = System.nanoTime();
                    if (!reader.parses(reader.detect(f, Files.readAllBytes(f)))) {
                        t0 = System.nanoTime();
                    } else {
                        org.apache.tika.metadata.Metadata m = new org.apache.tika.metadata.Metadata();
                        m.set(org.apache.tika.metadata.TikaCoreProperties.RESOURCE_NAME_KEY, f.getFileName().toString());
                        try (java.io.InputStream in = org.apache.tika.io.TikaInputStream.get(f)) {
                            tika.parse(in, new org.apache.tika.sax.BodyContentHandler(-1), m,
                                    new org.apache.tika.parser.ParseContext());
                        } catch (Exception e) {
                            // counted all the same
                        }
                        t0 = add(nanos, "(Tika alone: AutoDetectParser + BodyContentHandler, for comparison)", t0);
                    }
                    byte[] bytes = Files.readAllBytes(f);
                    String sha = DocumentReader.sha256(bytes);
                    long t1 = add(nanos, "bytes+sha256", t0);
                    String type = reader.detect(f, bytes);
                    long t2 = add(nanos, "detect (Tika)", t1);
                    SourceDocument doc;
                    try {
                        doc = reader.read(f, bytes, type);
                    } catch (Exception e) {
                        continue;
                    }
                    long t3 = add(nanos, "read document", t2);
                    Extraction best = null;
                    for (LoadedPlugin p : registry.plugins()) {
                        long s = System.nanoTime();
                        boolean fits = p.plugin().fit(doc).fits();
                        add(nanos, "fit " + p.id(), s);
                        if (fits && best == null) {
                            s = System.nanoTime();
                            best = p.plugin().normalize(doc);
                            add(nanos, "normalize " + p.id(), s);
                        }
                    }
                    long t4 = System.nanoTime();
                    if (best != null && best.report() != null) {
                        validator.validate(best.report());
                    }
                    long t4b = add(nanos, "validate", t4);
                    if (best != null && best.report() != null) {
                        Normalizer.isComplete(best.report());
                    }
                    long t5 = add(nanos, "Normalizer.isComplete (flattens the report)", t4b);
                    NormalizationResult r = normalizer.normalize(new Source(f.toString(), sha, type), doc, null);
                    long t6 = add(nanos, "Normalizer (all of the above from fit on, via SafeInvoker)", t5);
                    ReportJson.toLine(r);
                    add(nanos, "JSON line", t6);
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d files, per file in microseconds (pass %d):%n", files.size(), passes);
        nanos.forEach((stage, n) -> System.out.printf(Locale.ROOT, "  %8.0f  %s%n", n / 1e3 / files.size(), stage));
    }

    private static long add(Map<String, Long> nanos, String stage, long since) {
        long now = System.nanoTime();
        nanos.merge(stage, now - since, Long::sum);
        return now;
    }
}
