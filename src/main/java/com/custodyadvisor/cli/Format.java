package com.custodyadvisor.cli;

/** Output formats of {@code assess}. */
enum Format {
    text, json, markdown
}
