package com.custodyadvisor.parameters;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every parameter of {@code data/parameters.yaml}: one immutable fact in each advisory's working memory,
 * so rules use a number in a pattern by its name:
 * <pre>
 * Parameters( $line : usd("carrier-line-usd") )
 * LossScenario( lossUsd > $line )
 * </pre>
 * Each accessor reads one unit; {@code rules validate} reports a rule naming a parameter that does not
 * exist, or reading it in another unit, so these never fail on a rule set that loaded.
 */
public final class Parameters {

    private final Map<String, Parameter> byName = new LinkedHashMap<>();
    private final String version;

    public Parameters(List<Parameter> parameters, String version) {
        parameters.forEach(p -> byName.put(p.name(), p));
        this.version = version;
    }

    /** A whole amount of US dollars. */
    public long usd(String name) {
        return read(name, Unit.USD).value().longValueExact();
    }

    /** A share: 0.1 is a tenth. */
    public double ratio(String name) {
        return read(name, Unit.RATIO).value().doubleValue();
    }

    /** A percentage: 2 is 2%. */
    public double percent(String name) {
        return read(name, Unit.PERCENT).value().doubleValue();
    }

    public int count(String name) {
        return read(name, Unit.COUNT).value().intValueExact();
    }

    public int days(String name) {
        return read(name, Unit.DAYS).value().intValueExact();
    }

    public int months(String name) {
        return read(name, Unit.MONTHS).value().intValueExact();
    }

    /** A level of a standard, e.g. a FIPS 140 level. */
    public int level(String name) {
        return read(name, Unit.LEVEL).value().intValueExact();
    }

    public Optional<Parameter> find(String name) {
        return Optional.ofNullable(byName.get(name));
    }

    /** Every parameter, in the file's order. */
    public Collection<Parameter> all() {
        return byName.values();
    }

    /** SHA-256 (hex) of the file the parameters were read from. */
    public String version() {
        return version;
    }

    private Parameter read(String name, Unit unit) {
        Parameter p = byName.get(name);
        if (p == null) {
            throw new IllegalArgumentException("no parameter \"" + name + "\" in " + ParametersLoader.FILE_NAME);
        }
        if (p.unit() != unit) {
            throw new IllegalArgumentException("parameter \"" + name + "\" is in " + p.unit() + ", not " + unit);
        }
        return p;
    }
}
