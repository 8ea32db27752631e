package org.gioreport.engine.internal.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Text from plugin code is shown as one line that cannot drive a terminal (issue 22, item 6). */
class ControlCharactersTest {

    @Test
    void escapeButTabsEscapesEscBelCarriageReturnAndLineFeedAndKeepsTabs() {
        assertEquals("\\u001b[31mred\\u0007\\u000d\\u000aa\tb",
                ControlCharacters.escapeButTabs("\u001b[31mred\u0007\r\na\tb"));
    }

    @Test
    void escapingTwiceChangesNothingMore() {
        String once = ControlCharacters.escapeButTabs("\u001b]0;title\u0007");
        assertEquals(once, ControlCharacters.escapeButTabs(once));
    }
}
