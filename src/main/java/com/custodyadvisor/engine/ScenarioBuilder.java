package com.custodyadvisor.engine;

import com.custodyadvisor.exposure.AssessedWallet;
import com.custodyadvisor.exposure.LossScenario;
import com.custodyadvisor.exposure.Programme;
import com.custodyadvisor.exposure.Response;
import com.custodyadvisor.profile.Peril;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.profile.Wallet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a loss scenario a rule declares:
 * <pre>
 * advice.scenario("HOT_TIER_COMPROMISE")
 *       .wallets($e.wallets()).perils(Peril.EXTERNAL_THEFT, Peril.KEY_COMPROMISE)
 *       .about("every wallet an underwriter classes HOT").lever("move value from hot to colder tiers")
 *       .declare();
 * </pre>
 * The loss is the value of the wallets on their assessed tiers (plus any amounts added by tier); what the firm's
 * own programme pays for it is worked out on {@link #declare()}, and the scenario becomes a {@link LossScenario}
 * fact. Its name is the declaring rule's title.
 */
public final class ScenarioBuilder {

    private final Advice advice;
    private final String id;
    private final String name;
    private final List<Wallet> wallets = new ArrayList<>();
    private final Map<Tier, Long> lossByTier = new EnumMap<>(Tier.class);
    private final List<Peril> perils = new ArrayList<>();
    private long untieredUsd;
    private Long capUsd;
    private String about = "";
    private String lever = "";

    ScenarioBuilder(Advice advice, String id, String name) {
        this.advice = advice;
        this.id = id;
        this.name = name;
    }

    /** The wallets lost (each a Wallet or an AssessedWallet), at their value on their assessed tier. */
    public ScenarioBuilder wallets(Collection<?> lost) {
        advice.ordered(lost).forEach(this::wallet);
        return this;
    }

    /** One wallet lost (a Wallet or an AssessedWallet), at its value on its assessed tier. */
    public ScenarioBuilder wallet(Object lost) {
        AssessedWallet a = advice.assessed(lost);
        wallets.add(a.wallet());
        return loss(a.tier(), a.valueUsd());
    }

    /** A loss of an amount from a tier, beyond any wallet's. */
    public ScenarioBuilder loss(Tier tier, long amountUsd) {
        lossByTier.merge(tier, amountUsd, Long::sum);
        return this;
    }

    /**
     * Caps the loss from the tiers at an amount (e.g. the most one withdrawal can take from a wallet), taking it
     * off each tier in proportion.
     */
    public ScenarioBuilder upTo(long amountUsd) {
        capUsd = capUsd == null ? amountUsd : Math.min(capUsd, amountUsd);
        return this;
    }

    /** A loss in no known tier (assets no wallet describes): uninsured by assumption. */
    public ScenarioBuilder untiered(long amountUsd) {
        untieredUsd += amountUsd;
        return this;
    }

    /** The perils the event involves: a layer responds when it answers for any of them. */
    public ScenarioBuilder perils(Peril... involved) {
        perils.addAll(Arrays.asList(involved));
        return this;
    }

    /** What it is about in this profile, in its figures: a {@link String#format} pattern. */
    public ScenarioBuilder about(String format, Object... args) {
        this.about = FindingBuilder.format(format, args);
        return this;
    }

    /** What would make the loss smaller, for remedies: a {@link String#format} pattern. */
    public ScenarioBuilder lever(String format, Object... args) {
        this.lever = FindingBuilder.format(format, args);
        return this;
    }

    /**
     * Adds the scenario to the advisory and to working memory. A scenario of no loss adds nothing; a second
     * declaration of the same id keeps the first (each case of a scenario should have a pattern excluding the others).
     */
    public void declare() {
        long tiered = lossByTier.values().stream().mapToLong(Long::longValue).sum();
        if (capUsd != null && tiered > capUsd) {
            long whole = tiered;
            lossByTier.replaceAll((tier, amount) -> (long) ((double) amount * capUsd / whole));
            tiered = lossByTier.values().stream().mapToLong(Long::longValue).sum();
        }
        if (tiered + untieredUsd <= 0) {
            return;
        }
        Programme programme = advice.exposure().programme();
        Response response = programme.respond(lossByTier, perils);
        boolean named = programme.namesAnyFor(lossByTier.keySet(), perils);
        advice.add(new LossScenario(id, name, about, lever, perils, wallets, lossByTier, untieredUsd, response, named));
    }
}
