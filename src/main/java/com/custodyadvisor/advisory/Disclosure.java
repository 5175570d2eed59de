package com.custodyadvisor.advisory;

import com.custodyadvisor.profile.LossCause;
import com.custodyadvisor.profile.LossStatus;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * A loss an underwriter must be told about (a rule discloses it): one entry of the profile's loss history.
 *
 * @param pointer the entry in the profile
 * @param text the loss in a sentence, as the report gives it
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"pointer", "date", "amountUsd", "cause", "status", "notifiedUnder", "text"})
public record Disclosure(String pointer, LocalDate date, Long amountUsd, LossCause cause, LossStatus status,
                         String notifiedUnder, String text) {
}
