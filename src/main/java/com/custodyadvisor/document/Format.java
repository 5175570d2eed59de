package com.custodyadvisor.document;

/** The text formats a document may be written in. */
public enum Format {
    JSON, YAML;

    /**
     * Chooses by content: a document whose first character is '{' or '[' is JSON, anything else YAML.
     * (YAML would read most JSON too, but JSON's own parser gives clearer errors for it.)
     */
    public static Format sniff(byte[] bytes) {
        for (int i = startAfterBom(bytes); i < bytes.length; i++) {
            byte b = bytes[i];
            if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
                continue;
            }
            return b == '{' || b == '[' ? JSON : YAML;
        }
        return YAML;
    }

    private static int startAfterBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                ? 3 : 0;
    }
}
