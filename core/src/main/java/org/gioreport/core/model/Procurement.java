package org.gioreport.core.model;

import java.math.BigDecimal;
import org.gioreport.core.validation.Count;

/** 政府集中采购 (2019 edition only): number of projects and total amount, with the unit as written. */
public record Procurement(
        @Count Integer projects,
        @Count BigDecimal amount,
        String amountUnit) {
}
