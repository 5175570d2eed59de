package com.custodyadvisor.ccss;

import com.custodyadvisor.profile.Profile;
import java.time.LocalDate;

/** What the requirements read: the profile and the day of the advisory (for how recent a test is). */
record Inputs(Profile profile, LocalDate today) {
}
