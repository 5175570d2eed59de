package com.custodyadvisor.profile;

/**
 * How fast the firm's incident plan notifies its regulator, in hours.
 *
 * @param initialHours from classifying an incident to the initial report; null when not given
 * @param extortionHours from an extortion payment to its notice; null when not given
 */
public record IncidentReporting(Integer initialHours, Integer extortionHours) {

    /** Incident reporting left out of the profile: nothing stated. */
    public static final IncidentReporting NONE = new IncidentReporting(null, null);
}
