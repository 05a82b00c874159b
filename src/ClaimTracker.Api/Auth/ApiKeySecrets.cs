using System.Security.Cryptography;
using System.Text;

namespace ClaimTracker.Api.Auth;

internal static class ApiKeySecrets
{
    public static string NewKey() => "ct_" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(32))
        .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string Prefix(string key) => key.Length <= 10 ? key[..Math.Min(3, key.Length)] : key[..10];
}
