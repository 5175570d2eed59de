package com.custodyadvisor.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changes that make a valid profile invalid in one place, each with the place the reader must report. Most break
 * the rule the schema gives that place (read from the schema, so a field added to it is mutated too): a value of
 * the wrong type, an unknown field, a required field taken out, a number out of range, a string not in its enum,
 * form or length, a list entry twice. The others change one value so that it contradicts another in a way only
 * the reader's own checks see: a threshold above the shares, a deductible or sub-limit not below the limit,
 * wallets or client assets above aumUsd, value staked while not staking, a loss after today, a country code no
 * country has, a key holder naming no wallet.
 */
public final class Mutations {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final BigDecimal MAX_USD = CrossFieldRepairs.MAX_USD;
    /** An amount a dollar can still be added to (a double near the largest amount tells no cents apart). */
    private static final BigDecimal BELOW_MAX_USD = MAX_USD.subtract(BigDecimal.ONE);
    private static final String CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /** One invalid change, the place a problem must be reported at, and the kind of change. */
    public record Mutation(JsonNode profile, String pointer, String kind) {
    }

    /** A value of the profile, where it is, and the schema's rule for it. */
    private record Place(String pointer, JsonNode value, JsonNode rule) {
    }

    /** Makes the change at a place of the profile; answers where the problem is to be reported. */
    @FunctionalInterface
    private interface Change {
        String apply(ObjectNode profile, Place place, RandomGenerator random, LocalDate today);
    }

    private record Kind(String name, BiPredicate<JsonNode, Place> appliesAt, Change change) {
    }

    private static final List<Kind> KINDS = List.of(
            new Kind("wrong type", (profile, p) -> !p.pointer().isEmpty(), Mutations::wrongType),
            new Kind("unknown field", (profile, p) -> p.value().isObject(), Mutations::unknownField),
            new Kind("required field removed", (profile, p) -> !presentRequired(p).isEmpty(),
                    Mutations::removeRequired),
            new Kind("below the minimum", (profile, p) -> p.value().isNumber() && p.rule().has("minimum"),
                    Mutations::belowMinimum),
            new Kind("above the maximum", (profile, p) -> p.value().isNumber() && p.rule().has("maximum"),
                    Mutations::aboveMaximum),
            new Kind("not one of the enum", (profile, p) -> p.value().isString() && p.rule().has("enum"),
                    Mutations::notInEnum),
            new Kind("not in the pattern's form", (profile, p) -> p.value().isString() && p.rule().has("pattern"),
                    Mutations::breakPattern),
            new Kind("too long", (profile, p) -> p.value().isString() && p.rule().has("maxLength"),
                    Mutations::tooLong),
            new Kind("empty", (profile, p) -> p.value().isString() && p.rule().path("minLength").asInt(0) > 0,
                    (profile, p, random, today) -> replace(profile, p.pointer(), NODES.stringNode(""))),
            new Kind("the same entry twice", (profile, p) -> p.value().isArray() && !p.value().isEmpty()
                    && p.rule().path("uniqueItems").asBoolean(false), Mutations::sameEntryTwice),
            new Kind("threshold above keyShares", (profile, p) -> p.pointer().matches("/wallets/\\d+")
                    && p.value().path("keyShares").isIntegralNumber()
                    && p.value().path("keyShares").asLong() < maximum(p, "keyShares"), Mutations::thresholdAboveShares),
            new Kind("sub-limit above the limit", (profile, p) -> p.pointer().matches(".*/tierSublimitsUsd/[A-Z]+")
                    && below(amount(profile, parentOf(parentOf(p.pointer())) + "/limitUsd"), BELOW_MAX_USD),
                    Mutations::sublimitAboveLimit),
            new Kind("deductible not below the limit", (profile, p) -> p.pointer().matches("/insurance/policies/\\d+")
                    && amount(profile, p.pointer() + "/limitUsd").signum() > 0, Mutations::deductibleAtLimit),
            new Kind("wallets above aumUsd", (profile, p) -> p.pointer().equals("/holdings")
                    && CrossFieldRepairs.walletsTotal(profile).signum() > 0, Mutations::aumBelowWallets),
            new Kind("client assets above aumUsd", (profile, p) -> p.pointer().equals("/holdings")
                    && below(amount(profile, "/holdings/aumUsd"), BELOW_MAX_USD),
                    Mutations::clientAssetsAboveAum),
            new Kind("client assets while holding none", (profile, p) -> p.pointer().equals("/firm/clientAssets")
                    && p.value().isBoolean() && !p.value().booleanValue(),
                    (profile, p, random, today) -> replace(profile, "/holdings/clientAssetsUsd", amount(random))),
            new Kind("staked while not staking", (profile, p) -> p.pointer().equals("/activities/staking")
                    && p.value().isBoolean() && !p.value().booleanValue(),
                    (profile, p, random, today) -> replace(profile, "/activities/stakedUsd", amount(random))),
            new Kind("loss after today", (profile, p) -> p.pointer().matches("/insurance/lossHistory/\\d+/date"),
                    (profile, p, random, today) -> replace(profile, p.pointer(), NODES.stringNode(
                            today.plusDays(1 + (random.nextBoolean() ? 0 : random.nextInt(3650))).toString()))),
            new Kind("no such country", (profile, p) -> p.value().isString() && isCountryPattern(p.rule()),
                    Mutations::noSuchCountry),
            new Kind("key holder names no wallet",
                    (profile, p) -> p.pointer().matches("/keyManagement/keyHolders/\\d+"),
                    Mutations::keyHolderNamesNoWallet));

