package com.custodyadvisor.engine;

import com.custodyadvisor.advisory.Completeness;
import com.custodyadvisor.advisory.CoveredFinding;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.OpenQuestion;
import com.custodyadvisor.advisory.Severity;
import com.custodyadvisor.questions.Questions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * What the profile leaves unanswered of what the rules rely on ({@code @asks}), and how much it answers. A question
 * is the more decisive the more it holds up: one a CRITICAL or HIGH rule relies on (it keeps the verdict from READY),
 * then the worst finding its answer would settle, then how many.
 */
record OpenQuestions(Completeness completeness, List<OpenQuestion> open) {

    static OpenQuestions of(RuleSet ruleSet, JsonNode profile, List<Finding> findings) {
        Map<String, Severity> present = new LinkedHashMap<>();
        for (Finding f : findings) {
            present.putIfAbsent(f.id(), f.severity());
            for (CoveredFinding c : f.covers()) {
                present.putIfAbsent(c.id(), c.severity());
            }
        }
        // a question no loaded rule relies on is not asked (rules validate reports it)
        List<Questions.Asked> asked = ruleSet.questions().askedOf(profile).stream()
                .filter(a -> !ruleSet.askedBy(a.question().id()).isEmpty()).toList();
        List<OpenQuestion> open = new ArrayList<>();
        for (Questions.Asked a : asked) {
            if (a.answered()) {
                continue;
            }
            List<String> relying = ruleSet.askedBy(a.question().id());
            List<String> settles = relying.stream().filter(present::containsKey)
                    .sorted(Comparator.comparing(present::get)).toList();
            boolean blocks = relying.stream().map(ruleSet::definition)
                    .anyMatch(d -> d.severity() != null && d.severity().compareTo(Severity.HIGH) <= 0);
            open.add(new OpenQuestion(a.question().id(), a.pointer(), a.question().ask(), settles, blocks));
        }
        Comparator<OpenQuestion> decisive = Comparator.comparing((OpenQuestion q) -> !q.blocksReady())
                .thenComparing(q -> q.findings().isEmpty() ? Severity.values().length : present.get(q.findings().get(0)).ordinal())
                .thenComparing(q -> -q.findings().size());
        open.sort(decisive);
        int answered = (int) asked.stream().filter(Questions.Asked::answered).count();
        return new OpenQuestions(Completeness.of(answered, asked.size()), open);
    }

    /** The pointers of the open questions that keep the verdict from READY. */
    List<String> blocking() {
        return open.stream().filter(OpenQuestion::blocksReady).map(OpenQuestion::pointer).toList();
    }
}
