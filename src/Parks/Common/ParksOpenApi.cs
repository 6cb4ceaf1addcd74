using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Quartet.Parks.Common;

/// <summary>Marks a JSON read that also answers CSV (<c>format=csv</c>), so the document lists both bodies of its 200.</summary>
public sealed record CsvAlternative
{
    public static readonly CsvAlternative Instance = new();
}

/// <summary>What the parks document adds to the platform's OpenAPI conventions.</summary>
public static class ParksOpenApi
{
    public static TBuilder AlsoAnswersCsv<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(CsvAlternative.Instance);

    public static void Configure(OpenApiOptions options)
    {
        // A chart's entity and an audit trace are one of several shapes written without a type property: the schema
        // lists the shapes (anyOf) and names no discriminator, as the JSON carries none.
        options.AddSchemaTransformer((schema, _, _) =>
        {
            if (schema.Discriminator is { Mapping: null or { Count: 0 } })
            {
                schema.Discriminator = null;
            }

            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            if (context.Description.ActionDescriptor.EndpointMetadata.OfType<CsvAlternative>().Any()
                && operation.Responses?.GetValueOrDefault("200") is { Content: { } content })
            {
                content["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }

            return Task.CompletedTask;
        });
    }
}
