package com.custodyadvisor.parameters;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;

/**
 * One number rules judge by, as {@code data/parameters.yaml} gives it.
 *
 * @param name lower-case words joined by hyphens, e.g. "carrier-line-usd"
 * @param meaning what the number decides
 * @param source where it comes from: the guide, references.md, regulatory.md or "our choice"
 */
@JsonPropertyOrder({"name", "value", "unit", "meaning", "source"})
public record Parameter(String name, BigDecimal value, Unit unit, String meaning, String source) {

    /** "1,000,000,000 USD", "0.02 RATIO": how docs show it. */
    public String describe() {
        return (unit == Unit.USD ? String.format(java.util.Locale.ROOT, "%,d", value.longValueExact())
                : value.stripTrailingZeros().toPlainString()) + " " + unit;
    }
}
