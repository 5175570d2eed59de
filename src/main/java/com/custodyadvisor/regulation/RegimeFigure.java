package com.custodyadvisor.regulation;

import com.custodyadvisor.profile.AssuranceReportKind;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.support.Wording;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One checkable figure of a regime, as {@code data/regimes.yaml} gives it.
 *
 * @param value what the kind counts (a share, hours, months, days); null for a yes/no obligation
 * @param basis for shares and reserves: all assets together or each asset alone; null otherwise
 * @param shares for INSURANCE_COVER, the share of each assessed tier's value insurance must cover
 * @param alternatives for INSURANCE_COVER, what may stand in for insurance
 * @param requires for CLIENT_SEGREGATION and RECONCILIATION, the least accepted (an enum value of the field)
 * @param reportKinds for ASSURANCE_REPORT, the kinds of report that count
 * @param source the text the figure comes from
 * @param says the obligation in words
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"kind", "value", "basis", "shares", "alternatives", "requires", "reportKinds", "certainty",
        "source", "says"})
public record RegimeFigure(FigureKind kind, BigDecimal value, Basis basis, Map<Tier, BigDecimal> shares,
                           List<CoverAlternative> alternatives, String requires, List<AssuranceReportKind> reportKinds,
                           Certainty certainty, String source, String says) {

    public RegimeFigure {
        shares = shares == null ? Map.of() : Map.copyOf(shares);
        alternatives = alternatives == null ? List.of() : List.copyOf(alternatives);
        reportKinds = reportKinds == null ? List.of() : List.copyOf(reportKinds);
    }

    /** The value as a share, e.g. a floor of 0.95. */
    public double share() {
        return value.doubleValue();
    }

    /** The value as a whole number: hours, months or days. */
    public int whole() {
        return value.intValueExact();
    }

    /** True when the figure holds for each asset alone. */
    @JsonIgnore
    public boolean isPerAsset() {
        return basis == Basis.PER_ASSET;
    }

    /** The figure as a requirement in words: "at least 95% of client assets cold, in aggregate". */
    public String requirement() {
        return switch (kind) {
            case COLD_FLOOR -> "at least " + percent(value) + " of client assets cold, "
                    + (isPerAsset() ? "for each asset" : "in aggregate");
            case INSURANCE_COVER -> "insurance" + (alternatives.isEmpty() ? "" : " or "
                    + Wording.list(alternatives.stream().map(a -> a == CoverAlternative.OWN_RESERVE ? "an own reserve"
                    : "an approved compensation arrangement").toList())) + " covering " + coverShares();
            case OWN_RESERVE -> "an own reserve of each asset, " + times(value) + " what users hold in it online";
            case ASSETS_MATCH_OWED -> "each asset held " + times(value) + " what is owed to clients in it";
            case NO_REHYPOTHECATION -> "client assets not lent, pledged or used as collateral";
            case CLIENT_SEGREGATION -> "client assets kept " + ("PER_CLIENT_WALLETS".equals(requires)
                    ? "in per-client wallets" : "apart from the firm's, omnibus only with per-client records");
            case SEPARATE_CUSTODY_ENTITY -> "custody run by a legal entity separate from trading";
            case SUBCUSTODIAN_APPROVAL -> "every sub-custodian approved by the regulator before it is used";
            case RECONCILIATION -> "client assets reconciled " + requires.toLowerCase(java.util.Locale.ROOT)
                    .replace('_', '-') + " or more often";
            case INCIDENT_NOTICE -> "initial incident report within " + whole() + " hours";
            case EXTORTION_NOTICE -> "notice of an extortion payment within " + whole() + " hours";
            case PENETRATION_TEST -> "a penetration test at least every " + every(whole());
            case ASSURANCE_REPORT -> "a " + Wording.list(reportKinds).replace(" and ", " or ")
                    + " report whose period ended within the last " + every(whole());
            case OWN_FUNDS_INSURANCE_TERM -> "a term of at least " + span(whole())
                    + " for insurance counted toward own funds";
            case OWN_FUNDS_INSURANCE_NOTICE -> "at least " + whole() + " days' notice of cancellation for insurance "
                    + "counted toward own funds";
            case OWN_FUNDS_INSURANCE_CUSTODY_LIABILITY -> "custody liability covered by insurance counted toward "
                    + "own funds";
        };
    }

    private String coverShares() {
        List<String> parts = new ArrayList<>();
        for (Tier tier : List.of(Tier.HOT, Tier.WARM, Tier.COLD)) {
            if (shares.containsKey(tier)) {
                parts.add(percent(shares.get(tier)) + " of " + tier);
            }
        }
        return Wording.list(parts);
    }

    static String percent(BigDecimal share) {
        return Money.percent(share.doubleValue(), 1);
    }

    private static String times(BigDecimal ratio) {
        return ratio.compareTo(BigDecimal.ONE) == 0 ? "matching" : ratio.stripTrailingZeros().toPlainString() + " times";
    }

    /** A cadence after "every": "year", "2 years", "18 months". */
    static String every(int months) {
        return months == 12 ? "year" : months % 12 == 0 ? months / 12 + " years" : months + " months";
    }

    /** A length of time: "a year", "2 years", "18 months". */
    static String span(int months) {
        return months == 12 ? "a year" : every(months);
    }
}
