package com.custodyadvisor.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid profiles generated from the profile schema itself, so they follow it as it changes. The schema is
 * compiled once into one generator per place; a type, keyword, format or pattern this class does not know stops
 * the compile naming the place, so a schema change cannot silently narrow what is generated.
 *
 * <p>Each value is generated within its own rule: optional fields are present three times in five, lists hold up
 * to four entries, numbers spread over every order of magnitude up to a million (whole numbers) or a trillion
 * (amounts) with the bounds as edge cases, dates lie around today, plain strings mix in markup and non-ASCII
 * characters, and a patterned string comes from a table of real values (ISO country codes, jurisdictions,
 * tickers, finding ids). What relates fields to each other is then repaired by {@link CrossFieldRepairs}.
 */
public final class SchemaProfiles {

    /** Keywords that say nothing about the values ({@code $defs} is reached through {@code $ref}). */
    private static final Set<String> ANNOTATIONS = Set.of("$schema", "$id", "$defs", "title", "description");
    private static final Map<String, Set<String>> KEYWORDS_BY_TYPE = Map.of(
            "object", Set.of("type", "properties", "required", "additionalProperties", "propertyNames"),
            "array", Set.of("type", "items", "maxItems", "uniqueItems"),
            "string", Set.of("type", "enum", "minLength", "maxLength", "pattern", "format"),
            "integer", Set.of("type", "minimum", "maximum"),
            "number", Set.of("type", "minimum", "maximum"),
            "boolean", Set.of("type"));
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final int MAX_ITEMS = 4;
    private static final double OPTIONAL_PRESENT = 0.6;
    private static final double MAP_KEY_PRESENT = 0.5;
    private static final long WHOLE_NUMBER_SPAN = 1_000_000L;
    private static final long AMOUNT_SPAN = 1_000_000_000_000L;
    private static final int PLAIN_MAX_LENGTH = 30;
    private static final String PLAIN = "abcdefghijklmnopqrstuvwxyz     -&#*<`\"'Äé中";
    private static final String CAPITALS_AND_DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    /** Countries most firms are in, drawn as often as all the others together. */
    private static final List<String> MARKETS = List.of("US", "GB", "DE", "FR", "SG", "HK", "JP", "CH", "AE", "BR",
            "KY", "AU", "IE", "LU", "BM");
    private static final List<String> COUNTRIES = Stream.of(Locale.getISOCountries()).sorted().toList();
    private static final List<String> TICKERS = List.of("BTC", "ETH", "USDC", "USDT", "SOL", "XRP", "WBTC", "STETH");
    /** Finding ids no rule makes: a waiver naming none is valid too. */
    private static final List<String> UNKNOWN_FINDING_IDS = List.of("X-UNKNOWN", "FAQ-STAKING", "A1");
    /** Days from today a generated date is more often at: today, the day either side, a year either side. */
    private static final int[] DATE_EDGES = {0, 1, -1, -365, -366, 365};

    private interface Generator {
        JsonNode next(RandomGenerator random);
    }

    private final JsonNode schema;
    private final LocalDate today;
    private final Map<String, Function<RandomGenerator, String>> byPattern;
    private final Set<String> places = new TreeSet<>();
    private final Set<String> generated = new HashSet<>();
    private final Generator root;

    /**
     * @param today the reader's today: dates lie around it, losses not after it
     * @param findingIds the finding ids the rules make, which waivers name (with a few no rule makes)
     */
    public SchemaProfiles(LocalDate today, Collection<String> findingIds) {
        this(SchemaRules.PROFILE, today, findingIds);
    }

    /** Generates from another schema, to see what the compile makes of it. */
    SchemaProfiles(JsonNode schema, LocalDate today, Collection<String> findingIds) {
        this.schema = schema;
        this.today = today;
        List<String> waivable = Stream.concat(findingIds.stream().sorted(), UNKNOWN_FINDING_IDS.stream()).toList();
        this.byPattern = Map.of(
                "^[A-Z]{2}$", SchemaProfiles::country,
                "^([A-Z]{2}(-[A-Z0-9]{1,3})?|EU)$", SchemaProfiles::jurisdiction,
                "^[A-Z0-9.\\-]{1,15}$", SchemaProfiles::ticker,
                "^(?!.*--)[A-Z][A-Z0-9-]*(?<!-)$", random -> pick(random, waivable));
        this.root = compile(schema, "");
    }

    /** A profile the reader accepts when its today is the one given. */
    public JsonNode validProfile(RandomGenerator random) {
        ObjectNode profile = (ObjectNode) generate(random);
        CrossFieldRepairs.repair(profile, today, random);
        return profile;
    }

    /** A document that follows the schema value by value, not yet made consistent across fields. */
    JsonNode generate(RandomGenerator random) {
        return root.next(random);
    }

    /** Places of the schema ("*" for any index), and branches of a oneOf, no profile made so far had a value at. */
    Set<String> notYetGenerated() {
        Set<String> missing = new TreeSet<>(places);
        missing.removeAll(generated);
        return missing;
    }

