package com.custodyadvisor.regulation;

import com.custodyadvisor.exposure.AssessedWallet;
import com.custodyadvisor.exposure.Exposure;
import com.custodyadvisor.profile.Profile;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/** What one figure is measured with: the regime, the figure, the profile, its exposure model and the day. */
record Measure(AppliedRegime regime, RegimeFigure figure, Profile profile, Exposure exposure, LocalDate today) {

    /** The wallets that hold value, as assessed, in profile order. */
    List<AssessedWallet> valuedWallets() {
        return exposure.wallets().stream().filter(w -> w.valueUsd() > 0).toList();
    }

    /** A share of an amount, rounded up to the dollar: exactly at the share is enough, a cent below is not. */
    static long shareOf(long amountUsd, BigDecimal share) {
        return BigDecimal.valueOf(amountUsd).multiply(share).setScale(0, RoundingMode.CEILING).longValueExact();
    }

    static String wallet(AssessedWallet w) {
        return "/wallets/" + w.index();
    }
}
