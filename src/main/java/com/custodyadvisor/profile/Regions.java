package com.custodyadvisor.profile;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Maps an ISO 3166-1 alpha-2 country code to the market region insurers group it in. */
public final class Regions {

    /** EU member states plus the EEA states that insurance passporting reaches. */
    private static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE",
            "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
            "NO", "IS", "LI");
    private static final Set<String> UK = Set.of("GB", "UK", "JE", "GG", "IM", "GI");
    private static final Set<String> US = Set.of("US", "PR", "GU", "VI", "AS", "MP", "UM");
    private static final Set<String> APAC = Set.of("AU", "NZ", "JP", "KR", "CN", "HK", "MO", "TW", "SG", "MY", "TH",
            "ID", "PH", "VN", "IN", "PK", "BD", "LK", "KH", "LA", "MM", "MN", "BN", "NP", "FJ", "PG", "MV", "BT",
            "TL", "WS", "TO", "VU", "SB", "KI", "NR", "TV", "PW", "FM", "MH");
    private static final Set<String> MENA = Set.of("AE", "SA", "QA", "BH", "KW", "OM", "IL", "JO", "LB", "EG",
            "MA", "DZ", "TN", "LY", "IQ", "IR", "SY", "YE", "PS");
    private static final Set<String> LATAM = Set.of("MX", "BR", "AR", "CL", "CO", "PE", "UY", "PY", "BO", "EC",
            "VE", "CR", "PA", "GT", "HN", "SV", "NI", "DO", "CU", "JM", "TT", "BS", "BB", "BZ", "GY", "SR", "HT");

    private static final Map<String, Region> BY_COUNTRY = Stream.of(
                    Map.entry(Region.EU, EU), Map.entry(Region.UK, UK), Map.entry(Region.US, US),
                    Map.entry(Region.APAC, APAC), Map.entry(Region.MENA, MENA), Map.entry(Region.LATAM, LATAM))
            .flatMap(e -> e.getValue().stream().map(c -> Map.entry(c, e.getKey())))
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));

    private static final Set<String> ISO_CODES = Set.of(Locale.getISOCountries());

    private Regions() {
    }

    /** The region of a country; OTHER for a country outside the named regions or an unknown code. */
    public static Region ofCountry(String isoCode) {
        if (isoCode == null) {
            return Region.OTHER;
        }
        return BY_COUNTRY.getOrDefault(isoCode.toUpperCase(Locale.ROOT), Region.OTHER);
    }

    /** True for an ISO 3166-1 alpha-2 code (and "UK", the reserved code for the United Kingdom). */
    public static boolean isCountryCode(String code) {
        return code != null && (ISO_CODES.contains(code) || code.equals("UK"));
    }
}
