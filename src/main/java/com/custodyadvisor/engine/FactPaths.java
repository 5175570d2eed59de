package com.custodyadvisor.engine;

import com.custodyadvisor.exposure.AssessedWallet;
import com.custodyadvisor.exposure.Exposure;
import com.custodyadvisor.profile.Profile;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each fact taken from the profile sits in the submitted document, by identity: two wallets
 * with equal fields are still two wallets, at two paths.
 */
final class FactPaths {

    private final Map<Object, String> paths = new IdentityHashMap<>();

    FactPaths(Profile profile, Exposure exposure) {
        paths.put(profile, "");
        paths.put(profile.firm(), "/firm");
        paths.put(profile.holdings(), "/holdings");
        paths.put(profile.keyManagement(), "/keyManagement");
        paths.put(profile.controls(), "/controls");
        paths.put(profile.activities(), "/activities");
        paths.put(profile.insurance(), "/insurance");
        index(profile.wallets(), "/wallets/");
        index(profile.policies(), "/insurance/policies/");
        index(profile.waivers(), "/waivers/");
        paths.put(profile.operations(), "/operations");
        index(profile.operations().withdrawalApprovalBands(), "/operations/withdrawalApprovalBands/");
        index(profile.activities().subCustodianEntries(), "/activities/subCustodians/");
        index(profile.keyManagement().keyHolders(), "/keyManagement/keyHolders/");
        index(profile.insurance().lossHistory(), "/insurance/lossHistory/");
        index(profile.firm().licences(), "/firm/licences/");
        // an assessed wallet points where its wallet is
        for (AssessedWallet a : exposure.wallets()) {
            paths.put(a, paths.get(a.wallet()));
        }
    }

    private void index(List<?> items, String prefix) {
        for (int i = 0; i < items.size(); i++) {
            paths.put(items.get(i), prefix + i);
        }
    }

    /** The JSON Pointer of a fact from the profile, or null for a fact that is not part of it. */
    String pathOf(Object fact) {
        return paths.get(fact);
    }
}
