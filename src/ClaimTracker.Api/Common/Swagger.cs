using System.Reflection;
using ClaimTracker.Api.Auth;
using ClaimTracker.Api.Common.OpenApi;
using ClaimTracker.Api.Verdicts;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ClaimTracker.Api.Common;

public static class Swagger
{
    public static WebApplicationBuilder AddSwagger(this WebApplicationBuilder builder)
    {
        builder.Services.AddEndpointsApiExplorer();

        // Describe schemas with the serializer options the endpoints really use (camelCase enums as strings).
        builder.Services.AddTransient<ISerializerDataContractResolver>(services => new JsonSerializerDataContractResolver(
            services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions));
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new()
            {
                Title = "ClaimTracker API",
                Version = "v1",
                Description = "Claims in the news: articles, the actors quoted in them, their claims, and who disputes or supports what.",
                Contact = new OpenApiContact { Name = "ClaimTracker maintainers" },
            });
            options.SupportNonNullableReferenceTypes();
            options.UseAllOfToExtendReferenceSchemas();
            // Raw JSON (history snapshots, ClaimReview JSON-LD) is an object whose members the document does not fix.
            options.MapType<System.Text.Json.Nodes.JsonNode>(() => new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A JSON object." });
            options.MapType<System.Text.Json.Nodes.JsonObject>(() => new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A JSON object." });
            options.SchemaFilter<ValidatorSchemaFilter>();
            options.SchemaFilter<WrittenPropertiesSchemaFilter>();
            options.SchemaFilter<RequestExamples>();
            options.OperationFilter<ParameterLimitsFilter>();
            options.OperationFilter<ClaimReviewImportBodyFilter>();
            options.OperationFilter<StandardResponsesFilter>();
            options.DocumentFilter<ProblemComponentsFilter>();
            options.DocumentFilter<MergePatchSchemasFilter>();
            options.DocumentFilter<ResponseSchemasFilter>();
            options.DocumentFilter<RequestDatesFilter>();
            options.DocumentFilter<ReferenceSchemasFilter>();
            options.AddSecurityDefinition(ApiKeyAuthenticationHandler.SchemeName, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyAuthenticationHandler.HeaderName,
                Description = "An API key: reads are open unless Auth:AnonymousReads is false (the export and the import list always need a reader key); writes need an editor key; /api/keys an admin key.",
            });
            options.OperationFilter<Archive.NdjsonRequestBodyFilter>();
            options.IncludeXmlComments(Path.Combine(AppContext.BaseDirectory, $"{Assembly.GetExecutingAssembly().GetName().Name}.xml"));
        });
        return builder;
    }

    public static WebApplication UseSwaggerDocs(this WebApplication app)
    {
        app.UseSwagger();
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "ClaimTracker API v1");
            options.DocumentTitle = "ClaimTracker API";
        });
        return app;
    }
}
