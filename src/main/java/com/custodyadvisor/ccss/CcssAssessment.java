package com.custodyadvisor.ccss;

import com.custodyadvisor.profile.Profile;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The CCSS level each aspect reaches on what the profile shows, and the overall level: the lowest level among the
 * aspects assessed. An aspect the profile says nothing of is not assessed (not 0) and left out of the overall
 * level, which is then what the assessed aspects support: one not assessed can only lower it.
 */
public final class CcssAssessment {

    private final List<AspectLevel> aspects;

    private CcssAssessment(List<AspectLevel> aspects) {
        this.aspects = List.copyOf(aspects);
    }

    public static CcssAssessment of(Profile profile, LocalDate today) {
        Inputs inputs = new Inputs(profile, today);
        List<AspectLevel> levels = new ArrayList<>();
        for (CcssAspect aspect : CcssAspect.values()) {
            levels.add(level(aspect, inputs));
        }
        return new CcssAssessment(levels);
    }

    /** Level by level, the first requirement not in place stops the climb; failing that, the first left out. */
    private static AspectLevel level(CcssAspect aspect, Inputs inputs) {
        List<Requirement> requirements = CcssRequirements.of(aspect);
        int top = requirements.stream().mapToInt(Requirement::level).max().orElse(0);
        for (int level = 1; level <= top; level++) {
            Requirement unknown = null;
            for (Requirement r : requirements) {
                if (r.level() != level) {
                    continue;
                }
                Boolean met = r.evaluate(inputs);
                if (Boolean.FALSE.equals(met)) {
                    return new AspectLevel(aspect, level - 1, r, false);
                }
                if (met == null && unknown == null) {
                    unknown = r;
                }
            }
            if (unknown != null) {
                return new AspectLevel(aspect, level - 1, unknown, null);
            }
        }
        return new AspectLevel(aspect, top, null, null);
    }

    /** Every aspect, in CCSS order. */
    public List<AspectLevel> aspects() {
        return aspects;
    }

    /** The lowest level among the aspects assessed; null when none is. */
    public Integer level() {
        return aspects.stream().filter(AspectLevel::isAssessed).mapToInt(AspectLevel::level).min().stream().boxed()
                .findFirst().orElse(null);
    }

    /** The aspects the profile says nothing of. */
    public List<AspectLevel> notAssessed() {
        return aspects.stream().filter(a -> !a.isAssessed()).toList();
    }
}