    private Mutations() {
    }

    /** The names of the kinds of change, each of which {@link #mutate} makes where the profile has a place for it. */
    public static List<String> kinds() {
        return KINDS.stream().map(Kind::name).toList();
    }

    /** A copy of the profile with one invalid change; a loss is dated after the latest today any reader has. */
    public static Mutation mutate(JsonNode valid, RandomGenerator random) {
        return mutate(valid, LocalDate.now(ZoneOffset.UTC).plusDays(1), random);
    }

    /**
     * A copy of the profile with one invalid change: a kind of change drawn among those the profile has a place
     * for, then one of its places.
     *
     * @param today the reader's today (a loss is dated after it)
     */
    public static Mutation mutate(JsonNode valid, LocalDate today, RandomGenerator random) {
        ObjectNode profile = (ObjectNode) valid.deepCopy();
        List<Place> places = new ArrayList<>();
        collect(profile, SchemaRules.PROFILE, "", places);
        List<Kind> applicable = KINDS.stream()
                .filter(k -> places.stream().anyMatch(p -> k.appliesAt().test(profile, p))).toList();
        Kind kind = SchemaProfiles.pick(random, applicable);
        Place place = SchemaProfiles.pick(random,
                places.stream().filter(p -> kind.appliesAt().test(profile, p)).toList());
        String pointer = kind.change().apply(profile, place, random, today);
        return new Mutation(profile, pointer, kind.name());
    }

    private static String wrongType(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        JsonNode value = p.value();
        JsonNode wrong;
        if (value.isString()) {
            wrong = random.nextBoolean() ? NODES.numberNode(random.nextInt()) : NODES.booleanNode(true);
        } else if (value.isNumber()) {
            wrong = NODES.stringNode(value.asString());
        } else if (value.isBoolean()) {
            wrong = NODES.stringNode(value.asBoolean() ? "yes" : "no");
        } else {
            wrong = value.isArray() ? NODES.objectNode() : NODES.arrayNode().add(value);
        }
        return replace(profile, p.pointer(), wrong);
    }

    private static String unknownField(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        String name = "unknown" + random.nextInt(1000);
        ((ObjectNode) p.value()).put(name, random.nextBoolean());
        return p.pointer() + "/" + name;
    }

    private static String removeRequired(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        String field = SchemaProfiles.pick(random, presentRequired(p));
        ((ObjectNode) p.value()).remove(field);
        return p.pointer() + "/" + field;
    }

    private static List<String> presentRequired(Place p) {
        List<String> present = new ArrayList<>();
        p.rule().path("required").forEach(r -> {
            if (p.value().has(r.asString())) {
                present.add(r.asString());
            }
        });
        return present;
    }

