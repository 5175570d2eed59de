package com.custodyadvisor.report;

import com.custodyadvisor.distribution.RuleSources;
import com.custodyadvisor.document.Document;
import com.custodyadvisor.engine.Advisor;
import com.custodyadvisor.profile.ProfileReader;
import com.custodyadvisor.profile.SubmittedProfile;
import com.custodyadvisor.support.ShippedRules;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Profiles assessed by the shipped rules, as {@code assess} would for the outputs under test. */
final class Assessments {

    private Assessments() {
    }

    /** One of data/examples, named by the path {@code assess} would be given. */
    static Assessment example(String fileName) throws Exception {
        Path file = ShippedRules.EXAMPLES.resolve(fileName);
        return of(file.toString().replace('\\', '/'), Files.readString(file));
    }

    /** A profile's text as if read from {@code file}. */
    static Assessment of(String file, String text) throws Exception {
        Document document = Document.parse(text.getBytes(StandardCharsets.UTF_8));
        SubmittedProfile submitted = new ProfileReader().read(document);
        Advisor advisor = ShippedRules.advisor();
        return new Assessment(file, document, submitted.profile(), advisor.advise(submitted));
    }

    static ReportContext context() {
        return new ReportContext(ShippedRules.ruleSet(), ShippedRules.catalog(),
                RuleSources.resolve(ShippedRules.RULES, ShippedRules.DATA));
    }

    /** The 1-based number of the first line of the file that contains the text. */
    static int lineOf(String fileName, String text) throws Exception {
        var lines = Files.readAllLines(ShippedRules.EXAMPLES.resolve(fileName));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(fileName + " has no line with " + text);
    }

    /** A waiver for the rule, appended to an example's text. */
    static Assessment withWaiver(String fileName, String ruleId, String reason) throws Exception {
        Path file = ShippedRules.EXAMPLES.resolve(fileName);
        String text = Files.readString(file) + "waivers:\n  - {id: " + ruleId + ", reason: \"" + reason
                + "\", expires: 2099-12-31}\n";
        return of(file.toString(), text);
    }
}
