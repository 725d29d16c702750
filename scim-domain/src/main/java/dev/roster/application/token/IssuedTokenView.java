package dev.roster.application.token;

/** A token just issued, with its value: the only time the value is ever shown. */
public record IssuedTokenView(TokenView token, String value) {}