    /** A whole number below the minimum or, for an amount, a cent below it. */
    private static String belowMinimum(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        BigDecimal minimum = p.rule().path("minimum").decimalValue();
        boolean cent = "number".equals(p.rule().path("type").asString("")) && random.nextBoolean();
        BigDecimal by = cent ? new BigDecimal("0.01") : BigDecimal.valueOf(1 + random.nextInt(1000));
        return replace(profile, p.pointer(), number(minimum.subtract(by)));
    }

    private static String aboveMaximum(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        BigDecimal maximum = p.rule().path("maximum").decimalValue();
        return replace(profile, p.pointer(), number(maximum.add(BigDecimal.valueOf(1 + random.nextInt(1000)))));
    }

    /** The value in lower case (a mistake people make), or with a word added. */
    private static String notInEnum(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        String value = p.value().asString();
        String lower = value.toLowerCase(Locale.ROOT);
        boolean known = false;
        for (JsonNode allowed : p.rule().path("enum")) {
            known |= allowed.asString().equals(lower);
        }
        String other = known || random.nextBoolean() ? value + "_OTHER" : lower;
        return replace(profile, p.pointer(), NODES.stringNode(other));
    }

    /** A slip that leaves the value out of its pattern: lower case, a space around it, another separator. */
    private static String breakPattern(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        String value = p.value().asString();
        Pattern form = Pattern.compile(p.rule().path("pattern").asString());
        List<String> slips = Stream.of(value.toLowerCase(Locale.ROOT), value + " ", " " + value,
                        value.replace('-', '/'), value + "!")
                .filter(s -> !s.equals(value) && !form.matcher(s).find()).distinct().toList();
        if (slips.isEmpty()) {
            throw new IllegalStateException("no slip takes \"" + value + "\" out of the pattern " + form + " at "
                    + p.pointer());
        }
        return replace(profile, p.pointer(), NODES.stringNode(SchemaProfiles.pick(random, slips)));
    }

    private static String tooLong(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        int length = p.rule().path("maxLength").asInt() + 1 + random.nextInt(3);
        StringBuilder value = new StringBuilder(p.value().asString());
        while (value.codePointCount(0, value.length()) < length) {
            value.append('x');
        }
        return replace(profile, p.pointer(), NODES.stringNode(value.toString()));
    }

    private static String sameEntryTwice(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        ArrayNode list = (ArrayNode) p.value();
        list.add(list.get(random.nextInt(list.size())).deepCopy());
        return p.pointer();
    }

    /** Just one above, or more. */
    private static String thresholdAboveShares(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        long shares = p.value().path("keyShares").asLong();
        long threshold = random.nextBoolean() ? shares + 1 : random.nextLong(shares + 1, maximum(p, "threshold") + 1);
        ((ObjectNode) p.value()).put("threshold", threshold);
        return p.pointer() + "/threshold";
    }

    private static String sublimitAboveLimit(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        BigDecimal limit = amount(profile, parentOf(parentOf(p.pointer())) + "/limitUsd");
        return replace(profile, p.pointer(), number(limit.add(above(random)).min(MAX_USD)));
    }

    /** The deductible equal to the limit, or above it. */
    private static String deductibleAtLimit(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        BigDecimal limit = amount(profile, p.pointer() + "/limitUsd");
        BigDecimal deductible = random.nextBoolean() ? limit : limit.add(above(random)).min(MAX_USD);
        ((ObjectNode) p.value()).set("deductibleUsd", number(deductible));
        return p.pointer() + "/deductibleUsd";
    }

    /** aumUsd a dollar below what the wallets' total needs with the tolerance, or far below. */
    private static String aumBelowWallets(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        BigDecimal needed = CrossFieldRepairs.walletsTotal(profile).multiply(CrossFieldRepairs.HUNDRED)
                .divide(CrossFieldRepairs.TOLERATED, 0, RoundingMode.CEILING);
        BigDecimal aum = random.nextBoolean() ? needed.subtract(BigDecimal.ONE)
                : needed.divide(BigDecimal.valueOf(random.nextInt(2, 1000)), 0, RoundingMode.FLOOR);
        return replace(profile, "/holdings/aumUsd", number(aum.max(BigDecimal.ZERO)));
    }

