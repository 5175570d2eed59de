package com.custodyadvisor.reload;

import java.util.List;

/**
 * The outcome of one reload.
 *
 * @param swapped true when a new rule set and catalogue now serve requests
 * @param problems why the new set was refused (file:line:column: message), empty when swapped
 */
public record ReloadResult(boolean swapped, String rulesetVersion, String catalogVersion, List<String> problems) {
}
