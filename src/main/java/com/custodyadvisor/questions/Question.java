package com.custodyadvisor.questions;

import com.custodyadvisor.advisory.ActionOwner;
import java.util.List;
import java.util.Map;

/**
 * A question the rules rely on the profile to answer (one entry of {@code data/questions.yaml}).
 *
 * @param pointer the field that answers it; {@code *} stands for every item of a list
 * @param also other fields that answer it as well
 * @param ask the question in plain words
 * @param unless pointer to value: not asked when the profile gives that value there
 * @param owner who answers it: the firm, unless the data name its vendor or broker
 */
public record Question(String id, String pointer, List<String> also, String ask, Map<String, Object> unless,
                       ActionOwner owner) {

    public Question {
        also = also == null ? List.of() : List.copyOf(also);
        unless = unless == null ? Map.of() : Map.copyOf(unless);
        owner = owner == null ? ActionOwner.FIRM : owner;
    }
}