    private static String clientAssetsAboveAum(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        BigDecimal aum = amount(profile, "/holdings/aumUsd");
        return replace(profile, "/holdings/clientAssetsUsd", number(aum.add(above(random)).min(MAX_USD)));
    }

    /** Two capital letters that are no ISO 3166-1 country, with a subdivision where the pattern allows one. */
    private static String noSuchCountry(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        String code;
        do {
            code = "" + CAPITALS.charAt(random.nextInt(26)) + CAPITALS.charAt(random.nextInt(26));
        } while (Regions.isCountryCode(code) || code.equals(JurisdictionCodes.EU_WIDE));
        Pattern form = Pattern.compile(p.rule().path("pattern").asString());
        String value = random.nextBoolean() && form.matcher(code + "-NY").find() ? code + "-NY" : code;
        return replace(profile, p.pointer(), NODES.stringNode(value));
    }

    private static String keyHolderNamesNoWallet(ObjectNode profile, Place p, RandomGenerator random, LocalDate today) {
        ObjectNode holder = (ObjectNode) p.value();
        if (!holder.path("wallets").isArray()) {
            holder.putArray("wallets");
        }
        ArrayNode wallets = (ArrayNode) holder.path("wallets");
        wallets.add("no wallet " + random.nextInt(1000));
        return p.pointer() + "/wallets/" + (wallets.size() - 1);
    }

    /** A schema pattern for a country code (alone or with a subdivision): the two letters are checked against ISO. */
    private static boolean isCountryPattern(JsonNode rule) {
        String pattern = rule.path("pattern").asString("");
        return Pattern.compile(pattern).matcher("US").find() && !Pattern.compile(pattern).matcher("U1").find();
    }

    private static long maximum(Place wallet, String field) {
        return SchemaRules.resolve(SchemaRules.forField(wallet.rule(), field)).path("maximum").asLong(Long.MAX_VALUE);
    }

    private static BigDecimal amount(JsonNode profile, String pointer) {
        return CrossFieldRepairs.amount(profile.at(JsonPointer.compile(pointer)));
    }

    private static JsonNode amount(RandomGenerator random) {
        return NODES.numberNode(1 + random.nextLong(1_000_000_000));
    }

    /** How far above a value to go: a dollar (the least a double near the largest amount still tells apart) or more. */
    private static BigDecimal above(RandomGenerator random) {
        return random.nextBoolean() ? BigDecimal.ONE : BigDecimal.valueOf(1 + random.nextLong(1_000_000));
    }

    private static boolean below(BigDecimal value, BigDecimal bound) {
        return value.compareTo(bound) < 0;
    }

    private static JsonNode number(BigDecimal value) {
        return value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0
                ? NODES.numberNode(value.toBigIntegerExact().longValueExact()) : NODES.numberNode(value);
    }

    private static String parentOf(String pointer) {
        return pointer.substring(0, pointer.lastIndexOf('/'));
    }

    private static void collect(JsonNode value, JsonNode node, String pointer, List<Place> places) {
        JsonNode rule = SchemaRules.forValue(node, value);
        places.add(new Place(pointer, value, rule));
        if (value.isObject()) {
            for (Map.Entry<String, JsonNode> field : value.properties()) {
                collect(field.getValue(), SchemaRules.forField(rule, field.getKey()), pointer + "/" + field.getKey(),
                        places);
            }
        } else if (value.isArray()) {
            for (int i = 0; i < value.size(); i++) {
                collect(value.get(i), rule.path("items"), pointer + "/" + i, places);
            }
        }
    }

    /** Sets the value at the pointer, in an object (the field added if absent) or a list; answers the pointer. */
    private static String replace(ObjectNode root, String at, JsonNode value) {
        JsonPointer pointer = JsonPointer.compile(at);
        JsonNode parent = root.at(pointer.head());
        String last = pointer.last().getMatchingProperty();
        if (parent instanceof ArrayNode array) {
            array.set(Integer.parseInt(last), value);
        } else {
            ((ObjectNode) Objects.requireNonNull(parent)).set(last, value);
        }
        return at;
    }
}
