using Quartet.Platform.Modules;

namespace Quartet.Live;

public sealed class LiveModule : QuartetModule
{
    public override string Key => "live";

    public override string Name => "Caja Live";

    public override string Description => "Polls, Q&A, word clouds and quizzes for live events.";

    public override IReadOnlyList<string> Roles => ["live.host"];
}
