using System.Reflection;

namespace ClaimTracker.Api.Common;

public static class Swagger
{
    public static WebApplicationBuilder AddSwagger(this WebApplicationBuilder builder)
    {
        builder.Services.AddEndpointsApiExplorer();
        builder.Services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new()
            {
                Title = "ClaimTracker API",
                Version = "v1",
                Description = "Claims in the news: articles, the actors quoted in them, their claims, and who disputes or supports what.",
            });
            options.SupportNonNullableReferenceTypes();
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
