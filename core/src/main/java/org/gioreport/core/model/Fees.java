package org.gioreport.core.model;

import java.math.BigDecimal;
import org.gioreport.core.validation.Count;

/** 行政事业性收费: 2019 counts items ({@code previousYear}, {@code change}); 2021 states an {@code amount} in 万元. */
public record Fees(
        @Count Integer previousYear,
        Integer change,
        @Count BigDecimal amount,
        String amountUnit) {
}
