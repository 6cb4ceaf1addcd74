using Quartet.Live.Data;

namespace Quartet.Live.Qna;

/// <summary>A question as its author sees it; asking and replaying the ask answer the same.</summary>
public sealed record OwnQuestion(Guid Id, Guid ActivityId, string Text, QuestionState State, bool Anonymous, DateTime CreatedAt)
{
    public static OwnQuestion From(Question q) => new(q.Id, q.ActivityId, q.Text, q.State, q.Anonymous, q.CreatedAt);
}
