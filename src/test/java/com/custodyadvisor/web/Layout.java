package com.custodyadvisor.web;

import java.util.List;

/** Layout checks run in the page. */
final class Layout {

    /**
     * Elements that reach past the right edge of the window without a scrolling (or clipping) box around
     * them: each would make the whole page scroll sideways. Named by tag, id and class, for the failure message.
     */
    private static final String OVERFLOWING = """
            const width = document.documentElement.clientWidth;
            const found = [];
            for (const el of document.querySelectorAll('body *')) {
              const box = el.getBoundingClientRect();
              if (box.width === 0 || box.right <= width + 1) continue;
              let contained = false;
              // a scroll box clips an absolutely placed element only if it holds the element's containing block
              const absolute = ['absolute', 'fixed'].includes(getComputedStyle(el).position);
              for (let p = absolute ? el.offsetParent : el.parentElement; p && p !== document.body; p = p.parentElement) {
                if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(p).overflowX)) { contained = true; break; }
              }
              if (!contained) {
                found.push(el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
                    + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '')
                    + ' right=' + Math.round(box.right));
              }
            }
            return found.slice(0, 25);
            """;

    private Layout() {
    }

    @SuppressWarnings("unchecked")
    static List<String> overflowing(Browser browser) {
        return (List<String>) browser.script(OVERFLOWING);
    }
}
