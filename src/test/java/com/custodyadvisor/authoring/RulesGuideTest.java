package com.custodyadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.FirmNeed;
import com.custodyadvisor.catalog.BestFor;
import com.custodyadvisor.catalog.LineSize;
import com.custodyadvisor.catalog.NeedService;
import com.custodyadvisor.catalog.Provider;
import com.custodyadvisor.catalog.ProviderNote;
import com.custodyadvisor.ccss.AspectLevel;
import com.custodyadvisor.engine.Advice;
import com.custodyadvisor.engine.FindingBuilder;
import com.custodyadvisor.engine.facts.LoadedRules;
import com.custodyadvisor.engine.facts.ProviderExcluded;
import com.custodyadvisor.engine.facts.Today;
import com.custodyadvisor.exposure.AssessedWallet;
import com.custodyadvisor.exposure.LossScenario;
import com.custodyadvisor.exposure.TierExposure;
import com.custodyadvisor.exposure.TowerGap;
import com.custodyadvisor.exposure.VendorHolding;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.profile.Activities;
import com.custodyadvisor.profile.ApprovalBand;
import com.custodyadvisor.profile.AssetAmount;
import com.custodyadvisor.profile.AssuranceReport;
import com.custodyadvisor.profile.CompensationArrangement;
import com.custodyadvisor.profile.Controls;
import com.custodyadvisor.profile.Firm;
import com.custodyadvisor.profile.Holdings;
import com.custodyadvisor.profile.IncidentReporting;
import com.custodyadvisor.profile.Insurance;
import com.custodyadvisor.profile.KeyBackups;
import com.custodyadvisor.profile.KeyHolder;
import com.custodyadvisor.profile.KeyManagement;
import com.custodyadvisor.profile.Licence;
import com.custodyadvisor.profile.LossEvent;
import com.custodyadvisor.profile.Operations;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.Profile;
import com.custodyadvisor.profile.ProofOfReserve;
import com.custodyadvisor.profile.RequestedCover;
import com.custodyadvisor.profile.SubCustodian;
import com.custodyadvisor.profile.Waiver;
import com.custodyadvisor.profile.Wallet;
import com.custodyadvisor.regulation.AgeCheck;
import com.custodyadvisor.regulation.AmountCheck;
import com.custodyadvisor.regulation.GateCheck;
import com.custodyadvisor.regulation.LimitCheck;
import com.custodyadvisor.regulation.ShareCheck;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps rules/README.md's fact model true: every field a rule can use is listed, and nothing listed is gone. */
class RulesGuideTest {

    /** The facts in working memory, and the values rules reach through them (operations, list entries). */
    private static final List<Class<?>> FACTS = List.of(Profile.class, Firm.class, Holdings.class, Wallet.class,
            KeyManagement.class, Controls.class, Activities.class, Insurance.class, Policy.class, Waiver.class,
            TierExposure.class, Today.class, FirmNeed.class, Provider.class, BestFor.class, NeedService.class,
            LineSize.class, ProviderNote.class,
            ProviderExcluded.class, Finding.class, LoadedRules.class, Operations.class,
            ApprovalBand.class, Licence.class, AssetAmount.class, KeyHolder.class, KeyBackups.class,
            AssuranceReport.class, ProofOfReserve.class, IncidentReporting.class, SubCustodian.class,
            LossEvent.class, RequestedCover.class, CompensationArrangement.class, AssessedWallet.class,
            LossScenario.class, TowerGap.class, VendorHolding.class, ShareCheck.class, AmountCheck.class,
            LimitCheck.class, AgeCheck.class, GateCheck.class, AspectLevel.class);
    private static final Pattern ROW = Pattern.compile("^\\| `([A-Za-z][A-Za-z0-9]*)(\\(.*?\\))?` \\|", Pattern.MULTILINE);

    private static Map<String, List<String>> sections;
    private static String guide;

    @BeforeAll
    static void read() throws Exception {
        guide = Files.readString(Path.of("rules/README.md"));
        sections = new LinkedHashMap<>();
        String[] parts = guide.split("\n### ");
        for (int i = 1; i < parts.length; i++) {
            String heading = parts[i].lines().findFirst().orElse("").strip();
            String body = parts[i].split("\n## ")[0];
            List<String> names = new ArrayList<>();
            Matcher m = ROW.matcher(body);
            while (m.find()) {
                names.add(m.group(1));
            }
            sections.put(heading, names);
        }
    }

    @Test
    void everyFactTypeHasASection() {
        assertThat(sections.keySet()).containsAll(FACTS.stream().map(Class::getSimpleName).toList());
    }

    @Test
    void everyFieldOfEveryFactIsListed() {
        for (Class<?> fact : FACTS) {
            List<String> listed = sections.get(fact.getSimpleName());
            List<String> components = Arrays.stream(fact.getRecordComponents()).map(RecordComponent::getName).toList();
            assertThat(listed).as("fields of " + fact.getSimpleName() + " in rules/README.md").containsAll(components);
        }
    }

    @Test
    void everythingListedExists() {
        for (Class<?> fact : FACTS) {
            Set<String> members = publicMembers(fact);
            assertThat(members).as("what rules/README.md lists for " + fact.getSimpleName())
                    .containsAll(sections.get(fact.getSimpleName()));
        }
    }

    @Test
    void everyAdviceHelperListedExists() {
        Set<String> advice = publicMembers(Advice.class);
        Matcher m = Pattern.compile("`advice\\.([a-zA-Z]+)\\(").matcher(guide);
        while (m.find()) {
            assertThat(advice).as("advice." + m.group(1) + " in rules/README.md").contains(m.group(1));
        }
        Set<String> builder = publicMembers(FindingBuilder.class);
        for (String call : List.of("detail", "remediation", "severity", "evidence", "evidenceEach", "gap", "item",
                "clause", "emit")) {
            assertThat(builder).contains(call);
            assertThat(guide).contains("`" + call + "(");
        }
    }

    @Test
    void everyParameterAccessorIsListed() {
        List<String> listed = sections.get("Parameters");
        assertThat(listed).as("the Parameters section of rules/README.md").isNotNull();
        assertThat(publicMembers(Parameters.class)).containsAll(listed);
        for (com.custodyadvisor.parameters.Unit unit : com.custodyadvisor.parameters.Unit.values()) {
            assertThat(listed).as("accessor for " + unit).contains(unit.accessor());
        }
    }

    private static Set<String> publicMembers(Class<?> type) {
        return Arrays.stream(type.getMethods()).filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName).collect(Collectors.toSet());
    }
}
