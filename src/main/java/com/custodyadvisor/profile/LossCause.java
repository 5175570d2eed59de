package com.custodyadvisor.profile;

/** What caused a loss in the firm's loss history. */
public enum LossCause {
    EXTERNAL_THEFT, INSIDER, SOCIAL_ENGINEERING, KEY_LOSS, VENDOR, SMART_CONTRACT, OTHER
}
