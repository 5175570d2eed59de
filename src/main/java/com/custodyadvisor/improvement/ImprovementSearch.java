package com.custodyadvisor.improvement;

import com.custodyadvisor.advisory.Advisory;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.Improvement;
import com.custodyadvisor.advisory.NotClearable;
import com.custodyadvisor.advisory.OpenQuestion;
import com.custodyadvisor.advisory.PathToReady;
import com.custodyadvisor.document.JsonPatch;
import com.custodyadvisor.document.JsonPatchException;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.parameters.Unit;
import com.custodyadvisor.profile.InvalidProfileException;
import com.custodyadvisor.questions.Questions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The search for the path to READY: the levers that clear the open CRITICAL and HIGH findings, each proved by
 * re-assessing the patched profile. First the quick way: one lever per open finding, all applied together and
 * re-assessed once. Where that leaves open a finding a lever was taken for, greedy from the start: each round takes
 * the lever that clears the most findings still open (net of any it opens), least effort on ties, each tried alone;
 * then drops any improvement the others do without. Findings the quick way opens are taken on greedily from where it
 * ends. The number of re-assessments is bounded (a parameter) and the advisory's deadline is kept: the search stops
 * with what it has proved.
 */
public final class ImprovementSearch {

    static final String REASSESSMENTS = "improvement-reassessments-max";

    /** Who reads the search's parameters, for the rule catalogue. */
    public static final String USER = "the path to READY and its action plan";

    /** The parameters the search and the action plan read. */
    public static final Map<String, Unit> PARAMETERS = Map.of(REASSESSMENTS, Unit.COUNT,
            ActionPlanner.SUBMISSION, Unit.DAYS, ActionPlanner.LEAD_MEDIUM, Unit.DAYS, ActionPlanner.LEAD_HIGH, Unit.DAYS);

    private final Levers levers;
    private final Parameters parameters;
    private final Questions questions;
    private final Drafts drafts;

    public ImprovementSearch(Levers levers, Parameters parameters, Questions questions) {
        this.levers = levers;
        this.parameters = parameters;
        this.questions = questions;
        this.drafts = new Drafts(parameters);
    }

    /** One lever applied: its draft, what the profile is after it, and what that re-assessment shows it clears. */
    private record Step(Lever lever, Drafts.Draft draft, Assessed after, List<String> clears, int opened) {

        Improvement improvement(List<String> requires) {
            return new Improvement(lever.id(), lever.title(), draft.change(lever), lever.owner(), lever.effort(), clears,
                    requires, draft.patch());
        }
    }

    /** Re-assessments left, and the time by which the advisory must be done. */
    private static final class Budget {

        private int left;
        private final long deadlineNanos;
        private boolean spent;

        Budget(int left, long deadlineNanos) {
            this.left = left;
            this.deadlineNanos = deadlineNanos;
        }

        /** The patched profile re-assessed; empty when the patch does not apply or gives invalid input. */
        Optional<Assessed> reassess(Reassessment reassessment, JsonNode tree, List<JsonNode> patches) {
            if (left <= 0 || System.nanoTime() - deadlineNanos > 0) {
                spent = true;
                return Optional.empty();
            }
            left--;
            try {
                JsonNode patched = tree;
                for (JsonNode patch : patches) {
                    patched = JsonPatch.apply(patched, patch);
                }
                Optional<Assessed> assessed = reassessment.of(patched);
                spent |= assessed.isEmpty();
                return assessed;
            } catch (JsonPatchException | InvalidProfileException e) {
                return Optional.empty();
            }
        }
    }

    /**
     * The advisory with its improvements, path to READY and action plan.
     *
     * @param start the profile as submitted and its plain advisory
     * @param deadlineNanos the {@link System#nanoTime()} after which no re-assessment starts
     * @param today the advisory's day, which the action plan's dates are compared with
     */
    public Advisory improve(Assessed start, Reassessment reassessment, long deadlineNanos, LocalDate today) {
        Budget budget = new Budget(parameters.count(REASSESSMENTS), deadlineNanos);
        List<Step> steps = together(start, reassessment, budget);
        if (steps == null) {
            steps = search(start, List.of(), reassessment, budget);
            if (steps.size() > 1) {
                steps = pruned(start, steps, reassessment, budget);
            }
        } else if (!steps.isEmpty()) {
            steps = new ArrayList<>(steps);
            steps.addAll(search(steps.get(steps.size() - 1).after(), steps, reassessment, budget));
        }
        Assessed end = steps.isEmpty() ? start : steps.get(steps.size() - 1).after();
        List<Improvement> improvements = improvements(steps);
        PathToReady path = new PathToReady(end.severe().isEmpty(), end.advisory().summary().verdict(),
                end.advisory().summary().counts(), notClearable(end, budget.spent));
        return start.advisory().improved(improvements, path, new ActionPlanner(parameters, questions)
                .plan(improvements, end.advisory().openQuestions(), start.profile().insurance().requested().renewalDate(),
                        today));
    }

