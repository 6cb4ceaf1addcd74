using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Routing;
using Microsoft.OpenApi;

namespace Quartet.Platform.Http;

/// <summary>The security scheme an endpoint is called with when it is not a platform account (e.g. a live participant token).</summary>
public sealed record ApiSecuritySchemeMetadata(string Scheme);

/// <summary>The description of an OpenAPI tag, given where the tag is (<see cref="OpenApiContracts.WithTag{TBuilder}"/>).</summary>
public sealed record ApiTagDescription(string Tag, string Description);

/// <summary>An endpoint whose 200 is a file: one named, described schema for each of its media types.</summary>
public sealed record ApiFileAnswer(string Schema, string Description, IReadOnlyList<string> ContentTypes);

/// <summary>A JSON body read as a <c>JsonElement</c> (to tell an absent member from a null one), described by <paramref name="Type"/>.</summary>
public sealed record ApiBodySchema(Type Type);

/// <summary>
/// A type written by a custom converter (e.g. JSON kept as built) whose wire form is that of <paramref name="type"/>: its
/// schema refers to <paramref name="type"/>'s component instead of saying nothing.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ApiSchemaOfAttribute(Type type) : Attribute
{
    public Type Type { get; } = type;
}

/// <summary>Marks a JSON read that also answers CSV (<c>format=csv</c>), so the document lists both bodies of its 200.</summary>
public sealed record CsvAlternative
{
    public static readonly CsvAlternative Instance = new();
}

/// <summary>
/// What every OpenAPI document states beyond the endpoints' own result types: the security schemes and each operation's
/// security, an operationId and a summary, and the problem answers the platform's conventions give (400 for bad input,
/// 401/403 for credentials, 404 for unknown ids in the path, 429 for rate limits; an operation with none of those still
/// declares the 400 the server gives a malformed request). Each document has a licence, a description for every tag and
/// only the security schemes its operations use. Schemas are never named after anonymous types. A union of records
/// written without a type property lists its shapes (anyOf) and names no discriminator; a read that also answers CSV
/// lists both bodies.
/// </summary>
public static class OpenApiContracts
{
    public const string CookieScheme = "cookie";
    public const string BearerScheme = "bearer";
    public const string ParticipantScheme = "participant";
    private const string ProblemSchema = "ProblemDetails";
    private const string ProblemJson = "application/problem+json";

    /// <summary>The documents' licence: the code is not published under an open-source licence (SPDX <c>LicenseRef-</c> form).</summary>
    private const string LicenceName = "Proprietary";
    private const string LicenceIdentifier = "LicenseRef-Quartet-Proprietary";

    /// <summary>Names of nested records that say nothing alone: the schema takes the use case's name in front (<c>PlaceOrderRequest</c>).</summary>
    private static readonly HashSet<string> GenericNames = ["Request", "Response", "Result", "Row", "Item", "View", "Line", "Input", "Summary", "Day", "Totals", "Entry"];

