namespace Quartet.Live.Sync;

/// <summary>Entity kinds carried by sync (S9).</summary>
public static class Kinds
{
    public const string Session = "session";
    public const string Activity = "activity";
    public const string Results = "results";
    public const string Question = "question";
    public const string Leaderboard = "leaderboard";
    public const string Presence = "presence";
    public const string Reactions = "reactions";
    public const string Me = "me";
    public const string Moderation = "moderation";
    public const string Participant = "participant";
}
