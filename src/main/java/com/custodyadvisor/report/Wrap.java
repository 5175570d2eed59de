package com.custodyadvisor.report;

/** Word-wraps text for a terminal, with a hanging indent. */
final class Wrap {

    private Wrap() {
    }

    /**
     * Wraps {@code text} so no line passes {@code width} columns, given that its first line starts at
     * {@code startColumn}; every later line starts with {@code indent}.
     */
    static String wrap(String text, int startColumn, int width, String indent) {
        StringBuilder out = new StringBuilder();
        int column = startColumn;
        boolean lineEmpty = true;
        for (String word : text.split(" ")) {
            if (word.isEmpty()) {
                continue;
            }
            if (!lineEmpty && column + 1 + word.length() > width) {
                out.append('\n').append(indent);
                column = indent.length();
                lineEmpty = true;
            }
            if (!lineEmpty) {
                out.append(' ');
                column++;
            }
            out.append(word);
            column += word.length();
            lineEmpty = false;
        }
        return out.toString();
    }
}
