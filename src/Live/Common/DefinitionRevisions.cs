using Quartet.Platform.Http;

namespace Quartet.Live.Common;

/// <summary>
/// The entity tags of a session's definition (<c>r</c> + revision) and of one activity (<c>a</c> + revision): edits need
/// If-Match with the tag read (L12), 428 without it, 412 when stale.
/// </summary>
public static class DefinitionRevisions
{
    public static readonly Precondition SessionMatch = new("Send If-Match with the ETag you read.", "The definition changed since you read it; reload.");

    public static readonly Precondition ActivityMatch = new("Send If-Match with the activity's ETag.", "The activity changed since you read it; reload.");

    public static string SessionTag(int revision) => ETags.OfVersion(revision, "r");

    public static string ActivityTag(int revision) => ETags.OfVersion(revision, "a");
}