    private Generator compile(JsonNode node, String place) {
        Set<String> besideRef = new TreeSet<>(node.propertyNames());
        besideRef.removeAll(ANNOTATIONS);
        besideRef.remove("$ref");
        if (node.has("$ref") && !besideRef.isEmpty()) {
            throw unknown(place, node, "keywords beside $ref " + besideRef);
        }
        JsonNode rule = SchemaRules.resolve(schema, node);
        Generator generator = rule.has("oneOf") ? oneOf(rule, place) : typed(rule, place);
        places.add(place);
        return random -> {
            generated.add(place);
            return generator.next(random);
        };
    }

    /** A value of one branch's type matches no other branch, so each generated value matches exactly one. */
    private Generator oneOf(JsonNode rule, String place) {
        checkKeywords(rule, Set.of("oneOf"), place);
        List<Generator> branches = new ArrayList<>();
        Set<String> types = new HashSet<>();
        for (JsonNode branch : rule.path("oneOf")) {
            String type = SchemaRules.resolve(schema, branch).path("type").asString("");
            if (!types.add(type) || types.containsAll(Set.of("integer", "number"))) {
                throw unknown(place, rule, "a oneOf whose branches are not each of their own type");
            }
            String label = place + " (" + type + ")";
            Generator generator = compile(branch, place);
            places.add(label);
            branches.add(random -> {
                generated.add(label);
                return generator.next(random);
            });
        }
        return random -> pick(random, branches).next(random);
    }

    private Generator typed(JsonNode rule, String place) {
        String type = rule.path("type").asString("");
        if (!KEYWORDS_BY_TYPE.containsKey(type)) {
            throw unknown(place, rule, "type " + rule.path("type"));
        }
        checkKeywords(rule, KEYWORDS_BY_TYPE.get(type), place);
        return switch (type) {
            case "object" -> object(rule, place);
            case "array" -> array(rule, place);
            case "string" -> rule.has("enum") ? enumeration(rule, place) : string(rule, place);
            case "integer" -> numeric(rule, place, WHOLE_NUMBER_SPAN, false);
            case "number" -> numeric(rule, place, AMOUNT_SPAN, true);
            default -> random -> NODES.booleanNode(random.nextBoolean());
        };
    }

