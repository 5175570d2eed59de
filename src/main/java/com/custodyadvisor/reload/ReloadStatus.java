package com.custodyadvisor.reload;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;

/**
 * What the last reload did, for {@code /health} and the admin endpoint.
 *
 * @param activeRulesetVersion the rule set serving requests now
 * @param activeCatalogVersion the catalogue serving requests now
 * @param lastReloadAt when a reload was last attempted (null: never since start)
 * @param lastReloadError the problems of the last reload, when it failed (null: it succeeded)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReloadStatus(String activeRulesetVersion, String activeCatalogVersion, Instant lastReloadAt,
                           List<String> lastReloadError) {
}
