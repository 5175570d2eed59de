package com.custodyadvisor.regulation;

import com.custodyadvisor.profile.Money;
import java.util.List;

/**
 * A cold-storage floor against the value in the wallets (all of them, or one asset's), on the assessed tiers.
 *
 * @param totalUsd the value the share is of
 * @param coldUsd of it, the value in wallets assessed COLD
 * @param moveUsd what must move from online wallets to cold ones to reach the floor (0 when met)
 * @param allowedOnlineUsd the most the floor lets be held online
 * @param wallets labels of the wallets read, in profile order
 */
public record ShareCheck(AppliedRegime applied, RegimeFigure figure, String subject, CheckStatus status,
                         String measured, Missing missing, List<String> pointers, long totalUsd, long coldUsd,
                         long moveUsd, long allowedOnlineUsd, List<String> wallets) implements RegimeCheck {

    public ShareCheck {
        pointers = List.copyOf(pointers);
        wallets = List.copyOf(wallets);
    }

    /** The floor: 0.95 is 95%. */
    public double floor() {
        return figure.share();
    }

    /** The value held online (assessed HOT or WARM). */
    public long onlineUsd() {
        return totalUsd - coldUsd;
    }

    /**
     * How many times what the floor lets be online is held online: 2.5 when 10% is online under a 96% floor
     * (infinite when the floor lets nothing be online and something is).
     */
    public double onlineMultiple() {
        if (allowedOnlineUsd == 0) {
            return onlineUsd() > 0 ? Double.POSITIVE_INFINITY : 0;
        }
        return (double) onlineUsd() / allowedOnlineUsd;
    }

    /** "90%": the cold share. */
    public String coldShare() {
        return Money.percent(coldUsd, totalUsd);
    }

    /** "10%": the online share. */
    public String onlineShare() {
        return Money.percent(onlineUsd(), totalUsd);
    }

    /** "95%": the floor. */
    public String floorShare() {
        return RegimeFigure.percent(figure.value());
    }

    /**
     * Which wallets the share is of: "in wallets", "in ETH wallets", or for a per-asset floor read in aggregate
     * (some wallet names no asset) "in wallets, in aggregate (so at least one asset is below its own floor too)".
     */
    public String where() {
        if (subject != null) {
            return "in " + subject + " wallets";
        }
        return figure.isPerAsset() ? "in wallets, in aggregate (some wallets name no asset; at least one asset is "
                + "below its own floor too)" : "in wallets";
    }

    /** "floor" or "per-asset floor". */
    public String floorName() {
        return figure.isPerAsset() ? "per-asset floor" : "floor";
    }

    /** "5%": the most the floor lets be online. */
    public String allowedOnlineShare() {
        return Money.percent(1 - floor(), 1);
    }
}