    private Generator object(JsonNode rule, String place) {
        JsonNode additional = rule.path("additionalProperties");
        JsonNode keys = SchemaRules.resolve(schema, rule.path("propertyNames")).path("enum");
        boolean closed = additional.isBoolean() && !additional.booleanValue() && !rule.has("propertyNames");
        boolean keyedByEnum = keys.isArray() && additional.isObject() && !rule.has("properties");
        if (!closed && !keyedByEnum) {
            throw unknown(place, rule, "an object neither closed (additionalProperties false) nor a map keyed by "
                    + "an enum");
        }
        Set<String> required = new HashSet<>();
        rule.path("required").forEach(r -> required.add(r.asString()));
        List<String> names = new ArrayList<>();
        List<Double> presence = new ArrayList<>();
        List<Generator> values = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : rule.path("properties").properties()) {
            names.add(property.getKey());
            presence.add(required.remove(property.getKey()) ? 1.0 : OPTIONAL_PRESENT);
            values.add(compile(property.getValue(), place + "/" + property.getKey()));
        }
        if (!required.isEmpty()) {
            throw unknown(place, rule, "required fields that are no properties " + required);
        }
        for (JsonNode key : keyedByEnum ? keys : NODES.arrayNode()) {
            names.add(key.asString());
            presence.add(MAP_KEY_PRESENT);
            values.add(compile(additional, place + "/" + key.asString()));
        }
        return random -> {
            ObjectNode object = NODES.objectNode();
            for (int i = 0; i < names.size(); i++) {
                if (random.nextDouble() < presence.get(i)) {
                    object.set(names.get(i), values.get(i).next(random));
                }
            }
            return object;
        };
    }

    private Generator array(JsonNode rule, String place) {
        if (!rule.path("items").isObject()) {
            throw unknown(place, rule, "a list without one schema for its items");
        }
        int max = Math.min(rule.path("maxItems").asInt(MAX_ITEMS), MAX_ITEMS);
        boolean unique = rule.path("uniqueItems").asBoolean(false);
        Generator items = compile(rule.path("items"), place + "/*");
        return random -> {
            int size = random.nextInt(max + 1);
            ArrayNode list = NODES.arrayNode();
            for (int tries = 0; list.size() < size && tries < 10 * size; tries++) {
                JsonNode item = items.next(random);
                if (!unique || !contains(list, item)) {
                    list.add(item);
                }
            }
            return list;
        };
    }

    private static Generator enumeration(JsonNode rule, String place) {
        checkKeywords(rule, Set.of("type", "enum"), place);
        List<JsonNode> values = new ArrayList<>();
        for (JsonNode value : rule.path("enum")) {
            if (!value.isString()) {
                throw unknown(place, rule, "an enum value that is not a string");
            }
            values.add(value);
        }
        return random -> pick(random, values);
    }

    private Generator string(JsonNode rule, String place) {
        int minLength = rule.path("minLength").asInt(0);
        int maxLength = rule.path("maxLength").asInt(Integer.MAX_VALUE);
        String pattern = rule.path("pattern").isString() ? rule.path("pattern").asString() : null;
        Function<RandomGenerator, String> values;
        if (rule.has("format")) {
            if (!"date".equals(rule.path("format").asString(""))) {
                throw unknown(place, rule, "format " + rule.path("format"));
            }
            values = this::date;
        } else if (pattern != null) {
            values = byPattern.get(pattern);
            if (values == null) {
                throw unknown(place, rule, "pattern " + pattern);
            }
        } else {
            int longest = Math.max(Math.max(minLength, 1), Math.min(maxLength, PLAIN_MAX_LENGTH));
            values = random -> plain(random, Math.max(minLength, 1), longest);
        }
        Pattern form = pattern == null ? null : Pattern.compile(pattern);
        return random -> {
            String value = values.apply(random);
            int length = value.codePointCount(0, value.length());
            if (length < minLength || length > maxLength || form != null && !form.matcher(value).find()) {
                throw new IllegalStateException("generated \"" + value + "\", which the schema at " + where(place)
                        + " refuses: " + rule);
            }
            return NODES.stringNode(value);
        };
    }

    /** Whole numbers spread over every order of magnitude of the range, the bounds and zero as edge cases. */
    private static Generator numeric(JsonNode rule, String place, long span, boolean cents) {
        for (String bound : List.of("minimum", "maximum")) {
            if (rule.has(bound) && !rule.path(bound).canConvertToExactIntegral()) {
                throw unknown(place, rule, "a " + bound + " that is not a whole number");
            }
        }
        long min = rule.path("minimum").asLong(0);
        long max = rule.path("maximum").asLong(Long.MAX_VALUE);
        long high = Math.min(max, min + span);
        List<Long> edges = List.of(min, Math.min(min + 1, high), high, max == Long.MAX_VALUE ? high : max);
        return random -> {
            if (random.nextInt(8) == 0) {
                return NODES.numberNode(pick(random, edges));
            }
            int digits = random.nextInt(Long.toString(high - min).length() + 1);
            long value = min + random.nextLong(Math.min(high - min, (long) Math.pow(10, digits)) + 1);
            if (cents && value < high && random.nextInt(3) == 0) {
                return NODES.numberNode(value + random.nextInt(1, 100) / 100.0);
            }
            return NODES.numberNode(value);
        };
    }

    private String date(RandomGenerator random) {
        int days = random.nextInt(6) == 0 ? DATE_EDGES[random.nextInt(DATE_EDGES.length)]
                : random.nextInt(-1100, 801);
        return today.plusDays(days).toString();
    }

    private static String country(RandomGenerator random) {
        return pick(random, random.nextBoolean() ? MARKETS : COUNTRIES);
    }

    /** A country, a subdivision of one (US-NY and made-up ones alike) or the EU. */
    private static String jurisdiction(RandomGenerator random) {
        return switch (random.nextInt(5)) {
            case 0 -> JurisdictionCodes.EU_WIDE;
            case 1, 2 -> country(random);
            default -> country(random) + "-" + chars(random, CAPITALS_AND_DIGITS, 1, 3);
        };
    }

    private static String ticker(RandomGenerator random) {
        return random.nextInt(3) == 0 ? chars(random, CAPITALS_AND_DIGITS + ".-", 1, 15) : pick(random, TICKERS);
    }

    private static String plain(RandomGenerator random, int minLength, int maxLength) {
        String value = chars(random, PLAIN, minLength, maxLength);
        return value.isBlank() ? "a" + value.substring(1) : value;
    }

    private static String chars(RandomGenerator random, String alphabet, int minLength, int maxLength) {
        StringBuilder value = new StringBuilder();
        for (int length = random.nextInt(minLength, maxLength + 1); value.length() < length; ) {
            value.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return value.toString();
    }

    private static boolean contains(ArrayNode list, JsonNode item) {
        for (JsonNode entry : list) {
            if (entry.equals(item)) {
                return true;
            }
        }
        return false;
    }

    static <T> T pick(RandomGenerator random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    private static void checkKeywords(JsonNode rule, Set<String> known, String place) {
        for (String keyword : rule.propertyNames()) {
            if (!known.contains(keyword) && !ANNOTATIONS.contains(keyword)) {
                throw unknown(place, rule, "keyword " + keyword + (rule.has("type") ? " on type " + rule.path("type")
                        : ""));
            }
        }
    }

    private static IllegalStateException unknown(String place, JsonNode rule, String what) {
        String text = rule.toString();
        return new IllegalStateException("no generator for " + what + " in the schema at " + where(place) + ": "
                + (text.length() > 200 ? text.substring(0, 200) + "..." : text));
    }

    private static String where(String place) {
        return place.isEmpty() ? "the root" : place;
    }
}
