package org.gioreport.formats.joinedcells;

import java.nio.file.Path;
import org.gioreport.core.testing.FixtureRunner;
import org.junit.jupiter.api.Test;

class JoinedCellsLayoutTest {

    private static final Path CORPUS = Path.of("../corpus/files");
    private final JoinedCellsLayout plugin = new JoinedCellsLayout();

    @Test
    void generatedRowsOfJoinedCellsAreSplitExactlyWhereTheArithmeticProvesItAndNullElsewhere() throws Exception {
        FixtureRunner.score(plugin, CORPUS.resolve("joined-cells"), null).assertAllCorrect(12, 2478);
    }

    @Test
    void generatedTablesOnOneLineAreSplitExactlyWhereTheArithmeticProvesItAndNullElsewhere() throws Exception {
        FixtureRunner.score(plugin, CORPUS.resolve("joined-cells-table"), null).assertAllCorrect(12, 2478);
    }
}
