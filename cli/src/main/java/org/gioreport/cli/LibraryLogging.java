package org.gioreport.cli;

import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * Library logs (Tika, PDFBox, POI, Hibernate Validator) go to stderr through SLF4J's simple backend, and
 * java.util.logging for the few that use it. Users want results, not logs: a normal run shows only library
 * errors; {@code --debug} shows everything down to debug messages. A level set by the user
 * ({@code -Dorg.slf4j.simpleLogger.defaultLogLevel=info} in GIOREPORT_JAVA_OPTS) is kept when not debugging.
 * Must run before the first logger is created: slf4j-simple reads its settings once.
 */
final class LibraryLogging {

    static final String LEVEL = "org.slf4j.simpleLogger.defaultLogLevel";

    private LibraryLogging() {
    }

    static void configure(boolean debug) {
        if (debug) {
            System.setProperty(LEVEL, "debug");
        } else if (System.getProperty(LEVEL) == null) {
            System.setProperty(LEVEL, "error");
        }
        setIfAbsent("org.slf4j.simpleLogger.logFile", "System.err");
        setIfAbsent("org.slf4j.simpleLogger.showThreadName", "false");
        setIfAbsent("org.slf4j.simpleLogger.showShortLogName", "true");
        setIfAbsent("org.slf4j.simpleLogger.levelInBrackets", "true");
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(debug ? Level.FINE : Level.OFF);
        if (debug) {
            ConsoleHandler stderr = new ConsoleHandler();
            stderr.setLevel(Level.FINE);
            Logger.getLogger("").addHandler(stderr);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