    /// <summary>Marks the endpoints of a group as called with <paramref name="scheme"/> (one of the schemes above).</summary>
    public static TBuilder WithSecurityScheme<TBuilder>(this TBuilder builder, string scheme) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new ApiSecuritySchemeMetadata(scheme));

    /// <summary>Puts the endpoints under the tag <paramref name="name"/>, which the document describes with <paramref name="description"/>.</summary>
    public static TBuilder WithTag<TBuilder>(this TBuilder builder, string name, string description) where TBuilder : IEndpointConventionBuilder =>
        builder.WithTags(name).WithMetadata(new ApiTagDescription(name, description));

    /// <summary>
    /// Declares the endpoint's 200 as a file in <paramref name="contentTypes"/>, described by the component schema
    /// <paramref name="schema"/> (a binary string with <paramref name="description"/>) rather than an unnamed stream.
    /// </summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string schema, string description, params string[] contentTypes) =>
        builder.WithMetadata(new ApiFileAnswer(schema, description, contentTypes));

    /// <summary>
    /// Describes the endpoint's JSON body with the component schema of <typeparamref name="TBody"/> when the handler reads it
    /// as a <c>JsonElement</c>, as PATCH handlers do to tell a member that is absent (unchanged) from one that is null (cleared).
    /// </summary>
    public static RouteHandlerBuilder DescribesBodyAs<TBody>(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(new ApiBodySchema(typeof(TBody)));

    /// <summary>Declares that the endpoint's 200 also comes as <c>text/csv</c> (with <c>format=csv</c>).</summary>
    public static TBuilder AlsoAnswersCsv<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(CsvAlternative.Instance);

    public static void Configure(OpenApiOptions options)
    {
        options.CreateSchemaReferenceId = type =>
            IsAnonymous(type.Type) || (type.Type.IsArray && IsAnonymous(type.Type.GetElementType()!)) ? null
            : type.Type is { IsNested: true, IsGenericType: false, DeclaringType: { IsGenericType: false } outer } && GenericNames.Contains(type.Type.Name)
                ? outer.Name + type.Type.Name
                : OpenApiOptions.CreateDefaultSchemaReferenceId(type);
        var seen = new DocumentFacts();
        options.AddSchemaTransformer((schema, context, _) =>
        {
            WriteNumbersAsNumbers(schema);
            DropEmptyDiscriminator(schema);
            NoteWireType(context, seen);
            return Task.CompletedTask;
        });
        options.AddOperationTransformer(async (operation, context, ct) =>
        {
            DescribeOperation(operation, context, seen);
            AddCsvAlternative(operation, context);
            AddFileAnswer(operation, context, seen);
            await DescribeBodyAsync(operation, context, seen, ct);
        });
        options.AddDocumentTransformer((document, _, _) =>
        {
            DescribeDocument(document, seen);
            return Task.CompletedTask;
        });
    }

    /// <summary>What the operations of one document declared, for the document transformer (which runs after them).</summary>
    private sealed class DocumentFacts
    {
        public ConcurrentDictionary<string, string> TagDescriptions { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, bool> SchemesUsed { get; } = new(StringComparer.Ordinal);

        public ConcurrentDictionary<string, string> FileSchemas { get; } = new(StringComparer.Ordinal);

        /// <summary>Components of types marked <see cref="ApiSchemaOfAttribute"/>, by name, and the component of their wire type.</summary>
        public ConcurrentDictionary<string, string> WireTypes { get; } = new(StringComparer.Ordinal);

        /// <summary>The generic schemas (<c>JsonElement</c>) that <see cref="ApiBodySchema"/> replaced, dropped from the components.</summary>
        public ConcurrentDictionary<string, bool> ReplacedBodySchemas { get; } = new(StringComparer.Ordinal);
    }

    /// <summary>
    /// The web JSON defaults read numbers from strings too, so the generated schema says "integer or string with a
    /// pattern"; every answer writes numbers, and that is the contract clients should follow.
    /// </summary>
    private static void WriteNumbersAsNumbers(OpenApiSchema schema)
    {
        if (schema.Type is { } type && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && (type & JsonSchemaType.String) != 0)
        {
            schema.Type = type & ~JsonSchemaType.String;
            schema.Pattern = null;
        }
    }

    /// <summary>
    /// A union of records serialized without a type property (<c>[JsonDerivedType]</c> with no discriminator) gets a
    /// discriminator with no mapping, which validators reject: the JSON carries no type property, so none is named.
    /// </summary>
    private static void DropEmptyDiscriminator(OpenApiSchema schema)
    {
        if (schema.Discriminator is { Mapping: null or { Count: 0 } })
        {
            schema.Discriminator = null;
        }
    }

    private static void NoteWireType(OpenApiSchemaTransformerContext context, DocumentFacts seen)
    {
        if (context.JsonTypeInfo.Type.GetCustomAttribute<ApiSchemaOfAttribute>() is { } wire)
        {
            seen.WireTypes[context.JsonTypeInfo.Type.Name] = wire.Type.Name;
        }
    }

    private static void AddCsvAlternative(OpenApiOperation operation, OpenApiOperationTransformerContext context)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<CsvAlternative>().Any()
            && operation.Responses?.GetValueOrDefault("200") is { Content: { } content })
        {
            content.TryAdd("text/csv", new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } });
        }
    }

    private static void AddFileAnswer(OpenApiOperation operation, OpenApiOperationTransformerContext context, DocumentFacts seen)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiFileAnswer>().LastOrDefault() is not { } file)
        {
            return;
        }

        seen.FileSchemas[file.Schema] = file.Description;
        operation.Responses ??= [];
        operation.Responses["200"] = new OpenApiResponse
        {
            Description = "OK",
            Content = file.ContentTypes.ToDictionary(type => type, _ => new OpenApiMediaType { Schema = new OpenApiSchemaReference(file.Schema, context.Document) }),
        };
    }

    private static async Task DescribeBodyAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, DocumentFacts seen, CancellationToken ct)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiBodySchema>().LastOrDefault() is not { } body
            || operation.RequestBody?.Content is not { } content || !content.TryGetValue("application/json", out var media))
        {
            return;
        }

        if (media.Schema is OpenApiSchemaReference { Reference.Id: { } replaced })
        {
            seen.ReplacedBodySchemas[replaced] = true;
        }

        var schema = await context.GetOrCreateSchemaAsync(body.Type, null, ct);
        context.Document!.Components ??= new OpenApiComponents();
        context.Document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        context.Document.Components.Schemas[body.Type.Name] = schema;
        media.Schema = new OpenApiSchemaReference(body.Type.Name, context.Document);
    }

    private static bool IsAnonymous(Type type) => type.Name.StartsWith("<>", StringComparison.Ordinal) || type.Name.Contains("AnonymousType", StringComparison.Ordinal);

    private static void DescribeOperation(OpenApiOperation operation, OpenApiOperationTransformerContext context, DocumentFacts seen)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        foreach (var tag in metadata.OfType<ApiTagDescription>())
        {
            seen.TagDescriptions[tag.Tag] = tag.Description;
        }

        var method = context.Description.HttpMethod ?? "GET";
        var path = "/" + (context.Description.RelativePath ?? "").Split('?')[0];
        var summary = metadata.OfType<IEndpointNameMetadata>().LastOrDefault()?.EndpointName is { } endpointName
            ? Sentence(endpointName)
            : HandlerName(metadata.OfType<MethodInfo>().LastOrDefault()) is { } handler && handler.Skip(1).Any(char.IsUpper)
                ? Sentence(handler)
                : PathSummary(method, path);
        operation.Summary ??= summary;
        operation.OperationId ??= Identifier(operation.Summary);

        operation.Responses ??= [];
        if (!operation.Responses.Keys.Any(status => status.StartsWith('2')))
        {
            // An untyped handler with only problem declarations: the success answer is still a 200 of unknown shape.
            operation.Responses["200"] = new OpenApiResponse { Description = "OK" };
        }

        var scheme = metadata.OfType<ApiSecuritySchemeMetadata>().LastOrDefault()?.Scheme;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var authorized = !anonymous && metadata.OfType<IAuthorizeData>().Any();
        if (scheme is not null)
        {
            seen.SchemesUsed[scheme] = true;
            operation.Security = [Requirement(context.Document, scheme)];
            AddProblem(operation, context.Document, StatusCodes.Status401Unauthorized, "The token is missing, invalid or expired.");
            AddProblem(operation, context.Document, StatusCodes.Status403Forbidden, "The token does not allow this call.");
        }
        else if (authorized)
        {
            seen.SchemesUsed[BearerScheme] = seen.SchemesUsed[CookieScheme] = true;
            operation.Security = [Requirement(context.Document, BearerScheme), Requirement(context.Document, CookieScheme)];
            AddProblem(operation, context.Document, StatusCodes.Status401Unauthorized, "Not signed in.");
            AddProblem(operation, context.Document, StatusCodes.Status403Forbidden, "The account lacks the role this call needs.");
        }
        else
        {
            operation.Security = [];
        }

        var hasInput = operation.RequestBody is not null || (operation.Parameters?.Count ?? 0) > 0;
        if (hasInput)
        {
            AddProblem(operation, context.Document, StatusCodes.Status400BadRequest, "The input is invalid; the problem lists the fields.");
        }

        if (operation.RequestBody is not null)
        {
            AddProblem(operation, context.Document, StatusCodes.Status415UnsupportedMediaType, "The body is not of a media type this operation reads.");
        }

        if (path.Contains('{', StringComparison.Ordinal))
        {
            AddProblem(operation, context.Document, StatusCodes.Status404NotFound, "Nothing with this id (or not yours).");
        }

        if (metadata.OfType<EnableRateLimitingAttribute>().Any())
        {
            AddProblem(operation, context.Document, StatusCodes.Status429TooManyRequests, "Too many requests; the Retry-After header says when to try again.");
        }

        if (!operation.Responses.Keys.Any(status => status.StartsWith('4')))
        {
            // Every operation can be refused before it runs; one with no input, credentials or limits has only this 4xx.
            operation.Responses["400"] = new OpenApiResponse { Description = "The request line or headers are malformed (e.g. a missing Host header); answered by the server without a body." };
        }
    }

    private static OpenApiSecurityRequirement Requirement(OpenApiDocument? document, string scheme) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, document)] = [] };

    private static void AddProblem(OpenApiOperation operation, OpenApiDocument? document, int status, string description)
    {
        var key = status.ToString(CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, document) } },
        };
    }

    private static void DescribeDocument(OpenApiDocument document, DocumentFacts facts)
    {
        document.Info.License = new OpenApiLicense { Name = LicenceName, Identifier = LicenceIdentifier };
        foreach (var tag in document.Tags ?? new HashSet<OpenApiTag>())
        {
            if (tag.Description is null && tag.Name is { } name && facts.TagDescriptions.TryGetValue(name, out var description))
            {
                tag.Description = description;
            }
        }

        document.Components ??= new OpenApiComponents();
        var schemes = new Dictionary<string, IOpenApiSecurityScheme>();
        schemes[CookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = Accounts.AuthSchemes.CookieName,
            Description = "The browser's sign-in cookie (POST /api/auth/login). Unsafe methods also need the X-XSRF-TOKEN header.",
        };
        schemes[BearerScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "An access token from POST /api/auth/token (or the external OpenID Connect provider).",
        };
        schemes[ParticipantScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "Authorization",
            Description = "A live participant's session-scoped token from joining, sent as `Authorization: Participant <token>` (or the path-scoped live_participant cookie).",
        };
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        foreach (var (name, scheme) in schemes.Where(s => facts.SchemesUsed.ContainsKey(s.Key)))
        {
            document.Components.SecuritySchemes[name] = scheme;
        }

        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        document.Components.Schemas[ProblemSchema] = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = "An RFC 9457 problem with a stable machine-readable code; validation problems list the fields in errors.",
            Properties = new Dictionary<string, IOpenApiSchema>
            {
                ["type"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["title"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer | JsonSchemaType.Null, Format = "int32" },
                ["detail"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["instance"] = new OpenApiSchema { Type = JsonSchemaType.String | JsonSchemaType.Null },
                ["code"] = new OpenApiSchema { Type = JsonSchemaType.String },
                ["errors"] = new OpenApiSchema
                {
                    Type = JsonSchemaType.Object,
                    AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } },
                },
            },
        };

        foreach (var (name, wire) in facts.WireTypes)
        {
            if (document.Components.Schemas.TryGetValue(name, out var found) && found is OpenApiSchema schema && document.Components.Schemas.ContainsKey(wire))
            {
                schema.AllOf = [new OpenApiSchemaReference(wire, document)];
            }
        }

        foreach (var replaced in facts.ReplacedBodySchemas.Keys)
        {
            document.Components.Schemas.Remove(replaced);
        }

        foreach (var (name, description) in facts.FileSchemas)
        {
            document.Components.Schemas[name] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary", Description = description };
        }

        document.Servers = [new OpenApiServer { Url = "/", Description = "This host" }];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (path, item) in document.Paths)
        {
            foreach (var (method, operation) in item.Operations ?? [])
            {
                var id = operation.OperationId ?? PathIdentifier(method.Method, path);
                if (!seen.Add(id))
                {
                    id = PathIdentifier(method.Method, path);
                    for (var n = 2; !seen.Add(id); n++)
                    {
                        id = PathIdentifier(method.Method, path) + n.ToString(CultureInfo.InvariantCulture);
                    }
                }

                operation.OperationId = id;
            }
        }
    }

    /// <summary>A handler's own name (<c>PlaceOrder</c>, <c>ChangePassword</c>); a lambda or a bare <c>Handle</c> takes its class's name.</summary>
    private static string? HandlerName(MethodInfo? handler)
    {
        if (handler is null)
        {
            return null;
        }

        var name = handler.Name;
        if (name.Contains('<', StringComparison.Ordinal) || name is "Handle" or "HandleAsync")
        {
            var type = handler.DeclaringType;
            while (type is not null && type.Name.Contains('<', StringComparison.Ordinal))
            {
                type = type.DeclaringType;
            }

            var local = name.Contains('<', StringComparison.Ordinal) ? LocalFunctionName(name) : null;
            return local ?? (name is "Handle" or "HandleAsync" ? type?.Name : null);
        }

        return name.EndsWith("Async", StringComparison.Ordinal) ? name[..^5] : name;
    }

    /// <summary>The name of a local function (<c>&lt;Map&gt;g__Rename|0_3</c> → <c>Rename</c>); lambdas have none.</summary>
    private static string? LocalFunctionName(string compiled)
    {
        var marker = compiled.IndexOf(">g__", StringComparison.Ordinal);
        if (marker < 0)
        {
            return null;
        }

        var name = compiled[(marker + 4)..];
        name = name[..name.IndexOf('|', StringComparison.Ordinal)];
        return name.EndsWith("Async", StringComparison.Ordinal) ? name[..^5] : name;
    }

    /// <summary>An identifier from the method and the whole path: <c>GET /api/live/sessions/{id}/export</c> → <c>getSessionsByIdExport</c>.</summary>
    private static string PathIdentifier(string method, string path)
    {
        var builder = new StringBuilder(method.ToLowerInvariant());
        foreach (var segment in path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(2))
        {
            builder.Append(segment.StartsWith('{') ? "By" : "").Append(Pascal(Identifier(segment.Trim('{', '}').Split(':')[0])));
        }

        return builder.ToString();
    }

    /// <summary>
    /// A summary from the method and the path's nouns: <c>GET /sessions/{id}/participants</c> → "Get session participants",
    /// <c>POST /sessions/{id}/start</c> → "Start session", <c>POST /sessions/{id}/activities</c> → "Create session activity",
    /// <c>PATCH /rides/{id}</c> → "Update ride".
    /// </summary>
    private static string PathSummary(string method, string path)
    {
        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Skip(2).ToList();
        var nouns = new List<string>();
        for (var i = 0; i < segments.Count; i++)
        {
            if (!segments[i].StartsWith('{'))
            {
                var words = segments[i].Replace('-', ' ').Replace('.', ' ').Replace('_', ' ');
                nouns.Add(i + 1 < segments.Count && segments[i + 1].StartsWith('{') ? Singular(words) : words);
            }
        }

        var last = segments.Count == 0 ? "" : segments[^1];
        var endsWithId = last.StartsWith('{');
        string phrase;
        if (method == "POST" && !endsWithId && nouns.Count > 0 && !last.EndsWith('s'))
        {
            phrase = $"{nouns[^1]} {string.Join(' ', nouns.SkipLast(1))}";
        }
        else
        {
            var verb = method switch
            {
                "GET" => "Get",
                "POST" => endsWithId ? "Act on" : "Create",
                "PUT" => "Set",
                "PATCH" => "Update",
                "DELETE" => "Delete",
                _ => method,
            };
            if (verb == "Create" && nouns.Count > 0)
            {
                nouns[^1] = Singular(nouns[^1]);
            }

            phrase = $"{verb} {string.Join(' ', nouns)}";
        }

        phrase = phrase.Trim();
        return phrase.Length == 0 ? method : char.ToUpperInvariant(phrase[0]) + phrase[1..].ToLowerInvariant();
    }

    private static string Singular(string noun) =>
        noun.EndsWith("ies", StringComparison.Ordinal) ? noun[..^3] + "y"
        : noun.EndsWith("ss", StringComparison.Ordinal) ? noun
        : noun.EndsWith('s') ? noun[..^1]
        : noun;

    private static string Pascal(string word) => word.Length == 0 ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>"Get session participants" → <c>getSessionParticipants</c>.</summary>
    private static string Identifier(string words)
    {
        var parts = words.Split([' ', '-', '.', '_', '\'', ','], StringSplitOptions.RemoveEmptyEntries).Select(Pascal).ToList();
        var joined = string.Concat(parts);
        return joined.Length == 0 ? joined : char.ToLowerInvariant(joined[0]) + joined[1..];
    }

    /// <summary><c>PlaceOrder</c> → "Place order"; <c>GetSessionsByIdExport</c> → "Get sessions by id export".</summary>
    private static string Sentence(string name)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c) && (char.IsLower(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]))))
            {
                builder.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(i == 0 ? char.ToUpperInvariant(c) : c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The document as JSON text, written by <c>quartet openapi</c>.</summary>
    public static async Task<string> ToJsonAsync(OpenApiDocument document)
    {
        var json = await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1);
        return JsonNode.Parse(json)!.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }) + "\n";
    }
}
