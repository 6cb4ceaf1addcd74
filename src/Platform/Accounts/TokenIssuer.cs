using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using Quartet.Platform.Hosting;

namespace Quartet.Platform.Accounts;

public sealed record TokenResponse(string AccessToken, DateTimeOffset ExpiresAt, string TokenType = "Bearer");

/// <summary>Issues and describes the platform's own HS256 access tokens for API clients.</summary>
public sealed class TokenIssuer(SigningKeys keys, IOptions<QuartetOptions> options, TimeProvider clock)
{
    public SymmetricSecurityKey Key { get; } = new(keys.For("jwt")) { KeyId = "quartet-1" };

    public TokenResponse Issue(UserAccount user)
    {
        var auth = options.Value.Auth;
        var now = clock.GetUtcNow();
        var expires = now + auth.TokenLifetime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = auth.Issuer,
            Audience = auth.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            SigningCredentials = new SigningCredentials(Key, SecurityAlgorithms.HmacSha256),
            Subject = new ClaimsIdentity(
            [
                new Claim(QuartetClaims.Subject, user.Id.ToString()),
                new Claim(QuartetClaims.Email, user.Email),
                new Claim(QuartetClaims.SecurityStamp, user.SecurityStamp),
                new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")),
            ]),
        };
        return new TokenResponse(new JsonWebTokenHandler().CreateToken(descriptor), expires);
    }
}
