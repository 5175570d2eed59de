package com.custodyadvisor.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RegionsTest {

    @ParameterizedTest
    @CsvSource({"US,US", "PR,US", "GB,UK", "UK,UK", "JE,UK", "DE,EU", "NO,EU", "SG,APAC", "HK,APAC", "AE,MENA",
            "BR,LATAM", "CH,OTHER", "BM,OTHER", "KY,OTHER"})
    void mapsCountriesToMarketRegions(String country, Region region) {
        assertThat(Regions.ofCountry(country)).isEqualTo(region);
    }

    @ParameterizedTest
    @CsvSource({"US,true", "GB,true", "UK,true", "XX,false", "us,false", "ZZ,false"})
    void knowsIsoCountryCodes(String code, boolean known) {
        assertThat(Regions.isCountryCode(code)).isEqualTo(known);
    }
}
