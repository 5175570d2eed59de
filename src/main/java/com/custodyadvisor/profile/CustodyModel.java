package com.custodyadvisor.profile;

/**
 * Who holds the keys: the firm ({@code SELF}), another custodian ({@code SUB_CUSTODIAN}), the firm with a
 * vendor holding a share or backup key ({@code SHARED}, co-signing or MPC), or nobody for the firm's
 * clients ({@code NONE}, a non-custodial service).
 */
public enum CustodyModel {
    SELF, SUB_CUSTODIAN, SHARED, NONE
}
