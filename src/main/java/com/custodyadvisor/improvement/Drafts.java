package com.custodyadvisor.improvement;

import com.custodyadvisor.advisory.Evidence;
import com.custodyadvisor.advisory.Finding;
import com.custodyadvisor.advisory.OpenQuestion;
import com.custodyadvisor.advisory.ProgrammeTarget;
import com.custodyadvisor.advisory.ScenarioLoss;
import com.custodyadvisor.advisory.SketchLayer;
import com.custodyadvisor.advisory.WalletAssessment;
import com.custodyadvisor.parameters.Parameters;
import com.custodyadvisor.profile.Money;
import com.custodyadvisor.profile.Policy;
import com.custodyadvisor.profile.Tier;
import com.custodyadvisor.support.Wording;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes a lever as a JSON Patch on one profile, by its mechanic, with the figures of the profile, its advisory and
 * the parameters; and the figures its change text quotes. A lever with nothing to change in the profile gives none.
 */
final class Drafts {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String POLICIES = "/insurance/policies/";
    private static final String ATTACHMENT = "/attachmentUsd";

    /** A lever written for a profile: the patch and the figures that fill its change text. */
    record Draft(ArrayNode patch, Map<String, String> figures) {

        /** The lever's change text with its placeholders filled. */
        String change(Lever lever) {
            String text = lever.change();
            for (Map.Entry<String, String> f : figures.entrySet()) {
                text = text.replace("{" + f.getKey() + "}", f.getValue());
            }
            return text;
        }
    }

    private final Parameters parameters;

    Drafts(Parameters parameters) {
        this.parameters = parameters;
    }

    /**
     * The lever written for the situation, against the open findings it addresses.
     *
     * @return empty when the lever has nothing to change in this profile
     */
    Optional<Draft> draft(Lever lever, List<Finding> addressed, Assessed s) {
        JsonNode settings = lever.settings();
        // a field left out is a question for the firm: an improvement never answers it
        Ops ops = new Ops(s.tree(), s.advisory().openQuestions().stream().map(OpenQuestion::pointer)
                .collect(Collectors.toSet()));
        Map<String, String> figures = new LinkedHashMap<>();
        switch (lever.mechanic()) {
            case SET -> set(settings, addressed, ops, figures);
            case ADD_PERIL -> addPeril(settings, s, ops, figures);
            case MOVE_SHARE -> moveShare(settings, s, ops, figures);
            case MOVE_SCENARIO_LOSS -> moveScenario(settings, s, ops, figures);
            case RAISE_TIER_SUBLIMIT -> raiseSublimit(settings, s, ops, figures);
            case ADD_POLICY -> addPolicy(settings, s, ops, figures);
            case DECLARE_ASSESSED_TIER -> declareTiers(addressed, s, ops, figures);
            case CLOSE_TOWER_GAP -> closeTowerGap(addressed, s, ops, figures);
            default -> throw new IllegalStateException("no writer for mechanic " + lever.mechanic());
        }
        return ops.patch.isEmpty() ? Optional.empty() : Optional.of(new Draft(ops.patch, figures));
    }

