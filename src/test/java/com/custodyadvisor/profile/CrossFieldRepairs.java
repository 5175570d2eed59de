package com.custodyadvisor.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.random.RandomGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Makes a profile generated field by field consistent where the schema cannot say, as the reader checks it
 * ({@link ProfileReader}'s own checks, {@link Contradictions}): each contradiction is repaired by changing one
 * side of it, the side chosen at random where either will do, and often to the boundary the reader allows (aumUsd
 * just covering the wallets with their tolerance, a sub-limit equal to its limit). Jurisdictions and dates are
 * generated within their rules already (real country codes, dates around today), so only a loss dated after today
 * is repaired here.
 */
final class CrossFieldRepairs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Wallets may sum to this many hundredths of aumUsd. */
    static final BigDecimal TOLERATED = BigDecimal.valueOf(100 + Contradictions.WALLETS_OVER_AUM_TOLERANCE_PERCENT);
    /** The largest amount the schema admits ({@code #/$defs/Usd}). */
    static final BigDecimal MAX_USD = new BigDecimal("1e15");

    private CrossFieldRepairs() {
    }

    static void repair(ObjectNode profile, LocalDate today, RandomGenerator random) {
        thresholdsWithinShares(profile);
        policyAmountsWithinLimits(profile);
        walletsWithinAum(profile, random);
        clientAssetsWithinAum(profile, random);
        stakedOnlyWhenStaking(profile, random);
        lossesNotAfter(profile, today);
        keyHoldersNameWallets(profile, random);
    }

    /** A wallet cannot need more signatures than exist: the two are swapped. */
    private static void thresholdsWithinShares(ObjectNode profile) {
        for (JsonNode wallet : profile.path("wallets")) {
            JsonNode threshold = wallet.path("threshold");
            JsonNode shares = wallet.path("keyShares");
            if (threshold.isNumber() && shares.isNumber() && threshold.asLong() > shares.asLong()) {
                ((ObjectNode) wallet).set("threshold", shares);
                ((ObjectNode) wallet).set("keyShares", threshold);
            }
        }
    }

    /** A sub-limit above its policy's limit comes down to it; a deductible at or above it, to half of it. */
    private static void policyAmountsWithinLimits(ObjectNode profile) {
        for (JsonNode node : profile.path("insurance").path("policies")) {
            ObjectNode policy = (ObjectNode) node;
            BigDecimal limit = amount(policy.path("limitUsd"));
            if (policy.path("tierSublimitsUsd") instanceof ObjectNode sublimits) {
                for (String tier : List.copyOf(sublimits.propertyNames())) {
                    if (amount(sublimits.path(tier)).compareTo(limit) > 0) {
                        sublimits.set(tier, policy.path("limitUsd"));
                    }
                }
            }
            JsonNode deductible = policy.path("deductibleUsd");
            if (deductible.isNumber() && amount(deductible).signum() > 0 && amount(deductible).compareTo(limit) >= 0) {
                policy.set("deductibleUsd", NODES.numberNode(limit.divide(BigDecimal.valueOf(2), 0, RoundingMode.FLOOR)
                        .longValueExact()));
            }
        }
    }

    /**
     * Wallets that sum above aumUsd and its tolerance: aumUsd is raised to just cover them with the tolerance,
     * or to their sum, or above it; where that would pass the largest amount, the wallets are scaled down instead.
     */
    private static void walletsWithinAum(ObjectNode profile, RandomGenerator random) {
        ObjectNode holdings = (ObjectNode) profile.path("holdings");
        BigDecimal aum = amount(holdings.path("aumUsd"));
        BigDecimal held = walletsTotal(profile);
        if (held.multiply(HUNDRED).compareTo(aum.multiply(TOLERATED)) <= 0) {
            return;
        }
        BigDecimal raised = switch (random.nextInt(3)) {
            case 0 -> held.multiply(HUNDRED).divide(TOLERATED, 0, RoundingMode.CEILING);
            case 1 -> held.setScale(0, RoundingMode.CEILING);
            default -> held.multiply(BigDecimal.valueOf(random.nextInt(2, 10))).setScale(0, RoundingMode.CEILING);
        };
        if (raised.compareTo(MAX_USD) <= 0) {
            holdings.set("aumUsd", NODES.numberNode(raised.longValueExact()));
            return;
        }
        for (JsonNode wallet : profile.path("wallets")) {
            BigDecimal share = amount(wallet.path("valueUsd")).multiply(aum).divide(held, 0, RoundingMode.FLOOR);
            ((ObjectNode) wallet).set("valueUsd", NODES.numberNode(share.longValueExact()));
        }
    }

    /** clientAssetsUsd above aumUsd comes down to it, and is there only when the firm may hold client assets. */
    private static void clientAssetsWithinAum(ObjectNode profile, RandomGenerator random) {
        ObjectNode holdings = (ObjectNode) profile.path("holdings");
        JsonNode clientAssets = holdings.path("clientAssetsUsd");
        if (clientAssets.isNumber() && amount(clientAssets).compareTo(amount(holdings.path("aumUsd"))) > 0) {
            holdings.set("clientAssetsUsd", holdings.path("aumUsd"));
        }
        onlyWhenFlagged(holdings, "clientAssetsUsd", (ObjectNode) profile.path("firm"), "clientAssets", random);
    }

    private static void stakedOnlyWhenStaking(ObjectNode profile, RandomGenerator random) {
        if (profile.path("activities") instanceof ObjectNode activities) {
            onlyWhenFlagged(activities, "stakedUsd", activities, "staking", random);
        }
    }

    /** An amount above zero while its flag is false: either the amount goes (to zero or out) or the flag turns true. */
    private static void onlyWhenFlagged(ObjectNode amounts, String amount, ObjectNode flags, String flag,
            RandomGenerator random) {
        if (amount(amounts.path(amount)).signum() > 0 && flags.path(flag).isBoolean()
                && !flags.path(flag).booleanValue()) {
            switch (random.nextInt(3)) {
                case 0 -> amounts.set(amount, NODES.numberNode(0));
                case 1 -> amounts.remove(amount);
                default -> flags.put(flag, true);
            }
        }
    }

    /** A loss dated after today is moved as far before it. */
    private static void lossesNotAfter(ObjectNode profile, LocalDate today) {
        for (JsonNode loss : profile.path("insurance").path("lossHistory")) {
            LocalDate date = LocalDate.parse(loss.path("date").asString());
            if (date.isAfter(today)) {
                ((ObjectNode) loss).put("date", today.minusDays(ChronoUnit.DAYS.between(today, date)).toString());
            }
        }
    }

    /** A key holder's wallets become names of this profile's wallets, as many as before where there are enough. */
    private static void keyHoldersNameWallets(ObjectNode profile, RandomGenerator random) {
        Set<String> names = new LinkedHashSet<>();
        profile.path("wallets").forEach(w -> {
            if (w.path("name").isString()) {
                names.add(w.path("name").asString());
            }
        });
        for (JsonNode holder : profile.path("keyManagement").path("keyHolders")) {
            if (!(holder.path("wallets") instanceof ArrayNode wallets)) {
                continue;
            }
            List<String> left = new ArrayList<>(names);
            int count = Math.min(wallets.size(), left.size());
            wallets.removeAll();
            for (int i = 0; i < count; i++) {
                wallets.add(left.remove(random.nextInt(left.size())));
            }
        }
    }

    static BigDecimal walletsTotal(JsonNode profile) {
        BigDecimal total = BigDecimal.ZERO;
        for (JsonNode wallet : profile.path("wallets")) {
            total = total.add(amount(wallet.path("valueUsd")));
        }
        return total;
    }

    /** The amount at a node, zero where there is none. */
    static BigDecimal amount(JsonNode node) {
        return node.isNumber() ? node.decimalValue() : BigDecimal.ZERO;
    }
}
