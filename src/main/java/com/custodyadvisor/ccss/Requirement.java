package com.custodyadvisor.ccss;

import java.util.function.Function;

/**
 * One requirement of one CCSS level, named as the standard numbers it ("1.03 L2"), with the profile field it reads
 * and how: met (true), not in place (false), or not confirmed (null: the profile leaves it out).
 *
 * @param text the requirement in words, after references.md
 * @param path JSON Pointer of the field it reads (the first, when it reads several)
 */
public record Requirement(CcssAspect aspect, int level, String text, String path, Function<Inputs, Boolean> test) {

    /** "1.03 L2". */
    public String number() {
        return aspect.number() + " L" + level;
    }

    Boolean evaluate(Inputs inputs) {
        return test.apply(inputs);
    }
}
