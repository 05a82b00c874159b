using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Api.Archive;

/// <summary>Why an import was rejected: the line (1-based) and field at fault. 409 for conflicts with existing data, else 400.</summary>
public sealed record ImportError(int Status, long Line, string Field, string Message)
{
    public static ImportError Invalid(long line, string field, string message) => new(StatusCodes.Status400BadRequest, line, field, message);

    public static ImportError Conflict(long line, string field, string message) => new(StatusCodes.Status409Conflict, line, field, message);

    private string Title => Status == StatusCodes.Status409Conflict
        ? $"Import conflicts with existing data at line {Line}"
        : $"Import rejected at line {Line}";

    private string Detail => $"Line {Line}: {Message} Nothing was imported.";

    /// <summary>The answer as <c>GET /api/imports/{id}</c> keeps it.</summary>
    public ImportProblem ToProblem() => new(Status, Title, Detail, Line, Field);

    /// <summary>The answer to the POST; <c>importId</c> finds the same problem at <c>GET /api/imports/{id}</c>.</summary>
    public Results<Ok<ImportResponse>, ValidationProblem, ProblemHttpResult> ToResult(Guid importId)
    {
        var extensions = new Dictionary<string, object?> { ["line"] = Line, ["field"] = Field, ["importId"] = importId };
        if (Status == StatusCodes.Status409Conflict)
        {
            return TypedResults.Problem(statusCode: Status, title: Title, detail: Detail, extensions: extensions);
        }

        return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [Field] = [Message] }, detail: Detail, title: Title, extensions: extensions);
    }
}
