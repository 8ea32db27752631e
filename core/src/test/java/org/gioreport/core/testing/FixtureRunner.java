package org.gioreport.core.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.gioreport.spi.Extraction;
import org.gioreport.spi.LayoutPlugin;
import org.gioreport.spi.SourceDocument;

/** Runs a layout plugin over text fixtures (each with its {@code .expected.json} beside it) and scores it. */
public final class FixtureRunner {

    private FixtureRunner() {
    }

    /** The text inputs of a folder that have an expected map, sorted; {@code only} filters by file name. */
    public static List<Path> fixtures(Path folder, String only) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .filter(p -> only == null || p.getFileName().toString().matches(only))
                    .filter(p -> Files.exists(ExpectedValues.besideInput(p)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Extraction normalize(LayoutPlugin plugin, Path input) throws IOException {
        String text = Files.readString(input, StandardCharsets.UTF_8);
        return plugin.normalize(SourceDocument.ofText(input.getFileName().toString(), text));
    }

    /**
     * Scores the fixtures of a folder ({@code only} filters by file name); any value read that is not the number
     * of its source cell (the {@link SourceGate}) counts as wrong too. The caller asserts on the score with the
     * number of files and fields it expects judged.
     */
    public static ExpectedValues.Score score(LayoutPlugin plugin, Path folder, String only) throws IOException {
        return score(plugin, fixtures(folder, only));
    }

    /** Scores the given fixtures, like {@link #score(LayoutPlugin, Path, String)}. */
    public static ExpectedValues.Score score(LayoutPlugin plugin, List<Path> inputs) throws IOException {
        return score(plugin, inputs, ExpectedValues::besideInput);
    }

    /** Scores seed reports ({@link Seeds}) by their stems, like {@link #score(LayoutPlugin, Path, String)}. */
    public static ExpectedValues.Score scoreSeeds(LayoutPlugin plugin, String... stems) throws IOException {
        List<Path> texts = java.util.Arrays.stream(stems).map(Seeds::text).toList();
        return score(plugin, texts, text -> Seeds.expected(Seeds.stem(text)));
    }

    private static ExpectedValues.Score score(LayoutPlugin plugin, List<Path> inputs,
            java.util.function.Function<Path, Path> expectedOf) throws IOException {
        ExpectedValues.Score total = new ExpectedValues.Score();
        for (Path input : inputs) {
            Extraction e = normalize(plugin, input);
            ExpectedValues.Score s = ExpectedValues.load(expectedOf.apply(input)).score(e.report());
            List<String> gate = new ArrayList<>(SourceGate.check(e.report(), e.derived(), e.provenance(),
                    plugin.id()));
            s.problems.addAll(gate.stream().map(g -> input.getFileName() + ": source gate: " + g).toList());
            s.wrong += gate.size();
            total.add(prefixed(s, input));
        }
        return total;
    }

    private static ExpectedValues.Score prefixed(ExpectedValues.Score s, Path input) {
        s.problems.replaceAll(p -> p.startsWith(input.getFileName().toString()) ? p : input.getFileName() + ": " + p);
        return s;
    }
}
