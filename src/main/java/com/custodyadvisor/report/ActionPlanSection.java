package com.custodyadvisor.report;

import static com.custodyadvisor.report.MarkdownReport.escape;

import com.custodyadvisor.advisory.ActionOwner;
import com.custodyadvisor.advisory.ActionStep;
import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Improvement;
import com.custodyadvisor.advisory.NotClearable;
import com.custodyadvisor.advisory.PathToReady;
import com.custodyadvisor.advisory.Severity;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The broker pack's "Action plan": the advisory's steps in order (who does each, what it clears, by when), the
 * improvements they make, and what the path to READY achieves. All of it as the advisory says it.
 */
final class ActionPlanSection {

    private ActionPlanSection() {
    }

    static void markdown(StringBuilder md, Advisory advisory) {
        md.append("\n## Action plan\n\n");
        if (advisory.actionPlan().isEmpty()) {
            md.append("No step: the advisory lists no change to make and no question to answer.\n");
        } else {
            boolean dated = advisory.actionPlan().stream().anyMatch(s -> s.due() != null);
            md.append(dated ? "In order, each due by the date worked back from the renewal date.\n\n"
                    : "In order; undated, as the profile gives no renewal date.\n\n");
            if (advisory.actionPlan().stream().anyMatch(s -> s.daysLate() != null)) {
                md.append("Steps marked late needed to start before today: the renewal leaves them less than their "
                        + "lead time. Raise it with the broker early: an extension of the current policy, or a later "
                        + "effective date for the new one.\n\n");
            }
            md.append("| # | What to do | Who | Clears |").append(dated ? " Due |" : "")
                    .append("\n|---:|---|---|---|").append(dated ? "---|" : "").append('\n');
            for (ActionStep step : advisory.actionPlan()) {
                md.append("| ").append(step.order()).append(" | ").append(escape(step.action())).append(" | ")
                        .append(owner(step.owner())).append(" | ")
                        .append(step.clears().isEmpty() ? "" : String.join(", ", step.clears())).append(" |")
                        .append(dated ? " " + (step.due() == null ? "" : step.due() + late(step)) + " |" : "")
                        .append('\n');
            }
        }
        if (!advisory.improvements().isEmpty()) {
            md.append("\n### The changes, by effort\n\n");
            for (Improvement i : advisory.improvements()) {
                md.append("- **").append(escape(i.title())).append("** (").append(effort(i)).append(", ")
                        .append(owner(i.owner())).append("): ").append(escape(i.change()))
                        .append(i.clears().isEmpty() ? "" : " Clears " + String.join(", ", i.clears()) + ".")
                        .append('\n');
            }
        }
        pathToReady(md, advisory.pathToReady());
    }

    /** ", 88 days late" for a step whose date has passed, else nothing. */
    static String late(ActionStep step) {
        Integer days = step.daysLate();
        return days == null ? "" : ", " + days + (days == 1 ? " day" : " days") + " late";
    }

    private static void pathToReady(StringBuilder md, PathToReady path) {
        if (path == null) {
            return;
        }
        md.append("\n### The path to READY\n\n");
        md.append(path.proven()
                ? "Re-assessed with every change above applied, the profile has no open CRITICAL or HIGH finding"
                : "Re-assessed with every change above applied, the profile still has open CRITICAL or HIGH findings")
                .append(": verdict ").append(path.verdictAfter()).append(", open findings ")
                .append(counts(path.countsAfter())).append(".\n");
        if (!path.notClearable().isEmpty()) {
            md.append("\nNo change to the profile clears these; the firm has to act itself:\n\n");
            for (NotClearable n : path.notClearable()) {
                md.append("- ").append(n.finding()).append(" (").append(n.severity()).append("): ")
                        .append(escape(n.reason())).append('\n');
            }
        }
    }

    private static String counts(Map<Severity, Integer> counts) {
        return java.util.Arrays.stream(Severity.values())
                .map(s -> s + " " + Objects.requireNonNullElse(counts.get(s), 0)).collect(Collectors.joining(", "));
    }

    private static String effort(Improvement i) {
        return i.effort() == null ? "effort not classed" : i.effort().name().toLowerCase(Locale.ROOT) + " effort";
    }

    /** "the firm", "its vendor", "its broker". */
    static String owner(ActionOwner owner) {
        if (owner == null) {
            return "";
        }
        return switch (owner) {
            case FIRM -> "the firm";
            case VENDOR -> "its vendor";
            case BROKER -> "its broker";
        };
    }
}
