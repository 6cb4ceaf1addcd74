using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Quartet.Platform.Data;

/// <summary>
/// A compiled EF query (<c>EF.CompileAsyncQuery</c>) per model. A compiled query refuses a context whose model is not the one it was compiled against, and a module's
/// context has one model per engine (a process serving one engine has one; the tests run all three side by side).
/// </summary>
public sealed class PerModel<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<IModel, TQuery> queries = new();

    public TQuery For(DbContext db) => queries.GetOrAdd(db.Model, static (_, compile) => compile(), compile);
}
