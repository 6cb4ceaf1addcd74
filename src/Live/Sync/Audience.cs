namespace Quartet.Live.Sync;

/// <summary>Who a published row is for. A caller sees "all" plus its own audiences and never two rows of one entity.</summary>
public static class Audiences
{
    public const string All = "all";

    /// <summary>Presenter screens and participants (results as the audience may see them).</summary>
    public const string Public = "public";

    public const string Host = "host";

    public static string Participant(Guid participantId) => "participant:" + participantId.ToString("N");
}

public enum ViewerKind
{
    Host,
    Presenter,
    Participant,
}

/// <summary>One caller of sync: the audience class plus, for a participant, the personal audience.</summary>
public readonly record struct Viewer(ViewerKind Kind, Guid ParticipantId = default)
{
    public static Viewer Host => new(ViewerKind.Host);

    public static Viewer Presenter => new(ViewerKind.Presenter);

    public static Viewer ForParticipant(Guid participantId) => new(ViewerKind.Participant, participantId);

    public bool SeesShared(string audience) => audience == Audiences.All
        || (Kind == ViewerKind.Host ? audience == Audiences.Host : audience == Audiences.Public);
}
