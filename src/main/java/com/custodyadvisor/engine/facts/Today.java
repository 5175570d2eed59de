package com.custodyadvisor.engine.facts;

import java.time.LocalDate;

/** The date the advisory is made on (waivers expire against it). */
public record Today(LocalDate date) {
}
