package org.gioreport.engine.internal.read;

import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;

/** The charset of Chinese text that is not UTF-8, as detected from its bytes. */
final class TextCharset {

    private TextCharset() {
    }

    /** GB18030 (which reads GBK and GB2312 too) unless the bytes look like Big5; GB18030 when nothing fits. */
    static String detectChinese(byte[] bytes) {
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes);
        for (CharsetMatch match : detector.detectAll()) {
            // Chinese reports not in UTF-8 are in GB18030 or its subsets (GBK, GB2312) nearly always
            if (match.getName().startsWith("GB")) {
                return "GB18030";
            }
            if (match.getName().startsWith("Big5")) {
                return match.getName();
            }
        }
        return "GB18030";
    }
}
