using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Quartet.Platform.Http;

/// <summary><c>?page=&amp;pageSize=</c> query parameters: page from 1, page size 1–100 (20 by default).</summary>
public readonly record struct PageRequest(int Page, int PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int Skip => (Page - 1) * PageSize;

    public static ValueTask<PageRequest> BindAsync(HttpContext context)
    {
        var page = Parse(context, "page", 1, 1, int.MaxValue / MaxPageSize);
        var size = Parse(context, "pageSize", DefaultPageSize, 1, MaxPageSize);
        return ValueTask.FromResult(new PageRequest(page, size));
    }

    private static int Parse(HttpContext context, string name, int fallback, int min, int max)
    {
        var raw = context.Request.Query[name].ToString();
        if (string.IsNullOrEmpty(raw))
        {
            return fallback;
        }

        if (!int.TryParse(raw, out var value) || value < min || value > max)
        {
            throw new ProblemException(400, "VALIDATION_FAILED", $"{name} must be an integer from {min} to {max}.",
                new Dictionary<string, string[]> { [name] = [$"Must be an integer from {min} to {max}."] });
        }

        return value;
    }
}

public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);

public static class PagingExtensions
{
    public static async Task<PagedList<T>> ToPageAsync<T>(this IQueryable<T> query, PageRequest request, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip(request.Skip).Take(request.PageSize).ToListAsync(cancellationToken);
        return new PagedList<T>(items, request.Page, request.PageSize, total);
    }
}
