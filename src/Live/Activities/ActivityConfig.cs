using System.Text.Json.Serialization;
using Quartet.Live.Data;
using Quartet.Live.Sync;
using Quartet.Live.Text;

namespace Quartet.Live.Activities;

/// <summary>Typed activity configuration (§4.3); only the fields of the activity's type are used.</summary>
public sealed class ActivityConfig
{
    public static readonly string[] EmojiSet =
    [
        "👍", "❤️", "😂", "👏", "🎉", "😮", "😢", "🔥", "💯", "🙌", "🤔", "👀",
        "✅", "❌", "⭐", "🚀", "💡", "🙏", "😍", "🤯", "🥳", "😴", "👎", "😡",
    ];

    // poll
    public List<string>? Options { get; set; }

    public bool Multiple { get; set; }

    public int? MaxChoices { get; set; }

    public bool AllowChange { get; set; } = true;

    // wordcloud
    public int MaxWordsPerParticipant { get; set; } = 3;

    public int MaxWordLength { get; set; } = 25;

    // rating
    public int Min { get; set; } = 1;

    public int Max { get; set; } = 5;

    public string? MinLabel { get; set; }

    public string? MaxLabel { get; set; }

    // opentext and qna
    public int MaxLength { get; set; } = 280;

    public int EntriesPerParticipant { get; set; } = 1;

    public bool Moderated { get; set; }

    public bool AnonymousAllowed { get; set; } = true;

    public bool PreModeration { get; set; }

    public int MaxQuestionsPerParticipant { get; set; } = 10;

    public string Sort { get; set; } = "votes";

    // quiz
    public List<QuizQuestionDefinition>? Questions { get; set; }

    public bool OpenOnShow { get; set; } = true;

    // reactions
    public List<string>? Emojis { get; set; }

    /// <summary>The limits of §4.3 for <paramref name="type"/>; returns field → message for each violation.</summary>
    public Dictionary<string, string[]> Validate(ActivityType type)
    {
        var errors = new Dictionary<string, string[]>();
        void Fail(string field, string message) => errors[field] = [message];

        switch (type)
        {
            case ActivityType.Poll:
                if (Options is null || Options.Count is < 2 or > 10)
                {
                    Fail("config.options", "A poll has 2 to 10 options.");
                }
                else if (Options.Any(o => TextRules.CleanLine(o).Length is < 1 or > 120))
                {
                    Fail("config.options", "Each option has 1 to 120 characters.");
                }

                if (Multiple && MaxChoices is { } max && (max < 2 || max > (Options?.Count ?? 0)))
                {
                    Fail("config.maxChoices", "maxChoices is between 2 and the number of options.");
                }

                break;
            case ActivityType.Wordcloud:
                if (MaxWordsPerParticipant is < 1 or > 10)
                {
                    Fail("config.maxWordsPerParticipant", "Between 1 and 10.");
                }

                if (MaxWordLength is < 3 or > 40)
                {
                    Fail("config.maxWordLength", "Between 3 and 40.");
                }

                break;
            case ActivityType.Rating:
                if (Min is not (0 or 1))
                {
                    Fail("config.min", "The scale starts at 0 or 1.");
                }

                if (Max is < 3 or > 10)
                {
                    Fail("config.max", "The scale ends between 3 and 10.");
                }

                if ((MinLabel?.Length ?? 0) > 40 || (MaxLabel?.Length ?? 0) > 40)
                {
                    Fail("config.minLabel", "Labels have at most 40 characters.");
                }

                break;
            case ActivityType.Opentext:
                if (MaxLength is < 1 or > 500)
                {
                    Fail("config.maxLength", "Between 1 and 500.");
                }

                if (EntriesPerParticipant is < 1 or > 5)
                {
                    Fail("config.entriesPerParticipant", "Between 1 and 5.");
                }

                break;
            case ActivityType.Qna:
                if (MaxLength is < 10 or > 500)
                {
                    Fail("config.maxLength", "Between 10 and 500.");
                }

                if (MaxQuestionsPerParticipant is < 1 or > 20)
                {
                    Fail("config.maxQuestionsPerParticipant", "Between 1 and 20.");
                }

                if (Sort is not ("votes" or "newest"))
                {
                    Fail("config.sort", "votes or newest.");
                }

                break;
            case ActivityType.Quiz:
                if (Questions is null || Questions.Count is < 1 or > 50)
                {
                    Fail("config.questions", "A quiz has 1 to 50 questions.");
                    break;
                }

                for (var i = 0; i < Questions.Count; i++)
                {
                    foreach (var (field, message) in Questions[i].Validate())
                    {
                        Fail($"config.questions[{i}].{field}", message);
                    }
                }

                break;
            case ActivityType.Reactions:
                if (Emojis is null || Emojis.Count is < 1 or > 6 || Emojis.Distinct().Count() != Emojis.Count || Emojis.Any(e => !EmojiSet.Contains(e)))
                {
                    Fail("config.emojis", "Choose 1 to 6 distinct emojis from the fixed set.");
                }

                break;
        }

        return errors;
    }