    /**
     * The steps as improvements, each naming the earlier ones it builds on, and what those build on in turn: one that
     * writes where it writes (a second move into the same wallet), creates a list it adds to, or adds an item to a
     * list it then writes in.
     */
    private static List<Improvement> improvements(List<Step> steps) {
        List<Set<String>> needs = new ArrayList<>();
        List<Improvement> improvements = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            Set<String> needed = new HashSet<>();
            JsonNode patch = steps.get(i).draft().patch();
            for (int j = 0; j < i; j++) {
                JsonNode earlier = steps.get(j).draft().patch();
                if (PatchPaths.buildsOn(patch, earlier)) {
                    needed.addAll(needs.get(j));
                    needed.add(steps.get(j).lever().id());
                }
            }
            needs.add(needed);
            // in step order, as they are to be applied
            improvements.add(steps.get(i).improvement(steps.stream().map(st -> st.lever().id())
                    .filter(needed::contains).toList()));
        }
        return improvements;
    }

    /**
     * The quick way, tried first: for each open CRITICAL or HIGH finding no lever taken addresses yet, the least
     * effort lever that addresses it and has something to change that no lever taken changes; all of them applied
     * together and re-assessed once. Each then clears the findings it addresses that the re-assessment shows cleared.
     *
     * @return the steps, all with the profile as re-assessed after them together; empty when nothing is open or no
     *     lever applies; null when, even with the levers that cleared nothing set aside, the re-assessment leaves
     *     open a finding a lever was taken for (the greedy search then starts from the profile as it stands)
     */
    private List<Step> together(Assessed start, Reassessment reassessment, Budget budget) {
        List<Lever> byEffort = levers.all().stream().sorted(Comparator.comparing(Lever::effort)).toList();
        List<Lever> taken = new ArrayList<>();
        List<Drafts.Draft> drafts = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (Finding open : start.severe()) {
            if (taken.stream().anyMatch(l -> l.addresses().contains(open.id()))) {
                continue;
            }
            for (Lever lever : byEffort) {
                if (!lever.addresses().contains(open.id()) || taken.contains(lever)) {
                    continue;
                }
                Optional<Drafts.Draft> draft = this.drafts.draft(lever, addressedBy(lever, start), start);
                Set<String> paths = draft.map(d -> PatchPaths.written(d.patch())).orElse(Set.of());
                if (draft.isPresent() && paths.stream().noneMatch(p -> PatchPaths.overlaps(p, touched))) {
                    taken.add(lever);
                    drafts.add(draft.get());
                    touched.addAll(paths);
                    break;
                }
            }
        }
        if (taken.isEmpty()) {
            return List.of();
        }
        // a lever that fails together is set aside and the rest re-assessed once without it
        for (int attempt = 0; attempt < 2 && !taken.isEmpty(); attempt++) {
            Optional<Assessed> after = budget.reassess(reassessment, start.tree(),
                    drafts.stream().map(d -> (JsonNode) d.patch()).toList());
            if (after.isEmpty()) {
                return null;
            }
            List<Step> steps = credited(start, taken, drafts, after.get());
            if (steps.size() == taken.size()) {
                return steps;
            }
            List<String> failed = taken.stream().filter(l -> steps.stream().noneMatch(st -> st.lever() == l))
                    .map(Lever::id).toList();
            for (int i = taken.size() - 1; i >= 0; i--) {
                if (failed.contains(taken.get(i).id())) {
                    taken.remove(i);
                    drafts.remove(i);
                }
            }
        }
        return null;
    }

    /**
     * The levers applied together, each with the findings it addresses that the re-assessment shows cleared (a finding
     * two address is the first one's); a lever that clears none is left out.
     */
    private static List<Step> credited(Assessed start, List<Lever> taken, List<Drafts.Draft> drafts, Assessed after) {
        List<String> left = after.severeIds();
        List<String> before = start.severeIds();
        Set<String> credited = new HashSet<>();
        List<Step> steps = new ArrayList<>();
        for (int i = 0; i < taken.size(); i++) {
            Lever lever = taken.get(i);
            List<String> clears = before.stream()
                    .filter(id -> lever.addresses().contains(id) && !left.contains(id) && credited.add(id)).toList();
            if (!clears.isEmpty()) {
                steps.add(new Step(lever, drafts.get(i), after, clears, 0));
            }
        }
        return steps;
    }

    private static List<Finding> addressedBy(Lever lever, Assessed current) {
        return current.severe().stream().filter(f -> lever.addresses().contains(f.id())).toList();
    }

    /** The greedy search from a profile, leaving out the levers of steps already taken. */
    private List<Step> search(Assessed start, List<Step> taken, Reassessment reassessment, Budget budget) {
        List<Step> steps = new ArrayList<>();
        Set<String> used = new HashSet<>();
        taken.forEach(t -> used.add(t.lever().id()));
        Assessed current = start;
        while (!current.severe().isEmpty() && !budget.spent) {
            Step best = null;
            for (Lever lever : levers.all()) {
                if (used.contains(lever.id())) {
                    continue;
                }
                Step step = attempt(lever, current, reassessment, budget);
                if (step != null && (best == null || better(step, best))) {
                    best = step;
                }
            }
            if (best == null) {
                break;
            }
            steps.add(best);
            used.add(best.lever().id());
            current = best.after();
        }
        return steps;
    }

    /** The lever written for and applied to the current profile, or null when it clears nothing there. */
    private Step attempt(Lever lever, Assessed current, Reassessment reassessment, Budget budget) {
        List<Finding> addressed = addressedBy(lever, current);
        if (addressed.isEmpty()) {
            return null;
        }
        Optional<Drafts.Draft> draft = drafts.draft(lever, addressed, current);
        if (draft.isEmpty()) {
            return null;
        }
        Optional<Assessed> after = budget.reassess(reassessment, current.tree(), List.of(draft.get().patch()));
        if (after.isEmpty()) {
            return null;
        }
        List<String> before = current.severeIds();
        List<String> now = after.get().severeIds();
        List<String> clears = before.stream().filter(id -> !now.contains(id)).toList();
        int opened = (int) now.stream().filter(id -> !before.contains(id)).count();
        return clears.isEmpty() ? null : new Step(lever, draft.get(), after.get(), clears, opened);
    }

    /** More findings cleared (net of those opened), then less effort. */
    private static boolean better(Step a, Step b) {
        int net = Integer.compare(a.clears().size() - a.opened(), b.clears().size() - b.opened());
        return net != 0 ? net > 0 : a.lever().effort().compareTo(b.lever().effort()) < 0;
    }

    /**
     * The steps without those the others do without: each is dropped when the rest, applied together, leave no more
     * open CRITICAL and HIGH findings than all of them. When any is dropped, the rest are applied again one by one so
     * that what each clears is what re-assessment shows.
     */
    private List<Step> pruned(Assessed start, List<Step> steps, Reassessment reassessment, Budget budget) {
        Set<String> end = new HashSet<>(steps.get(steps.size() - 1).after().severeIds());
        List<Step> kept = new ArrayList<>(steps);
        boolean dropped = false;
        for (int i = kept.size() - 1; i >= 0 && kept.size() > 1; i--) {
            List<JsonNode> others = new ArrayList<>();
            for (int j = 0; j < kept.size(); j++) {
                if (j != i) {
                    others.add(kept.get(j).draft().patch());
                }
            }
            Optional<Assessed> without = budget.reassess(reassessment, start.tree(), others);
            if (without.isPresent() && end.containsAll(without.get().severeIds())) {
                kept.remove(i);
                dropped = true;
            }
        }
        return dropped ? replayed(start, kept, reassessment, budget).orElse(steps) : steps;
    }

    /** The steps applied again one by one from the start, with what each clears there; empty if one fails. */
    private static Optional<List<Step>> replayed(Assessed start, List<Step> steps, Reassessment reassessment,
            Budget budget) {
        List<Step> replayed = new ArrayList<>();
        Assessed current = start;
        for (Step step : steps) {
            Optional<Assessed> after = budget.reassess(reassessment, current.tree(), List.of(step.draft().patch()));
            if (after.isEmpty()) {
                return Optional.empty();
            }
            List<String> before = current.severeIds();
            List<String> now = after.get().severeIds();
            replayed.add(new Step(step.lever(), step.draft(), after.get(),
                    before.stream().filter(id -> !now.contains(id)).toList(),
                    (int) now.stream().filter(id -> !before.contains(id)).count()));
            current = after.get();
        }
        return Optional.of(replayed);
    }

    /** The CRITICAL and HIGH findings still open with every improvement applied, each with why. */
    private List<NotClearable> notClearable(Assessed end, boolean stopped) {
        List<NotClearable> left = new ArrayList<>();
        for (Finding f : end.severe()) {
            left.add(new NotClearable(f.id(), f.severity(), levers.notClearableReason(f.id())
                    .orElseGet(() -> reasonOf(f, end.advisory().openQuestions(), stopped))));
        }
        return left;
    }

    /** Why a finding the data say nothing of is left: an open question, the search's bound, or no lever found. */
    private String reasonOf(Finding f, List<OpenQuestion> open, boolean stopped) {
        Optional<OpenQuestion> asked = open.stream().filter(q -> q.findings().contains(f.id())).findFirst();
        if (asked.isPresent()) {
            return "It turns on a question only the firm can answer: " + asked.get().question();
        }
        if (stopped) {
            return "The search stopped at its bound of " + parameters.count(REASSESSMENTS) + " re-assessments, or the "
                    + "advisory's deadline, before finding a change that clears it.";
        }
        return "No change the engine can check clears it for this profile"
                + (f.remediation() == null ? "." : "; the remedy is the firm's own: " + f.remediation());
    }
}
