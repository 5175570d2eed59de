package com.custodyadvisor.catalog;

/**
 * Something a broker should know before approaching a provider (a condition of its cover, how it places a
 * risk, a programme it has written), from the guide or the references.
 *
 * @param basis the sentence it rests on
 */
public record ProviderNote(String text, String basis) {
}
