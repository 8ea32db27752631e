package org.gioreport.core.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin author's guide, {@code plugins/README.md}, as tests read it: its example plugin's source, the class
 * its services-file step names, and the sample report it offers. Tests build and run what the guide shows, word
 * for word, so the guide cannot drift from what works.
 */
public final class PluginGuide {

    private static final Pattern FENCE = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);

    private final String text;

    private PluginGuide(String text) {
        this.text = text;
    }

    /** The guide in this repository. */
    public static PluginGuide inRepository() throws IOException {
        return new PluginGuide(Files.readString(Seeds.root().resolve("plugins").resolve("README.md")));
    }

    /** The first Java block that implements {@code LayoutPlugin}: the example plugin. */
    public String exampleSource() {
        Matcher m = FENCE.matcher(text);
        while (m.find()) {
            if (m.group(1).equals("java") && m.group(2).contains("implements LayoutPlugin")) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("the guide has no example plugin");
    }

    /** The example's fully qualified class name, from its package and class declarations. */
    public String exampleClassName() {
        String source = exampleSource();
        return group(source, "package ([\\w.]+);") + "." + group(source, "public final class (\\w+)");
    }

    /** The example as sources for {@link TestPluginJars#compile}: its class name to its source. */
    public Map<String, String> exampleSources() {
        return Map.of(exampleClassName(), exampleSource());
    }

    /** Whether the services-file step names the example's class, alone in an unlabelled block. */
    public boolean registersTheExample() {
        return text.contains("```\n" + exampleClassName() + "\n```");
    }

    /** The first unlabelled block after the sentence "save this as `fileName`". */
    public String sample(String fileName) {
        int at = text.indexOf("save this as `" + fileName + "`");
        if (at < 0) {
            throw new IllegalStateException("the guide no longer offers a " + fileName + " sample");
        }
        Matcher m = FENCE.matcher(text);
        if (!m.find(at)) {
            throw new IllegalStateException("no code block after the " + fileName + " sample's sentence");
        }
        return m.group(2);
    }

    private static String group(String source, String regex) {
        Matcher m = Pattern.compile(regex).matcher(source);
        if (!m.find()) {
            throw new IllegalStateException("the example has no match for " + regex);
        }
        return m.group(1);
    }
}
