package com.custodyadvisor.improvement;

import com.custodyadvisor.document.Document;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The levers of {@code data/levers.yaml}, in file order, and the reasons the findings no lever clears are left to
 * the firm.
 */
public final class Levers {

    private final List<Lever> levers;
    private final Map<String, String> notClearable;
    private final Path file;
    private final Document document;
    private final String version;

    Levers(List<Lever> levers, Map<String, String> notClearable, Path file, Document document, String version) {
        this.levers = List.copyOf(levers);
        this.notClearable = new LinkedHashMap<>(notClearable);
        this.file = file;
        this.document = document;
        this.version = version;
    }

    public List<Lever> all() {
        return levers;
    }

    public Optional<Lever> find(String id) {
        return levers.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    /** Why no lever clears a finding, as the data say it; empty when they say nothing of it. */
    public Optional<String> notClearableReason(String findingId) {
        return Optional.ofNullable(notClearable.get(findingId));
    }

    /** The findings the data say no lever clears, with the reasons, in file order. */
    public Map<String, String> notClearable() {
        return java.util.Collections.unmodifiableMap(notClearable);
    }

    /** True when some lever addresses the finding, or the data say why none does. */
    public boolean accountsFor(String findingId) {
        return notClearable.containsKey(findingId) || levers.stream().anyMatch(l -> l.addresses().contains(findingId));
    }

    public Path file() {
        return file;
    }

    /** Line and column of a lever's entry in the file. */
    public int[] positionOf(Lever lever) {
        return document.positionOf("/levers/" + levers.indexOf(lever));
    }

    /** SHA-256 (hex) of the file. */
    public String version() {
        return version;
    }
}
