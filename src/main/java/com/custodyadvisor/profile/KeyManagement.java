package com.custodyadvisor.profile;

/**
 * How key material is handled. A null flag means "not confirmed".
 *
 * @param keyLocations distinct sites holding key material; null when not given
 */
public record KeyManagement(Boolean hardwareIsolated, Boolean dualControl, Boolean ceremoniesDocumented,
                            Boolean accessPoliciesDocumented, Integer keyLocations) {

    public static final KeyManagement NONE = new KeyManagement(null, null, null, null, null);
}
