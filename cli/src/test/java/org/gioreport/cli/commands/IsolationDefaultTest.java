package org.gioreport.cli.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.gioreport.engine.Isolation;
import org.junit.jupiter.api.Test;

/** Which isolation {@code normalize} uses when {@code --isolation} is not given. */
class IsolationDefaultTest {

    @Test
    void dropInPluginJarsAreRunInWorkerProcesses() {
        assertEquals(Isolation.PROCESS, NormalizeCommand.defaultIsolation(null, () -> true, () -> false));
    }

    @Test
    void moreThanAHandfulOfInputsAreReadInWorkerProcesses() {
        assertEquals(Isolation.PROCESS, NormalizeCommand.defaultIsolation(null, () -> false, () -> true));
    }

    @Test
    void aHandfulOfInputsWithoutDropInsIsReadInThisJvm() {
        assertEquals(Isolation.THREAD, NormalizeCommand.defaultIsolation(null, () -> false, () -> false));
    }

    @Test
    void theEnvironmentVariableNamesTheDefaultAndAnythingElseInItIsIgnored() {
        assertEquals(Isolation.THREAD, NormalizeCommand.defaultIsolation("thread", () -> true, () -> true));
        assertEquals(Isolation.PROCESS, NormalizeCommand.defaultIsolation("process", () -> false, () -> false));
        assertEquals(Isolation.THREAD, NormalizeCommand.defaultIsolation("fork", () -> false, () -> false));
    }
}
