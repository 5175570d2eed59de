package com.custodyadvisor.profile;

import com.custodyadvisor.document.Document;
import com.custodyadvisor.document.InvalidDocumentException;
import com.custodyadvisor.document.Mappers;
import com.custodyadvisor.document.Problem;
import com.custodyadvisor.document.SchemaValidator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads a profile from JSON or YAML and validates it: first against the profile's JSON Schema (the one
 * description of its shape, shared with the HTTP API), then the checks a schema cannot express.
 * Every problem is reported at once, each with its JSON Pointer and, where known, line and column.
 */
public final class ProfileReader {

    public static final String SCHEMA_RESOURCE = "/schema/profile.schema.json";

    /**
     * Offset of the earliest time zone: a date is in the future only once it is tomorrow everywhere, so a loss
     * discovered today in Auckland or Kiribati is not refused while it is still yesterday in UTC.
     */
    private static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(14);

    private final SchemaValidator schema;
    private final Clock clock;

    /** A reader that takes today from the system clock. */
    public ProfileReader() {
        this(SchemaValidator.fromResource(SCHEMA_RESOURCE), Clock.systemUTC());
    }

    private ProfileReader(SchemaValidator schema, Clock clock) {
        this.schema = schema;
        this.clock = clock;
    }

    /** The same reader with today taken from the clock (a scenario's day); the schema is shared, not reloaded. */
    public ProfileReader withClock(Clock clock) {
        return new ProfileReader(schema, clock);
    }

    /** The profile schema as loaded. */
    public SchemaValidator schema() {
        return schema;
    }

    /**
     * Parses and validates a profile.
     *
     * @throws InvalidProfileException with every problem when the profile is malformed or invalid
     */
    public SubmittedProfile read(byte[] bytes) throws InvalidProfileException {
        Document document;
        try {
            document = Document.parse(bytes);
        } catch (InvalidDocumentException e) {
            throw new InvalidProfileException(e.problems());
        }
        return read(document);
    }

    /** Validates an already parsed document. */
    public SubmittedProfile read(Document document) throws InvalidProfileException {
        List<Problem> problems = problemsOf(document.tree());
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(document.locate(problems));
        }
        return model(document.tree());
    }

    /** Validates a tree with no text behind it (a profile with a patch applied): problems carry no line. */
    public SubmittedProfile read(JsonNode tree) throws InvalidProfileException {
        List<Problem> problems = problemsOf(tree);
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return model(tree);
    }

    private List<Problem> problemsOf(JsonNode tree) {
        List<Problem> problems = schema.validate(tree);
        problems.addAll(semanticProblems(tree));
        problems.addAll(JurisdictionCodes.in(tree));
        problems.addAll(Contradictions.in(tree, LocalDate.ofInstant(clock.instant(), EARLIEST_ZONE)));
        return problems;
    }

    private static SubmittedProfile model(JsonNode tree) throws InvalidProfileException {
        try {
            return new SubmittedProfile(Mappers.JSON.treeToValue(tree, Profile.class), tree);
        } catch (JacksonException e) {
            // the schema admits only what the model can hold; report rather than crash if they drift
            String path = e.getPathReference() == null ? "" : e.getPathReference();
            throw new InvalidProfileException(List.of(Problem.at("", "cannot read the profile: "
                    + e.getOriginalMessage() + (path.isEmpty() ? "" : " at " + path))));
        }
    }

    /**
     * Checks that relate fields to each other or to outside lists, which JSON Schema cannot say. Each
     * looks only at values of the right type, so it adds nothing to what the schema already reported.
     */
    private static List<Problem> semanticProblems(JsonNode tree) {
        List<Problem> problems = new ArrayList<>();
        JsonNode domicileNode = tree.path("firm").path("domicile");
        String domicile = domicileNode.asString("");
        if (domicileNode.isString() && domicile.matches("[A-Z]{2}") && !Regions.isCountryCode(domicile)) {
            problems.add(Problem.at("/firm/domicile", "\"" + domicile
                    + "\" is not an ISO 3166-1 alpha-2 country code (e.g. US, GB, DE, SG, HK)"));
        }
        JsonNode wallets = arrayAt(tree.path("wallets"));
        for (int i = 0; i < wallets.size(); i++) {
            JsonNode threshold = wallets.get(i).path("threshold");
            JsonNode keyShares = wallets.get(i).path("keyShares");
            // numbers beyond the schema's bounds are reported by the schema; only sizes a wallet can have compare
            if (threshold.canConvertToLong() && keyShares.canConvertToLong() && threshold.isIntegralNumber()
                    && keyShares.isIntegralNumber() && threshold.asLong() > keyShares.asLong()) {
                problems.add(Problem.at("/wallets/" + i + "/threshold", "threshold " + threshold.asLong()
                        + " is above keyShares " + keyShares.asLong()
                        + ": a wallet cannot need more signatures or shares than exist"));
            }
        }
        JsonNode policies = arrayAt(tree.path("insurance").path("policies"));
        for (int i = 0; i < policies.size(); i++) {
            JsonNode p = policies.get(i);
            if (!p.path("limitUsd").isNumber()) {
                continue;
            }
            double limit = p.path("limitUsd").asDouble();
            for (Map.Entry<String, JsonNode> sub : p.path("tierSublimitsUsd").properties()) {
                if (sub.getValue().isNumber() && sub.getValue().asDouble() > limit) {
                    problems.add(Problem.at("/insurance/policies/" + i + "/tierSublimitsUsd/" + sub.getKey(),
                            sub.getKey() + " sub-limit " + Money.usd(sub.getValue().asDouble())
                                    + " is above the policy limit " + Money.usd(limit)));
                }
            }
        }
        return problems;
    }

    /** The list at a place, or an empty one when something else is there (the schema reports that). */
    private static JsonNode arrayAt(JsonNode node) {
        return node.isArray() ? node : MissingNode.getInstance();
    }
}
