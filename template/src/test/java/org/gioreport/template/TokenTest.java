package org.gioreport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Which cells are numbers: any count or amount a report states, but no digit run longer than any of them. */
class TokenTest {

    @Test
    void countsAndAmountsUpToFifteenIntegerDigitsAreNumbers() {
        assertEquals(new BigDecimal("415802"), Token.of("415802", 1).number());
        assertEquals(new BigDecimal("999999999999999"), Token.of("999999999999999", 1).number());
        assertEquals(new BigDecimal("123456789012345"), Token.of("123,456,789,012,345", 1).number());
        assertEquals(new BigDecimal("-12.5"), Token.of("－12.5万元", 1).number());
        assertEquals(new BigDecimal("0.33333333333333333333"), Token.of("0.33333333333333333333", 1).number());
    }

    @Test
    void aLongerDigitRunIsTextNotANumber() {
        assertEquals(Token.Kind.LABEL, Token.of("1234567890123456", 1).kind());
        assertEquals(Token.Kind.LABEL, Token.of("1,234,567,890,123,456", 1).kind());
        assertEquals(Token.Kind.LABEL, Token.of("1.333333333333333333333", 1).kind());
    }

    @Test
    void aFiveMillionDigitCellIsClassifiedInSecondsNotMinutes() {
        String giant = "7".repeat(5_000_000);
        Token token = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Token.of(giant, 1));
        assertEquals(Token.Kind.LABEL, token.kind());
    }
}
