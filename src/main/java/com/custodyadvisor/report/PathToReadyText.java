package com.custodyadvisor.report;

import com.custodyadvisor.advisory.ActionStep;
import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Improvement;
import com.custodyadvisor.advisory.NotClearable;
import com.custodyadvisor.advisory.PathToReady;
import java.util.Locale;

/** The terminal report's part on the path to READY: the improvements, what they achieve, the action plan. */
final class PathToReadyText {

    private static final int WIDTH = 100;

    private PathToReadyText() {
    }

    static void text(StringBuilder out, Advisory advisory) {
        PathToReady path = advisory.pathToReady();
        if (advisory.improvements().isEmpty() && path.notClearable().isEmpty() && advisory.actionPlan().isEmpty()) {
            return;
        }
        out.append("\nPath to READY\n");
        for (Improvement i : advisory.improvements()) {
            out.append("  ").append(Wrap.wrap(i.lever() + " (" + lower(i.owner().name()) + ", " + lower(i.effort().name())
                    + " effort): " + i.change() + " Clears " + String.join(", ", i.clears()) + ".", 2, WIDTH, "    "))
                    .append('\n');
        }
        out.append("  ").append(Wrap.wrap((path.proven() ? "Applied together, they leave no CRITICAL or HIGH finding "
                + "open" : "Applied together, they leave CRITICAL or HIGH findings open") + " (re-assessed): verdict "
                + path.verdictAfter() + ".", 2, WIDTH, "    ")).append('\n');
        for (NotClearable n : path.notClearable()) {
            out.append("  ").append(Wrap.wrap("Not clearable: " + n.finding() + " (" + n.severity() + "): " + n.reason(),
                    2, WIDTH, "    ")).append('\n');
        }
        if (!advisory.actionPlan().isEmpty()) {
            out.append("\nAction plan\n");
            for (ActionStep s : advisory.actionPlan()) {
                String head = String.format(Locale.ROOT, "  %2d. ", s.order());
                out.append(head).append(Wrap.wrap(s.action() + " [" + lower(s.owner().name())
                        + (s.due() == null ? "" : ", by " + s.due() + ActionPlanSection.late(s)) + "]", head.length(), WIDTH,
                        " ".repeat(head.length()))).append('\n');
            }
        }
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
