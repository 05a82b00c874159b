using Microsoft.AspNetCore.Http.HttpResults;

namespace ClaimTracker.Api.Archive;

/// <summary>Why an import was rejected: the line (1-based) and field at fault. 409 for conflicts, else 400.</summary>
public sealed record ImportError(int Status, long Line, string Field, string Message)
{
    public static ImportError Invalid(long line, string field, string message) => new(StatusCodes.Status400BadRequest, line, field, message);

    public static ImportError Conflict(long line, string field, string message) => new(StatusCodes.Status409Conflict, line, field, message);

    public Results<Ok<ImportResponse>, ValidationProblem, ProblemHttpResult> ToResult()
    {
        var extensions = new Dictionary<string, object?> { ["line"] = Line, ["field"] = Field };
        var detail = $"Line {Line}: {Message} Nothing was imported.";
        if (Status == StatusCodes.Status409Conflict)
        {
            return TypedResults.Problem(statusCode: Status, title: $"Import conflicts with existing data at line {Line}", detail: detail, extensions: extensions);
        }

        return TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [Field] = [Message] }, detail: detail, title: $"Import rejected at line {Line}", extensions: extensions);
    }
}
