using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Quartet.Platform.Http;

namespace Quartet.Platform.Tests;

/// <summary>The platform's one tag format and comparison, If-Match preconditions, conditional GET and the retry-later shape.</summary>
public sealed class HttpConventionTests
{
    private static DefaultHttpContext Request(string? ifMatch = null, string? ifNoneMatch = null)
    {
        var http = new DefaultHttpContext();
        if (ifMatch is not null)
        {
            http.Request.Headers.IfMatch = ifMatch;
        }

        if (ifNoneMatch is not null)
        {
            http.Request.Headers.IfNoneMatch = ifNoneMatch;
        }

        return http;
    }

    [Theory]
    [InlineData("\"v3\"", true)]
    [InlineData("W/\"v3\"", true)]
    [InlineData("v3", true)]
    [InlineData("\"v2\", \"v3\"", true)]
    [InlineData("*", true)]
    [InlineData("\"v4\"", false)]
    [InlineData("\"3\"", false)]
    public void Tag_lists_compare_weakly(string header, bool listed) =>
        ETags.Lists(header, ETags.OfVersion(3, "v")).ShouldBe(listed);

    [Theory]
    [InlineData("\"v12\"", 12L)]
    [InlineData("W/\"v12\"", 12L)]
    [InlineData("\"r12\"", null)]
    [InlineData("\"v-1\"", null)]
    [InlineData("", null)]
    public void A_version_tag_names_its_version(string tag, long? version) => ETags.VersionOf(tag, "v").ShouldBe(version);

    [Fact]
    public void A_write_without_If_Match_is_428_with_the_modules_code()
    {
        var precondition = new Precondition("send it", "stale", MissingCode: "IF_MATCH_REQUIRED");
        var refused = Should.Throw<ProblemException>(() => precondition.Require(Request().Request, "\"v1\""));
        refused.Status.ShouldBe(StatusCodes.Status428PreconditionRequired);
        refused.Code.ShouldBe("IF_MATCH_REQUIRED");
    }

    [Fact]
    public void A_write_with_a_stale_tag_is_412_and_a_current_one_passes()
    {
        var precondition = new Precondition("send it", "stale");
        var refused = Should.Throw<ProblemException>(() => precondition.Require(Request(ifMatch: "\"v1\"").Request, "\"v2\""));
        refused.Status.ShouldBe(StatusCodes.Status412PreconditionFailed);
        refused.Code.ShouldBe("PRECONDITION_FAILED");
        Should.NotThrow(() => precondition.Require(Request(ifMatch: "W/\"v2\"").Request, "\"v2\""));
    }

    [Fact]
    public void A_client_holding_the_current_tag_gets_304_and_others_the_body()
    {
        var fresh = Request();
        var first = ConditionalGet.Respond(fresh, (object)new { balance = 5 });
        first.Result.ShouldBeOfType<Ok<object>>();
        var etag = fresh.Response.Headers.ETag.ToString();
        fresh.Response.Headers.CacheControl.ToString().ShouldBe(ConditionalGet.Private);

        var again = ConditionalGet.Respond(Request(ifNoneMatch: etag), (object)new { balance = 5 });
        again.Result.ShouldBeOfType<StatusCodeHttpResult>().StatusCode.ShouldBe(StatusCodes.Status304NotModified);
        var changed = ConditionalGet.Respond(Request(ifNoneMatch: etag), (object)new { balance = 6 });
        changed.Result.ShouldBeOfType<Ok<object>>();
    }

    [Theory]
    [InlineData(200, 1000, "1")]
    [InlineData(1500, 1500, "2")]
    [InlineData(61_000, 61_000, "61")]
    public void Retry_later_carries_the_header_and_retryAfterMs_of_at_least_a_second(int waitMs, int member, string header)
    {
        var problem = RetryLater.Problem(TimeSpan.FromMilliseconds(waitMs), "RATE_LIMITED", "slow down");
        problem.Status.ShouldBe(StatusCodes.Status429TooManyRequests);
        problem.Extensions[RetryLater.Member].ShouldBe(member);
        RetryLater.HeaderValue(problem.RetryAfter!.Value).ShouldBe(header);

        var http = new DefaultHttpContext();
        var limited = RetryLater.RateLimited(http, TimeSpan.FromMilliseconds(waitMs));
        limited.Extensions[RetryLater.Member].ShouldBe(member);
        http.Response.Headers.RetryAfter.ToString().ShouldBe(header);
    }
}
