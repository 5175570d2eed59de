package com.custodyadvisor.profile;

/** How the firm proves it holds its clients' assets (CCSS 2.03): once, on a schedule, or verifiably on-chain. */
public enum ProofOfReserveKind {
    NONE, ONE_OFF, REGULAR, ON_CHAIN
}
