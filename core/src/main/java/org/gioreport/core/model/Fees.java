package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.math.BigDecimal;
import org.gioreport.core.validation.Count;

/** 行政事业性收费: 2019 counts items ({@code previousYear}, {@code change}); 2021 states an {@code amount} in 万元. */
public record Fees(
        @JsonPropertyDescription("上一年项目数量 (2019 edition).")
        @Count Integer previousYear,
        @JsonPropertyDescription("本年增/减 (2019 edition); may be negative.")
        Integer change,
        @JsonPropertyDescription("本年收费金额 (2021 edition), a decimal in amountUnit.")
        @Count BigDecimal amount,
        @JsonPropertyDescription("Unit of amount as written, e.g. \"万元\".")
        String amountUnit) {
}
