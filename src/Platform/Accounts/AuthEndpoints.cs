using System.ComponentModel.DataAnnotations;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartet.Platform.Hosting;
using Quartet.Platform.Http;
using Quartet.Platform.Mail;

namespace Quartet.Platform.Accounts;

public sealed record UserView(Guid Id, string Email, string DisplayName, IReadOnlyList<string> Roles);

/// <summary>Who the browser is signed in as; <see cref="User"/> is null for a visitor (not an error, unlike <c>/me</c>).</summary>
public sealed record SessionView(UserView? User);

public sealed class RegisterRequest : IValidatableObject
{
    [Required, EmailAddress, MaxLength(UserAccount.MaxEmailLength)]
    public string Email { get; init; } = "";

    [Required]
    public string Password { get; init; } = "";

    [MaxLength(UserAccount.MaxDisplayNameLength)]
    public string? DisplayName { get; init; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PasswordPolicy.Problem(Password) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(Password)]);
        }
    }
}

public sealed class LoginRequest
{
    [Required, MaxLength(UserAccount.MaxEmailLength)]
    public string Email { get; init; } = "";

    [Required, MaxLength(PasswordPolicy.MaxLength)]
    public string Password { get; init; } = "";

    public bool RememberMe { get; init; }
}

public sealed class ChangePasswordRequest : IValidatableObject
{
    [Required, MaxLength(PasswordPolicy.MaxLength)]
    public string CurrentPassword { get; init; } = "";

    [Required]
    public string NewPassword { get; init; } = "";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PasswordPolicy.Problem(NewPassword) is { } problem)
        {
            yield return new ValidationResult(problem, [nameof(NewPassword)]);
        }
    }
}

/// <summary><c>/api/auth</c>: register, sign in and out, who am I, tokens for API clients, password change.</summary>
public static class AuthEndpoints
{
    /// <summary>The OpenAPI tag of sign-in and the signed-in account's own endpoints.</summary>
    public const string Tag = "Sign-in, sign-out, tokens and the signed-in account's own settings.";

    public const string RateLimitPolicy = "auth";

    public static void MapAuth(this IEndpointRouteBuilder app)
    {
        var group = app.MapApiGroup("/api/auth", ApiGroups.PlatformDocument).WithTag("Auth", Tag);

        group.MapGet("/csrf", (HttpContext http) =>
        {
            AntiforgerySetup.IssueToken(http);
            return TypedResults.NoContent();
        }).WithSummary("Get an antiforgery token");

        group.MapPost("/register", Register).RequireRateLimiting(RateLimitPolicy);
        group.MapPost("/login", Login).ProducesProblem(StatusCodes.Status401Unauthorized).RequireRateLimiting(RateLimitPolicy);
        group.MapPost("/token", Token).ProducesProblem(StatusCodes.Status401Unauthorized).RequireRateLimiting(RateLimitPolicy);
        group.MapPost("/logout", async (HttpContext http) =>
        {
            await http.SignOutAsync(AuthSchemes.Cookie);
            http.User = new ClaimsPrincipal(new ClaimsIdentity());
            AntiforgerySetup.IssueToken(http);
            return TypedResults.NoContent();
        });
        group.MapGet("/me", (ClaimsPrincipal user) => TypedResults.Ok(ViewOf(user))).RequireAuthorization();
        group.MapGet("/session", (ClaimsPrincipal user) =>
            TypedResults.Ok(new SessionView(user.Identity?.IsAuthenticated == true ? ViewOf(user) : null)));
        group.MapPost("/password", ChangePassword).RequireAuthorization();
        ForgotPassword.Map(group);
        ResetPassword.Map(group);
        EmailVerificationEndpoints.Map(group);
        EmailChange.Map(group);
        group.MapBrowserSignIn(app.ServiceProvider.GetRequiredService<IOptions<QuartetOptions>>().Value);
    }

