package dev.sentag.store;

/** Who is logged in to a team library: the login is the annotator, and its group roles say what it may do. */
public record TeamLogin(String name, boolean adjudicator, boolean admin) {
}
