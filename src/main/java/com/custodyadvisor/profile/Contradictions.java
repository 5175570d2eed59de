package com.custodyadvisor.profile;

import com.custodyadvisor.document.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Profiles that contradict themselves are refused rather than advised on: advice on figures that cannot all
 * be true would be wrong whichever one is. Each check reads only values of the type the schema asks for, so
 * a value of the wrong type (already reported by the schema) is passed over, never a cause to fail.
 */
final class Contradictions {

    /**
     * How far wallets may sum above {@code holdings.aumUsd}, in percent, before the profile is refused:
     * values are often taken on different days, so a little over is rounding, not a contradiction. It is a
     * constant, not a parameter of data/parameters.yaml: whether a profile is valid is decided by the reader, which
     * every door runs before and apart from the rule set (the service reloads data under it), so validity does not
     * change with a data edit.
     */
    static final int WALLETS_OVER_AUM_TOLERANCE_PERCENT = 10;

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** The largest amount the schema admits ({@code #/$defs/Usd}). */
    private static final BigDecimal MAX_USD = new BigDecimal("1e15");

    private Contradictions() {
    }

    /** Every contradiction in the profile; {@code today} is the latest day a loss can have been discovered. */
    static List<Problem> in(JsonNode tree, LocalDate today) {
        List<Problem> problems = new ArrayList<>();
        walletsWithinAum(tree, problems);
        clientAssetsWithinAum(tree, problems);
        deductiblesBelowLimits(tree, problems);
        stakedOnlyWhenStaking(tree, problems);
        lossesNotInTheFuture(tree, today, problems);
        keyHoldersNameWallets(tree, problems);
        return problems;
    }

    /** Wallets sum to no more than aumUsd plus the tolerance: aumUsd is everything held, every wallet included. */
    private static void walletsWithinAum(JsonNode tree, List<Problem> problems) {
        BigDecimal aum = amount(tree.path("holdings").path("aumUsd"));
        JsonNode wallets = tree.path("wallets");
        if (aum == null || !wallets.isArray()) {
            return;
        }
        BigDecimal held = BigDecimal.ZERO;
        for (JsonNode wallet : wallets) {
            BigDecimal value = amount(wallet.path("valueUsd"));
            held = value == null ? held : held.add(value);
        }
        BigDecimal allowed = aum.multiply(BigDecimal.valueOf(100 + WALLETS_OVER_AUM_TOLERANCE_PERCENT));
        if (held.multiply(HUNDRED).compareTo(allowed) > 0) {
            String by = aum.signum() > 0 ? " by " + Money.percent(held.subtract(aum).doubleValue(), aum.doubleValue())
                    : "";
            problems.add(Problem.at("/holdings/aumUsd", "wallets hold " + usd(held) + " in all, more than aumUsd "
                    + usd(aum) + by + ": aumUsd is everything held, every wallet included"));
        }
    }

    /** clientAssetsUsd is part of aumUsd, and only there when the firm does hold client assets. */
    private static void clientAssetsWithinAum(JsonNode tree, List<Problem> problems) {
        BigDecimal clientAssets = amount(tree.path("holdings").path("clientAssetsUsd"));
        if (clientAssets == null) {
            return;
        }
        BigDecimal aum = amount(tree.path("holdings").path("aumUsd"));
        if (aum != null && clientAssets.compareTo(aum) > 0) {
            problems.add(Problem.at("/holdings/clientAssetsUsd", "clientAssetsUsd " + usd(clientAssets)
                    + " is above aumUsd " + usd(aum) + ": client assets are part of everything held"));
        }
        JsonNode holdsClientAssets = tree.path("firm").path("clientAssets");
        if (clientAssets.signum() > 0 && holdsClientAssets.isBoolean() && !holdsClientAssets.booleanValue()) {
            problems.add(Problem.at("/holdings/clientAssetsUsd", "clientAssetsUsd is " + usd(clientAssets)
                    + " while firm.clientAssets is false: a firm that holds nothing for clients has no client assets"));
        }
    }

    /** A deductible at or above the limit would leave every loss with the firm. */
    private static void deductiblesBelowLimits(JsonNode tree, List<Problem> problems) {
        JsonNode policies = tree.path("insurance").path("policies");
        if (!policies.isArray()) {
            return;
        }
        for (int i = 0; i < policies.size(); i++) {
            BigDecimal limit = amount(policies.get(i).path("limitUsd"));
            BigDecimal deductible = amount(policies.get(i).path("deductibleUsd"));
            if (limit != null && deductible != null && deductible.signum() > 0 && deductible.compareTo(limit) >= 0) {
                problems.add(Problem.at("/insurance/policies/" + i + "/deductibleUsd", "deductible " + usd(deductible)
                        + " is not below the policy limit " + usd(limit) + ": the policy could never pay"));
            }
        }
    }

    private static void stakedOnlyWhenStaking(JsonNode tree, List<Problem> problems) {
        JsonNode activities = tree.path("activities");
        BigDecimal staked = amount(activities.path("stakedUsd"));
        JsonNode staking = activities.path("staking");
        if (staked != null && staked.signum() > 0 && staking.isBoolean() && !staking.booleanValue()) {
            problems.add(Problem.at("/activities/stakedUsd", "stakedUsd is " + usd(staked)
                    + " while staking is false: either the firm stakes or nothing is staked"));
        }
    }

    /** A loss's date is when it was discovered, so it cannot lie after today. */
    private static void lossesNotInTheFuture(JsonNode tree, LocalDate today, List<Problem> problems) {
        JsonNode losses = tree.path("insurance").path("lossHistory");
        if (!losses.isArray()) {
            return;
        }
        for (int i = 0; i < losses.size(); i++) {
            LocalDate date = date(losses.get(i).path("date"));
            if (date != null && date.isAfter(today)) {
                problems.add(Problem.at("/insurance/lossHistory/" + i + "/date", date + " is after today (" + today
                        + "): date is the day the loss was discovered"));
            }
        }
    }

    /** A key holder's wallets are wallets of this profile, by name: a misspelt name would drop them silently. */
    private static void keyHoldersNameWallets(JsonNode tree, List<Problem> problems) {
        JsonNode holders = tree.path("keyManagement").path("keyHolders");
        if (!holders.isArray()) {
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        if (tree.path("wallets").isArray()) {
            tree.path("wallets").forEach(w -> {
                if (w.path("name").isString()) {
                    names.add(w.path("name").asString());
                }
            });
        }
        for (int i = 0; i < holders.size(); i++) {
            JsonNode wallets = holders.get(i).path("wallets");
            for (int j = 0; wallets.isArray() && j < wallets.size(); j++) {
                JsonNode name = wallets.get(j);
                if (name.isString() && !name.asString().isEmpty() && !names.contains(name.asString())) {
                    String known = names.isEmpty() ? " (no wallet has a name)" : "; wallets: " + String.join(", ", names);
                    problems.add(Problem.at("/keyManagement/keyHolders/" + i + "/wallets/" + j, "\"" + name.asString()
                            + "\" is the name of no wallet in this profile" + known));
                }
            }
        }
    }

    /** The amount at the node, or null when it is not a number in the schema's range (the schema reports that). */
    private static BigDecimal amount(JsonNode node) {
        // a whole number past the double range is a BigInteger node: read it as a decimal, never as a double
        if (!node.isNumber() || (node.isFloatingPointNumber() && !node.isBigDecimal()
                && !Double.isFinite(node.doubleValue()))) {
            return null;
        }
        BigDecimal value = node.decimalValue();
        return value.signum() < 0 || value.compareTo(MAX_USD) > 0 ? null : value;
    }

    /** The date at the node, or null when it is not a valid YYYY-MM-DD string (the schema reports that). */
    private static LocalDate date(JsonNode node) {
        if (!node.isString()) {
            return null;
        }
        try {
            return LocalDate.parse(node.asString());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static String usd(BigDecimal amount) {
        return Money.usd(amount.doubleValue());
    }
}
