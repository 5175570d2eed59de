package com.custodyadvisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

/** Text from the profile is text in the report: it cannot add headings, links, HTML or break out of a line. */
class MarkdownReportTest {

    @Test
    void profileStringsCannotAddHeadingsLinksOrHtml() {
        SubmittedProfile submitted = ShippedRules.profile("""
                {"firm": {"name": "Evil Ltd\\n# Pay here [click](javascript:alert(1)) <img src=x onerror=alert(1)>",
                          "type": "EXCHANGE", "domicile": "US", "clientAssets": true},
                 "holdings": {"aumUsd": 100000000},
                 "wallets": [{"name": "hot `x`\\n## owned", "tier": "HOT", "valueUsd": 90000000,
                              "provider": "![img](http://x/y.png)"}]}
                """);
        Advisory advisory = ShippedRules.advisor().advise(submitted);

        String md = MarkdownReport.render(submitted.profile(), advisory, ShippedRules.catalog());

        assertThat(md.lines()).filteredOn(l -> l.startsWith("# ")).hasSize(1);
        assertThat(md.lines()).noneMatch(l -> l.startsWith("# Pay") || l.startsWith("## owned"));
        assertThat(md).doesNotContainPattern("(?<!\\\\)\\[click").contains("You rely on !\\[img\\](http")
                .doesNotContain("<img")
                .contains("`/wallets/0/provider` = `\"![img](http://x/y.png)\"`")
                .contains("Evil Ltd \\# Pay here \\[click\\](javascript:alert(1)) &lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void escapedTextStaysReadable() {
        assertThat(MarkdownReport.escape("QUALIFIED_CUSTODIAN holds 5 * 2 | A & B")).isEqualTo(
                "QUALIFIED_CUSTODIAN holds 5 \\* 2 \\| A &amp; B");
        assertThat(MarkdownReport.escape("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownReport.escape("12. not a list")).isEqualTo("12\\. not a list");
        assertThat(MarkdownReport.code("a `b` c")).isEqualTo("`` a `b` c ``");
        assertThat(MarkdownReport.code("/wallets/0")).isEqualTo("`/wallets/0`");
    }
}
