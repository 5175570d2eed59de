package com.custodyadvisor.report;

import static com.custodyadvisor.report.MarkdownReport.escape;

import com.custodyadvisor.advisory.WalletAssessment;
import com.custodyadvisor.profile.KeyHolder;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.Wallet;
import java.util.List;
import java.util.Objects;

/**
 * The broker pack's wallet inventory: each wallet with its declared and assessed tier (the advisory's), and its
 * key scheme, threshold, HSM FIPS level and key sites as the profile gives them.
 */
final class WalletInventory {

    private static final String WALLETS = "/wallets/";

    private WalletInventory() {
    }

    static void markdown(StringBuilder md, ReportData data) {
        md.append("\n## Wallet inventory\n\n");
        List<WalletAssessment> wallets = data.advisory().wallets();
        if (wallets.isEmpty()) {
            md.append("No wallet is given.\n");
            return;
        }
        md.append("As declared and as an underwriter would assign them; every exposure figure in this pack uses the "
                + "assessed tier.\n\n");
        md.append("| Wallet | Value | Declared | Assessed | Scheme | Threshold | HSM FIPS | Key sites | Held by |\n"
                + "|---|---:|---|---|---|---|---|---|---|\n");
        for (WalletAssessment w : wallets) {
            Wallet wallet = walletAt(data.profile(), w.path());
            md.append("| ").append(escape(label(w))).append(" | ").append(Money.usd(w.valueUsd())).append(" | ")
                    .append(w.declaredTier()).append(" | ")
                    .append(w.assessedTier() == w.declaredTier() ? w.assessedTier().toString()
                            : "**" + w.assessedTier() + "**").append(" | ");
            if (wallet == null) {
                md.append("not given | not given | not given | not given | not given |\n");
                continue;
            }
            md.append(wallet.keyScheme() == null ? InPlaceSection.NOT_GIVEN : wallet.keyScheme().toString())
                    .append(" | ").append(threshold(wallet)).append(" | ")
                    .append(wallet.hsmFipsLevel() == null ? InPlaceSection.NOT_GIVEN
                            : wallet.hsmFipsLevel() == 0 ? "none" : "level " + wallet.hsmFipsLevel())
                    .append(" | ").append(escape(sites(data.profile(), wallet))).append(" | ")
                    .append(wallet.provider() == null ? InPlaceSection.NOT_GIVEN : escape(wallet.provider()))
                    .append(" |\n");
        }
        List<WalletAssessment> moved = data.reassessedWallets();
        if (!moved.isEmpty()) {
            md.append("\nAssessed in another tier than declared:\n\n");
            moved.forEach(w -> md.append("- ").append(escape(label(w))).append(": ").append(escape(w.reason()))
                    .append('\n'));
        }
    }

    /** The wallet's name, or "Wallet 2" for the second wallet of the profile when it has none. */
    static String label(WalletAssessment w) {
        if (w.name() != null && !w.name().isBlank()) {
            return w.name();
        }
        Integer index = index(w.path());
        return index == null ? "Unnamed wallet" : "Wallet " + (index + 1);
    }

    private static Wallet walletAt(Profile profile, String path) {
        Integer index = index(path);
        return index == null || index >= profile.wallets().size() ? null : profile.wallets().get(index);
    }

    private static Integer index(String path) {
        if (path == null || !path.startsWith(WALLETS)) {
            return null;
        }
        try {
            return Integer.parseInt(path.substring(WALLETS.length()));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** "3 of 5", "2" (shares not given), or "not given". */
    private static String threshold(Wallet w) {
        if (w.threshold() == null) {
            return InPlaceSection.NOT_GIVEN;
        }
        return w.threshold() + (w.keyShares() == null ? "" : " of " + w.keyShares());
    }

    /**
     * The sites holding its key material, counted as given, then the sites its quorum's key holders name: "2 (Zug,
     * Berlin)", or the names alone when no count is given.
     */
    private static String sites(Profile profile, Wallet wallet) {
        Integer count = profile.keySitesOf(wallet);
        List<String> named = profile.keyManagement().keyHoldersOf(wallet).stream().map(KeyHolder::site)
                .filter(Objects::nonNull).distinct().toList();
        String names = String.join(", ", named);
        if (count == null) {
            return named.isEmpty() ? InPlaceSection.NOT_GIVEN : names;
        }
        return named.isEmpty() ? count.toString() : count + " (" + names + ")";
    }
}
