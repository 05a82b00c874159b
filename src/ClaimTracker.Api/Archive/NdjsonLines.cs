using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;

namespace ClaimTracker.Api.Archive;

/// <summary>
/// Splits a request body into lines of raw bytes. Bytes, not a <see cref="StreamReader"/>: its decoder turns invalid
/// UTF-8 into U+FFFD silently, or (when told to throw) throws for a block of lines ahead of the one being read, so
/// neither can say which line was bad.
/// </summary>
internal static class NdjsonLines
{
    /// <summary>Each line without its '\n' (or "\r\n"); the memory is valid until the next line is asked for.</summary>
    public static async IAsyncEnumerable<ReadOnlyMemory<byte>> ReadAsync(PipeReader body, [EnumeratorCancellation] CancellationToken ct)
    {
        var scratch = new ArrayBufferWriter<byte>();
        long scanned = 0; // bytes of an unfinished line already searched for '\n', so a long line is not searched again per read
        while (true)
        {
            var read = await body.ReadAsync(ct);
            var buffer = read.Buffer;
            while (buffer.Slice(scanned).PositionOf((byte)'\n') is { } end)
            {
                yield return Line(buffer.Slice(0, end), scratch);
                buffer = buffer.Slice(buffer.GetPosition(1, end));
                scanned = 0;
            }

            if (read.IsCompleted)
            {
                if (!buffer.IsEmpty)
                {
                    yield return Line(buffer, scratch);
                }

                yield break;
            }

            scanned = buffer.Length;
            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static ReadOnlyMemory<byte> Line(ReadOnlySequence<byte> line, ArrayBufferWriter<byte> scratch)
    {
        var bytes = line.First;
        if (!line.IsSingleSegment)
        {
            scratch.ResetWrittenCount();
            foreach (var segment in line)
            {
                scratch.Write(segment.Span);
            }

            bytes = scratch.WrittenMemory;
        }

        return bytes.Length > 0 && bytes.Span[^1] == (byte)'\r' ? bytes[..^1] : bytes;
    }
}
