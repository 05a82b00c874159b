using System.Security.Cryptography;

namespace ClaimTracker.Api.Common;

/// <summary>
/// Time-ordered ids (RFC 9562 UUIDv7) that also increase within a millisecond, so that ordering by id is creation
/// order in this process and keyset paging by id is stable. <see cref="Guid.CreateVersion7()"/> is random within
/// a millisecond; this adds the RFC's 12-bit counter (method 1) in place of rand_a.
/// </summary>
public static class Uuid7
{
    private static readonly Lock Gate = new();
    private static long s_lastMilliseconds;
    private static int s_counter;

    public static Guid NewId()
    {
        long milliseconds;
        int counter;
        lock (Gate)
        {
            milliseconds = Math.Max(DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(), s_lastMilliseconds);
            if (milliseconds == s_lastMilliseconds)
            {
                if (++s_counter > 0xFFF)
                {
                    milliseconds++;
                    s_counter = 0;
                }
            }
            else
            {
                s_counter = 0;
            }

            s_lastMilliseconds = milliseconds;
            counter = s_counter;
        }

        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes[8..]);
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (counter >> 8));
        bytes[7] = (byte)counter;
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }
}
