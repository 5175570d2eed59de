package com.custodyadvisor.profile;

import com.custodyadvisor.document.Problem;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Jurisdictions a profile names are real ones: the schema checks their form (two capitals, a subdivision
 * suffix), this checks the country against ISO 3166-1. A value of the wrong type or form is the schema's to
 * report and is passed over here.
 */
final class JurisdictionCodes {

    /** The one code a licence may carry that is not a country: an EU-wide regime (MiCA, DORA). */
    static final String EU_WIDE = "EU";

    private JurisdictionCodes() {
    }

    static List<Problem> in(JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        licences(tree, problems);
        keyHolders(tree, problems);
        return problems;
    }

    private static void licences(JsonNode tree, List<Problem> problems) {
        JsonNode licences = tree.path("firm").path("licences");
        for (int i = 0; licences.isArray() && i < licences.size(); i++) {
            JsonNode node = licences.get(i).path("jurisdiction");
            String code = node.isString() ? node.asString() : "";
            if (!code.matches("[A-Z]{2}(-[A-Z0-9]{1,3})?") || code.equals(EU_WIDE)) {
                continue;
            }
            String country = code.substring(0, 2);
            if (!Regions.isCountryCode(country)) {
                problems.add(Problem.at("/firm/licences/" + i + "/jurisdiction", "\"" + code + "\": " + country
                        + " is not an ISO 3166-1 alpha-2 country code; give a country (JP), a subdivision of one "
                        + "(US-NY, AE-DU) or EU"));
            }
        }
    }

    private static void keyHolders(JsonNode tree, List<Problem> problems) {
        JsonNode holders = tree.path("keyManagement").path("keyHolders");
        for (int i = 0; holders.isArray() && i < holders.size(); i++) {
            JsonNode node = holders.get(i).path("jurisdiction");
            String code = node.isString() ? node.asString() : "";
            if (code.matches("[A-Z]{2}") && !Regions.isCountryCode(code)) {
                problems.add(Problem.at("/keyManagement/keyHolders/" + i + "/jurisdiction", "\"" + code
                        + "\" is not an ISO 3166-1 alpha-2 country code (e.g. US, GB, DE, SG, HK)"));
            }
        }
    }
}