    /// <summary>Trims texts and fills defaults that depend on other fields.</summary>
    public ActivityConfig Normalized(ActivityType type)
    {
        if (Options is not null)
        {
            Options = [.. Options.Select(TextRules.CleanLine)];
        }

        if (type == ActivityType.Poll && Multiple)
        {
            MaxChoices ??= Options?.Count;
        }

        if (type == ActivityType.Reactions)
        {
            Emojis ??= [.. EmojiSet.Take(6)];
        }

        if (type == ActivityType.Quiz && Questions is { Count: > 0 })
        {
            foreach (var question in Questions)
            {
                question.Text = TextRules.CleanLine(question.Text);
                question.Options = [.. question.Options.Select(TextRules.CleanLine)];
                question.Correct = [.. question.Correct.Distinct().Order()];
            }

            for (var i = 0; i < Questions.Count; i++)
            {
                Questions[i].ShowLeaderboard ??= i == Questions.Count - 1;
            }
        }

        return this;
    }

    /// <summary>What the audience may see of the configuration: never quiz questions or answers.</summary>
    public ActivitySettings PublicView(ActivityType type) => type switch
    {
        ActivityType.Poll => new PollSettings(Options, Multiple, MaxChoices, AllowChange),
        ActivityType.Wordcloud => new WordcloudSettings(MaxWordsPerParticipant, MaxWordLength),
        ActivityType.Rating => new RatingSettings(Min, Max, MinLabel, MaxLabel, AllowChange),
        ActivityType.Opentext => new OpentextSettings(MaxLength, EntriesPerParticipant, Moderated),
        ActivityType.Qna => new QnaSettings(MaxLength, AnonymousAllowed, PreModeration, MaxQuestionsPerParticipant, Sort),
        ActivityType.Quiz => new QuizSettings(Questions?.Count ?? 0),
        _ => new ReactionsSettings(Emojis),
    };
}

public sealed class QuizQuestionDefinition
{
    public string Text { get; set; } = "";

    public List<string> Options { get; set; } = [];

    public List<int> Correct { get; set; } = [];

    public int Points { get; set; } = 1000;

    [JsonPropertyName("timeLimitSeconds")]
    public int? TimeLimitSeconds { get; set; } = 20;

    public bool SpeedBonus { get; set; } = true;

    public bool? ShowLeaderboard { get; set; }

    public string Explanation { get; set; } = "";

    public IEnumerable<(string Field, string Message)> Validate()
    {
        if (TextRules.CleanLine(Text).Length is < 1 or > 300)
        {
            yield return ("text", "1 to 300 characters.");
        }

        if (Options.Count is < 2 or > 6 || Options.Any(o => TextRules.CleanLine(o).Length is < 1 or > 120))
        {
            yield return ("options", "2 to 6 options of 1 to 120 characters.");
        }

        if (Correct.Count == 0 || Correct.Any(c => c < 0 || c >= Options.Count))
        {
            yield return ("correct", "At least one correct option, by index.");
        }

        if (Points is < 0 or > 2000)
        {
            yield return ("points", "0 to 2,000.");
        }

        if (TimeLimitSeconds is < 5 or > 300)
        {
            yield return ("timeLimitSeconds", "5 to 300 seconds, or null for untimed.");
        }

        if (Explanation.Length > 500)
        {
            yield return ("explanation", "At most 500 characters.");
        }
    }
}
