package com.custodyadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.engine.RuleInfo;
import com.custodyadvisor.support.ShippedRules;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class RuleDocsTest {

    @Test
    void theCommittedRuleCatalogueIsUpToDate() throws Exception {
        String committed = Files.readString(Path.of("docs/rules.md"));
        assertThat(committed).as("docs/rules.md is out of date: run `java -jar target/custody-advisor.jar rules docs`")
                .isEqualTo(RuleDocs.render(ShippedRules.ruleSet()));
    }

    @Test
    void listsEveryRuleWithItsPlace() {
        String docs = RuleDocs.render(ShippedRules.ruleSet());
        for (RuleInfo r : ShippedRules.ruleSet().rules()) {
            assertThat(docs).contains("| `" + r.id() + "` | " + r.title().replace("|", "\\|") + " | " + r.severity())
                    .contains(r.location());
        }
    }
}
