package dev.sentag.model;

/** What a member of a team library may do: annotators write their own work, adjudicators also gold, admins everything. */
public enum TeamRole {
    ANNOTATOR, ADJUDICATOR, ADMIN;

    /** The role's name as the command line prints it. */
    public String shown() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
