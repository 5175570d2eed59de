package com.custodyadvisor.profile;

/**
 * A value held in one asset.
 *
 * @param asset the ticker, e.g. "BTC"
 */
public record AssetAmount(String asset, long valueUsd) {
}
