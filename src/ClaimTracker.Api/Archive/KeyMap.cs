using ClaimTracker.Api.Common;

namespace ClaimTracker.Api.Archive;

/// <summary>
/// The keys of one kind of row (articles, actors or claims) in an import stream. A key that is a UUID is the row's
/// id; any other key gets a new id on first sight, so that a reference may come before the line that defines it.
/// </summary>
internal sealed class KeyMap(string kind)
{
    private readonly Dictionary<string, Guid> _minted = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, long> _definedAt = [];
    private readonly Dictionary<Guid, Reference> _pending = [];

    public string Kind { get; } = kind;

    public int Count => _definedAt.Count;

    /// <summary>The id of a new row; null (with the line that defined it before) when the key is taken.</summary>
    public Guid? Define(string key, long line, out long previousLine)
    {
        var id = IdOf(key);
        if (!_definedAt.TryAdd(id, line))
        {
            previousLine = _definedAt[id];
            return null;
        }

        previousLine = 0;
        _pending.Remove(id);
        return id;
    }

    public Guid Refer(string key, long line, string field)
    {
        var id = IdOf(key);
        if (!_definedAt.ContainsKey(id))
        {
            _pending.TryAdd(id, new Reference(line, field, key));
        }

        return id;
    }

    public bool IsDefined(Guid id) => _definedAt.ContainsKey(id);

    /// <summary>References to rows that no line defined: each must be an existing row, named by its UUID.</summary>
    public IReadOnlyDictionary<Guid, Reference> Undefined => _pending;

    private Guid IdOf(string key)
    {
        if (Guid.TryParse(key, out var id))
        {
            return id;
        }

        if (!_minted.TryGetValue(key, out id))
        {
            id = Uuid7.NewId();
            _minted.Add(key, id);
        }

        return id;
    }

    public sealed record Reference(long Line, string Field, string Key)
    {
        public bool IsId => Guid.TryParse(Key, out _);
    }
}
