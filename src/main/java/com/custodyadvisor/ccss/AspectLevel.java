package com.custodyadvisor.ccss;

/**
 * The CCSS level the profile supports for one aspect: the highest level whose requirements (and those of every
 * level below) it shows met. One fact per aspect.
 *
 * @param level 0 to 3
 * @param next the first requirement of the next level the profile does not show met; null at level 3
 * @param nextInPlace false when the profile says that requirement is not in place, null when it leaves it out
 */
public record AspectLevel(CcssAspect aspect, int level, Requirement next, Boolean nextInPlace) {

    /**
     * True when the profile shows exactly this level: the next level's requirement is not in place (or there is no
     * next level). Otherwise the level is what the profile supports, and the aspect may reach higher.
     */
    public boolean isExact() {
        return next == null || Boolean.FALSE.equals(nextInPlace);
    }

    /** True unless the profile shows nothing of the aspect: not even its first requirement is given. */
    public boolean isAssessed() {
        return level > 0 || isExact();
    }

    /** "1.03 Key storage". */
    public String label() {
        return aspect.number() + " " + aspect.title();
    }

    /** What keeps it from the next level: "1.03 L2, backups are tamper-evident: not in place"; "" at level 3. */
    public String unmet() {
        return next == null ? "" : next.number() + ", " + next.text() + ": " + state();
    }

    /** "not in place" or "not confirmed": the next requirement's state. */
    public String state() {
        return Boolean.FALSE.equals(nextInPlace) ? "not in place" : "not confirmed";
    }
}
