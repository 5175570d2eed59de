package com.custodyadvisor.support;

import java.util.Collection;
import java.util.List;

/** How details and reasons join words: lists the way a person writes them, sentences that start upper-case. */
public final class Wording {

    private Wording() {
    }

    /** "A, B and C". */
    public static String list(Collection<?> items) {
        List<String> texts = items.stream().map(String::valueOf).toList();
        if (texts.size() <= 1) {
            return String.join("", texts);
        }
        return String.join(", ", texts.subList(0, texts.size() - 1)) + " and " + texts.get(texts.size() - 1);
    }

    /** The text with its first character upper-case. */
    public static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
