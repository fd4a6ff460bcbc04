package dev.sentag.model;

/** One member of a team library: their database login (also their annotator name) and their role. */
public record TeamMember(String login, TeamRole role) {
}
