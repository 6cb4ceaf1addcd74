namespace Quartet.Live.Activities;

/// <summary>The stored answer of one response row; which fields are set depends on the activity type.</summary>
public sealed class ResponsePayload
{
    public List<int>? Choices { get; set; }

    public int? Rating { get; set; }

    public List<CloudWord>? Words { get; set; }

    public string? Text { get; set; }
}

/// <summary>A word-cloud word: the normalized key it is grouped by and the form the participant typed.</summary>
public sealed record CloudWord(string Key, string Text);
