package org.gioreport.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;

class ShownPathTest {

    private final Configuration conf = new Configuration();

    @Test
    void aRelativeInputIsShownAsTypedFollowedByThePathBelowIt() throws Exception {
        ShownPath p = ShownPath.of("examples/", conf);
        String cwd = System.getProperty("user.dir");
        assertEquals("examples/a/004.txt", p.show("file:" + cwd + "/examples/a/004.txt"));
    }

    @Test
    void percentEncodedNamesAreShownAsTheirCharacters() throws Exception {
        ShownPath p = ShownPath.of("/data/crawl", conf);
        assertEquals("/data/crawl/北京 2021%20.pdf", p.show("file:/data/crawl/%E5%8C%97%E4%BA%AC%202021%2520.pdf"));
    }

    @Test
    void aSingleFileInputIsShownAsTyped() throws Exception {
        assertEquals("./r.txt", ShownPath.of("./r.txt", conf).show("file:" + System.getProperty("user.dir") + "/r.txt"));
    }

    @Test
    void aBackslashInANameIsWrittenTwiceAsTheCliWritesIt() throws Exception {
        assertEquals("/d/a\\\\b.txt", ShownPath.of("/d", conf).show("file:/d/a%5Cb.txt"));
    }
}