    private static async Task<Results<Created<UserView>, ProblemHttpResult>> Register(
        RegisterRequest request, AccountService accounts, EmailVerification verification, MailSignal signal, IOptions<QuartetOptions> options, HttpContext http,
        CancellationToken ct)
    {
        if (!options.Value.Auth.AllowRegistration || !options.Value.Auth.PasswordSignIn)
        {
            return Problems.Forbidden("REGISTRATION_CLOSED", "Self-registration is turned off; ask an administrator for an account.");
        }

        var user = await accounts.CreateAsync(request.Email, request.Password, request.DisplayName, [], ct, verification.PrepareNewAccount);
        signal.Wake();
        await SignInAsync(http, user, persistent: false);
        return TypedResults.Created("/api/auth/me", ViewOf(user));
    }

    private static async Task<Results<Ok<UserView>, ProblemHttpResult>> Login(
        LoginRequest request, AccountService accounts, IOptions<QuartetOptions> options, HttpContext http, CancellationToken ct)
    {
        if (!options.Value.Auth.PasswordSignIn)
        {
            return PasswordSignInOff();
        }

        var (result, user) = await accounts.CheckPasswordAsync(request.Email, request.Password, ct);
        return result switch
        {
            LoginResult.Succeeded => TypedResults.Ok(await SignInAsync(http, user!, request.RememberMe)),
            LoginResult.LockedOut => Problems.Create(StatusCodes.Status423Locked, "ACCOUNT_LOCKED", "Too many failed sign-ins. Try again in a few minutes."),
            _ => Problems.Create(StatusCodes.Status401Unauthorized, "INVALID_CREDENTIALS", "The e-mail or password is incorrect."),
        };
    }

    private static async Task<Results<Ok<TokenResponse>, ProblemHttpResult>> Token(
        LoginRequest request, AccountService accounts, TokenIssuer tokens, IOptions<QuartetOptions> options, CancellationToken ct)
    {
        if (!options.Value.Auth.PasswordSignIn)
        {
            return PasswordSignInOff();
        }

        var (result, user) = await accounts.CheckPasswordAsync(request.Email, request.Password, ct);
        return result switch
        {
            LoginResult.Succeeded => TypedResults.Ok(tokens.Issue(user!)),
            LoginResult.LockedOut => Problems.Create(StatusCodes.Status423Locked, "ACCOUNT_LOCKED", "Too many failed sign-ins. Try again in a few minutes."),
            _ => Problems.Create(StatusCodes.Status401Unauthorized, "INVALID_CREDENTIALS", "The e-mail or password is incorrect."),
        };
    }

    private static async Task<Results<NoContent, ValidationProblem>> ChangePassword(
        ChangePasswordRequest request, ClaimsPrincipal principal, AccountService accounts, HttpContext http, CancellationToken ct)
    {
        if (!await accounts.ChangePasswordAsync(principal.UserId(), request.CurrentPassword, request.NewPassword, ct))
        {
            return Problems.Validation("currentPassword", "The current password is incorrect.");
        }

        // The stamp changed, which ends every other session; keep this one.
        if (principal.Identity?.AuthenticationType == AuthSchemes.Cookie)
        {
            var user = await accounts.FindAsync(principal.UserId(), ct);
            await SignInAsync(http, user!, persistent: false);
        }

        return TypedResults.NoContent();
    }

    private static ProblemHttpResult PasswordSignInOff() =>
        Problems.Forbidden("PASSWORD_SIGN_IN_DISABLED", "Password sign-in is turned off; sign in with the company account.");

    internal static async Task<UserView> SignInAsync(HttpContext http, UserAccount user, bool persistent)
    {
        var principal = AccountService.PrincipalFor(user, user.Roles.Select(r => r.Role), AuthSchemes.Cookie);
        await http.SignInAsync(AuthSchemes.Cookie, principal, new AuthenticationProperties { IsPersistent = persistent });
        http.User = principal;
        AntiforgerySetup.IssueToken(http);
        return ViewOf(principal);
    }

    public static UserView ViewOf(UserAccount user) =>
        new(user.Id, user.Email, user.DisplayName, user.Roles.Select(r => r.Role).Order(StringComparer.Ordinal).ToList());

    private static UserView ViewOf(ClaimsPrincipal principal) =>
        new(principal.UserId(), principal.FindFirst(QuartetClaims.Email)?.Value ?? "", principal.FindFirst(QuartetClaims.Name)?.Value ?? "",
            principal.Roles().Order(StringComparer.Ordinal).ToList());
}