    /** Fixed fields, and fields of the list items the findings' evidence points into ({@code *}). */
    private static void set(JsonNode settings, List<Finding> addressed, Ops ops, Map<String, String> figures) {
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : settings.get("values").properties()) {
            String pointer = entry.getKey();
            int star = pointer.indexOf("/*/");
            List<String> targets = star < 0 ? List.of(pointer)
                    : itemsIn(pointer.substring(0, star), addressed).stream()
                            .map(item -> item + pointer.substring(star + 2)).toList();
            for (String target : targets) {
                if (ops.set(target, entry.getValue())) {
                    changed.add(dotted(target) + " " + entry.getValue());
                }
            }
        }
        figures.put("fields", String.join(", ", changed));
    }

    /** The perils the firm's own theft policies should name, added to each that does not. */
    private static void addPeril(JsonNode settings, Assessed s, Ops ops, Map<String, String> figures) {
        String peril = settings.get("peril").asString();
        List<String> labels = new ArrayList<>();
        List<Policy> policies = s.profile().policies();
        for (int i = 0; i < policies.size(); i++) {
            Policy p = policies.get(i);
            if (!p.isOwnTheftCover()) {
                continue;
            }
            String at = POLICIES + i;
            boolean changed = false;
            JsonNode covers = s.tree().at(at + "/covers");
            if (!covers.isArray()) {
                changed = ops.set(at + "/covers", NODES.arrayNode().add(peril));
            } else if (covers.valueStream().noneMatch(c -> c.asString("").equals(peril))) {
                ops.add(at + "/covers/-", NODES.stringNode(peril));
                changed = true;
            }
            for (Map.Entry<String, JsonNode> also : settings.path("also").properties()) {
                changed |= ops.set(at + "/" + also.getKey(), also.getValue());
            }
            if (changed) {
                labels.add(p.label());
            }
        }
        figures.put("peril", peril);
        figures.put("policies", Wording.list(labels));
    }

    /** Value above a share of a base moved from the wallets of some tiers to the largest wallet of another. */
    private void moveShare(JsonNode settings, Assessed s, Ops ops, Map<String, String> figures) {
        Set<Tier> from = tiers(settings.get("from"));
        double share = parameters.ratio(settings.get("share").asString());
        long base = settings.get("of").asString().equals("AUM") ? s.profile().holdings().aumUsd()
                : s.profile().clientAssetsUsd();
        List<WalletAssessment> sources = s.advisory().wallets().stream()
                .filter(w -> from.contains(w.assessedTier()) && w.valueUsd() > 0).toList();
        long held = sources.stream().mapToLong(WalletAssessment::valueUsd).sum();
        long amount = held - (long) Math.floor(share * base);
        if (base > 0 && amount > 0 && move(sources, amount, tiers(settings.get("to")), s, ops, figures)) {
            figures.put("share", Money.percent(share, 1));
        }
    }

    /** What a loss scenario leaves uninsured moved from its wallets to the largest wallet of another tier. */
    private static void moveScenario(JsonNode settings, Assessed s, Ops ops, Map<String, String> figures) {
        String id = settings.get("scenario").asString();
        ProgrammeTarget target = s.advisory().plan().target();
        String scenarioId = id.equals("PLAN_TARGET") ? target == null ? null : target.scenario() : id;
        ScenarioLoss scenario = s.advisory().scenarios().stream().filter(x -> x.id().equals(scenarioId)).findFirst()
                .orElse(null);
        if (scenario == null || scenario.uninsuredUsd() <= 0) {
            return;
        }
        Set<Tier> to = tiers(settings.get("to"));
        List<WalletAssessment> sources = s.advisory().wallets().stream()
                .filter(w -> scenario.wallets().contains(w.path()) && !to.contains(w.assessedTier()) && w.valueUsd() > 0)
                .toList();
        if (move(sources, scenario.uninsuredUsd(), to, s, ops, figures)) {
            figures.put("scenario", "\"" + scenario.name() + "\", " + Money.usd(scenario.lossUsd()));
        }
    }

    /**
     * Moves the amount from the sources, largest first, each to the largest wallet of the first of the tiers that has
     * one holding the same asset (a wallet whose asset is not given takes any; one of the same ticker is preferred):
     * value is never moved from an ETH wallet into a BTC one. False when nothing can be moved.
     */
    private static boolean move(List<WalletAssessment> sources, long amount, Set<Tier> to, Assessed s, Ops ops,
            Map<String, String> figures) {
        long left = Math.min(amount, sources.stream().mapToLong(WalletAssessment::valueUsd).sum());
        long moved = 0;
        List<String> names = new ArrayList<>();
        Map<WalletAssessment, Long> into = new LinkedHashMap<>();
        for (WalletAssessment w : sources.stream().sorted(Comparator.comparingLong(WalletAssessment::valueUsd)
                .reversed()).toList()) {
            if (left == 0) {
                break;
            }
            Optional<WalletAssessment> destination = destination(w, to, s);
            if (destination.isEmpty()) {
                continue;
            }
            long take = Math.min(left, w.valueUsd());
            ops.set(w.path() + "/valueUsd", NODES.numberNode(w.valueUsd() - take));
            names.add(label(w) + " (" + Money.usd(take) + ")");
            into.merge(destination.get(), take, Long::sum);
            left -= take;
            moved += take;
        }
        if (moved <= 0) {
            return false;
        }
        into.forEach((w, added) -> ops.set(w.path() + "/valueUsd", NODES.numberNode(w.valueUsd() + added)));
        figures.put("amount", Money.usd(moved));
        figures.put("from", Wording.list(names));
        figures.put("to", Wording.list(into.keySet().stream().map(Drafts::label).toList()));
        return true;
    }

    /** Where a source wallet's value can go: the first of the tiers with a wallet of a matching asset, its largest. */
    private static Optional<WalletAssessment> destination(WalletAssessment source, Set<Tier> to, Assessed s) {
        String asset = assetOf(source, s);
        Comparator<WalletAssessment> sameAssetFirst = Comparator.comparing(
                (WalletAssessment w) -> asset != null && asset.equals(assetOf(w, s)));
        for (Tier tier : to) {
            Optional<WalletAssessment> best = s.advisory().wallets().stream()
                    .filter(w -> w.assessedTier() == tier)
                    .filter(w -> asset == null || assetOf(w, s) == null || asset.equals(assetOf(w, s)))
                    .max(sameAssetFirst.thenComparingLong(WalletAssessment::valueUsd));
            if (best.isPresent()) {
                return best;
            }
        }
        return Optional.empty();
    }

    /** The ticker the profile gives for a wallet of the advisory ({@code /wallets/N}); null when not given. */
    private static String assetOf(WalletAssessment w, Assessed s) {
        int index = Integer.parseInt(w.path().substring(w.path().lastIndexOf('/') + 1));
        return s.profile().wallets().get(index).asset();
    }

    /**
     * Each excess layer whose attachment a finding's evidence names re-attached where the firm's own layers of its line
     * beneath it are used up (at 0 where none is beneath it): what a broker does to close a gap in a tower. A layer of
     * another line (a specie policy for cold storage beneath a crime tower) does not answer the same losses.
     */
    private static void closeTowerGap(List<Finding> addressed, Assessed s, Ops ops, Map<String, String> figures) {
        List<Policy> policies = s.profile().policies();
        List<String> layers = new ArrayList<>();
        for (Finding f : addressed) {
            for (Evidence e : f.evidence()) {
                String path = e.path();
                if (!path.startsWith(POLICIES) || !path.endsWith(ATTACHMENT)) {
                    continue;
                }
                Policy above = policies.get(Integer.parseInt(path.substring(POLICIES.length(),
                        path.length() - ATTACHMENT.length())));
                long top = policies.stream().filter(p -> p != above && p.isOwnTheftCover() && p.line() == above.line()
                        && p.attachmentUsd() < above.attachmentUsd()).mapToLong(Policy::exhaustionUsd).max().orElse(0);
                if (top < above.attachmentUsd() && ops.set(path, NODES.numberNode(top))) {
                    layers.add(above.label() + " from " + Money.usd(above.attachmentUsd()) + " to " + Money.usd(top));
                }
            }
        }
        figures.put("layers", Wording.list(layers));
    }

    /** A tier's sub-limit of the own primary theft policies raised to the tier's exposure, within a cap. */
    private void raiseSublimit(JsonNode settings, Assessed s, Ops ops, Map<String, String> figures) {
        Tier tier = Tier.valueOf(settings.get("tier").asString());
        long exposure = s.advisory().summary().exposureUsd().getOrDefault(tier, 0L);
        long target = Math.min(exposure, parameters.usd(settings.get("cap").asString()));
        List<String> labels = new ArrayList<>();
        List<Policy> policies = s.profile().policies();
        for (int i = 0; i < policies.size(); i++) {
            Policy p = policies.get(i);
            if (!p.isOwnTheftCover() || p.attachmentUsd() > 0) {
                continue;
            }
            String at = POLICIES + i;
            boolean mapped = !p.tierSublimitsUsd().isEmpty();
            // a policy whose map leaves the tier out does not cover it: mapping a tier is not raising a sub-limit
            if (mapped && !p.tierSublimitsUsd().containsKey(tier)) {
                continue;
            }
            long now = mapped ? p.tierSublimitsUsd().get(tier) : p.limitUsd();
            if (now >= target) {
                continue;
            }
            if (p.limitUsd() < target) {
                ops.set(at + "/limitUsd", NODES.numberNode(target));
            }
            if (mapped) {
                ops.set(at + "/tierSublimitsUsd/" + tier, NODES.numberNode(target));
            }
            labels.add(p.label());
        }
        figures.put("tier", tier.name());
        figures.put("limit", Money.usd(target));
        figures.put("policies", Wording.list(labels));
    }

    /** A new policy from the data's fields, its limit from the plan or the profile, within a cap. */
    private void addPolicy(JsonNode settings, Assessed s, Ops ops, Map<String, String> figures) {
        if (settings.path("onlyWithoutOwnTheftCover").asBoolean(false) && !s.profile().ownTheftPolicies().isEmpty()) {
            return;
        }
        String source = settings.get("limit").asString();
        ProgrammeTarget target = s.advisory().plan().target();
        long limit;
        long attachment = 0;
        if (source.equals("PLAN_TARGET") || source.equals("PLAN_TO_PLACE")) {
            if (target == null) {
                return;
            }
            boolean excess = source.equals("PLAN_TO_PLACE");
            limit = excess ? target.toPlaceUsd() : target.targetUsd();
            if (excess) {
                attachment = target.layers().stream().filter(SketchLayer::inForce).mapToLong(SketchLayer::topUsd)
                        .max().orElse(0);
                if (attachment == 0) {
                    return;
                }
            }
        } else {
            limit = s.tree().at(source).asLong(0);
        }
        limit = Math.min(limit, parameters.usd(settings.get("cap").asString()));
        if (limit <= 0) {
            return;
        }
        ObjectNode policy = ((ObjectNode) settings.get("policy")).deepCopy();
        policy.put("limitUsd", limit);
        if (attachment > 0) {
            policy.put("attachmentUsd", attachment);
        }
        if (s.tree().at("/insurance/policies").isArray()) {
            ops.add(POLICIES + "-", policy);
        } else {
            ops.set("/insurance/policies", NODES.arrayNode().add(policy));
        }
        figures.put("line", policy.get("line").asString());
        figures.put("limit", Money.usd(limit));
        figures.put("attachment", Money.usd(attachment));
    }

    /** Each wallet the findings name declared at the tier it is assessed at. */
    private static void declareTiers(List<Finding> addressed, Assessed s, Ops ops, Map<String, String> figures) {
        Set<String> named = new LinkedHashSet<>(itemsIn("/wallets", addressed));
        List<String> changed = new ArrayList<>();
        for (WalletAssessment w : s.advisory().wallets()) {
            if (named.contains(w.path()) && w.declaredTier() != w.assessedTier()
                    && ops.set(w.path() + "/tier", NODES.stringNode(w.assessedTier().name()))) {
                changed.add(label(w) + " as " + w.assessedTier());
            }
        }
        figures.put("wallets", Wording.list(changed));
    }

    private static Set<Tier> tiers(JsonNode names) {
        Set<Tier> tiers = new LinkedHashSet<>();
        names.forEach(t -> tiers.add(Tier.valueOf(t.asString())));
        return tiers;
    }

    /** The items of a list ("/wallets/1") the findings' evidence points into, in the order first met. */
    private static List<String> itemsIn(String list, List<Finding> findings) {
        Set<String> items = new LinkedHashSet<>();
        for (Finding f : findings) {
            for (Evidence e : f.evidence()) {
                String path = e.path();
                if (path.startsWith(list + "/")) {
                    int end = path.indexOf('/', list.length() + 1);
                    String index = path.substring(list.length() + 1, end < 0 ? path.length() : end);
                    if (!index.isEmpty() && index.chars().allMatch(Character::isDigit)) {
                        items.add(list + "/" + index);
                    }
                }
            }
        }
        return List.copyOf(items);
    }

    private static String label(WalletAssessment w) {
        return w.name() == null || w.name().isBlank() ? "the " + w.assessedTier() + " wallet" : "\"" + w.name() + "\"";
    }

    /** "insurance.policies[0].wordingReviewed" for "/insurance/policies/0/wordingReviewed". */
    static String dotted(String pointer) {
        StringBuilder out = new StringBuilder();
        for (String segment : pointer.substring(1).split("/")) {
            String s = segment.replace("~1", "/").replace("~0", "~");
            if (s.chars().allMatch(Character::isDigit) && !s.isEmpty()) {
                out.append('[').append(s).append(']');
            } else {
                out.append(out.isEmpty() ? "" : ".").append(s);
            }
        }
        return out.toString();
    }

    /** The operations of one patch, written against the tree they will apply to. */
    private static final class Ops {

        private final JsonNode tree;
        private final Set<String> asked;
        private final ArrayNode patch = NODES.arrayNode();
        private final Map<String, JsonNode> written = new HashMap<>();

        Ops(JsonNode tree, Set<String> asked) {
            this.tree = tree;
            this.asked = asked;
        }

        /**
         * Sets the value at the pointer, adding the objects on the way that are missing; false when it is so already,
         * or when the field is left out and asked as an open question.
         */
        boolean set(String pointer, JsonNode value) {
            JsonNode now = written.containsKey(pointer) ? written.get(pointer) : tree.at(pointer);
            if (value.equals(now) || now.isMissingNode() && asked.contains(pointer)) {
                return false;
            }
            String parent = pointer.substring(0, pointer.lastIndexOf('/'));
            if (!parent.isEmpty() && !written.containsKey(parent) && tree.at(parent).isMissingNode()) {
                set(parent, NODES.objectNode());
            }
            add(pointer, value);
            written.put(pointer, value);
            return true;
        }

        void add(String pointer, JsonNode value) {
            patch.add(NODES.objectNode().put("op", "add").put("path", pointer).set("value", value));
        }
    }
}
