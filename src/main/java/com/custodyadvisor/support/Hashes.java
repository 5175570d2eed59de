package com.custodyadvisor.support;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content hashes that name what was loaded (rule set and catalogue versions). */
public final class Hashes {

    private Hashes() {
    }

    public static String sha256(byte[] bytes) {
        MessageDigest digest = newDigest();
        return HexFormat.of().formatHex(digest.digest(bytes));
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    public static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }
}
