package org.gioreport.core.model;

import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.math.BigDecimal;
import org.gioreport.core.validation.Count;

/** 政府集中采购 (2019 edition only): number of projects and total amount, with the unit as written. */
public record Procurement(
        @JsonPropertyDescription("采购项目数量.")
        @Count Integer projects,
        @JsonPropertyDescription("采购总金额, a decimal in amountUnit.")
        @Count BigDecimal amount,
        @JsonPropertyDescription("Unit of amount as written (\"元\", \"万元\"), or null when not written.")
        String amountUnit) {
}
